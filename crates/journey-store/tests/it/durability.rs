use crate::support::*;
use journey_core::*;
use journey_store::Store;

fn move_card(store: &mut Store, id: Id, text: &str, to: &str) -> Edit {
    let (j, _) = store.journey(id).unwrap();
    let card = card_with_text(j, text);
    Edit::MoveCard { id: card.id, stage: stage_named(j, to), lane: card.lane, rank: 42.0 }
}

#[test]
fn an_edit_is_in_the_file_when_apply_returns() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let edit = move_card(&mut store, id, "Recipe picker", "Checkout");
    let applied = store.apply(id, &edit, Some(0)).unwrap();
    assert_eq!(applied.revision, 1);
    assert!(applied.can_undo && !applied.can_redo);
    // A second connection (no cache) sees it before the store is even closed.
    let conn = rusqlite::Connection::open(&ws.path).unwrap();
    let data: String = conn
        .query_row("SELECT data FROM cards WHERE data LIKE '%Recipe picker%'", [], |r| r.get(0))
        .unwrap();
    let card: Card = serde_json::from_str(&data).unwrap();
    assert_eq!(card.rank, 42.0);
}

#[test]
fn undo_works_after_closing_and_reopening_the_file() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let before = store.journey(id).unwrap().0.clone();
    let edit = move_card(&mut store, id, "Recipe picker", "Checkout");
    store.apply(id, &edit, None).unwrap();
    drop(store);

    let mut store = Store::open(&ws.path).unwrap();
    let applied = store.undo(id).unwrap();
    assert!(!applied.can_undo && applied.can_redo);
    assert_eq!(*store.journey(id).unwrap().0, before);
    drop(store);

    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, before, "the undo was not saved");
    store.redo(id).unwrap();
    let moved = card_with_text(store.journey(id).unwrap().0, "Recipe picker");
    assert_eq!(moved.rank, 42.0);
}

#[test]
fn a_new_edit_clears_the_redo_branch() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let a = move_card(&mut store, id, "Recipe picker", "Checkout");
    store.apply(id, &a, None).unwrap();
    store.undo(id).unwrap();
    let b = move_card(&mut store, id, "SMS with", "Checkout");
    let applied = store.apply(id, &b, None).unwrap();
    assert!(!applied.can_redo);
    assert_eq!(store.redo(id).unwrap_err().code(), "nothing_to_do");
}

#[test]
fn undo_of_a_stage_deletion_restores_its_cards_in_the_file() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let before = store.journey(id).unwrap().0.clone();
    let checkout = stage_named(&before, "Checkout");
    store.apply(id, &Edit::RemoveStage { id: checkout }, None).unwrap();
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    assert!(store.journey(id).unwrap().0.cards.values().all(|c| c.stage != checkout));
    store.undo(id).unwrap();
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, before);
}

#[test]
fn a_stage_move_keeps_the_repeat_loop_and_undo_redo_undo_round_trips_through_the_file() {
    // In the sample, "Weekly menu & renewal" loops back to "Pick plan & meals". Moving "Checkout"
    // before "Pick plan & meals" must keep that loop; and the inverse logged at the first apply
    // must still fit after a redo (the move reuses its flows' ids).
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let before = store.journey(id).unwrap().0.clone();
    let order = |j: &Journey| j.graph.ordered_stages().iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    let checkout = stage_named(&before, "Checkout");
    let repeats = |j: &Journey| j.graph.flows().filter(|f| f.kind == FlowKind::Repeat).cloned().collect::<Vec<_>>();
    assert_eq!(repeats(&before).len(), 1);

    store.apply(id, &Edit::MoveStage { id: checkout, steps: -1 }, None).unwrap();
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    let moved = store.journey(id).unwrap().0.clone();
    let pos = |j: &Journey, name: &str| order(j).iter().position(|n| n == name).unwrap();
    assert_eq!(pos(&moved, "Checkout") + 1, pos(&moved, "Pick plan & meals"));
    assert_eq!(repeats(&moved), repeats(&before), "the repeat loop was lost");

    store.undo(id).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, before);
    store.redo(id).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, moved);
    store.undo(id).unwrap();
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, before);
    // Inside the branch after "Delivery day" there is no straight line to move along.
    let support = stage_named(&before, "Missing item support");
    let err = store.apply(id, &Edit::MoveStage { id: support, steps: -1 }, None).unwrap_err();
    assert_eq!(err.code(), "invalid_graph");
    assert_eq!(*store.journey(id).unwrap().0, before);
}

#[test]
fn a_stale_edit_is_refused() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let edit = move_card(&mut store, id, "Recipe picker", "Checkout");
    store.apply(id, &edit, Some(0)).unwrap();
    let err = store.apply(id, &edit, Some(0)).unwrap_err();
    assert_eq!(err.code(), "stale");
}

#[test]
fn an_invalid_edit_is_refused_and_nothing_is_written() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let before = store.journey(id).unwrap().0.clone();
    let err = store.apply(id, &Edit::RemoveCard { id: new_id() }, None).unwrap_err();
    assert_eq!(err.code(), "not_found");
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, before);
    assert_eq!(store.undo(id).unwrap_err().code(), "nothing_to_do");
}

#[test]
fn a_full_disk_refuses_the_edit_and_keeps_everything_saved_before() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let first = move_card(&mut store, id, "Recipe picker", "Checkout");
    store.apply(id, &first, None).unwrap();
    let saved = store.journey(id).unwrap().0.clone();
    let pages: u32 = rusqlite::Connection::open(&ws.path).unwrap().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    store.limit_pages_for_test(pages).unwrap();
    let (j, _) = store.journey(id).unwrap();
    let mut card = card_with_text(j, "SMS with");
    card.text = "x".repeat(9_000);
    let mut err = None;
    // Fill the remaining free pages until SQLite reports the disk full.
    for i in 0..200 {
        let mut c = card.clone();
        c.id = new_id();
        c.rank = i as f64 + 100.0;
        if let Err(e) = store.apply(id, &Edit::AddCard { card: c }, None) {
            err = Some(e);
            break;
        }
    }
    let err = err.expect("the capped file never filled up");
    assert_eq!(err.code(), "disk_full", "{err}");
    assert!(err.to_string().contains("free some space"), "{err}");
    let in_memory = store.journey(id).unwrap().0.clone();
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    let on_disk = store.journey(id).unwrap().0.clone();
    assert_eq!(on_disk, in_memory, "memory and file disagree after a failed write");
    assert_eq!(card_with_text(&on_disk, "Recipe picker").rank, card_with_text(&saved, "Recipe picker").rank);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn a_read_only_file_opens_for_reading_and_refuses_edits_clearly() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        // root ignores file permissions; the folder case below still runs.
        return;
    }
    let (ws, store) = sample_workspace();
    drop(store);
    std::fs::set_permissions(&ws.path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut store = Store::open(&ws.path).unwrap();
    assert!(store.is_read_only());
    let id = first_journey(&store);
    let edit = move_card(&mut store, id, "Recipe picker", "Checkout");
    let err = store.apply(id, &edit, None).unwrap_err();
    assert_eq!(err.code(), "read_only");
}

#[test]
fn an_immutable_view_is_used_when_the_store_cannot_write() {
    // Simulates a read-only medium the way SQLite sees it, which works even as root.
    let (ws, store) = sample_workspace();
    drop(store);
    let before = std::fs::read(&ws.path).unwrap();
    let conn = rusqlite::Connection::open_with_flags(
        format!("file:{}?immutable=1", ws.path.display()),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    )
    .unwrap();
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM cards", [], |r| r.get(0)).unwrap();
    assert!(n >= 15);
    drop(conn);
    assert_eq!(std::fs::read(&ws.path).unwrap(), before);
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0).unwrap_or(false)
}
