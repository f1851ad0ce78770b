//! The random edit generator: steps interpreted against a journey's current ids, so most are
//! valid edits. Shared by the core's property tests and, through `#[path]`, by journey-doc's
//! merge tests (so it needs nothing from this test crate but journey-core and proptest).

use journey_core::*;
use proptest::prelude::*;

pub fn stage(name: &str, rank: f64) -> Stage {
    Stage {
        id: new_id(),
        name: name.into(),
        description: String::new(),
        phase: None,
        experience: None,
        metrics: Metrics::default(),
        rank,
    }
}

pub fn flow(from: Id, to: Id, kind: FlowKind) -> Flow {
    Flow { id: new_id(), from, to, kind, label: String::new() }
}

/// How many kinds of step `to_edit` knows: every `Edit` variant is one of them
/// (`the_random_edit_generator_makes_every_kind_of_edit` checks that none is missing).
pub const OPS: u8 = 29;

/// One random step, interpreted against the journey's current ids so most steps are valid.
#[derive(Debug, Clone)]
pub struct Step {
    op: u8,
    a: usize,
    b: usize,
    c: usize,
    score: i32,
    text: String,
}

impl Step {
    pub fn new(op: u8, a: usize, b: usize, c: usize, score: i32, text: &str) -> Step {
        Step { op, a, b, c, score, text: text.into() }
    }
}

pub fn step() -> impl Strategy<Value = Step> {
    (0u8..OPS, any::<usize>(), any::<usize>(), any::<usize>(), -4i32..5, "[a-zA-Zسلامతెలుగు ]{0,12}")
        .prop_map(|(op, a, b, c, score, text)| Step { op, a, b, c, score, text })
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

pub fn to_edit(j: &Journey, s: &Step) -> Option<Edit> {
    let stages = j.graph.order();
    let lanes: Vec<Id> = j.lanes_in_order().iter().map(|l| l.id).collect();
    let cards: Vec<Id> = j.cards.keys().copied().collect();
    let flows: Vec<Id> = j.graph.flows().map(|f| f.id).collect();
    Some(match s.op {
        0 => Edit::MoveCard { id: pick(&cards, s.a)?, stage: pick(&stages, s.b)?, lane: pick(&lanes, s.c)?, rank: s.score as f64 / 3.0 },
        1 => {
            let mut card = j.card(pick(&cards, s.a)?)?.clone();
            card.text = s.text.clone();
            if let CardBody::Touchpoint(t) = &mut card.body {
                t.emotion = Some(Emotion { score: s.score, name: String::new() });
            }
            Edit::UpdateCard { card }
        }
        2 => Edit::RemoveCard { id: pick(&cards, s.a)? },
        3 => Edit::AddCard {
            card: Card { workshop: Default::default(),
                id: new_id(),
                stage: pick(&stages, s.a)?,
                lane: pick(&lanes, s.b)?,
                rank: s.c as f64 % 7.0,
                text: s.text.clone(),
                body: CardBody::PainPoint(PainPoint { severity: (s.score.rem_euclid(6)) as u8, frequency: 3, pillar: None, friction: None, short_of: vec![] }),
            },
        },
        4 => Edit::RemoveStage { id: pick(&stages, s.a)? },
        5 => Edit::AddStage { stage: stage(&format!("S{}", s.text), s.score as f64) },
        6 => Edit::AddFlow { flow: flow(pick(&stages, s.a)?, pick(&stages, s.b)?, [FlowKind::Next, FlowKind::Branch, FlowKind::Repeat][s.c % 3]) },
        7 => Edit::RemoveFlow { id: pick(&flows, s.a)? },
        8 => Edit::RemoveLane { id: pick(&lanes, s.a)? },
        9 => Edit::SetJourney { name: s.text.clone(), goal: s.text.clone() },
        10 => {
            let mut stage = j.graph.stage(pick(&stages, s.a)?)?.clone();
            stage.name = s.text.clone();
            stage.rank = s.score as f64;
            Edit::UpdateStage { stage }
        }
        11 => Edit::Batch {
            edits: vec![
                Edit::RemoveCard { id: pick(&cards, s.a)? },
                Edit::MoveCard { id: pick(&cards, s.b)?, stage: pick(&stages, s.c)?, lane: pick(&lanes, s.a)?, rank: 0.25 },
            ],
        },
        // Narrowing below the journey's scores is refused; widening always applies.
        12 => Edit::SetScale { scale: EmotionScale { min: -3 - (s.a % 3) as i32, max: 3 + (s.b % 3) as i32, names: Default::default() } },
        13 => Edit::SetMetrics {
            metrics: Metrics {
                nps: Some(Measure { value: f64::from(s.score * 20), sample_size: (s.a % 500) as u32 }),
                csat: (s.b % 2 == 0).then(|| Measure { value: (s.c % 101) as f64, sample_size: 12 }),
                ces: None,
            },
        },
        14 => {
            let existing: Vec<Id> = j.personas.iter().map(|p| p.id).collect();
            let mut persona = match pick(&existing, s.a).filter(|_| s.b % 2 == 0) {
                Some(id) => j.persona(id)?.clone(),
                None => Persona {
                    id: new_id(),
                    name: String::new(),
                    role: String::new(),
                    goals: vec![],
                    needs: vec![],
                    frustrations: vec![],
                    quote: String::new(),
                    value_type: None,
                    color: "#884422".into(),
                },
            };
            persona.name = format!("P{}", s.text);
            persona.role = s.text.clone();
            Edit::PutPersona { persona }
        }
        15 => Edit::RemovePersona { id: pick(&j.personas.iter().map(|p| p.id).collect::<Vec<_>>(), s.a)? },
        16 => Edit::RelabelFlow { id: pick(&flows, s.a)?, label: s.text.clone() },
        17 => Edit::MoveStage { id: pick(&stages, s.a)?, steps: s.score },
        // Swaps the ends of two flows: often a cycle or a dangling repeat, refused as a whole.
        18 => {
            let a = j.graph.flow(pick(&flows, s.a)?)?.clone();
            let b = j.graph.flow(pick(&flows, s.b)?)?.clone();
            Edit::RewireFlows { flows: vec![Flow { to: b.to, ..a.clone() }, Flow { to: a.to, ..b }] }
        }
        19 => Edit::AddLane {
            lane: Lane {
                id: new_id(),
                name: format!("L{}", s.text),
                kind: [LaneKind::Actions, LaneKind::Thoughts, LaneKind::Emotions, LaneKind::Backstage][s.b % 4],
                rank: s.score as f64 + 0.5,
                color: String::new(),
            },
        },
        20 => {
            let mut lane = j.lane(pick(&lanes, s.a)?)?.clone();
            lane.name = format!("L{}", s.text);
            lane.rank = s.score as f64 - 0.25;
            Edit::UpdateLane { lane }
        }
        // Steps of -4..4: 0 and moves past either end are refused.
        21 => Edit::MoveLane { id: pick(&lanes, s.a)?, steps: s.score },
        22 => Edit::ConnectStages { id: new_id(), from: pick(&stages, s.a)?, to: pick(&stages, s.b)?, label: s.text.clone() },
        23 => {
            let (stage, lane) = (pick(&stages, s.a)?, pick(&lanes, s.b)?);
            // One in four at the end; otherwise a place in the cell, now and then one past it.
            let index = (!s.c.is_multiple_of(4)).then(|| (s.c % (j.cards_in_cell(stage, lane).len() + 2)) as u32);
            Edit::CreateCard { id: new_id(), stage, lane, index, text: s.text.clone() }
        }
        24 => Edit::SetCardKind {
            id: pick(&cards, s.a)?,
            kind: [CardKind::Touchpoint, CardKind::PainPoint, CardKind::Opportunity, CardKind::Note, CardKind::Quote][s.b % 5],
        },
        25 => {
            let (stage, lane) = (pick(&stages, s.b)?, pick(&lanes, s.c)?);
            // One card, or two (the second may be in the target cell already).
            let mut ids = vec![pick(&cards, s.a)?];
            ids.extend(pick(&cards, s.a / 7).filter(|id| s.c.is_multiple_of(2) && !ids.contains(id)));
            let others = j.cards_in_cell(stage, lane).iter().filter(|c| !ids.contains(&c.id)).count();
            Edit::PlaceCards { ids, stage, lane, index: (s.a % (others + 1)) as u32 }
        }
        26 => {
            let mut ids = vec![pick(&cards, s.a)?];
            ids.extend(pick(&cards, s.b).filter(|id| !ids.contains(id)));
            let copies = ids.iter().map(|_| new_id()).collect();
            Edit::DuplicateCards { ids, copies }
        }
        27 => Edit::SetDirection { direction: [DirectionChoice::Auto, DirectionChoice::Ltr, DirectionChoice::Rtl][s.a % 3] },
        _ => {
            // A card of this journey and one from elsewhere: a touchpoint scored off the scale
            // by a persona that is not here, or an opportunity answering that card and a pain
            // that is not here.
            let (stage, lane) = (pick(&stages, s.b)?, pick(&lanes, s.c)?);
            let own = j.card(pick(&cards, s.a)?)?.clone();
            let body = if s.a.is_multiple_of(2) {
                CardBody::Touchpoint(Touchpoint {
                    emotion: Some(Emotion { score: s.score * 2, name: String::new() }),
                    persona_emotions: [(new_id(), s.score)].into_iter().collect(),
                    ..Touchpoint::default()
                })
            } else {
                CardBody::Opportunity(Opportunity { answers: vec![own.id, new_id()], loyalty_pillar: None, value: 2, effort: 4, owner: String::new() })
            };
            let foreign = Card { id: new_id(), stage: new_id(), lane: new_id(), rank: 0.0, text: s.text.clone(), body, workshop: Default::default() };
            let index = (s.score.unsigned_abs() as usize % (j.cards_in_cell(stage, lane).len() + 1)) as u32;
            Edit::PasteCards { cards: vec![own, foreign], ids: vec![new_id(), new_id()], stage, lane, index }
        }
    })
}
