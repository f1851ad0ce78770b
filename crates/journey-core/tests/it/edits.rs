use crate::support::*;
use journey_core::*;
use proptest::prelude::*;

#[test]
fn moving_a_card_to_another_stage_keeps_its_emotion_and_undoes_exactly() {
    let mut j = meal_kit();
    let original = j.clone();
    let card = card_with_text(&j, "address a second time");
    let to = stage_named(&j, "Delivery day");
    let inverse = apply(&mut j, &Edit::MoveCard { id: card.id, stage: to, lane: card.lane, rank: 9.0 }).unwrap();
    let moved = j.card(card.id).unwrap();
    assert_eq!(moved.stage, to);
    assert_eq!(moved.emotion(), card.emotion(), "the move changed the emotion");
    apply(&mut j, &inverse).unwrap();
    assert_eq!(j, original);
}

#[test]
fn deleting_a_stage_takes_its_cards_and_flows_and_undo_brings_all_back() {
    let mut j = meal_kit();
    let original = j.clone();
    let checkout = stage_named(&j, "Checkout");
    let inverse = apply(&mut j, &Edit::RemoveStage { id: checkout }).unwrap();
    assert!(j.cards.values().all(|c| c.stage != checkout), "cards of the deleted stage remain");
    assert!(j.graph.flows().all(|f| f.from != checkout && f.to != checkout));
    // The opportunity that answered the checkout pain lost its link, and regains it on undo.
    apply(&mut j, &inverse).unwrap();
    assert_eq!(j, original);
}

#[test]
fn an_emotion_outside_the_scale_is_refused_and_changes_nothing() {
    let mut j = meal_kit();
    let before = j.clone();
    let mut card = card_with_text(&j, "Recipe picker");
    if let CardBody::Touchpoint(t) = &mut card.body {
        t.emotion = Some(Emotion { score: 7, name: String::new() });
    }
    let err = apply(&mut j, &Edit::UpdateCard { card }).unwrap_err();
    assert_eq!(err.code(), "invalid_value");
    assert!(err.to_string().contains("-3..3"), "{err}");
    assert_eq!(j, before);
}

#[test]
fn text_over_the_limit_is_refused_not_truncated() {
    let mut j = meal_kit();
    let mut card = card_with_text(&j, "Recipe picker");
    card.text = "ب".repeat(validate::MAX_TEXT + 1);
    let err = apply(&mut j, &Edit::UpdateCard { card }).unwrap_err();
    assert_eq!(err.code(), "too_long");
    assert!(err.to_string().contains("10001"), "{err}");
}

#[test]
fn persian_and_telugu_text_is_kept_exactly() {
    let mut j = meal_kit();
    let mut card = card_with_text(&j, "Recipe picker");
    card.text = "سفارش غذا — ఆర్డర్ చేయండి — Заказ".into();
    apply(&mut j, &Edit::UpdateCard { card: card.clone() }).unwrap();
    assert_eq!(j.card(card.id).unwrap().text, card.text);
}

#[test]
fn a_failing_batch_leaves_the_journey_as_it_was() {
    let mut j = meal_kit();
    let before = j.clone();
    let card = card_with_text(&j, "Recipe picker");
    let good = Edit::MoveCard { id: card.id, stage: stage_named(&j, "Checkout"), lane: card.lane, rank: 0.5 };
    let bad = Edit::RemoveStage { id: new_id() };
    let err = apply(&mut j, &Edit::Batch { edits: vec![good, bad] }).unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_eq!(j, before, "the first half of the batch stayed applied");
}

#[test]
fn turning_an_answered_pain_point_into_a_note_is_refused() {
    let mut j = meal_kit();
    let mut pain = card_with_text(&j, "Delivery fee only appears");
    pain.body = CardBody::Note;
    let err = apply(&mut j, &Edit::UpdateCard { card: pain }).unwrap_err();
    assert!(err.to_string().contains("unlink"), "{err}");
}

#[test]
fn narrowing_the_scale_below_existing_scores_is_refused() {
    let mut j = meal_kit();
    let err = apply(&mut j, &Edit::SetScale { scale: EmotionScale { min: -1, max: 1, names: Default::default() } }).unwrap_err();
    assert!(err.to_string().contains("change them first"), "{err}");
}

#[test]
fn rank_at_places_a_card_between_its_neighbours() {
    assert_eq!(edit::rank_at(&[], 0), 1.0);
    assert_eq!(edit::rank_at(&[1.0, 2.0], 0), 0.0);
    assert_eq!(edit::rank_at(&[1.0, 2.0], 1), 1.5);
    assert_eq!(edit::rank_at(&[1.0, 2.0], 2), 3.0);
}

/// How many kinds of step `to_edit` knows: every `Edit` variant is one of them
/// (`the_random_edit_generator_makes_every_kind_of_edit` checks that none is missing).
pub const OPS: u8 = 28;

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn apply_then_inverse_restores_the_journey_exactly(steps in prop::collection::vec(step(), 1..40)) {
        let original = meal_kit();
        let mut j = original.clone();
        let mut inverses = Vec::new();
        for s in &steps {
            let Some(edit) = to_edit(&j, s) else { continue };
            let before = j.clone();
            match apply(&mut j, &edit) {
                Ok(inverse) => {
                    // Each inverse restores its own step...
                    let mut undone = j.clone();
                    apply(&mut undone, &inverse).expect("inverse applies");
                    prop_assert_eq!(&undone, &before, "inverse of {:?} did not restore", edit);
                    inverses.push(inverse);
                }
                Err(_) => prop_assert_eq!(&j, &before, "a refused edit changed the journey"),
            }
        }
        // ...and all of them, newest first, restore the start.
        for inverse in inverses.iter().rev() {
            apply(&mut j, inverse).expect("inverse applies");
        }
        prop_assert_eq!(j, original);
    }
}

#[test]
fn a_logged_scale_change_with_named_steps_reads_back() {
    // The undo log stores edits as JSON; a scale's step names have number keys, which JSON
    // writes as strings. Reading them inside the tagged `Edit` once failed ("expected i32").
    let edit = Edit::SetScale { scale: EmotionScale::default() };
    let json = serde_json::to_string(&edit).unwrap();
    assert!(json.contains("\"-3\":\"Furious\""), "{json}");
    let back: Edit = serde_json::from_str(&json).unwrap();
    assert_eq!(back, edit);
}
