//! The page's TypeScript, generated from the Rust types that cross `invoke` or an event, and the
//! check that the committed copy is current. Regenerate with `make types`, which runs
//! `UPDATE_TYPES=1 cargo test -p journey-api --test typescript`.

mod contract;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use journey_api::ErrorCode;

const GENERATED: &str = "ui/src/generated/contract.ts";
const REGENERATE: &str = "make types (or: UPDATE_TYPES=1 cargo test -p journey-api --test typescript)";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where `sep` occurs in `s` outside brackets, string literals and comments.
fn split_top<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let b = s.as_bytes();
    let (mut depth, mut i, mut start, mut parts) = (0i32, 0, 0, Vec::new());
    while i < b.len() {
        match b[i] {
            b'"' => i += 1 + s[i + 1..].find('"').expect("a closed string"),
            b'/' if b.get(i + 1) == Some(&b'*') => i += 2 + s[i + 2..].find("*/").expect("a closed comment") + 1,
            b'{' | b'[' | b'(' | b'<' => depth += 1,
            b'}' | b']' | b')' | b'>' => depth -= 1,
            _ if depth == 0 && s[i..].starts_with(sep) => {
                parts.push(&s[start..i]);
                start = i + sep.len();
                i = start;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&s[start..]);
    parts
}

/// ts-rs writes each declaration on one line (with field docs breaking it anywhere); this puts
/// an object's fields one per line and a long union's members one per line, so the file reads
/// like the hand-written one did and a change shows as a small diff.
fn layout(decl: &str) -> String {
    let (head, body) = decl.split_once(" = ").expect("type NAME = ...");
    let body = body.trim().strip_suffix(';').expect("a declaration ends with ;").trim();
    let indent = |text: &str| text.trim().lines().map(|l| format!("  {}", l.trim_end())).collect::<Vec<_>>().join("\n");
    let alternatives = split_top(body, " | ");
    if alternatives.len() == 1 && split_top(body, " & ").len() == 1 && body.starts_with('{') && body.ends_with('}') && body.len() > 2 {
        let fields: Vec<String> =
            split_top(&body[1..body.len() - 1], ",").into_iter().filter(|f| !f.trim().is_empty()).map(|f| indent(f) + ",").collect();
        return format!("{head} = {{\n{}\n}};", fields.join("\n"));
    }
    if alternatives.len() > 1 && decl.len() > 100 {
        let lines: Vec<String> = alternatives.iter().map(|a| format!("  | {}", a.trim())).collect();
        return format!("{head} =\n{};", lines.join("\n"));
    }
    format!("{head} = {body};")
}

/// A JSON value as a TypeScript literal: object keys bare, whole numbers without ".0".
fn literal(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let fields: Vec<String> = map.iter().map(|(k, v)| format!("{k}: {}", literal(v))).collect();
            format!("{{ {} }}", fields.join(", "))
        }
        Value::Array(items) => format!("[{}]", items.iter().map(literal).collect::<Vec<_>>().join(", ")),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => format!("{f}"),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// A long `Record<"a" | "b" | ..., V>` with its keys one per line.
fn layout_union(ty: &str) -> String {
    match ty.strip_prefix("Record<").and_then(|t| t.strip_suffix('>')) {
        Some(inner) if ty.len() > 100 => {
            let (keys, value) = inner.rsplit_once(", ").expect("Record<K, V>");
            let keys: Vec<String> = split_top(keys, " | ").iter().map(|k| format!("  | {}", k.trim())).collect();
            format!("Record<\n{},\n  {value}\n>", keys.join("\n"))
        }
        _ => ty.to_string(),
    }
}

/// `export const NAME: TYPE = value;`, an object's fields and an array's items one per line.
fn constant(c: &contract::Const) -> String {
    let inner = |items: Vec<String>| items.into_iter().map(|i| format!("  {i},")).collect::<Vec<_>>().join("\n");
    let value = match &c.value {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            if !c.key_order.is_empty() {
                assert_eq!(c.key_order.len(), keys.len(), "{}: key_order names every key", c.name);
                keys = c.key_order.iter().collect();
            }
            format!("{{\n{}\n}}", inner(keys.into_iter().map(|k| format!("{k}: {}", literal(&map[k]))).collect()))
        }
        serde_json::Value::Array(items) => format!("[\n{}\n]", inner(items.iter().map(literal).collect())),
        other => literal(other),
    };
    let docs: Vec<String> = c.docs.iter().map(|l| format!(" {l}")).collect();
    let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
    format!("{}export const {}: {} = {value};\n", ts_rs::format_docs(&docs), c.name, layout_union(&c.ty))
}

/// The whole contract as one module, sorted by name, then the constants.
fn render() -> String {
    let mut out = String::from(
        "// The contract between the page and the core, generated from the Rust types by ts-rs\n\
         // (crates/journey-api/tests/typescript.rs). Do not edit: change the Rust type and run\n\
         // `make types`. ui/src/types.ts re-exports these under the names the UI imports.\n",
    );
    for d in contract::declarations().values() {
        out.push('\n');
        out.push_str(&format!("{}export {}", d.docs, layout(&d.decl)));
        out.push('\n');
    }
    for c in contract::constants() {
        out.push('\n');
        out.push_str(&constant(&c));
    }
    out
}

#[test]
fn generated_typescript_is_current() {
    let path = repo().join(GENERATED);
    let fresh = render();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        let first = committed.lines().zip(fresh.lines()).position(|(a, b)| a != b);
        let line = first.map_or(committed.lines().count().min(fresh.lines().count()), |i| i) + 1;
        panic!(
            "{GENERATED} no longer matches the Rust wire types (first difference at line {line}:\n  committed: {}\n  generated: {}).\nRegenerate it with {REGENERATE}.",
            committed.lines().nth(line - 1).unwrap_or("<end of file>"),
            fresh.lines().nth(line - 1).unwrap_or("<end of file>"),
        );
    }
}

/// The string literals a source file gives as codes: `=> "code"` arms in the `code()` of the
/// core's and the store's errors, `ApiError::new("code"` (or `said`, `code`) in the shell and in journey-api.
fn codes_in(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let end = rest.find('"')?;
            Some(rest[..end].to_string())
        })
        .collect()
}

#[test]
fn every_code_the_page_can_receive_is_an_error_code() {
    let read = |p: &str| std::fs::read_to_string(repo().join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let mut sources: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in ["crates/journey-core/src/error.rs", "crates/journey-store/src/error.rs", "crates/journey-sync/src/wire.rs", "crates/journey-sync/src/client.rs", "crates/journey-sync/src/room.rs"] {
        let text = read(p);
        let body = &text[text.find("fn code(").unwrap_or_else(|| panic!("{p} has no fn code"))..];
        // Only `code`'s own body: what follows may map other things to strings (the core's
        // refusals name their catalog messages the same way).
        let body = &body[..body.find("\n    }\n").unwrap_or(body.len())];
        sources.insert(p.into(), codes_in(body, "=> \""));
    }
    let shell = repo().join("src-tauri/src");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&shell).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.push(repo().join("crates/journey-api/src/lib.rs"));
    files.push(repo().join("crates/journey-api/src/errors.rs"));
    for f in files.into_iter().filter(|f| f.extension().is_some_and(|x| x == "rs")) {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut codes = BTreeSet::new();
        for prefix in ["ApiError::new(\"", "ApiError::said(\"", "ApiError::code(\"", "said(\""] {
            codes.extend(codes_in(&text, prefix));
        }
        sources.insert(f.display().to_string(), codes);
    }
    let mut used = BTreeSet::new();
    for (file, codes) in &sources {
        for code in codes {
            assert!(ErrorCode::parse(code).is_some(), "{file} answers the code \"{code}\", which ErrorCode (crates/journey-api/src/lib.rs) does not list; add it there and run {REGENERATE}");
            used.insert(code.as_str());
        }
    }
    // The other way round: no code is listed that nothing sends, except the page's own.
    let page_only = ["crashed"];
    for code in ErrorCode::ALL {
        assert!(
            used.contains(code.as_str()) || page_only.contains(&code.as_str()),
            "ErrorCode::{code:?} (\"{}\") is sent by nothing in core, store or shell",
            code.as_str()
        );
    }
}

#[test]
fn error_codes_serialise_as_their_code() {
    for code in ErrorCode::ALL {
        assert_eq!(serde_json::to_value(code).unwrap(), serde_json::Value::from(code.as_str()));
        assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
    }
    assert_eq!(ErrorCode::ALL.len(), ErrorCode::ALL.iter().collect::<HashSet<_>>().len());
}

/// The window says every refusal in its own language: each code the page can receive has its
/// message `error-<code>` in the catalogs (`locales/<lang>/errors.ftl`; the catalog test then
/// wants it in every language), and every error the libraries and the shell send names a message
/// English has. A code without one would reach the page in English only.
#[test]
fn every_error_code_has_a_catalog_message_in_every_language() {
    let mut problems = vec![];
    for lang in journey_i18n::LANGUAGES {
        let words = journey_i18n::Localizer::new(lang);
        for code in ErrorCode::ALL {
            let id = format!("error-{}", code.as_str().replace('_', "-"));
            let own = journey_i18n::SOURCES.iter().find(|(c, _)| *c == lang.code).map(|(_, s)| s.iter().any(|src| journey_i18n::message_ids(src).contains(&id)));
            if own != Some(true) {
                problems.push(format!("{}: no message {id} for ErrorCode::{code:?}", lang.code));
            } else if words.text(&id) == id {
                problems.push(format!("{}: {id} does not format", lang.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_librarys_refusals_reach_the_page_as_a_catalog_message_with_arguments() {
    use journey_api::{ApiError, ErrorArg};
    let english = journey_i18n::english_localizer();
    let fa = journey_i18n::Localizer::for_code("fa");
    let store = journey_store::StoreError::Locked { path: "/tmp/team.journeys".into() };
    let e = ApiError::from(store);
    assert_eq!((e.code.as_str(), e.id.as_deref()), ("locked", Some("error-locked")));
    assert_eq!(e.args.get("path"), Some(&ErrorArg::Text("/tmp/team.journeys".into())));
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["args"]["path"], "/tmp/team.journeys", "{json}");
    // Each kind of library error, formatted from its id and args: no argument left unfilled,
    // and the Persian sentence is not the English one.
    let samples: Vec<ApiError> = vec![
        journey_store::StoreError::NewerVersion { path: "/x.journeys".into(), found: 9, supported: 4 }.into(),
        journey_store::StoreError::NothingTo("undo").into(),
        journey_store::StoreError::NothingTo("restore: the journey already matches this version").into(),
        journey_store::StoreError::Edit(journey_core::EditError::NotFound { what: "pain point", id: journey_core::new_id() }).into(),
        journey_store::StoreError::Edit(journey_core::EditError::TooLong { field: journey_core::Field::CardText, len: 5000, max: 4000 }).into(),
        journey_export::ExportError::Cancelled.into(),
        journey_sync::SyncError::Connect(journey_sync::ConnectError::Unreachable("wss://team:4443".into(), "refused".into())).into(),
        journey_sync::SyncError::Invite(journey_sync::InviteError::Newer(3)).into(),
        journey_sync::room::RoomError::TooManyAttempts("10.0.0.2:4000".into(), 30).into(),
        ApiError::code("no_workspace", &[]),
        journey_export::ImportError::Line { line: 3, message: journey_export::said!("error-import-mermaid-score", score = 9) }.into(),
        ApiError::import_failed("map.xlsx", &journey_export::ImportError::Cell {
            sheet: "Cards".into(),
            row: 4,
            column: Some("H".into()),
            header: "Score".into(),
            message: journey_export::said!("error-import-not-a-number", value = "lots"),
        }),
    ];
    for e in &samples {
        let id = e.id.as_deref().unwrap_or_else(|| panic!("{} has no catalog id", e.code));
        let (en, persian) = (e.sentence(english), e.sentence(&fa));
        assert!(english.has(id), "{id} is not in locales/en");
        assert!(!en.contains("{$") && !en.contains("{ $") && !persian.contains('$'), "{id}: an argument is missing: {en} / {persian}");
        assert_ne!(en, persian, "{id} is English in Persian");
    }
    assert!(english.format("error-nothing-to-do", &[("what", "redo".into())]).contains("redo"));
    assert!(samples[2].args["what"] == ErrorArg::Text("restore".into()), "{:?}", samples[2].args);
}

#[test]
fn an_import_refusal_reaches_the_page_with_its_place_and_detail_as_messages() {
    use journey_api::ApiError;
    use journey_export::{said, ImportError};
    let cell = ImportError::Cell {
        sheet: "Cards".into(),
        row: 4,
        column: Some("H".into()),
        header: "Score".into(),
        message: said!("error-import-not-a-number", value = "lots"),
    };
    let e = ApiError::import_failed("map.xlsx", &cell);
    assert_eq!(e.code, "import_failed");
    assert_eq!(e.message, "map.xlsx: sheet Cards, row 4, column H (Score): \"lots\" is not a number. Nothing was imported.");
    // The page receives the messages one inside the other and says them in its language.
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["id"], "error-import-failed", "{json}");
    assert_eq!(json["args"]["detail"]["id"], "error-import-at-cell", "{json}");
    assert_eq!(json["args"]["detail"]["args"]["row"], 4.0, "{json}");
    assert_eq!(json["args"]["detail"]["args"]["detail"], serde_json::json!({ "id": "error-import-not-a-number", "args": { "value": "lots" } }));
    let ru = journey_i18n::language("ru").unwrap();
    assert_eq!(e.in_language(ru), "map.xlsx: лист Cards, строка 4, столбец H (Score): «lots» — не число. Ничего не импортировано.");
    // Without the file's name (the CLI names the file itself).
    let e = ApiError::from(ImportError::NewerVersion { found: 3, supported: 1 });
    assert_eq!((e.code.as_str(), e.id.as_deref()), ("import_failed", Some("error-import-newer-version")));
    assert_eq!(e.in_language(ru), "документ записан в версии формата 3; эта версия читает до 1");
    assert_eq!(e.message, "the document is format version 3; this version reads up to 1");
}
