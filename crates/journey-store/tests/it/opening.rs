use crate::support::*;
use journey_core::{new_id, Edit};
use journey_store::{schema, Store, StoreError};
use std::path::Path;

fn refuse(path: &Path) -> StoreError {
    let before = std::fs::read(path).unwrap();
    let err = Store::open(path).expect_err("a file that is not a workspace was opened");
    assert_eq!(std::fs::read(path).unwrap(), before, "refusing the file changed it");
    let siblings: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(siblings.len(), 1, "side files were left next to it: {siblings:?}");
    err
}

#[test]
fn an_empty_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.journeys");
    std::fs::write(&path, b"").unwrap();
    let err = refuse(&path);
    assert_eq!(err.code(), "not_a_workspace");
    assert!(err.to_string().contains("empty"), "{err}");
}

#[test]
fn random_bytes_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noise.journeys");
    let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&path, &noise).unwrap();
    let err = refuse(&path);
    assert_eq!(err.code(), "not_a_workspace");
    assert!(err.to_string().contains("not a SQLite database"), "{err}");
}

#[test]
fn a_sqlite_file_of_another_app_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');").unwrap();
    }
    let err = refuse(&path);
    assert_eq!(err.code(), "not_a_workspace");
    assert!(err.to_string().contains("another application"), "{err}");
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.journeys");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID as i32).unwrap();
        conn.pragma_update(None, "user_version", schema::SCHEMA_VERSION + 1).unwrap();
        conn.execute_batch("CREATE TABLE future (x)").unwrap();
    }
    let err = refuse(&path);
    assert_eq!(err.code(), "newer_version");
    assert!(err.to_string().contains("Update Journey Studio"), "{err}");
}

#[test]
fn a_truncated_workspace_is_refused_as_damaged_and_left_untouched() {
    let (ws, store) = sample_workspace();
    drop(store);
    // Checkpointed on close, so the whole workspace lives in the main file.
    let bytes = std::fs::read(&ws.path).unwrap();
    let cut = ws.dir.path().join("cut.journeys");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    std::fs::remove_file(&ws.path).unwrap();
    let err = refuse(&cut);
    assert_eq!(err.code(), "corrupt");
    assert!(err.to_string().contains("cut short"), "{err}");
}

#[test]
fn a_missing_file_says_so() {
    let err = Store::open(Path::new("/nonexistent/folder/x.journeys")).unwrap_err();
    assert_eq!(err.code(), "missing");
}

#[test]
fn the_sample_workspace_reads_back_exactly_what_was_written() {
    let (ws, store) = sample_workspace();
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    let id = first_journey(&store);
    let (j, revision) = store.journey(id).unwrap();
    let sample = journey_core::sample::sample_journeys().remove(0);
    assert_eq!(*j, sample);
    assert_eq!(revision, 0);
}

#[test]
fn a_second_opener_of_the_same_file_is_told_it_is_in_use() {
    let (ws, _first) = sample_workspace();
    let err = Store::open(&ws.path).unwrap_err();
    assert_eq!(err.code(), "locked");
    assert!(err.to_string().contains("another Journey Studio"), "{err}");
}

#[test]
fn a_file_written_by_the_first_format_version_opens() {
    // tests/fixtures/v1.journeys was written by schema version 1 and is never regenerated.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.journeys");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.journeys");
    std::fs::copy(&fixture, &path).unwrap();
    let mut store = Store::open(&path).unwrap();
    let id = first_journey(&store);
    let (j, _) = store.journey(id).unwrap();
    assert_eq!(j.name, "Meal-kit subscription");
    assert!(j.cards.len() >= 15);
    let version: u32 = rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, schema::SCHEMA_VERSION);
}

#[test]
fn a_file_whose_writer_was_killed_mid_checkpoint_opens_from_its_wal() {
    // Found by the crash test: after SIGKILL during a checkpoint, page 1 may already claim more
    // pages than the main file holds while the rest is still in the WAL. SQLite completes it on
    // open; the header check must not call such a file damaged.
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("killed.journeys");
    {
        let conn = rusqlite::Connection::open(&ws.path).unwrap();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        drop(conn);
    }
    // Many edits, so the WAL holds pages beyond the end of the main file.
    let card = card_with_text(store.journey(id).unwrap().0, "Recipe picker");
    for i in 0..200 {
        let mut c = card.clone();
        c.id = new_id();
        c.text = format!("{} {i}", "long text ".repeat(40));
        store.apply(id, &Edit::AddCard { card: c }, None).unwrap();
    }
    let expected = store.journey(id).unwrap().0.clone();
    // Copy the file as a killed process would leave it: main file, WAL, no clean close.
    std::fs::copy(&ws.path, &copy).unwrap();
    let wal = format!("{}-wal", ws.path.display());
    assert!(std::fs::metadata(&wal).unwrap().len() > 0, "the WAL is empty; the test needs pending pages");
    std::fs::copy(&wal, format!("{}-wal", copy.display())).unwrap();
    // Page 1 of the main file claims more pages than it holds, with a valid stamp.
    let mut bytes = std::fs::read(&copy).unwrap();
    let page = u32::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    let claimed = (bytes.len() as u32 / page) + 20;
    bytes[28..32].copy_from_slice(&claimed.to_be_bytes());
    let counter = [bytes[24], bytes[25], bytes[26], bytes[27]];
    bytes[92..96].copy_from_slice(&counter);
    std::fs::write(&copy, &bytes).unwrap();

    let mut reopened = Store::open(&copy).unwrap_or_else(|e| panic!("refused: {e}"));
    assert_eq!(*reopened.journey(id).unwrap().0, expected);
    assert_eq!(reopened.integrity_check().unwrap(), "ok");
}
