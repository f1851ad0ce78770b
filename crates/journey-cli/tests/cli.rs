//! The `journey` binary as other tools see it: output format and exit codes.

use std::process::Command;

/// The binary in English whatever this machine's locale: what it says to people follows
/// LC_ALL / LC_MESSAGES / LANG (see `journey_in` for a language).
fn journey(args: &[&str]) -> std::process::Output {
    journey_in(&[], args)
}

fn journey_in(env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_journey"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied()).args(args).output().expect("the binary runs")
}

#[test]
fn new_then_list_prints_the_sample_journeys_with_their_ids() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    let out = journey(&["new", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = journey(&["list", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<(&str, &str)> = text.lines().map(|l| l.split_once('\t').expect("id<TAB>name")).collect();
    let names: Vec<&str> = rows.iter().map(|(_, n)| *n).collect();
    assert_eq!(names, ["Meal-kit subscription", "رزرو نوبت کلینیک کودکان"]);
    for (id, _) in rows {
        assert!(id.parse::<uuid::Uuid>().is_ok(), "{id} is not an id");
    }
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

/// Runs `journey` as an unprivileged user when the tests run as root (CI does): root ignores
/// file permissions, so a read-only file would not be read-only for it.
fn journey_unprivileged(args: &[&str]) -> std::process::Output {
    let exe = env!("CARGO_BIN_EXE_journey");
    let root = std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0).unwrap_or(false);
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", exe]);
        c
    } else {
        Command::new(exe)
    };
    cmd.args(args).output().expect("the binary runs")
}

#[test]
fn a_read_only_file_or_folder_refuses_edits_with_a_clear_message_and_stays_unchanged() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    for (case, file_mode, dir_mode) in [("read-only file", 0o444, 0o777), ("read-only folder", 0o666, 0o555)] {
        let outer = tempfile::tempdir().unwrap();
        mode(outer.path(), 0o755);
        let dir = outer.path().join("w");
        std::fs::create_dir(&dir).unwrap();
        let file = dir.join("w.journeys");
        assert!(journey(&["new", file.to_str().unwrap()]).status.success());
        mode(&file, file_mode);
        mode(&dir, dir_mode);
        let before = std::fs::read(&file).unwrap();

        // Reading works...
        let listed = journey_unprivileged(&["list", file.to_str().unwrap()]);
        assert!(listed.status.success(), "{case}: {}", String::from_utf8_lossy(&listed.stderr));
        assert!(String::from_utf8_lossy(&listed.stdout).contains("Meal-kit subscription"), "{case}");
        // ...an edit is refused with a sentence that says why and what to do...
        let edit = journey_unprivileged(&["stress", "writer", file.to_str().unwrap(), "--limit", "1"]);
        assert_eq!(edit.status.code(), Some(1), "{case}: the edit was not refused");
        let err = String::from_utf8_lossy(&edit.stderr);
        assert!(err.contains("cannot be changed") && err.contains("read-only"), "{case}: {err}");
        assert!(err.contains("copy the file to a writable folder"), "{case}: {err}");
        // ...and the file is byte for byte what it was, with no side files left behind.
        mode(&dir, 0o755);
        assert_eq!(std::fs::read(&file).unwrap(), before, "{case}: the file changed");
        assert!(!dir.join("w.journeys-wal").exists(), "{case}: a WAL file was left");
    }
}

#[test]
fn view_prints_the_journey_with_the_layout_the_window_draws() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.journeys");
    assert!(journey(&["new", file.to_str().unwrap(), "--cards", "500"]).status.success());
    let out = journey(&["view", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["journey"]["cards"].as_array().unwrap().len(), 500);
    assert_eq!(v["layout"]["cards"].as_array().unwrap().len(), 500, "every card has a box");
    assert_eq!(v["layout"]["columns"].as_array().unwrap().len(), v["journey"]["stages"].as_array().unwrap().len());
    assert_eq!(v["revision"], 0);
    assert_eq!(v["canUndo"], false);
}

#[test]
fn a_version_saved_from_the_cli_is_listed_and_compared_with_now() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("v.journeys");
    let f = file.to_str().unwrap();
    assert!(journey(&["new", f]).status.success());
    let saved = journey(&["version", "save", f, "Перед воркшопом"]);
    assert!(saved.status.success(), "{}", String::from_utf8_lossy(&saved.stderr));
    let id = String::from_utf8(saved.stdout).unwrap().trim().to_string();
    assert!(id.parse::<uuid::Uuid>().is_ok(), "{id}");
    let listed = String::from_utf8(journey(&["version", "list", f]).stdout).unwrap();
    let fields: Vec<&str> = listed.trim_end().split('\t').collect();
    assert_eq!((fields[0], fields[2], fields[3]), (id.as_str(), "33", "Перед воркшопом"), "{listed}");
    // Nothing changed since: an empty diff.
    let diff: serde_json::Value = serde_json::from_slice(&journey(&["version", "diff", f, &id]).stdout).unwrap();
    assert_eq!(diff["cards"], serde_json::json!([]));
    assert_eq!(diff["journeyChanged"], false);
    // One edit later (the stress writer adds a card), the diff names exactly that card.
    assert!(journey(&["stress", "writer", f, "--limit", "1"]).status.success());
    let diff: serde_json::Value = serde_json::from_slice(&journey(&["version", "diff", f, &id]).stdout).unwrap();
    let cards = diff["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 1, "{diff}");
    assert_eq!((cards[0]["change"].as_str(), cards[0]["text"].as_str()), (Some("added"), Some("stress #1")));
    // An unknown version is one clear line and exit 1.
    let out = journey(&["version", "diff", f, &uuid::Uuid::nil().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("This journey has no such version"), "{}", String::from_utf8_lossy(&out.stderr));
}

fn ok(out: &std::process::Output) -> String {
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn json_export_import_export_gives_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    ok(&journey(&["new", &p("a.journeys")]));
    ok(&journey(&["export", &p("a.journeys"), "--journey", "Meal-kit subscription", "-o", &p("first.json")]));
    let ids = ok(&journey(&["import", &p("first.json"), "--into", &p("b.journeys")]));
    assert_eq!(ids.lines().count(), 1, "one journey, one id: {ids}");
    // The same journey, so its id is kept in a workspace that does not have it yet.
    ok(&journey(&["export", &p("b.journeys"), "--journey", ids.trim(), "--format", "json", "-o", &p("second.json")]));
    assert_eq!(std::fs::read(p("first.json")).unwrap(), std::fs::read(p("second.json")).unwrap());
}

#[test]
fn every_format_exports_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    ok(&journey(&["new", file.to_str().unwrap()]));
    let formats: [(&str, &[u8]); 8] = [
        ("svg", b"<?xml"),
        ("png", b"\x89PNG"),
        ("pdf", b"%PDF"),
        ("html", b"<!DOCTYPE html>"),
        ("csv", b"journey,stage"),
        ("md", b"# "),
        ("json", b"{"),
        ("mmd", b"journey"),
    ];
    for (ext, magic) in formats {
        let out = dir.path().join(format!("map.{ext}"));
        ok(&journey(&["export", file.to_str().unwrap(), "-o", out.to_str().unwrap()]));
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic), "{ext} starts with {:?}", String::from_utf8_lossy(&bytes[..16.min(bytes.len())]));
    }
}

#[test]
fn a_bad_import_exits_1_names_the_line_and_leaves_the_workspace_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    ok(&journey(&["new", file.to_str().unwrap()]));
    let before = std::fs::read(&file).unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, "journey,stage,lane,kind,text,severity,frequency\nJ,S,Pains,painPoint,ok,3,3\nJ,S,Pains,painPoint,bad,9,3\n").unwrap();
    let out = journey(&["import", csv.to_str().unwrap(), "--into", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("line 3") && err.contains("severity"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before, "the workspace changed");
}

#[test]
fn usage_mistakes_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    ok(&journey(&["new", file.to_str().unwrap()]));
    let f = file.to_str().unwrap();
    let out_path = dir.path().join("x.docx");
    for args in [
        vec!["export", f, "-o", out_path.to_str().unwrap()],
        vec!["export", f, "--format", "docx", "-o", "x"],
        vec!["export", f, "--page", "a5", "-o", "m.pdf"],
        // The app's limits: a scale of 100 would be billions of pixels for a large map.
        vec!["export", f, "--scale", "100", "-o", "m.png"],
        vec!["import", "journeys.txt", "--into", f],
        vec!["export", f],
    ] {
        let out = journey(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn importing_a_mermaid_file_creates_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("day.mmd");
    std::fs::write(&mmd, "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n").unwrap();
    let file = dir.path().join("new.journeys");
    let id = ok(&journey(&["import", mmd.to_str().unwrap(), "--into", file.to_str().unwrap()]));
    let listed = ok(&journey(&["list", file.to_str().unwrap()]));
    assert_eq!(listed.trim(), format!("{}\tMy working day", id.trim()));

    // A task Mermaid would draw without a score comes in as nothing, and the import says so.
    let odd = dir.path().join("odd.mmd");
    std::fs::write(&odd, "journey\r\n  section Morning\r\n    Make tea: high: Me\r\n    Walk the dog: 4: Me\r\n").unwrap();
    let out = journey(&["import", odd.to_str().unwrap(), "--into", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3") && err.contains("Make tea") && err.contains("left out"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1, "stdout is the new journey's id alone");
}

#[test]
fn a_short_workshop_load_run_stores_every_card_and_dot_it_sent() {
    let out = ok(&journey(&["bench", "workshop", "--participants", "4", "--seconds", "3"]));
    let last: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert!(last["edits_sent"].as_u64().unwrap() > 0, "{out}");
    assert_eq!(last["edits_sent"], last["edits_stored"], "{out}");
    assert_eq!(last["dots_placed"], last["dots_stored"], "{out}");
    // The sample and 1,000 cards, each with deltas and with the old full snapshots, then the
    // sample again with one participant flooding the room.
    let runs = last["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 5, "{out}");
    let abuser = &runs[4]["abuser"];
    assert!(abuser["sent"].as_u64().unwrap() > 100, "the abuser hardly sent anything: {out}");
    assert!(abuser["taken"].as_u64().unwrap() <= 5 + 2 * 4, "the abuser's cards were not limited: {out}");
    assert!(last["abuser_p95_ratio"].as_f64().is_some(), "{out}");
    assert!(runs.iter().all(|r| r["lost"] == false), "{out}");
    let bytes = |cards: u64, delivery: &str| {
        runs.iter().find(|r| r["cards"] == cards && r["delivery"] == delivery).unwrap()["bytes_per_broadcast_mean"].as_f64().unwrap()
    };
    assert!(bytes(1000, "deltas") < 2.0 * bytes(33, "deltas"), "a delta grew with the journey: {out}");
    assert!(bytes(1000, "full snapshots") > 100.0 * bytes(1000, "deltas"), "{out}");
    // With deltas the server answers requests and changes from its own board, never by reading
    // the whole journey again.
    assert!(runs.iter().filter(|r| r["delivery"] == "deltas").all(|r| r["journey_reads"] == 0), "{out}");
}

#[test]
fn a_malformed_or_refused_edit_says_why_and_leaves_the_workspace_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    let f = file.to_str().unwrap();
    ok(&journey(&["new", f]));
    let before = std::fs::read(&file).unwrap();
    // Not an edit at all: a usage mistake, exit 2, before the file is opened.
    let out = journey(&["edit", f, r#"{"type":"explode"}"#]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the edit is not valid"), "{}", String::from_utf8_lossy(&out.stderr));
    // A well-formed edit the core refuses: exit 1, one line naming what is wrong.
    let out = journey(&["edit", f, r#"{"type":"removeCard","id":"019ab697-0000-7000-8000-000000000000"}"#]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("The card no longer exists"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before, "a refused edit changed the file");
    // And an accepted one answers with its change, which an undo takes back.
    let applied: serde_json::Value = serde_json::from_str(&ok(&journey(&["edit", f, r#"{"type":"setJourney","name":"Renamed","goal":""}"#]))).unwrap();
    assert_eq!(applied["change"]["header"]["name"], "Renamed");
    let undone: serde_json::Value = serde_json::from_str(&ok(&journey(&["undo", f]))).unwrap();
    assert_ne!(undone["change"]["header"]["name"], "Renamed");
}

/// Ana and Ben each take a copy of a file, change the same card apart (text, score) through
/// `journey apply`, and `journey merge` brings Ben's change in; a file of another workspace is
/// refused with exit 1 and one line, and neither file changes.
#[test]
fn merge_brings_a_copys_edits_in_and_refuses_another_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let (ana, ben, other) = (dir.path().join("ana.journeys"), dir.path().join("ben.journeys"), dir.path().join("other.journeys"));
    let p = |p: &std::path::Path| p.to_str().unwrap().to_string();
    assert!(journey(&["new", &p(&ana)]).status.success());
    std::fs::copy(&ana, &ben).unwrap();
    assert!(journey(&["new", &p(&other)]).status.success());
    let shown = journey(&["show", &p(&ana), "--json"]);
    let j: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    let card = j["cards"].as_array().unwrap().iter().find(|c| c["body"]["kind"] == "touchpoint" && !c["body"]["emotion"].is_null()).unwrap().clone();
    let mut text = card.clone();
    text["text"] = "Ana's words".into();
    let mut score = card.clone();
    score["body"]["emotion"]["score"] = (-2).into();
    let edit = |c: &serde_json::Value| serde_json::json!({ "type": "updateCard", "card": c }).to_string();
    assert!(journey(&["apply", &p(&ana), &edit(&text), "--author", "Ana"]).status.success());
    assert!(journey(&["apply", &p(&ben), &edit(&score), "--author", "Ben"]).status.success());
    let ben_bytes = std::fs::read(&ben).unwrap();

    let out = journey(&["merge", &p(&ana), &p(&ben), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["journeys"][0]["incoming"], 1);
    assert_eq!(report["journeys"][0]["authors"][0][0], "Ben");
    assert_eq!(std::fs::read(&ben).unwrap(), ben_bytes, "the copy was changed");
    let merged: serde_json::Value = serde_json::from_slice(&journey(&["show", &p(&ana), "--json"]).stdout).unwrap();
    let now = merged["cards"].as_array().unwrap().iter().find(|c| c["id"] == card["id"]).unwrap();
    assert_eq!(now["text"], "Ana's words");
    assert_eq!(now["body"]["emotion"]["score"], -2);

    let ours = std::fs::read(&ana).unwrap();
    let refused = journey(&["merge", &p(&ana), &p(&other)]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not a copy of this workspace"), "{err}");
    assert_eq!(std::fs::read(&ana).unwrap(), ours);
}

#[test]
fn analyse_json_keeps_each_findings_message_id_arguments_and_english_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    journey(&["new", file.to_str().unwrap()]);
    // The JSON is the same whatever language is asked for: scripts read it.
    let out = journey(&["analyse", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(journey(&["analyse", file.to_str().unwrap(), "--json", "--lang", "fa"]).stdout, out.stdout, "--lang changed the JSON");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    let en = journey_i18n::english_localizer();
    for f in findings {
        let id = f["id"].as_str().expect("a message id");
        assert!(id.starts_with("finding-") && en.has(id), "{id} is not a catalog message");
        assert!(f["args"].is_object(), "{f}");
        let message = f["message"].as_str().expect("the English sentence");
        // The sentence is the message rendered with the arguments the JSON carries.
        let args: Vec<(String, journey_i18n::Arg)> = f["args"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, a)| {
                let value = &a["value"];
                let arg = match a["kind"].as_str().unwrap() {
                    "number" => value.as_f64().unwrap().into(),
                    "score" => journey_i18n::Arg::score(value.as_f64().unwrap()),
                    "mean" => journey_i18n::Arg::Formatted(
                        value.as_f64().unwrap(),
                        journey_i18n::NumberFormat::signed(1),
                    ),
                    "term" => journey_i18n::english(value.as_str().unwrap()).into(),
                    "list" => value.as_array().unwrap().iter().map(|i| i.as_str().unwrap()).collect::<Vec<_>>().join(", ").into(),
                    "terms" => value.as_array().unwrap().iter().map(|i| journey_i18n::english(i.as_str().unwrap())).collect::<Vec<_>>().join(", ").into(),
                    _ => value.as_str().unwrap().into(),
                };
                (k.clone(), arg)
            })
            .collect();
        let args: Vec<(&str, journey_i18n::Arg)> = args.iter().map(|(k, a)| (k.as_str(), a.clone())).collect();
        assert_eq!(en.format(id, &args), message, "{id}: the sentence is not its message with its arguments");
    }
}

#[test]
fn lang_ru_says_the_report_and_messages_in_russian_and_keeps_machine_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    let out = journey(&["new", file.to_str().unwrap(), "--lang", "ru"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), format!("создан {}", file.display()));
    let out = journey(&["analyse", file.to_str().unwrap(), "--lang", "ru"]);
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.contains("\nВыводы\n"), "{text}");
    assert!(text.contains("Худший путь:"), "the findings are not Russian:\n{text}");
    assert!(text.contains("Тяжесть болей по этапам и столпам клиентского опыта"), "{text}");
    assert!(!text.contains("Findings") && !text.contains("Worst path"), "{text}");
    // The same from the system's locale; ids and names stay as they are.
    let from_env = journey_in(&[("LANG", "ru_RU.UTF-8")], &["analyse", file.to_str().unwrap()]);
    assert_eq!(from_env.stdout, out.stdout);
    assert_eq!(journey(&["list", file.to_str().unwrap(), "--lang", "ru"]).stdout, journey(&["list", file.to_str().unwrap()]).stdout);
    // An error sentence in Russian, with the exit code unchanged.
    let out = journey(&["export", file.to_str().unwrap(), "-o", dir.path().join("map").to_str().unwrap(), "--lang", "ru"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stderr).unwrap().trim(), "journey: укажите --format или имя выходного файла с известным расширением");
}

#[test]
fn a_language_without_catalogs_is_a_usage_mistake() {
    let out = journey(&["templates", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("“de”") && err.contains("en, fa, ru, te, tl"), "{err}");
    // A locale code is read as its language.
    assert!(journey(&["templates", "--lang", "fa_IR.UTF-8"]).status.success());
}

#[test]
fn export_lang_fa_writes_a_persian_report() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    journey(&["new", file.to_str().unwrap()]);
    let md = dir.path().join("r.md");
    let out = journey(&["export", file.to_str().unwrap(), "-o", md.to_str().unwrap(), "--lang", "fa"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = std::fs::read_to_string(&md).unwrap();
    assert!(report.contains("## بینش‌ها"), "{report}");
    assert!(report.contains("## فرصت‌ها"), "{report}");
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text without Unicode isolation marks (Fluent puts them around arguments in Persian).
fn plain(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

#[test]
fn a_store_refusal_is_said_in_the_chosen_language_with_the_english_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.journeys");
    let m = missing.to_str().unwrap();
    let en = journey(&["list", m]);
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(stderr(&en).trim(), format!("journey: There is no file at {m}."));
    let fa = journey(&["--lang", "fa", "list", m]);
    assert_eq!(fa.status.code(), en.status.code(), "{}", stderr(&fa));
    // locales/fa/errors.ftl's error-missing, with the path in it.
    assert_eq!(plain(&stderr(&fa)).trim(), format!("journey: در {m} پرونده‌ای نیست."));
    // The same from the system's locale.
    let ru = journey_in(&[("LANG", "ru_RU.UTF-8")], &["show", m]);
    assert_eq!(ru.status.code(), Some(1));
    assert_eq!(stderr(&ru).trim(), format!("journey: Файла {m} нет."));
}

#[test]
fn an_edit_the_core_refuses_is_said_in_russian_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    let f = file.to_str().unwrap();
    ok(&journey(&["new", f]));
    let out = journey(&["edit", f, r#"{"type":"removeCard","id":"019ab697-0000-7000-8000-000000000000"}"#, "--lang", "ru"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("Этой карточки") && !err.contains("card"), "{err}");
}

#[test]
fn an_invitation_refusal_is_said_in_telugu_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("x.journeys");
    let out = journey(&["--lang", "te", "join", "hello", "--into", into.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let te = journey_i18n::Localizer::for_code("te").text("error-bad-invitation");
    assert_eq!(stderr(&out).trim(), format!("journey: {te}"));
    assert!(!into.exists());
}

#[test]
fn joining_into_an_existing_file_is_refused_in_the_chosen_language_and_leaves_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.journeys");
    let f = file.to_str().unwrap();
    ok(&journey(&["new", f]));
    let before = std::fs::read(&file).unwrap();
    let en = journey(&["join", "journey-invite:anything", "--into", f]);
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(stderr(&en).trim(), format!("journey: {f} already exists; join into a new file."));
    let ru = journey(&["join", "journey-invite:anything", "--into", f, "--lang", "ru"]);
    assert_eq!(ru.status.code(), Some(1));
    assert_eq!(stderr(&ru).trim(), format!("journey: {f} уже существует; присоединяйтесь в новый файл."));
    // The same for a room, before any room is asked.
    let fa = journey(&["join", "--room", "127.0.0.1:9", "--code", "K7PQ-2MXR", "--into", f, "--lang", "fa"]);
    assert_eq!(fa.status.code(), Some(1));
    assert!(plain(&stderr(&fa)).contains(&format!("{f} از پیش وجود دارد")), "{}", stderr(&fa));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn help_is_in_the_chosen_language_for_the_program_a_command_and_an_option() {
    let ru = journey(&["--lang", "ru", "--help"]);
    assert_eq!(ru.status.code(), Some(0), "{}", stderr(&ru));
    let text = stdout(&ru);
    let l = journey_i18n::Localizer::for_code("ru");
    for id in ["cli-help-journey", "cli-help-export", "cli-help-any-lang", "cli-help-usage", "cli-help-heading-commands"] {
        assert!(text.contains(&l.text(id)), "{id} is not in the Russian help:\n{text}");
    }
    for english in ["Export a journey as", "Inspect and manage", "Usage:", "Commands:", "Options:", "Print help", "Language of messages"] {
        assert!(!text.contains(english), "English “{english}” in the Russian help:\n{text}");
    }

    let te = journey(&["--lang", "te", "export", "--help"]);
    assert_eq!(te.status.code(), Some(0), "{}", stderr(&te));
    let text = stdout(&te);
    let l = journey_i18n::Localizer::for_code("te");
    for id in ["cli-help-export", "cli-help-export-format", "cli-help-any-journey", "cli-help-heading-arguments", "cli-help-heading-options"] {
        assert!(text.contains(&l.text(id)), "{id} is not in the Telugu help:\n{text}");
    }
    assert!(text.contains(&l.format("cli-help-default", &[("help", l.text("cli-help-export-page").into()), ("value", "fit".into())])), "{text}");
    for english in ["PDF pages: fit", "The file to write", "Name or id of the journey", "[default:", "Arguments:", "Options:"] {
        assert!(!text.contains(english), "English “{english}” in the Telugu help:\n{text}");
    }
    // The system's locale chooses it too; `journey help export` is the same help.
    let fa = journey_in(&[("LANG", "fa_IR.UTF-8")], &["help", "export"]);
    assert!(stdout(&fa).contains(&journey_i18n::Localizer::for_code("fa").text("cli-help-export-output")), "{}", stdout(&fa));
}

#[test]
fn english_help_says_what_the_doc_comments_said() {
    let out = journey(&["export", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for said in [
        "Export a journey as svg, png, pdf, html, csv, md, json, mermaid, ojf or xlsx",
        "The file to write; it is replaced only when the export is complete",
        "PDF pages: fit (one page the size of the map), or a4, a3, letter (tiled at true size) [default: fit]",
        "Usage: journey export",
        "Options:",
    ] {
        assert!(text.contains(said), "“{said}” is not in the help:\n{text}");
    }
}

#[test]
fn a_usage_mistake_is_said_in_the_chosen_language_and_exits_2() {
    let fa = journey(&["--lang", "fa", "frobnicate"]);
    assert_eq!(fa.status.code(), Some(2));
    let err = plain(&stderr(&fa));
    assert!(err.starts_with("journey: فرمانی به نام «frobnicate» نیست"), "{err}");
    assert!(!err.contains("error:") && !err.contains("unrecognized") && !err.contains("Usage:") && !err.contains("For more"), "{err}");
    assert!(err.contains("کاربرد: journey"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    ok(&journey(&["new", file.to_str().unwrap()]));
    // A missing option, a value clap cannot read, an unknown option: each in Russian, exit 2.
    let f = file.to_str().unwrap();
    let ru = journey(&["--lang", "ru", "export", f]);
    assert_eq!(ru.status.code(), Some(2));
    assert!(stderr(&ru).starts_with("journey: не хватает: --output <OUTPUT>"), "{}", stderr(&ru));
    assert!(stderr(&ru).contains("Подробнее: «journey export --help»."), "{}", stderr(&ru));
    let ru = journey(&["export", f, "-o", "m.png", "--scale", "big", "--lang", "ru"]);
    assert_eq!(ru.status.code(), Some(2));
    assert!(stderr(&ru).contains("«big» — недопустимое значение для --scale"), "{}", stderr(&ru));
    let ru = journey(&["list", f, "--colour", "--lang", "ru"]);
    assert_eq!(ru.status.code(), Some(2));
    assert!(stderr(&ru).starts_with("journey: неожиданный аргумент «--colour»"), "{}", stderr(&ru));
}

#[test]
fn a_page_size_or_scale_export_refuses_is_said_in_the_chosen_language_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    let f = file.to_str().unwrap();
    ok(&journey(&["new", f]));
    let tl = journey(&["export", f, "-o", "m.pdf", "--page", "a5", "--lang", "tl"]);
    assert_eq!(tl.status.code(), Some(2));
    assert_eq!(stderr(&tl).trim(), "journey: hindi laki ng pahina ang “a5” (fit, a4, a3, letter)");
    let en = journey(&["export", f, "-o", "m.png", "--scale", "100"]);
    assert_eq!(en.status.code(), Some(2));
    assert_eq!(stderr(&en).trim(), "journey: the scale must be between 0.25 and 8, not 100");
}

#[test]
fn an_import_refusal_is_said_in_the_chosen_language_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.journeys");
    ok(&journey(&["new", file.to_str().unwrap()]));
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, "journey,stage,lane,kind,text,severity,frequency\nJ,S,Pains,painPoint,bad,9,3\n").unwrap();
    let out = journey(&["import", csv.to_str().unwrap(), "--into", file.to_str().unwrap(), "--lang", "ru"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    // The place too is said in Russian (journey-export names it as a message).
    assert!(err.contains("строка 2") && !err.contains("line") && err.ends_with("Ничего не импортировано.\n"), "{err}");
}
