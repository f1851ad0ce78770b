//! Every change to a journey is an `Edit` value. `apply` validates it against the journey, applies
//! it, and returns the inverse edit, so undo is "apply the inverse" and the store can log both.
//!
//! Edits replace whole entities (`UpdateCard` carries the full card) rather than single fields:
//! the inverse is then just the old value, and the UI, the CLI and workshop guests share one
//! small vocabulary.
//!
//! Some edits only name a gesture and leave its rules to the core: where a card dropped at a
//! place in a cell goes (`PlaceCards`), what a new card in a lane is (`CreateCard`), how a paste
//! fits another journey (`PasteCards`), which kind a drawn flow is (`ConnectStages`). The core
//! plans each as low-level edits on the journey as it stands and applies those, so the inverse
//! in the undo log is a low-level edit (as `MoveStage`'s is a `RewireFlows`) and the page holds
//! no copy of the rules. They carry the ids of what they create, so a redo makes the same ids,
//! and planning depends only on the journey and the edit, so a redo gives the same result.

use serde::{Deserialize, Serialize};

use crate::error::{EditError, Field, Problem};
use crate::graph::Flow;
use crate::model::*;
use crate::placing::{self, Slots};
use crate::validate as check;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Edit {
    SetJourney { name: String, goal: String },
    SetScale { scale: EmotionScale },
    SetMetrics { metrics: Metrics },
    /// Which way the map runs: chosen, or `Auto` (from the text).
    SetDirection { direction: crate::direction::DirectionChoice },
    /// Adds a persona, or replaces the one with the same id.
    PutPersona { persona: Persona },
    RemovePersona { id: Id },
    AddStage { stage: Stage },
    UpdateStage { stage: Stage },
    /// Removes the stage with its flows and cards.
    RemoveStage { id: Id },
    AddFlow { flow: Flow },
    RelabelFlow { id: Id, label: String },
    RemoveFlow { id: Id },
    /// Moves a stage `steps` columns along the grid (negative: left) by rewiring the `next`
    /// flows of the straight chain it sits in (see `moves`). Its inverse is a `RewireFlows`.
    MoveStage { id: Id, steps: i32 },
    /// Gives existing flows new ends, all at once; checked as a whole (`StageGraph::rewire`).
    RewireFlows { flows: Vec<Flow> },
    AddLane { lane: Lane },
    UpdateLane { lane: Lane },
    /// Removes the lane with its cards.
    RemoveLane { id: Id },
    AddCard { card: Card },
    /// Replaces a card's content; its cell and rank change only through `MoveCard`.
    UpdateCard { card: Card },
    RemoveCard { id: Id },
    MoveCard { id: Id, stage: Id, lane: Id, rank: f64 },
    // ---- Gestures the page names and the core plans (see the top of this file) ----
    /// Moves a lane `steps` places in display order (negative: up); the core picks its rank.
    /// Inverse: the lane's `UpdateLane` (a batch of them when the lanes had to be renumbered).
    MoveLane { id: Id, steps: i32 },
    /// Adds a flow whose kind the core picks (`StageGraph::kind_for_new_flow`): a repeat loop
    /// back, else a branch or the next step. Inverse: `RemoveFlow`.
    ConnectStages { id: Id, from: Id, to: Id, label: String },
    /// A new card at `index` among a cell's cards (`None`: after the last), whose body is what
    /// its lane holds (`CardBody::for_lane`). Inverse: `RemoveCard`.
    CreateCard { id: Id, stage: Id, lane: Id, index: Option<u32>, text: String },
    /// Gives a card a fresh body of another kind (`CardBody::of_kind`). Inverse: `UpdateCard`.
    SetCardKind { id: Id, kind: CardKind },
    /// Cards dropped together into a cell: they keep their order on the map and land at `index`
    /// among the cell's other cards. Inverse: their `MoveCard`s back.
    PlaceCards { ids: Vec<Id>, stage: Id, lane: Id, index: u32 },
    /// A copy of each card right after it in its cell; `copies[i]` is the id of the copy of
    /// `ids[i]`. Inverse: `RemoveCard`s.
    DuplicateCards { ids: Vec<Id>, copies: Vec<Id> },
    /// Cards copied from this or another journey, pasted at `index` of a cell in the order
    /// given, each fitted to this journey (`copy::fit_pasted`); `cards[i]` (as it was copied)
    /// becomes the card with id `ids[i]`. Inverse: `RemoveCard`s.
    PasteCards { cards: Vec<Card>, ids: Vec<Id>, stage: Id, lane: Id, index: u32 },
    /// Several edits as one step (a group drag, a paste): all apply or none do.
    Batch { edits: Vec<Edit> },
}

/// What an edit touched, so storage can write exactly those rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Touched {
    Journey,
    Persona(Id),
    Stage(Id),
    Flow(Id),
    Lane(Id),
    Card(Id),
}

impl Edit {
    /// Entities this edit names directly. Cascades (a stage's cards) show up in the inverse,
    /// so callers take `touched()` of both the edit and its inverse.
    pub fn touched(&self, out: &mut Vec<Touched>) {
        match self {
            Edit::SetJourney { .. } | Edit::SetScale { .. } | Edit::SetMetrics { .. } | Edit::SetDirection { .. } => {
                out.push(Touched::Journey)
            }
            Edit::PutPersona { persona } => out.push(Touched::Persona(persona.id)),
            Edit::RemovePersona { id } => out.push(Touched::Persona(*id)),
            Edit::AddStage { stage } | Edit::UpdateStage { stage } => out.push(Touched::Stage(stage.id)),
            Edit::RemoveStage { id } => out.push(Touched::Stage(*id)),
            Edit::AddFlow { flow } => out.push(Touched::Flow(flow.id)),
            Edit::RelabelFlow { id, .. } | Edit::RemoveFlow { id } => out.push(Touched::Flow(*id)),
            // The flows it rewires are named by its inverse.
            Edit::MoveStage { id, .. } => out.push(Touched::Stage(*id)),
            Edit::RewireFlows { flows } => out.extend(flows.iter().map(|f| Touched::Flow(f.id))),
            Edit::AddLane { lane } | Edit::UpdateLane { lane } => out.push(Touched::Lane(lane.id)),
            Edit::RemoveLane { id } => out.push(Touched::Lane(*id)),
            Edit::AddCard { card } | Edit::UpdateCard { card } => out.push(Touched::Card(card.id)),
            Edit::RemoveCard { id } | Edit::MoveCard { id, .. } => out.push(Touched::Card(*id)),
            // What these plan besides (renumbered neighbours) is named by their inverses.
            Edit::MoveLane { id, .. } => out.push(Touched::Lane(*id)),
            Edit::ConnectStages { id, .. } => out.push(Touched::Flow(*id)),
            Edit::CreateCard { id, .. } | Edit::SetCardKind { id, .. } => out.push(Touched::Card(*id)),
            Edit::PlaceCards { ids, .. } | Edit::PasteCards { ids, .. } | Edit::DuplicateCards { copies: ids, .. } => {
                out.extend(ids.iter().map(|id| Touched::Card(*id)))
            }
            Edit::Batch { edits } => edits.iter().for_each(|e| e.touched(out)),
        }
    }

    /// A short human name for menus ("Undo move card").
    pub fn label(&self) -> &'static str {
        match self {
            Edit::SetJourney { .. } => "rename journey",
            Edit::SetScale { .. } => "change emotion scale",
            Edit::SetMetrics { .. } => "change metrics",
            Edit::SetDirection { .. } => "change map direction",
            Edit::PutPersona { .. } => "edit persona",
            Edit::RemovePersona { .. } => "delete persona",
            Edit::AddStage { .. } => "add stage",
            Edit::UpdateStage { .. } => "edit stage",
            Edit::RemoveStage { .. } => "delete stage",
            Edit::AddFlow { .. } => "add flow",
            Edit::RelabelFlow { .. } => "label flow",
            Edit::RemoveFlow { .. } => "delete flow",
            Edit::MoveStage { .. } => "move stage",
            Edit::RewireFlows { .. } => "reconnect stages",
            Edit::AddLane { .. } => "add lane",
            Edit::UpdateLane { .. } => "edit lane",
            Edit::RemoveLane { .. } => "delete lane",
            Edit::AddCard { .. } => "add card",
            Edit::UpdateCard { .. } => "edit card",
            Edit::RemoveCard { .. } => "delete card",
            Edit::MoveCard { .. } => "move card",
            Edit::MoveLane { .. } => "move lane",
            Edit::ConnectStages { .. } => "connect stages",
            Edit::CreateCard { .. } => "new card",
            Edit::SetCardKind { .. } => "change card kind",
            Edit::PlaceCards { .. } => "move cards",
            Edit::DuplicateCards { .. } => "duplicate cards",
            Edit::PasteCards { .. } => "paste cards",
            Edit::Batch { .. } => "change several items",
        }
    }
}

/// Checks `edit` without changing `journey`.
pub fn validate(journey: &Journey, edit: &Edit) -> Result<(), EditError> {
    apply(&mut journey.clone(), edit).map(|_| ())
}

/// Applies `edit` and returns its inverse. On error `journey` is unchanged.
pub fn apply(journey: &mut Journey, edit: &Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::Batch { edits } => {
            let mut inverses = Vec::with_capacity(edits.len());
            for e in edits {
                match apply(journey, e) {
                    Ok(inv) => inverses.push(inv),
                    Err(err) => {
                        // Roll back what this batch already did, newest first.
                        for inv in inverses.iter().rev() {
                            apply(journey, inv).expect("an inverse applies to the state it came from");
                        }
                        return Err(err);
                    }
                }
            }
            inverses.reverse();
            Ok(Edit::Batch { edits: inverses })
        }
        single => apply_one(journey, single),
    }
}

fn apply_one(j: &mut Journey, edit: &Edit) -> Result<Edit, EditError> {
    Ok(match edit {
        Edit::SetJourney { name, goal } => {
            check::name(Field::JourneyName, name)?;
            check::text(Field::JourneyGoal, goal, check::MAX_TEXT)?;
            let old_name = std::mem::replace(&mut j.name, name.clone());
            let old_goal = std::mem::replace(&mut j.goal, goal.clone());
            Edit::SetJourney { name: old_name, goal: old_goal }
        }
        Edit::SetScale { scale } => {
            check::scale(scale)?;
            let outside = j
                .cards
                .values()
                .filter_map(|c| match &c.body {
                    CardBody::Touchpoint(t) => Some(t),
                    _ => None,
                })
                .flat_map(|t| t.emotion.iter().map(|e| e.score).chain(t.persona_emotions.values().copied()))
                .filter(|s| !scale.contains(*s))
                .count();
            if outside > 0 {
                return Err(EditError::invalid(
                    Field::EmotionScale,
                    Problem::ScoresOutsideScale { count: outside, min: scale.min, max: scale.max },
                ));
            }
            Edit::SetScale { scale: std::mem::replace(&mut j.scale, scale.clone()) }
        }
        Edit::SetMetrics { metrics } => {
            check::metrics(metrics)?;
            Edit::SetMetrics { metrics: std::mem::replace(&mut j.metrics, metrics.clone()) }
        }
        Edit::SetDirection { direction } => Edit::SetDirection { direction: std::mem::replace(&mut j.direction, *direction) },
        Edit::PutPersona { persona } => {
            check::persona(persona)?;
            match j.personas.iter_mut().find(|p| p.id == persona.id) {
                Some(slot) => Edit::PutPersona { persona: std::mem::replace(slot, persona.clone()) },
                None => {
                    if j.personas.len() >= check::MAX_PERSONAS {
                        return Err(EditError::invalid(Field::Personas, Problem::Full { max: check::MAX_PERSONAS }));
                    }
                    let at = j.personas.partition_point(|p| p.id < persona.id);
                    j.personas.insert(at, persona.clone());
                    Edit::RemovePersona { id: persona.id }
                }
            }
        }
        Edit::RemovePersona { id } => {
            let pos = j.personas.iter().position(|p| p.id == *id).ok_or(EditError::NotFound { what: "persona", id: *id })?;
            // Scores this persona gave are removed with it; the inverse puts them back.
            let mut restore = Vec::new();
            for card in j.cards.values_mut() {
                let scored = matches!(&card.body, CardBody::Touchpoint(t) if t.persona_emotions.contains_key(id));
                if scored {
                    restore.push(card.clone());
                    if let CardBody::Touchpoint(t) = &mut card.body {
                        t.persona_emotions.remove(id);
                    }
                }
            }
            let persona = j.personas.remove(pos);
            let mut edits = vec![Edit::PutPersona { persona }];
            edits.extend(restore.into_iter().map(|card| Edit::UpdateCard { card }));
            Edit::Batch { edits }
        }
        Edit::AddStage { stage } => {
            check::stage(stage)?;
            if j.graph.stage_count() >= check::MAX_STAGES {
                return Err(EditError::invalid(Field::Stages, Problem::Full { max: check::MAX_STAGES }));
            }
            j.graph.add_stage(stage.clone())?;
            Edit::RemoveStage { id: stage.id }
        }
        Edit::UpdateStage { stage } => {
            check::stage(stage)?;
            Edit::UpdateStage { stage: j.graph.replace_stage(stage.clone())? }
        }
        Edit::RemoveStage { id } => {
            if !j.graph.contains_stage(*id) {
                return Err(EditError::NotFound { what: "stage", id: *id });
            }
            let card_ids: Vec<Id> = j.cards.values().filter(|c| c.stage == *id).map(|c| c.id).collect();
            let mut restore_cards = remove_cards(j, &card_ids);
            let (stage, mut flows) = j.graph.remove_stage(*id)?;
            flows.extend(remove_broken_repeats(j));
            // Forward flows first: re-adding a repeat flow needs the path it closes.
            flows.sort_by_key(|f| !f.kind.is_forward());
            let mut edits = vec![Edit::AddStage { stage }];
            edits.extend(flows.into_iter().map(|flow| Edit::AddFlow { flow }));
            edits.append(&mut restore_cards);
            Edit::Batch { edits }
        }
        Edit::AddFlow { flow } => {
            check::text(Field::FlowLabel, &flow.label, check::MAX_NAME)?;
            j.graph.add_flow(flow.clone())?;
            Edit::RemoveFlow { id: flow.id }
        }
        Edit::RelabelFlow { id, label } => {
            check::text(Field::FlowLabel, label, check::MAX_NAME)?;
            Edit::RelabelFlow { id: *id, label: j.graph.relabel_flow(*id, label.clone())? }
        }
        Edit::RemoveFlow { id } => {
            let flow = j.graph.remove_flow(*id)?;
            let broken = remove_broken_repeats(j);
            if broken.is_empty() {
                Edit::AddFlow { flow }
            } else {
                let mut edits = vec![Edit::AddFlow { flow }];
                edits.extend(broken.into_iter().map(|flow| Edit::AddFlow { flow }));
                Edit::Batch { edits }
            }
        }
        Edit::MoveStage { id, steps } => {
            let flows = crate::moves::plan_stage_move(&j.graph, *id, *steps)?;
            apply_one(j, &Edit::RewireFlows { flows })?
        }
        Edit::RewireFlows { flows } => {
            for f in flows {
                check::text(Field::FlowLabel, &f.label, check::MAX_NAME)?;
            }
            Edit::RewireFlows { flows: j.graph.rewire(flows)? }
        }
        Edit::AddLane { lane } => {
            check::lane(lane)?;
            if j.lane(lane.id).is_some() {
                return Err(EditError::DuplicateId { what: "lane", id: lane.id });
            }
            if j.lanes.len() >= check::MAX_LANES {
                return Err(EditError::invalid(Field::Lanes, Problem::Full { max: check::MAX_LANES }));
            }
            // Lists stay sorted by id so equal content means equal values (display order is rank).
            let at = j.lanes.partition_point(|l| l.id < lane.id);
            j.lanes.insert(at, lane.clone());
            Edit::RemoveLane { id: lane.id }
        }
        Edit::UpdateLane { lane } => {
            check::lane(lane)?;
            let slot = j.lanes.iter_mut().find(|l| l.id == lane.id).ok_or(EditError::NotFound { what: "lane", id: lane.id })?;
            Edit::UpdateLane { lane: std::mem::replace(slot, lane.clone()) }
        }
        Edit::RemoveLane { id } => {
            let pos = j.lanes.iter().position(|l| l.id == *id).ok_or(EditError::NotFound { what: "lane", id: *id })?;
            let card_ids: Vec<Id> = j.cards.values().filter(|c| c.lane == *id).map(|c| c.id).collect();
            let mut restore_cards = remove_cards(j, &card_ids);
            let lane = j.lanes.remove(pos);
            let mut edits = vec![Edit::AddLane { lane }];
            edits.append(&mut restore_cards);
            Edit::Batch { edits }
        }
        Edit::AddCard { card } => {
            if j.cards.contains_key(&card.id) {
                return Err(EditError::DuplicateId { what: "card", id: card.id });
            }
            if j.cards.len() >= check::MAX_CARDS {
                return Err(EditError::invalid(Field::Cards, Problem::Full { max: check::MAX_CARDS }));
            }
            check::card(j, card)?;
            j.cards.insert(card.id, card.clone());
            Edit::RemoveCard { id: card.id }
        }
        Edit::UpdateCard { card } => {
            let old = j.cards.get(&card.id).ok_or(EditError::NotFound { what: "card", id: card.id })?;
            if old.stage != card.stage || old.lane != card.lane || old.rank != card.rank {
                return Err(EditError::invalid(Field::Card, Problem::UseAMove));
            }
            check::card(j, card)?;
            if matches!(old.body, CardBody::PainPoint(_)) && !matches!(card.body, CardBody::PainPoint(_)) && is_answered(j, card.id) {
                return Err(EditError::invalid(Field::Card, Problem::PainPointAnswered));
            }
            let old = j.cards.insert(card.id, card.clone()).expect("checked above");
            Edit::UpdateCard { card: old }
        }
        Edit::RemoveCard { id } => {
            if !j.cards.contains_key(id) {
                return Err(EditError::NotFound { what: "card", id: *id });
            }
            let mut edits = remove_cards(j, &[*id]);
            if edits.len() == 1 {
                edits.pop().expect("one edit")
            } else {
                Edit::Batch { edits }
            }
        }
        Edit::MoveCard { id, stage, lane, rank } => {
            check::rank(Field::CardRank, *rank)?;
            if !j.graph.contains_stage(*stage) {
                return Err(EditError::NotFound { what: "stage", id: *stage });
            }
            if j.lane(*lane).is_none() {
                return Err(EditError::NotFound { what: "lane", id: *lane });
            }
            let card = j.cards.get_mut(id).ok_or(EditError::NotFound { what: "card", id: *id })?;
            let inverse = Edit::MoveCard { id: *id, stage: card.stage, lane: card.lane, rank: card.rank };
            card.stage = *stage;
            card.lane = *lane;
            card.rank = *rank;
            inverse
        }
        Edit::MoveLane { id, steps } => apply_planned(j, placing::move_lane(j, *id, *steps)?)?,
        Edit::ConnectStages { id, from, to, label } => {
            for end in [from, to] {
                if !j.graph.contains_stage(*end) {
                    return Err(EditError::NotFound { what: "stage", id: *end });
                }
            }
            let kind = j.graph.kind_for_new_flow(*from, *to);
            let flow = Flow { id: *id, from: *from, to: *to, kind, label: label.clone() };
            apply_one(j, &Edit::AddFlow { flow })?
        }
        Edit::CreateCard { id, stage, lane, index, text } => {
            let kind = j.lane(*lane).ok_or(EditError::NotFound { what: "lane", id: *lane })?.kind;
            let Slots { ranks, mut renumbered } = placing::slots(j, *stage, *lane, *index, 1, &[])?;
            let body = CardBody::for_lane(kind, &j.scale);
            let card = Card { id: *id, stage: *stage, lane: *lane, rank: ranks[0], text: text.clone(), body, workshop: CardWorkshop::default() };
            renumbered.push(Edit::AddCard { card });
            apply_planned(j, renumbered)?
        }
        Edit::SetCardKind { id, kind } => {
            let card = j.card(*id).ok_or(EditError::NotFound { what: "card", id: *id })?;
            if card.body.kind() == *kind {
                return Err(EditError::invalid(Field::CardKind, Problem::AlreadyOfKind { kind: *kind }));
            }
            let card = Card { body: CardBody::of_kind(*kind), ..card.clone() };
            apply_one(j, &Edit::UpdateCard { card })?
        }
        Edit::PlaceCards { ids, stage, lane, index } => {
            apply_planned(j, placing::place_cards(j, ids, *stage, *lane, *index)?)?
        }
        Edit::DuplicateCards { ids, copies } => {
            if ids.is_empty() || ids.len() != copies.len() {
                return Err(EditError::invalid(Field::Duplicate, Problem::IdsPerCard { cards: ids.len(), ids: copies.len() }));
            }
            // One after another: a copy goes right after its original as the copies before it
            // left the cell.
            apply_in_turn(j, ids.iter().zip(copies), |j, (original, copy)| {
                let card = j.card(*original).ok_or(EditError::NotFound { what: "card", id: *original })?;
                let at = j.cards_in_cell(card.stage, card.lane).iter().position(|c| c.id == card.id).expect("a card is in its cell");
                let Slots { ranks, mut renumbered } =
                    placing::slots(j, card.stage, card.lane, Some(at as u32 + 1), 1, &[])?;
                renumbered.push(Edit::AddCard { card: Card { id: *copy, rank: ranks[0], ..card.clone() } });
                Ok(renumbered)
            })?
        }
        Edit::PasteCards { cards, ids, stage, lane, index } => {
            if cards.is_empty() || cards.len() != ids.len() {
                return Err(EditError::invalid(Field::Paste, Problem::IdsPerCard { cards: cards.len(), ids: ids.len() }));
            }
            let Slots { ranks, renumbered: mut edits } = placing::slots(j, *stage, *lane, Some(*index), cards.len(), &[])?;
            let mut fitted = crate::copy::fit_pasted(j, cards, ids, *stage, *lane);
            for (card, rank) in fitted.iter_mut().zip(ranks) {
                card.rank = rank;
            }
            // Pain points first: an opportunity pasted with the pain it answers links to it.
            fitted.sort_by_key(|c| !matches!(c.body, CardBody::PainPoint(_)));
            edits.extend(fitted.into_iter().map(|card| Edit::AddCard { card }));
            apply_planned(j, edits)?
        }
        Edit::Batch { .. } => apply(j, edit)?,
    })
}

/// Applies the low-level edits a gesture was planned as, all or none, and returns their inverse:
/// the one edit's own when there is one, else a batch.
fn apply_planned(j: &mut Journey, mut edits: Vec<Edit>) -> Result<Edit, EditError> {
    if edits.len() == 1 {
        apply_one(j, &edits.pop().expect("one edit"))
    } else {
        apply(j, &Edit::Batch { edits })
    }
}

/// Plans and applies one step per item, each on the journey the steps before left; all or none.
/// The inverse is one flat batch (or the only edit), newest step first.
fn apply_in_turn<T>(
    j: &mut Journey,
    items: impl IntoIterator<Item = T>,
    mut plan: impl FnMut(&Journey, T) -> Result<Vec<Edit>, EditError>,
) -> Result<Edit, EditError> {
    let mut inverses: Vec<Edit> = Vec::new();
    for item in items {
        match plan(j, item).and_then(|edits| apply_planned(j, edits)) {
            Ok(inverse) => inverses.push(inverse),
            Err(err) => {
                for inverse in inverses.iter().rev() {
                    apply(j, inverse).expect("an inverse applies to the state it came from");
                }
                return Err(err);
            }
        }
    }
    let mut flat = Vec::with_capacity(inverses.len());
    for inverse in inverses.into_iter().rev() {
        match inverse {
            Edit::Batch { edits } => flat.extend(edits),
            single => flat.push(single),
        }
    }
    Ok(if flat.len() == 1 { flat.pop().expect("one edit") } else { Edit::Batch { edits: flat } })
}

/// Removes repeat loops whose path back was just cut; returns them for the inverse.
fn remove_broken_repeats(j: &mut Journey) -> Vec<Flow> {
    j.graph
        .broken_repeats()
        .into_iter()
        .map(|id| j.graph.remove_flow(id).expect("listed by broken_repeats"))
        .collect()
}

fn is_answered(j: &Journey, pain: Id) -> bool {
    j.cards.values().any(|c| matches!(&c.body, CardBody::Opportunity(o) if o.answers.contains(&pain)))
}

/// Removes cards and unlinks them from opportunities that answered them. Returns the edits that
/// put everything back: the cards first, then the opportunities' old links.
fn remove_cards(j: &mut Journey, ids: &[Id]) -> Vec<Edit> {
    let mut removed: Vec<Card> = ids.iter().filter_map(|id| j.cards.remove(id)).collect();
    // Pain points go back before the opportunities that answer them.
    removed.sort_by_key(|c| !matches!(c.body, CardBody::PainPoint(_)));
    let mut edits: Vec<Edit> = removed.into_iter().map(|card| Edit::AddCard { card }).collect();
    let mut relinks = Vec::new();
    for card in j.cards.values_mut() {
        if let CardBody::Opportunity(o) = &mut card.body {
            if o.answers.iter().any(|a| ids.contains(a)) {
                let before = card.clone();
                if let CardBody::Opportunity(o) = &mut card.body {
                    o.answers.retain(|a| !ids.contains(a));
                }
                relinks.push(Edit::UpdateCard { card: before });
            }
        }
    }
    // An opportunity removed in the same call is restored whole by its AddCard.
    edits.extend(relinks);
    edits
}

/// A rank that places a card at `index` among `ranks` (sorted ascending) in its cell.
pub fn rank_at(ranks: &[f64], index: usize) -> f64 {
    match (index.checked_sub(1).and_then(|i| ranks.get(i)), ranks.get(index)) {
        (None, None) => 1.0,
        (None, Some(next)) => next - 1.0,
        (Some(prev), None) => prev + 1.0,
        (Some(prev), Some(next)) => (prev + next) / 2.0,
    }
}
