use crate::support::*;
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
