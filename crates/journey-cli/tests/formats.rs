//! OpenJourney and Excel through the real `journey` binary: export, import with its report, and
//! malformed files of every format refused with where, the workspace left byte for byte as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn journey(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journey")).args(args).output().expect("the binary runs")
}

fn ok(out: &Output) -> String {
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../journey-export/tests/fixtures/ojf").join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn ojf_and_xlsx_go_out_and_come_back_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    ok(&journey(&["new", s(&p("a.journeys"))]));
    ok(&journey(&["export", s(&p("a.journeys")), "-o", s(&p("first.json"))]));
    let out = journey(&["export", s(&p("a.journeys")), "-o", s(&p("map.ojf"))]);
    ok(&out);
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(report.contains("OJF has no field for") && report.contains("branch or repeat flows"), "no export report: {report}");
    ok(&journey(&["export", s(&p("a.journeys")), "--format", "xlsx", "-o", s(&p("map.xlsx"))]));
    assert!(std::fs::read(p("map.xlsx")).unwrap().starts_with(b"PK\x03\x04"), "not a zip");

    let out = journey(&["import", s(&p("map.ojf")), "--into", s(&p("b.journeys"))]);
    let id = ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Read exactly"), "{}", String::from_utf8_lossy(&out.stderr));
    ok(&journey(&["export", s(&p("b.journeys")), "--journey", id.trim(), "-o", s(&p("from-ojf.json"))]));
    assert_eq!(std::fs::read(p("first.json")).unwrap(), std::fs::read(p("from-ojf.json")).unwrap(), "the OJF round trip changed the journey");

    let id = ok(&journey(&["import", s(&p("map.xlsx")), "--into", s(&p("c.journeys"))]));
    ok(&journey(&["export", s(&p("c.journeys")), "--journey", id.trim(), "-o", s(&p("from-xlsx.json"))]));
    let cards = |f: &str| -> Vec<(String, String)> {
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(p(f)).unwrap()).unwrap();
        let mut v: Vec<(String, String)> =
            doc["journeys"][0]["cards"].as_array().unwrap().iter().map(|c| (c["id"].to_string(), c["text"].to_string())).collect();
        v.sort();
        v
    };
    assert_eq!(cards("from-xlsx.json"), cards("first.json"), "the workbook round trip changed the cards");
}

#[test]
fn a_ptolemy_blueprint_imports_with_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.journeys");
    let out = journey(&["import", s(&fixture("hotel-check-in-blueprint.ojf")), "--into", s(&ws)]);
    let id = ok(&out);
    assert_eq!(id.lines().count(), 1, "stdout is the id alone: {id}");
    let report = String::from_utf8_lossy(&out.stderr);
    for said in ["Read as OpenJourney", "Scale: -5..+5", "Blueprint backstage items made cards in the Backstage lane", "Lane kinds guessed"] {
        assert!(report.contains(said), "the report does not say \"{said}\": {report}");
    }
    let listed = ok(&journey(&["list", s(&ws)]));
    assert!(listed.contains("Hotel Arrival & Check-in"), "{listed}");
}

/// A workbook exported by the CLI with one Cards cell changed, saved by another library.
fn workbook_with(dir: &Path, header: &str, value: &str) -> PathBuf {
    let ws = dir.join("src.journeys");
    if !ws.exists() {
        ok(&journey(&["new", s(&ws)]));
    }
    let path = dir.join(format!("bad-{header}.xlsx"));
    ok(&journey(&["export", s(&ws), "-o", s(&path)]));
    let mut book = umya_spreadsheet::reader::xlsx::read(&path).unwrap();
    let sheet = book.get_sheet_by_name_mut("Cards").unwrap();
    let col = (1..=40).find(|c| sheet.get_value((*c, 1)) == header).unwrap();
    sheet.get_cell_mut((col, 4)).set_value(value);
    umya_spreadsheet::writer::xlsx::write(&book, &path).unwrap();
    path
}

#[test]
fn a_malformed_file_of_each_format_is_refused_saying_where_and_the_workspace_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.journeys");
    ok(&journey(&["new", s(&ws)]));
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let ojf = std::fs::read_to_string(fixture("b2b-software-purchase.ojf")).unwrap();
    let cases: Vec<(PathBuf, &str)> = vec![
        (write("bad.json", b"{\n  \"format\": \"journey-studio\",\n  \"version\": 1,\n  \"journeys\": [,]\n}"), "line 4"),
        (write("bad.mmd", b"journey\n  section A\n    Make tea: 9: Me\n"), "line 3"),
        (write("bad.ojf", ojf.replacen("\"score\": -1", "\"score\": -1,,", 1).as_bytes()), "line "),
        (write("kind.ojf", ojf.replacen("\"score\": -1", "\"score\": \"-1\", \"blueprint\": 7", 1).as_bytes()), "nodes[1].blueprint: expected an object, found a number"),
        (write("range.ojf", ojf.replacen("\"score\": -1", "\"score\": 40", 1).as_bytes()), "nodes[1].score: the score 40 is outside both scales"),
        (write("nostages.ojf", b"{\"swimlanes\": []}"), "stages: missing"),
        (workbook_with(dir.path(), "Score", "very"), "sheet Cards, row 4, column H (Score): \"very\" is not a number"),
        (workbook_with(dir.path(), "Lane", "Nowhere"), "sheet Cards, row 4, column C (Lane): no lane \"Nowhere\" in the Lanes sheet"),
        (write("zip.xlsx", b"PK\x03\x04 cut short"), "this is not an Excel workbook (.xlsx) that can be read"),
        (write("lucid.csv", b"Id,Name,Shape Library,Page ID,Contained By,Line Source,Line Destination,Text Area 1\n1,Page,,,,,,P\n2,Process,Flowchart Shapes,1,7,,,Pay\n"), "line 3: Contained By names 7"),
    ];
    let listing = || {
        let mut names: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    for (file, place) in cases {
        let before = std::fs::read(&ws).unwrap();
        let files = listing();
        let out = journey(&["import", s(&file), "--into", s(&ws)]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {err}", file.display());
        assert_eq!(err.lines().count(), 1, "{}: {err}", file.display());
        assert!(err.contains(place), "{}: the refusal does not say \"{place}\": {err}", file.display());
        assert!(out.stdout.is_empty(), "{}: printed ids", file.display());
        assert_eq!(std::fs::read(&ws).unwrap(), before, "{}: the workspace changed", file.display());
        assert_eq!(listing(), files, "{}: files were left beside the workspace", file.display());
    }
}

#[test]
fn a_lucidchart_csv_imports_as_a_journey_with_what_was_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.journeys");
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/import_lucid/seed-swimlanes.csv");
    let out = journey(&["import", s(&csv), "--into", s(&ws)]);
    ok(&out);
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(report.contains("2 containers became stages") && report.contains("swim lanes became lanes"), "{report}");
    let shown = ok(&journey(&["show", s(&ws)]));
    assert!(shown.contains("## Discover") && shown.contains("## Order") && shown.contains("Calls the name"), "{shown}");
}

#[test]
fn the_import_and_export_reports_are_said_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.journeys");
    let out = journey(&["import", s(&fixture("hotel-check-in-blueprint.ojf")), "--into", s(&ws), "--lang", "ru"]);
    ok(&out);
    let report = String::from_utf8_lossy(&out.stderr);
    for said in ["Прочитано как OpenJourney", "Шкала: -5..+5", "Элементы блюпринта «backstage» стали карточками на дорожке «Backstage»"] {
        assert!(report.contains(said), "the Russian report does not say \"{said}\": {report}");
    }
    assert!(!report.contains("Read as") && !report.contains("Blueprint"), "English left in the Russian report: {report}");
    let out = journey(&["export", s(&ws), "-o", s(&dir.path().join("back.ojf")), "--lang", "fa"]);
    ok(&out);
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(report.contains("OJF برای آنچه در پی می‌آید فیلدی ندارد"), "the Persian export report: {report}");
}
