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

#[test]
fn a_hundred_crashes_lose_no_confirmed_edit() {
    // The writer is killed with SIGKILL at random moments; every edit it reported must be in
    // the file afterwards, whole, and the file must pass SQLite's integrity check.
    let dir = tempfile::tempdir().unwrap();
    let out = journey(&["stress", "crash", "--trials", "100", "--dir", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}\n{}", String::from_utf8_lossy(&out.stderr));
    let summary = text.lines().last().unwrap();
    let numbers: Vec<u64> = summary.split(' ').filter_map(|w| w.parse().ok()).collect();
    let [trials, confirmed, lost, problems] = numbers[..] else { panic!("unexpected summary: {summary}") };
    assert_eq!((trials, lost, problems), (100, 0, 0), "{text}");
    // The kills really interrupted a busy writer, many times over.
    assert!(confirmed > 500, "only {confirmed} edits were confirmed: {text}");
    let check = journey(&["validate", dir.path().join("crash.journeys").to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&check.stdout).contains("integrity ok"));
}

#[test]
fn bench_store_ends_with_one_json_object_covering_every_size() {
    let out = journey(&["bench", "store", "--sizes", "50,400", "--edits", "10"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let last = text.lines().last().unwrap();
    let v: serde_json::Value = serde_json::from_str(last).expect("the last line is JSON");
    assert_eq!(v["sizes"], serde_json::json!([50, 400]));
    for key in ["edit_ms_median", "baseline_ms_median", "open_ms", "file_mb"] {
        let list = v[key].as_array().unwrap_or_else(|| panic!("{key} missing"));
        assert_eq!(list.len(), 2, "{key}");
        assert!(list.iter().all(|x| x.as_f64().unwrap() > 0.0), "{key}: {list:?}");
    }
    let ratio = v["ratio_largest_to_smallest"].as_f64().unwrap();
    let edits = v["edit_ms_median"].as_array().unwrap();
    let expected = edits[1].as_f64().unwrap() / edits[0].as_f64().unwrap();
    assert!((ratio - expected).abs() < 0.02 + expected * 0.02, "ratio {ratio} vs {expected}");
    // The table above the JSON has a row per size.
    assert!(text.lines().any(|l| l.trim_start().starts_with("400 ")), "{text}");
}
