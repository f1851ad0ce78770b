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

pub use crate::generator::*;

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
