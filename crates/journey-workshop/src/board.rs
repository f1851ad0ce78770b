//! The server's own copy of the part of a journey participants can see, kept current from the
//! `Change` the store returns for each accepted edit. With it a participant's request is checked
//! and a join snapshot is drawn without asking the host for the whole journey, and each change
//! becomes a `Delta` that names only what the change touched, so what a change costs to send
//! follows the change, not the journey.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use journey_core::{layout, Card, Change, Direction, Id, Journey, Lane, LaneKind};

/// A stage as participants see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageRef {
    pub id: Id,
    pub name: String,
}

/// A lane as participants see it (whether it is open is session state, sent with the settings).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LaneRef {
    pub id: Id,
    pub name: String,
}

/// One card a change touched: as it was and as it is (`None`: not on the map).
#[derive(Debug, Clone, PartialEq)]
pub struct Touch {
    pub id: Id,
    pub before: Option<Card>,
    pub after: Option<Card>,
}

/// One change as participants are concerned with it, before it is filtered per participant
/// (`Session::delta_for`): the stage and lane lists only when they changed (they are short),
/// and the cards touched with their state on both sides, so a card that stops or starts being
/// visible to someone can be told apart from one that only changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Delta {
    pub base: u64,
    pub revision: u64,
    pub name: Option<String>,
    pub stages: Option<Vec<StageRef>>,
    pub lanes: Option<Vec<LaneRef>>,
    pub cards: Vec<Touch>,
}

/// What the session's rules and the participant view need to know of a journey. Answered by
/// the `Board` in the server and by a `Journey` where one is at hand (tests, the full-snapshot
/// baseline).
pub trait Map {
    fn name(&self) -> &str;
    /// The store's revision this is at, when known.
    fn revision(&self) -> Option<u64>;
    /// Stages in the map's column order.
    fn stages(&self) -> Vec<StageRef>;
    fn lanes_in_order(&self) -> Vec<&Lane>;
    /// Every card, in id order.
    fn cards(&self) -> Box<dyn Iterator<Item = &Card> + '_>;
    fn lane(&self, id: Id) -> Option<&Lane>;
    fn has_stage(&self, id: Id) -> bool;
    fn card(&self, id: Id) -> Option<&Card>;
    /// The rank of the last card in a cell (ordered by rank, then id).
    fn last_rank(&self, stage: Id, lane: Id) -> Option<f64>;
}

impl Map for Journey {
    fn name(&self) -> &str {
        &self.name
    }
    fn revision(&self) -> Option<u64> {
        None
    }
    fn stages(&self) -> Vec<StageRef> {
        self.graph.ordered_stages().into_iter().map(|s| StageRef { id: s.id, name: s.name.clone() }).collect()
    }
    fn lanes_in_order(&self) -> Vec<&Lane> {
        Journey::lanes_in_order(self)
    }
    fn cards(&self) -> Box<dyn Iterator<Item = &Card> + '_> {
        Box::new(self.cards.values())
    }
    fn lane(&self, id: Id) -> Option<&Lane> {
        Journey::lane(self, id)
    }
    fn has_stage(&self, id: Id) -> bool {
        self.graph.contains_stage(id)
    }
    fn card(&self, id: Id) -> Option<&Card> {
        Journey::card(self, id)
    }
    fn last_rank(&self, stage: Id, lane: Id) -> Option<f64> {
        self.cards_in_cell(stage, lane).last().map(|c| c.rank)
    }
}

pub struct Board {
    pub journey: Id,
    /// `None` until the first change when the host could not say the revision at the start.
    revision: Option<u64>,
    name: String,
    stages: HashMap<Id, String>,
    /// Each stage's column x. The layout places columns in the stage graph's order, and every
    /// change says which columns moved, so sorting by x gives the order without the graph.
    columns: HashMap<Id, f64>,
    /// The map runs right to left: its columns' x falls along the stage order.
    rtl: bool,
    lanes: HashMap<Id, Lane>,
    cards: BTreeMap<Id, Card>,
    /// Changes that arrived before the one they follow (the facilitator's edits and the
    /// participants' reach the server on different threads), by base revision.
    early: BTreeMap<u64, Change>,
}

impl Board {
    /// The board of `j` as it is at `revision` (`None`: unknown; taken from the first change).
    pub fn new(j: &Journey, revision: Option<u64>) -> Board {
        let l = layout(j);
        Board {
            journey: j.id,
            revision,
            name: j.name.clone(),
            stages: j.graph.stages().map(|s| (s.id, s.name.clone())).collect(),
            columns: l.columns.iter().map(|c| (c.stage, c.x)).collect(),
            rtl: l.direction == Direction::Rtl,
            lanes: j.lanes.iter().map(|l| (l.id, l.clone())).collect(),
            cards: j.cards.clone(),
            early: BTreeMap::new(),
        }
    }

    /// Takes a change and returns the deltas it lets the board apply, in revision order: none
    /// when it was already applied or arrived early (it waits for the one before it), several
    /// when it was the one missing. Changes to other journeys are ignored.
    pub fn take(&mut self, change: Change) -> Vec<Delta> {
        if change.journey != self.journey {
            return Vec::new();
        }
        match self.revision {
            Some(r) if change.revision <= r => return Vec::new(),
            Some(r) if change.base_revision > r => {
                self.early.insert(change.base_revision, change);
                return Vec::new();
            }
            _ => {}
        }
        let mut out = vec![self.apply(&change)];
        while let Some(next) = self.revision.and_then(|r| self.early.remove(&r)) {
            out.push(self.apply(&next));
        }
        let r = self.revision.unwrap_or(0);
        self.early.retain(|base, _| *base > r);
        out
    }

    /// A change is held back waiting for one that has not arrived.
    pub fn waiting(&self) -> bool {
        !self.early.is_empty()
    }

    fn apply(&mut self, c: &Change) -> Delta {
        let stages_before = Map::stages(self);
        let lanes_before = self.lane_refs();
        self.revision = Some(c.revision);
        let name = c.header.as_ref().filter(|h| h.name != self.name).map(|h| h.name.clone());
        if let Some(n) = &name {
            self.name = n.clone();
        }
        for id in &c.removed_stages {
            self.stages.remove(id);
        }
        for s in &c.stages {
            self.stages.insert(s.id, s.name.clone());
        }
        for id in &c.layout.removed_columns {
            self.columns.remove(id);
        }
        for col in &c.layout.columns {
            self.columns.insert(col.stage, col.x);
        }
        if let Some(size) = &c.layout.size {
            self.rtl = size.direction == Direction::Rtl;
        }
        for id in &c.removed_lanes {
            self.lanes.remove(id);
        }
        for l in &c.lanes {
            self.lanes.insert(l.id, l.clone());
        }
        let mut cards = Vec::with_capacity(c.cards.len() + c.removed_cards.len());
        for id in &c.removed_cards {
            cards.push(Touch { id: *id, before: self.cards.remove(id), after: None });
        }
        for card in &c.cards {
            cards.push(Touch { id: card.id, before: self.cards.insert(card.id, card.clone()), after: Some(card.clone()) });
        }
        let stages = Map::stages(self);
        let lanes = self.lane_refs();
        Delta {
            base: c.base_revision,
            revision: c.revision,
            name,
            stages: (stages != stages_before).then_some(stages),
            lanes: (lanes != lanes_before).then_some(lanes),
            cards,
        }
    }

    /// The lanes participants are shown: every lane but the emotion curve's.
    pub fn lane_refs(&self) -> Vec<LaneRef> {
        lane_refs(self)
    }
}

pub fn lane_refs(m: &(impl Map + ?Sized)) -> Vec<LaneRef> {
    m.lanes_in_order().into_iter().filter(|l| l.kind != LaneKind::Emotions).map(|l| LaneRef { id: l.id, name: l.name.clone() }).collect()
}

impl Map for Board {
    fn name(&self) -> &str {
        &self.name
    }
    fn revision(&self) -> Option<u64> {
        self.revision
    }
    fn stages(&self) -> Vec<StageRef> {
        // Reading order: by x, or against it when the map runs right to left.
        let at = |x: f64| if self.rtl { -x } else { x };
        let mut ids: Vec<(f64, Id)> = self.stages.keys().map(|id| (self.columns.get(id).copied().map_or(f64::INFINITY, at), *id)).collect();
        ids.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        ids.into_iter().map(|(_, id)| StageRef { id, name: self.stages[&id].clone() }).collect()
    }
    fn lanes_in_order(&self) -> Vec<&Lane> {
        let mut lanes: Vec<&Lane> = self.lanes.values().collect();
        lanes.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)));
        lanes
    }
    fn cards(&self) -> Box<dyn Iterator<Item = &Card> + '_> {
        Box::new(self.cards.values())
    }
    fn lane(&self, id: Id) -> Option<&Lane> {
        self.lanes.get(&id)
    }
    fn has_stage(&self, id: Id) -> bool {
        self.stages.contains_key(&id)
    }
    fn card(&self, id: Id) -> Option<&Card> {
        self.cards.get(&id)
    }
    fn last_rank(&self, stage: Id, lane: Id) -> Option<f64> {
        self.cards
            .values()
            .filter(|c| c.stage == stage && c.lane == lane)
            .max_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)))
            .map(|c| c.rank)
    }
}
