//! Every change the store reports, applied to what a window holds, gives what reopening the file
//! shows: edits, undo, redo and a version restore.

use crate::support::*;
use journey_core::*;
use journey_store::Store;

fn held(store: &mut Store, id: Id) -> ReadModel {
    let (j, layout, revision) = store.view(id).unwrap();
    ReadModel::new(j, &layout, revision)
}

/// What a window opening the file afresh would be shown.
fn reopened(ws: &Workspace, store: Store, id: Id) -> (ReadModel, Store) {
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    let model = held(&mut store, id);
    (model, store)
}

#[test]
fn edits_undo_redo_and_a_restore_patch_the_window_into_what_reopening_the_file_shows() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let mut window = held(&mut store, id);
    let version = store.save_version(id, "before").unwrap();
    let j = store.journey(id).unwrap().0.clone();
    let mut card = card_with_text(&j, "Recipe picker");
    card.text = "Recipe picker, now with a much longer description that wraps over several lines".into();
    let edits = [
        Edit::UpdateCard { card: card.clone() },
        Edit::MoveCard { id: card.id, stage: stage_named(&j, "Checkout"), lane: card.lane, rank: 0.5 },
        Edit::MoveStage { id: stage_named(&j, "Checkout"), steps: -1 },
        Edit::RemoveStage { id: stage_named(&j, "Delivery day") },
    ];
    for edit in &edits {
        let applied = store.apply(id, edit, Some(window.revision)).unwrap();
        assert_eq!(applied.change.revision, applied.revision);
        window.apply(&applied.change).unwrap();
    }
    let undone = store.undo(id).unwrap();
    window.apply(&undone.change).unwrap();
    let redone = store.redo(id).unwrap();
    window.apply(&redone.change).unwrap();
    let (fresh, mut store) = reopened(&ws, store, id);
    assert_eq!(window, fresh, "after edits, undo and redo");

    let restored = store.restore_version(id, version.id, Some(window.revision)).unwrap();
    assert!(!restored.change.cards.is_empty(), "the restore names the cards it put back");
    window.apply(&restored.change).unwrap();
    let (fresh, _store) = reopened(&ws, store, id);
    assert_eq!(window, fresh, "after restoring the version");
}

/// Moves one card to the top of the next stage's cell and makes its text longer, on a journey of
/// `stages` stages with `per_stage` cards each; returns the two changes' JSON sizes.
fn change_sizes(stages: usize, per_stage: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("big.journeys")).unwrap();
    let j = sample::synthetic_wide_journey(stages, per_stage);
    let id = store.add_journey(&j).unwrap();
    let mut window = held(&mut store, id);
    let order = j.graph.order();
    let card = j.cards.values().find(|c| c.stage == order[1]).unwrap().clone();
    let moved = store.apply(id, &Edit::MoveCard { id: card.id, stage: order[2], lane: card.lane, rank: -1.0 }, None).unwrap();
    assert_eq!(moved.change.cards.len(), 1, "one card's data");
    let cells = j.cards.values().filter(|c| c.lane == card.lane && (c.stage == order[1] || c.stage == order[2])).count();
    assert!(moved.change.layout.cards.len() <= cells, "{} boxes for two cells of {cells} cards", moved.change.layout.cards.len());
    window.apply(&moved.change).unwrap();
    let longer = Card { text: format!("{} and a good deal more text, so that it wraps onto another line", card.text), ..store.journey(id).unwrap().0.cards[&card.id].clone() };
    let edited = store.apply(id, &Edit::UpdateCard { card: longer }, None).unwrap();
    window.apply(&edited.change).unwrap();
    assert_eq!(window, held(&mut store, id));
    (serde_json::to_string(&moved.change).unwrap().len(), serde_json::to_string(&edited.change).unwrap().len())
}

#[test]
fn a_change_is_as_large_as_what_it_moved_however_large_the_journey() {
    // Ten times the stages, the same cells: the change must not grow with the journey.
    let small = change_sizes(20, 30);
    let large = change_sizes(200, 30);
    for (what, s, l) in [("move", small.0, large.0), ("text edit", small.1, large.1)] {
        assert!(l <= s + s / 5, "a {what} sends {l} bytes on 6,000 cards against {s} on 600");
    }
}

#[test]
fn a_refused_edit_reports_no_change_and_the_next_one_still_fits() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let mut window = held(&mut store, id);
    let err = store.apply(id, &Edit::RemoveCard { id: new_id() }, None).unwrap_err();
    assert_eq!(err.code(), "not_found");
    let j = store.journey(id).unwrap().0.clone();
    let card = card_with_text(&j, "Recipe picker");
    let applied = store.apply(id, &Edit::RemoveCard { id: card.id }, None).unwrap();
    window.apply(&applied.change).expect("the refused edit did not advance the revision");
    assert_eq!(window, held(&mut store, id));
}

#[test]
fn a_full_disk_leaves_the_layout_as_it_was_for_the_next_change() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let mut window = held(&mut store, id);
    let j = store.journey(id).unwrap().0.clone();
    let big = Card { id: new_id(), text: "x ".repeat(4_000), rank: 0.0, ..card_with_text(&j, "Recipe picker") };
    store.limit_pages_for_test(1).unwrap();
    assert!(store.apply(id, &Edit::AddCard { card: big }, None).is_err());
    store.limit_pages_for_test(1_000_000).unwrap();
    let card = card_with_text(&j, "Recipe picker");
    let applied = store.apply(id, &Edit::MoveCard { id: card.id, stage: card.stage, lane: card.lane, rank: 7.0 }, None).unwrap();
    window.apply(&applied.change).unwrap();
    assert_eq!(window, held(&mut store, id), "the failed edit left its boxes in the kept layout");
}
