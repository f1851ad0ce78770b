use crate::edits::{step, to_edit};
use crate::support::*;
use journey_core::diff::Change;
use journey_core::*;
use proptest::prelude::*;

#[test]
fn a_diff_names_added_removed_moved_and_changed_cards_with_emotion_deltas() {
    let before = meal_kit();
    let mut after = before.clone();
    let moved = card_with_text(&after, "address a second time");
    let delivery = stage_named(&after, "Delivery day");
    apply(&mut after, &Edit::MoveCard { id: moved.id, stage: delivery, lane: moved.lane, rank: 50.0 }).unwrap();
    let mut rescored = card_with_text(&after, "Recipe picker");
    let old_score = rescored.emotion().unwrap().score;
    if let CardBody::Touchpoint(t) = &mut rescored.body {
        t.emotion = Some(Emotion { score: -3, name: "Furious".into() });
    }
    apply(&mut after, &Edit::UpdateCard { card: rescored.clone() }).unwrap();
    let removed = card_with_text(&after, "Box on the doorstep");
    apply(&mut after, &Edit::RemoveCard { id: removed.id }).unwrap();
    let mut added = moved.clone();
    added.id = new_id();
    added.text = "Новая карточка".into();
    apply(&mut after, &Edit::AddCard { card: added.clone() }).unwrap();

    let d = diff(&before, &after);
    let find = |id: Id| d.cards.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("{id} not in diff"));
    assert_eq!(find(added.id).change, Change::Added);
    assert_eq!(find(removed.id).change, Change::Removed);
    let m = find(moved.id);
    assert!(m.moved && m.fields.is_empty(), "{m:?}");
    assert_eq!(m.to.as_ref().unwrap().stage_name, "Delivery day");
    assert_ne!(m.from.as_ref().unwrap().stage_name, "Delivery day");
    let r = find(rescored.id);
    assert_eq!((r.moved, r.fields.clone()), (false, vec!["emotion"]));
    let delta = d.emotions.iter().find(|e| e.card == rescored.id).expect("emotion delta");
    assert_eq!((delta.before, delta.after, delta.delta), (Some(old_score), Some(-3), -3 - old_score));
    // Exactly these four cards, nothing else.
    assert_eq!(d.cards.len(), 4, "{:#?}", d.cards);
    assert!(d.stages.is_empty() && d.lanes.is_empty() && !d.journey_changed);
}

#[test]
fn the_diff_of_a_journey_with_itself_is_empty() {
    let j = meal_kit();
    assert!(diff(&j, &j.clone()).is_empty());
}

#[test]
fn a_stage_deletion_shows_as_a_removed_stage_with_its_cards_and_flows() {
    let before = meal_kit();
    let mut after = before.clone();
    let checkout = stage_named(&after, "Checkout");
    let cards_there = before.cards.values().filter(|c| c.stage == checkout).count();
    let flows_there = before.graph.flows().filter(|f| f.from == checkout || f.to == checkout).count();
    apply(&mut after, &Edit::RemoveStage { id: checkout }).unwrap();
    let d = diff(&before, &after);
    assert_eq!(d.stages.len(), 1);
    assert_eq!((d.stages[0].name.as_str(), d.stages[0].change), ("Checkout", Change::Removed));
    assert!(d.count(Change::Removed) >= cards_there);
    assert!(flows_there > 0);
    assert_eq!(d.flows_removed, before.graph.flows().count() - after.graph.flows().count());
}

#[test]
fn restoring_an_identical_journey_is_an_empty_batch() {
    let j = meal_kit();
    assert_eq!(restore_edit(&j, &j.clone()).unwrap(), Edit::Batch { edits: vec![] });
}

#[test]
fn a_version_of_another_journey_cannot_be_restored() {
    let j = meal_kit();
    let mut other = j.clone();
    other.id = new_id();
    assert_eq!(restore_edit(&j, &other).unwrap_err().code(), "invalid_value");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever happened since a version was taken, restoring it gives the version back exactly,
    /// and undoing the restore gives back what was there before.
    #[test]
    fn restore_rebuilds_the_version_exactly_and_undoes_exactly(steps in prop::collection::vec(step(), 1..40)) {
        let version = meal_kit();
        let mut now = version.clone();
        for s in &steps {
            if let Some(edit) = to_edit(&now, s) {
                let _ = apply(&mut now, &edit);
            }
        }
        let edit = restore_edit(&now, &version).expect("a restore edit");
        let mut restored = now.clone();
        let inverse = apply(&mut restored, &edit).expect("the restore applies");
        prop_assert_eq!(&restored, &version);
        apply(&mut restored, &inverse).expect("its inverse applies");
        prop_assert_eq!(&restored, &now);
        // And the other way round: from the version forward to now.
        let forward = restore_edit(&version, &now).expect("a forward edit");
        let mut j = version.clone();
        apply(&mut j, &forward).expect("the forward edit applies");
        prop_assert_eq!(j, now);
    }
}
