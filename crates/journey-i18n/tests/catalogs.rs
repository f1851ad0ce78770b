//! Every catalog has every message of the English one, with the same attributes and the same
//! arguments, and nothing English lacks: a translator who drops a message or renames a `{ $count }`
//! fails this test with the language, file and id named.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use journey_i18n::{FILES, SOURCES};

/// Per message (and `message.attribute`): the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn variables(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn shape(lang: &str, file: &str, src: &str) -> Shape {
    let res = fluent_syntax::parser::parse(src).unwrap_or_else(|(_, errors)| panic!("{lang}/{file}.ftl does not parse: {errors:?}"));
    let mut out = Shape::new();
    for entry in &res.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{lang}/{file}.ftl defines {} twice", m.id.name);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    variables(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            Entry::Junk { content } => panic!("{lang}/{file}.ftl has text Fluent cannot read: {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_catalog_has_every_english_message_with_the_same_arguments() {
    let (_, english) = SOURCES[0];
    let mut problems = vec![];
    for (f, file) in FILES.iter().enumerate() {
        let want = shape("en", file, english[f]);
        assert!(!want.is_empty(), "en/{file}.ftl is empty");
        for (lang, sources) in &SOURCES[1..] {
            let have = shape(lang, file, sources[f]);
            for (id, vars) in &want {
                match have.get(id) {
                    None => problems.push(format!("{lang}/{file}.ftl lacks {id}")),
                    Some(v) if v != vars => problems.push(format!("{lang}/{file}.ftl: {id} uses {v:?}, English uses {vars:?}")),
                    _ => {}
                }
            }
            for id in have.keys().filter(|id| !want.contains_key(*id)) {
                problems.push(format!("{lang}/{file}.ftl has {id}, which English does not"));
            }
        }
    }
    assert!(problems.is_empty(), "catalogs differ from English:\n{}", problems.join("\n"));
}

#[test]
fn the_completeness_check_notices_a_missing_message_and_a_renamed_argument() {
    // The check above is only worth something if it fails: run its comparison on a broken copy.
    let en = shape("en", "t", "a = A\nb = { $count } cards\n");
    let broken = shape("xx", "t", "b = { $n } cards\n");
    assert!(!broken.contains_key("a"));
    assert_ne!(en["b"], broken["b"]);
}

#[test]
fn no_message_is_left_empty_or_in_english_by_mistake() {
    // A message copied from English unchanged is allowed only where the word is the same
    // (a brand, "CRM", "Web", Tagalog's borrowed "Touchpoint"): those are listed here.
    let same_ok = ["channel-web", "channel-app", "channel-email", "channel-chat", "card-kind-touchpoint", "emotion-neutral", "app-name", "format-md", "format-mermaid", "format-ojf", "format-json", "metric-csat",
        // Words Tagalog borrows as they are (glossary.md: "customer", "touchpoint", "channel").
        "panel-workshop", "export-format", "format-html", "workshop-timer", "field-channel", "persona-new-name", "menu-toggle-workshop", "menu-file", "join-code", "template-loyalty-3-name",
        "room-address", "room-code", "join-room-address", "join-room-code", "field-persona", "field-card",
        // The import report's card kind inside a sentence, as Tagalog borrows it.
        "export-import-kind-touchpoint",
        // A metric's own name, as metric-csat.
        "field-csat",
        // The program's name before its message, as every command-line tool writes it.
        "cli-error"];
    let (_, english) = SOURCES[0];
    let mut problems = vec![];
    for (f, file) in FILES.iter().enumerate() {
        let en_res = fluent_syntax::parser::parse(english[f]).expect("English parses");
        let en_text: BTreeMap<&str, String> = en_res
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => m.value.as_ref().map(|v| (m.id.name, text_of(v))),
                _ => None,
            })
            .collect();
        for (lang, sources) in &SOURCES[1..] {
            let res = fluent_syntax::parser::parse(sources[f]).expect("checked above");
            for e in &res.body {
                if let Entry::Message(m) = e {
                    let Some(v) = &m.value else { continue };
                    let text = text_of(v);
                    let ascii_only = !text.chars().any(|c| c as u32 > 0x24f);
                    // Tagalog is written in Latin letters: only the exact English copy is suspect.
                    let copied = en_text.get(m.id.name) == Some(&text) && text.chars().filter(|c| c.is_alphabetic()).count() > 3;
                    let suspect = if *lang == "tl" { copied } else { copied || (ascii_only && text.chars().any(|c| c.is_ascii_lowercase())) };
                    if suspect && !same_ok.contains(&m.id.name) && !m.id.name.starts_with("language-") && !m.id.name.ends_with("-shortcut") {
                        problems.push(format!("{lang}/{file}.ftl: {} looks untranslated", m.id.name));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The literal text of a pattern (its placeables left out).
fn text_of(p: &Pattern<&str>) -> String {
    let mut out = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for v in variants {
                    out.push_str(&text_of(&v.value));
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
    out
}

/// All of a language's files go into one bundle (the window's, the CLI's): an id defined in two
/// of them (a "join-title" in both studio.ftl and participant.ftl) would panic when it is built,
/// on the first message asked for, far from the catalog that caused it.
#[test]
fn no_message_id_is_defined_in_two_files_of_a_language() {
    for (lang, sources) in SOURCES {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (file, src) in FILES.iter().zip(sources) {
            for id in journey_i18n::message_ids(src) {
                if let Some(first) = seen.insert(id.clone(), file) {
                    panic!("{lang}: \"{id}\" is in both {first}.ftl and {file}.ftl");
                }
            }
        }
    }
    // And each builds as one bundle.
    for l in journey_i18n::LANGUAGES {
        assert!(!journey_i18n::Localizer::new(l).text("app-name").is_empty());
    }
}

/// The ids the Rust code names for exports, the command line, errors and the sync status
/// (`"export-…"`, `"cli-…"`, `"error-…"`, `"sync-…"`) are
/// all in the English catalog: a missing one would print as its id.
#[test]
fn every_message_id_the_exports_and_the_cli_name_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let english = journey_i18n::english_localizer();
    let mut named = 0;
    let mut problems = vec![];
    for dir in ["crates/journey-export/src", "crates/journey-cli/src", "src-tauri/src", "crates/journey-api/src", "crates/journey-sync/src"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            // `Said::new("…"`: the sync status's reasons, whatever their prefix.
            for prefix in ["\"export-", "\"cli-", "\"error-", "Said::new(\""] {
                for (at, _) in src.match_indices(prefix) {
                    let at = at + prefix.len() - prefix.trim_start_matches(|c| c != '"').len();
                    let id: String = src[at + 1..].chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
                    // A prefix the code completes (`format!("export-{}")`) is not an id.
                    if src[at + 1 + id.len()..].starts_with('"') && !id.ends_with('-') {
                        named += 1;
                        if !english.has(&id) {
                            problems.push(format!("{}: \"{id}\" is not in locales/en", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(named > 50, "only {named} ids found: has the code moved?");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
