//! The `journey` binary as other tools see it: output format and exit codes.

use std::process::Command;

fn journey(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_journey")).args(args).output().expect("the binary runs")
}

#[test]
fn new_then_list_prints_the_sample_journey_with_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    let out = journey(&["new", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = journey(&["list", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let (id, name) = text.trim_end().split_once('\t').expect("id<TAB>name");
    assert_eq!(name, "Meal-kit subscription");
    assert!(id.parse::<uuid::Uuid>().is_ok(), "{id} is not an id");
}

#[test]
fn show_lists_stages_in_graph_order() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    journey(&["new", file.to_str().unwrap()]);
    let out = journey(&["show", file.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let stages: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert_eq!(stages.first(), Some(&"Dinner fatigue [Recognize]"));
    assert_eq!(stages.last(), Some(&"Weekly menu & renewal [Repeat]"));
    assert_eq!(stages.len(), 8);
}

#[test]
fn a_file_that_is_not_a_workspace_exits_1_with_one_line_and_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.journeys");
    std::fs::write(&file, "shopping list").unwrap();
    let out = journey(&["list", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not a Journey Studio workspace"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "shopping list");
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(journey(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(journey(&["list"]).status.code(), Some(2));
}

#[test]
fn new_refuses_to_overwrite_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("keep.journeys");
    std::fs::write(&file, "precious").unwrap();
    let out = journey(&["new", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
}
