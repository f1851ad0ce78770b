use crate::support::*;
use journey_core::diff::Change;
use journey_core::*;
use journey_store::{Store, VersionSide};

fn remove_card(store: &mut Store, id: Id, text: &str) -> Id {
    let card = card_with_text(store.journey(id).unwrap().0, text).id;
    store.apply(id, &Edit::RemoveCard { id: card }, None).unwrap();
    card
}

#[test]
fn a_named_version_survives_reopening_and_opens_as_it_was() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let before = store.journey(id).unwrap().0.clone();
    let info = store.save_version(id, "  Before workshop ").unwrap();
    assert_eq!((info.name.as_str(), info.revision, info.cards), ("Before workshop", 0, before.cards.len()));
    remove_card(&mut store, id, "Recipe picker");
    drop(store);

    let store = Store::open(&ws.path).unwrap();
    let listed = store.versions(id).unwrap();
    assert_eq!(listed, vec![info.clone()]);
    let (_, snapshot) = store.version(info.id).unwrap();
    assert_eq!(snapshot, before, "the version is not the journey as it was");
}

#[test]
fn versions_are_listed_newest_first() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let a = store.save_version(id, "A").unwrap();
    remove_card(&mut store, id, "Recipe picker");
    let b = store.save_version(id, "B").unwrap();
    let names: Vec<String> = store.versions(id).unwrap().into_iter().map(|v| v.name).collect();
    assert_eq!(names, ["B", "A"]);
    assert_eq!((a.revision, b.revision), (0, 1));
}

#[test]
fn restoring_a_version_is_one_undoable_step_that_survives_reopening() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let original = store.journey(id).unwrap().0.clone();
    let v = store.save_version(id, "Before workshop").unwrap();
    remove_card(&mut store, id, "Recipe picker");
    let checkout = stage_named(store.journey(id).unwrap().0, "Checkout");
    store.apply(id, &Edit::RemoveStage { id: checkout }, None).unwrap();
    let edited = store.journey(id).unwrap().0.clone();

    let applied = store.restore_version(id, v.id, Some(2)).unwrap();
    assert_eq!(applied.revision, 3);
    assert_eq!(*store.journey(id).unwrap().0, original);
    drop(store);

    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, original, "the restore was not saved");
    store.undo(id).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, edited, "undo did not take the restore back in one step");
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, edited);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn restoring_a_version_equal_to_now_says_there_is_nothing_to_do() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let v = store.save_version(id, "Same").unwrap();
    let err = store.restore_version(id, v.id, None).unwrap_err();
    assert_eq!(err.code(), "nothing_to_do");
    assert!(!store.history(id).unwrap().0, "a no-op restore was logged");
}

#[test]
fn a_diff_between_a_version_and_now_lists_the_changes() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let v = store.save_version(id, "Before").unwrap();
    let removed = remove_card(&mut store, id, "Recipe picker");
    let d = store.diff(id, VersionSide::Version(v.id), VersionSide::Now).unwrap();
    assert_eq!(d.cards.len(), 1);
    assert_eq!((d.cards[0].id, d.cards[0].change), (removed, Change::Removed));
    let back = store.diff(id, VersionSide::Now, VersionSide::Version(v.id)).unwrap();
    assert_eq!(back.cards[0].change, Change::Added);
    assert!(store.diff(id, VersionSide::Version(v.id), VersionSide::Version(v.id)).unwrap().is_empty());
}

#[test]
fn unknown_or_foreign_versions_are_refused_by_code() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let other = store.add_journey(&sample::starter_journey("Other")).unwrap();
    let theirs = store.save_version(other, "Theirs").unwrap();
    assert_eq!(store.restore_version(id, theirs.id, None).unwrap_err().code(), "no_such_version");
    assert_eq!(store.version(new_id()).unwrap_err().code(), "no_such_version");
    assert_eq!(store.delete_version(new_id()).unwrap_err().code(), "no_such_version");
    assert_eq!(store.save_version(id, "   ").unwrap_err().code(), "invalid_value");
    store.delete_version(theirs.id).unwrap();
    assert!(store.versions(other).unwrap().is_empty());
}

#[test]
fn a_duplicated_journey_is_independent_and_a_removed_one_is_gone_with_its_history() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let copy = store.duplicate_journey(id, "Копия").unwrap();
    let names: Vec<String> = store.journeys().unwrap().into_iter().map(|j| j.name).collect();
    assert_eq!(names.first().map(String::as_str), Some("Meal-kit subscription"));
    assert_eq!(names.last().map(String::as_str), Some("Копия"), "the copy is not added at the end");
    // Editing the copy leaves the original alone.
    remove_card(&mut store, copy, "Recipe picker");
    assert!(store.journey(id).unwrap().0.cards.values().any(|c| c.text.contains("Recipe picker")));
    store.save_version(copy, "v").unwrap();
    store.remove_journey(copy).unwrap();
    assert_eq!(store.journey(copy).unwrap_err().code(), "no_such_journey");
    assert_eq!(store.remove_journey(copy).unwrap_err().code(), "no_such_journey");
    drop(store);
    let conn = rusqlite::Connection::open(&ws.path).unwrap();
    for table in ["stages", "cards", "edits", "versions"] {
        let n: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM {table} WHERE journey_id = ?1"), [copy.to_string()], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table} rows of the removed journey remain");
    }
}
