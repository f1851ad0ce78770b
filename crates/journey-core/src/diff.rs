//! Comparing two states of a journey (a named version and now, or two versions), and the edit
//! that turns one state into the other (restoring a version).
//!
//! The diff is data for the UI and the exports: which cards were added, removed, moved or
//! changed, and how each touchpoint's emotion moved. The restore edit is an ordinary `Batch`,
//! so restoring is validated, logged and undoable like any other change.

use serde::Serialize;
use std::collections::BTreeSet;

use crate::edit::{apply, Edit};
use crate::error::{EditError, Field, Problem};
use crate::model::*;

/// A card's cell, with names so a report can print it without the journey at hand.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub stage: Id,
    pub lane: Id,
    pub stage_name: String,
    pub lane_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
// The page's `Change` is the patch (change.rs); this is the kind of one diff entry.
#[ts(rename = "DiffChange")]
pub enum Change {
    Added,
    Removed,
    /// Present in both; see `moved`, `reordered` and `fields`.
    Updated,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CardChange {
    pub id: Id,
    pub change: Change,
    /// The card's text after the change (before, for a removed card).
    pub text: String,
    pub kind: &'static str,
    /// Where the card was; `None` for an added card.
    pub from: Option<Cell>,
    /// Where the card is; `None` for a removed card.
    pub to: Option<Cell>,
    /// Moved to another cell.
    pub moved: bool,
    /// Same cell, another position in it.
    pub reordered: bool,
    /// Content that changed: "text", "kind", "emotion", "channel", "details".
    pub fields: Vec<&'static str>,
}

impl CardChange {
    /// A change of `card` (as it is after, or before for a removed card) with no move or field
    /// changes noted yet.
    fn of(card: &Card, change: Change, from: Option<Cell>, to: Option<Cell>) -> CardChange {
        CardChange {
            id: card.id,
            change,
            text: card.text.clone(),
            kind: card.kind_name(),
            from,
            to,
            moved: false,
            reordered: false,
            fields: Vec::new(),
        }
    }
}

/// A touchpoint whose emotion score differs between the two states.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EmotionDelta {
    pub card: Id,
    pub text: String,
    pub before: Option<i32>,
    pub after: Option<i32>,
    /// `after - before`, with a missing score counted as no delta (0) on that side.
    pub delta: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NamedChange {
    pub id: Id,
    pub name: String,
    pub change: Change,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JourneyDiff {
    pub cards: Vec<CardChange>,
    pub emotions: Vec<EmotionDelta>,
    pub stages: Vec<NamedChange>,
    pub lanes: Vec<NamedChange>,
    pub flows_added: usize,
    pub flows_removed: usize,
    pub flows_changed: usize,
    /// Name, goal, personas, scale or journey metrics differ.
    pub journey_changed: bool,
}

impl JourneyDiff {
    pub fn is_empty(&self) -> bool {
        *self == JourneyDiff::default()
    }

    pub fn count(&self, change: Change) -> usize {
        self.cards.iter().filter(|c| c.change == change).count()
    }
}

fn cell_of(j: &Journey, c: &Card) -> Cell {
    Cell {
        stage: c.stage,
        lane: c.lane,
        stage_name: j.graph.stage_name(c.stage),
        lane_name: j.lane(c.lane).map(|l| l.name.clone()).unwrap_or_default(),
    }
}

fn score(c: &Card) -> Option<i32> {
    c.emotion().map(|e| e.score)
}

/// Which parts of a card's content differ (place excluded).
fn changed_fields(a: &Card, b: &Card) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if a.text != b.text {
        fields.push("text");
    }
    if a.kind_name() != b.kind_name() {
        fields.push("kind");
        return fields;
    }
    if let (CardBody::Touchpoint(x), CardBody::Touchpoint(y)) = (&a.body, &b.body) {
        if x.emotion != y.emotion || x.persona_emotions != y.persona_emotions {
            fields.push("emotion");
        }
        if x.channel != y.channel {
            fields.push("channel");
        }
        let (mut x, mut y) = (x.clone(), y.clone());
        (x.emotion, x.persona_emotions, x.channel) = (None, Default::default(), None);
        (y.emotion, y.persona_emotions, y.channel) = (None, Default::default(), None);
        if x != y {
            fields.push("details");
        }
    } else if a.body != b.body {
        fields.push("details");
    }
    fields
}

/// What changed from `before` to `after`, in the order of `after`'s cards (then removed ones).
pub fn diff(before: &Journey, after: &Journey) -> JourneyDiff {
    let mut d = JourneyDiff::default();
    for (id, b) in &after.cards {
        match before.cards.get(id) {
            None => d.cards.push(CardChange::of(b, Change::Added, None, Some(cell_of(after, b)))),
            Some(a) => {
                let moved = a.stage != b.stage || a.lane != b.lane;
                let reordered = !moved && a.rank != b.rank;
                let fields = changed_fields(a, b);
                if moved || reordered || !fields.is_empty() {
                    let change = CardChange::of(b, Change::Updated, Some(cell_of(before, a)), Some(cell_of(after, b)));
                    d.cards.push(CardChange { moved, reordered, fields, ..change });
                }
            }
        }
        let (old, new) = (before.cards.get(id).and_then(score), score(b));
        if old != new {
            d.emotions.push(EmotionDelta {
                card: *id,
                text: b.text.clone(),
                before: old,
                after: new,
                delta: new.zip(old).map(|(n, o)| n - o).unwrap_or(0),
            });
        }
    }
    for (id, a) in &before.cards {
        if !after.cards.contains_key(id) {
            d.cards.push(CardChange::of(a, Change::Removed, Some(cell_of(before, a)), None));
            if let Some(s) = score(a) {
                d.emotions.push(EmotionDelta { card: *id, text: a.text.clone(), before: Some(s), after: None, delta: 0 });
            }
        }
    }
    d.stages = named_changes(
        before.graph.stages().map(|s| (s.id, s.name.as_str(), s)),
        after.graph.stages().map(|s| (s.id, s.name.as_str(), s)),
    );
    d.lanes = named_changes(
        before.lanes.iter().map(|l| (l.id, l.name.as_str(), l)),
        after.lanes.iter().map(|l| (l.id, l.name.as_str(), l)),
    );
    for f in after.graph.flows() {
        match before.graph.flow(f.id) {
            None => d.flows_added += 1,
            Some(old) if old != f => d.flows_changed += 1,
            Some(_) => {}
        }
    }
    d.flows_removed = before.graph.flows().filter(|f| after.graph.flow(f.id).is_none()).count();
    d.journey_changed = before.name != after.name
        || before.goal != after.goal
        || before.personas != after.personas
        || before.scale != after.scale
        || before.metrics != after.metrics
        || before.direction != after.direction;
    d
}

fn named_changes<'a, T: PartialEq + 'a>(
    before: impl Iterator<Item = (Id, &'a str, &'a T)>,
    after: impl Iterator<Item = (Id, &'a str, &'a T)>,
) -> Vec<NamedChange> {
    let before: Vec<_> = before.collect();
    let after: Vec<_> = after.collect();
    let mut out = Vec::new();
    for (id, name, value) in &after {
        match before.iter().find(|(b, _, _)| b == id) {
            None => out.push(NamedChange { id: *id, name: name.to_string(), change: Change::Added }),
            Some((_, _, old)) if old != value => {
                out.push(NamedChange { id: *id, name: name.to_string(), change: Change::Updated })
            }
            Some(_) => {}
        }
    }
    for (id, name, _) in &before {
        if !after.iter().any(|(a, _, _)| a == id) {
            out.push(NamedChange { id: *id, name: name.to_string(), change: Change::Removed });
        }
    }
    out.sort_by_key(|c| c.id);
    out
}

/// The edit that turns `current` into `target` (restoring a version), as one `Batch`.
///
/// Each step is chosen against a working copy that the previous steps already changed, because
/// removals cascade (a stage takes its cards and flows, a pain point its opportunities' links).
/// Cards that differ in any way are removed and added back whole: that order always validates,
/// where updating in place could trip over links and scales in between.
pub fn restore_edit(current: &Journey, target: &Journey) -> Result<Edit, EditError> {
    if current.id != target.id {
        return Err(EditError::invalid(Field::Version, Problem::OtherJourney));
    }
    let mut work = current.clone();
    let mut edits = Vec::new();
    let mut step = |work: &mut Journey, edit: Edit| -> Result<(), EditError> {
        apply(work, &edit)?;
        edits.push(edit);
        Ok(())
    };

    // Removals, widest first.
    let gone: Vec<Id> = work.graph.stages().filter(|s| target.graph.stage(s.id).is_none()).map(|s| s.id).collect();
    for id in gone {
        step(&mut work, Edit::RemoveStage { id })?;
    }
    let gone: Vec<Id> = work.lanes.iter().filter(|l| target.lane(l.id).is_none()).map(|l| l.id).collect();
    for id in gone {
        step(&mut work, Edit::RemoveLane { id })?;
    }
    let gone: Vec<Id> = work.personas.iter().filter(|p| target.persona(p.id).is_none()).map(|p| p.id).collect();
    for id in gone {
        step(&mut work, Edit::RemovePersona { id })?;
    }
    // A removal can change what is left (a cut path drops its repeat loops, a removed pain
    // point unlinks opportunities), so look again until nothing differs.
    loop {
        let differing: Vec<Id> =
            work.graph.flows().filter(|f| target.graph.flow(f.id) != Some(*f)).map(|f| f.id).collect();
        if differing.is_empty() {
            break;
        }
        for id in differing {
            if work.graph.flow(id).is_some() {
                step(&mut work, Edit::RemoveFlow { id })?;
            }
        }
    }
    loop {
        let differing: Vec<Id> =
            work.cards.values().filter(|c| target.cards.get(&c.id) != Some(*c)).map(|c| c.id).collect();
        if differing.is_empty() {
            break;
        }
        for id in differing {
            if work.cards.contains_key(&id) {
                step(&mut work, Edit::RemoveCard { id })?;
            }
        }
    }

    // The journey's own fields. Only cards equal to the target's remain, so the target scale
    // fits every remaining score.
    if work.name != target.name || work.goal != target.goal {
        step(&mut work, Edit::SetJourney { name: target.name.clone(), goal: target.goal.clone() })?;
    }
    if work.scale != target.scale {
        step(&mut work, Edit::SetScale { scale: target.scale.clone() })?;
    }
    if work.metrics != target.metrics {
        step(&mut work, Edit::SetMetrics { metrics: target.metrics.clone() })?;
    }
    if work.direction != target.direction {
        step(&mut work, Edit::SetDirection { direction: target.direction })?;
    }
    for p in &target.personas {
        if work.persona(p.id) != Some(p) {
            step(&mut work, Edit::PutPersona { persona: p.clone() })?;
        }
    }

    // Additions, in an order each check accepts: stages and lanes, forward flows before the
    // repeat loops that need their path, pain points before the opportunities answering them.
    for s in target.graph.stages() {
        match work.graph.stage(s.id) {
            None => step(&mut work, Edit::AddStage { stage: s.clone() })?,
            Some(old) if old != s => step(&mut work, Edit::UpdateStage { stage: s.clone() })?,
            Some(_) => {}
        }
    }
    for l in &target.lanes {
        match work.lane(l.id) {
            None => step(&mut work, Edit::AddLane { lane: l.clone() })?,
            Some(old) if old != l => step(&mut work, Edit::UpdateLane { lane: l.clone() })?,
            Some(_) => {}
        }
    }
    let mut flows: Vec<_> = target.graph.flows().filter(|f| work.graph.flow(f.id).is_none()).cloned().collect();
    flows.sort_by_key(|f| (!f.kind.is_forward(), f.id));
    for flow in flows {
        step(&mut work, Edit::AddFlow { flow })?;
    }
    let present: BTreeSet<Id> = work.cards.keys().copied().collect();
    let mut cards: Vec<&Card> = target.cards.values().filter(|c| !present.contains(&c.id)).collect();
    cards.sort_by_key(|c| (!matches!(c.body, CardBody::PainPoint(_)), c.id));
    for card in cards {
        step(&mut work, Edit::AddCard { card: card.clone() })?;
    }

    let mut expected = target.clone();
    expected.normalize();
    work.normalize();
    if work != expected {
        return Err(EditError::invalid(Field::Version, Problem::NotRebuilt));
    }
    Ok(Edit::Batch { edits })
}
