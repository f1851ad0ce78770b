//! The undo log outlives app versions: a file saved today is undone by whatever version opens it
//! next. `tests/fixtures/undo-log/` freezes the log as today's code writes it: a workspace whose
//! one journey has one log entry for every `Edit` variant (`workspace.journeys`), the journey
//! before the first and after the last entry (`before.json`, `after.json`), and each entry's
//! forward and inverse edit as readable JSON (`edits/NN-variant.json`).
//!
//! The fixtures are never written by `cargo test`. After adding an `Edit` variant, add a step
//! for it at the end of `STEPS` and append its entry (older entries are kept as they are):
//!
//!   UNDO_LOG_FIXTURE=append cargo test -p journey-store --test it -- --ignored undo_log
//!
//! To start over from an empty folder, delete `tests/fixtures/undo-log/` first.

use crate::support::*;
use journey_core::*;
use journey_store::Store;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/undo-log")
}

/// The workspace fixture copied into a temporary folder: opening it writes beside the file
/// (WAL, lock), and the committed copy must stay byte for byte as it was made.
fn workspace_copy() -> Workspace {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("undo-log.journeys");
    std::fs::copy(fixture_dir().join("workspace.journeys"), &path).unwrap();
    Workspace { dir, path }
}

fn journey_json(name: &str) -> Journey {
    let text = std::fs::read_to_string(fixture_dir().join(name)).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} no longer reads as a journey: {e}"))
}

/// (seq, forward, inverse) of every log entry, oldest first, as the file stores them.
fn logged(path: &Path) -> Vec<(i64, String, String)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare("SELECT seq, forward, inverse FROM edits ORDER BY seq").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    rows.collect::<rusqlite::Result<Vec<_>>>().unwrap()
}

/// The `type` tag of a logged edit, read without `Edit`, so a tag that no longer parses is still
/// counted (and then fails the undo test, not this count).
fn tag(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["type"].as_str().unwrap_or_else(|| panic!("a logged edit without a type: {json}")).to_string()
}

/// Every variant tag `Edit` has, from the type itself: serde lists them when it meets a tag it
/// does not know, so a new variant shows up here without anyone keeping a list.
fn edit_variants() -> BTreeSet<String> {
    let err = serde_json::from_str::<Edit>(r#"{"type":"no such edit"}"#).unwrap_err().to_string();
    let list = err
        .split_once("expected one of ")
        .unwrap_or_else(|| panic!("serde's unknown-variant message changed; read the variants another way: {err}"))
        .1;
    let variants: BTreeSet<String> =
        list.split(", ").map(|v| v.split('`').nth(1).unwrap_or(v).to_string()).collect();
    assert!(
        variants.contains("setJourney") && variants.contains("batch"),
        "could not read Edit's variants from {err:?}: got {variants:?}"
    );
    variants
}

#[test]
fn every_edit_variant_has_an_entry_in_the_undo_log_fixture() {
    let ws = workspace_copy();
    let logged: BTreeSet<String> = logged(&ws.path).iter().map(|(_, forward, _)| tag(forward)).collect();
    let missing: Vec<_> = edit_variants().difference(&logged).cloned().collect();
    assert!(
        missing.is_empty(),
        "no undo-log fixture for {missing:?}: add a step to STEPS in tests/it/undo_log.rs and append it (see the top of that file)"
    );
}

#[test]
fn the_readable_json_of_each_logged_edit_is_what_the_workspace_fixture_holds() {
    let ws = workspace_copy();
    let entries = logged(&ws.path);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(fixture_dir().join("edits")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), entries.len(), "one edits/*.json per log entry");
    for ((seq, forward, inverse), file) in entries.iter().zip(&files) {
        let expected = entry_json(*seq, forward, inverse);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(name, entry_file_name(*seq, forward), "the files are named by seq and variant");
        let actual: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        assert_eq!(actual, expected, "{name} differs from log entry {seq}");
    }
}

#[test]
fn an_undo_log_written_by_todays_code_undoes_to_the_start_and_redoes_to_the_end() {
    let ws = workspace_copy();
    let entries = logged(&ws.path).len();
    let (before, after) = (journey_json("before.json"), journey_json("after.json"));
    let mut store = Store::open(&ws.path).unwrap();
    let id = first_journey(&store);
    assert_eq!(*store.journey(id).unwrap().0, after, "the fixture opens in the state after its last entry");

    for step in 1..=entries {
        let applied = store.undo(id).unwrap_or_else(|e| panic!("undo {step} of {entries} failed: {e}"));
        assert_eq!(applied.skipped, Vec::<journey_i18n::Said>::new(), "undo {step} of a history of one person skipped something");
        validate::journey(store.journey(id).unwrap().0)
            .unwrap_or_else(|e| panic!("undo {step} of {entries} left an invalid journey: {e}"));
        assert_eq!(applied.can_undo, step < entries);
    }
    assert_eq!(store.undo(id).unwrap_err().code(), "nothing_to_do");
    assert_eq!(*store.journey(id).unwrap().0, before, "undoing every entry does not give the journey before the first");

    // The undone state is in the file, and redo starts from there after a restart.
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(*store.journey(id).unwrap().0, before);
    for step in 1..=entries {
        let applied = store.redo(id).unwrap_or_else(|e| panic!("redo {step} of {entries} failed: {e}"));
        assert_eq!(applied.skipped, Vec::<journey_i18n::Said>::new(), "redo {step} of a history of one person skipped something");
        assert_eq!(applied.can_redo, step < entries);
    }
    assert_eq!(store.redo(id).unwrap_err().code(), "nothing_to_do");
    assert_eq!(*store.journey(id).unwrap().0, after, "redoing every entry does not give the journey after the last");
}

fn entry_json(seq: i64, forward: &str, inverse: &str) -> serde_json::Value {
    serde_json::json!({
        "seq": seq,
        "forward": serde_json::from_str::<serde_json::Value>(forward).unwrap(),
        "inverse": serde_json::from_str::<serde_json::Value>(inverse).unwrap(),
    })
}

fn entry_file_name(seq: i64, forward: &str) -> String {
    format!("{seq:02}-{}.json", tag(forward))
}

// ---- The generator -------------------------------------------------------------------------

/// Appends a log entry for every variant the fixture lacks, or makes the fixture from scratch
/// when the folder is empty. Runs only when asked (see the top of this file).
#[test]
#[ignore = "writes tests/fixtures/undo-log; run with UNDO_LOG_FIXTURE=append (see undo_log.rs)"]
fn the_undo_log_fixture_is_made_or_extended_only_on_request() {
    if std::env::var("UNDO_LOG_FIXTURE").as_deref() != Ok("append") {
        eprintln!("UNDO_LOG_FIXTURE=append is not set; the undo-log fixture is left as it is");
        return;
    }
    let out = fixture_dir();
    std::fs::create_dir_all(out.join("edits")).unwrap();
    let existing = out.join("workspace.journeys");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.journeys");
    let (mut store, id) = if existing.exists() {
        std::fs::copy(&existing, &path).unwrap();
        let store = Store::open(&path).unwrap();
        let id = first_journey(&store);
        (store, id)
    } else {
        let start = starting_journey();
        std::fs::write(out.join("before.json"), pretty(&start)).unwrap();
        let mut store = Store::create(&path).unwrap();
        let id = store.add_journey(&start).unwrap();
        (store, id)
    };

    let mut present: BTreeSet<String> = logged(&path).iter().map(|(_, forward, _)| tag(forward)).collect();
    let mut added = Vec::new();
    for (variant, step) in STEPS {
        let variant = variant.to_string();
        // Steps already logged are not even built: they were written for the journey as it
        // stood then, which may no longer hold what they look for.
        if present.contains(&variant) {
            continue;
        }
        let edit = step(store.journey(id).unwrap().0);
        assert_eq!(tag(&serde_json::to_string(&edit).unwrap()), variant, "a step makes another variant than it names");
        store.apply(id, &edit, None).unwrap_or_else(|e| panic!("the {variant} step was refused: {e}"));
        present.insert(variant.clone());
        added.push(variant);
    }
    let missing: Vec<_> = edit_variants().difference(&present).cloned().collect();
    assert!(missing.is_empty(), "no step makes {missing:?}; add one to STEPS");
    if added.is_empty() {
        eprintln!("the undo-log fixture already holds every variant; nothing written");
        return;
    }
    std::fs::write(out.join("after.json"), pretty(store.journey(id).unwrap().0)).unwrap();
    // Closing checkpoints the WAL, so the whole log is in the one file that is copied.
    drop(store);
    assert!(!dir.path().join("workspace.journeys-wal").exists(), "the WAL was not checkpointed on close");
    std::fs::copy(&path, &existing).unwrap();
    for (seq, forward, inverse) in logged(&path) {
        let file = out.join("edits").join(entry_file_name(seq, &forward));
        if !file.exists() {
            let text = serde_json::to_string_pretty(&entry_json(seq, &forward, &inverse)).unwrap();
            std::fs::write(file, text + "\n").unwrap();
        }
    }
    eprintln!("appended {added:?} to {}", existing.display());
}

fn pretty(j: &Journey) -> String {
    serde_json::to_string_pretty(j).unwrap() + "\n"
}

/// A small journey with something for every step to work on: a chain of four stages closed by a
/// repeat loop, every card body, a persona who scores a touchpoint, an answered pain point and
/// a card from a workshop.
fn starting_journey() -> Journey {
    let names = ["Discover", "Choose", "Pay", "Use"];
    let phases = [Phase::Recognize, Phase::Request, Phase::Respond, Phase::Repeat];
    let mut graph = StageGraph::default();
    let mut ids = Vec::new();
    for (i, (name, phase)) in names.iter().zip(phases).enumerate() {
        let stage = Stage {
            id: new_id(),
            name: name.to_string(),
            description: String::new(),
            phase: Some(phase),
            experience: None,
            metrics: Metrics::default(),
            rank: i as f64,
        };
        ids.push(stage.id);
        graph.add_stage(stage).unwrap();
    }
    for pair in ids.windows(2) {
        graph.add_flow(Flow { id: new_id(), from: pair[0], to: pair[1], kind: FlowKind::Next, label: String::new() }).unwrap();
    }
    graph.add_flow(Flow { id: new_id(), from: ids[3], to: ids[0], kind: FlowKind::Repeat, label: "next week".into() }).unwrap();
    let lane = |name: &str, kind, rank| Lane { id: new_id(), name: name.into(), kind, rank, color: String::new() };
    let lanes = vec![
        lane("Customer actions", LaneKind::Actions, 0.0),
        lane("Touchpoints", LaneKind::Touchpoints, 1.0),
        lane("Pain points", LaneKind::PainPoints, 2.0),
        lane("Opportunities", LaneKind::Opportunities, 3.0),
        Lane { color: "#7744aa".into(), ..lane("Thoughts", LaneKind::Thoughts, 4.0) },
    ];
    let mut j = Journey::new("Meal-kit trial", graph, lanes);
    j.goal = "Dinner without planning".into();
    let maya = Persona {
        id: new_id(),
        name: "Maya".into(),
        role: "Working parent".into(),
        goals: vec!["Healthy dinners".into()],
        needs: vec!["Less planning".into()],
        frustrations: vec!["Hidden fees".into()],
        quote: "Pasta again?".into(),
        value_type: Some(CustomerValue::Spender),
        color: "#3366cc".into(),
    };
    j.personas.push(maya.clone());
    j.normalize();
    let lane_id = |kind| j.lanes.iter().find(|l| l.kind == kind).unwrap().id;
    let card = |stage: usize, lane: Id, text: &str, body| Card {
        id: new_id(),
        stage: ids[stage],
        lane,
        rank: 1.0,
        text: text.into(),
        body,
        workshop: CardWorkshop::default(),
    };
    let pain = card(
        2,
        lane_id(LaneKind::PainPoints),
        "Asked for the address twice",
        CardBody::PainPoint(PainPoint {
            severity: 4,
            frequency: 3,
            pillar: Some(CxPillar::TimeAndEffort),
            friction: Some(Friction::RepeatedDataEntry),
            short_of: vec![Shortage::Time, Shortage::Effort],
        }),
    );
    let cards = vec![
        card(0, lane_id(LaneKind::Actions), "Looks in the fridge at 6pm", CardBody::Note),
        card(
            1,
            lane_id(LaneKind::Touchpoints),
            "Comparison site",
            CardBody::Touchpoint(Touchpoint {
                channel: Some(Channel::Web),
                moment_of_truth: true,
                emotion: Some(Emotion { score: 1, name: "Curious".into() }),
                persona_emotions: [(maya.id, -1)].into_iter().collect(),
                sacrifice: Some(Sacrifice { wanted: "One price".into(), accepted: "Price per portion".into() }),
                experience: Some(ConnectedExperience::CuratedOffering),
            }),
        ),
        card(
            2,
            lane_id(LaneKind::Touchpoints),
            "Checkout form",
            CardBody::Touchpoint(Touchpoint {
                channel: Some(Channel::Other("Phone".into())),
                emotion: Some(Emotion { score: -2, name: String::new() }),
                ..Touchpoint::default()
            }),
        ),
        card(
            2,
            lane_id(LaneKind::Opportunities),
            "Remember the address",
            CardBody::Opportunity(Opportunity {
                answers: vec![pain.id],
                loyalty_pillar: Some(LoyaltyPillar::Bridges),
                value: 4,
                effort: 2,
                owner: "Product".into(),
            }),
        ),
        Card {
            workshop: CardWorkshop { votes: 3, author: Some("Ana".into()), private: false },
            ..card(3, lane_id(LaneKind::Thoughts), "Finally, someone plans the week", CardBody::Quote { speaker: "Maya".into() })
        },
        pain,
    ];
    j.cards = cards.into_iter().map(|c| (c.id, c)).collect();
    validate::journey(&j).unwrap();
    j
}

fn lane_of_kind(j: &Journey, kind: LaneKind) -> Lane {
    j.lanes.iter().find(|l| l.kind == kind).unwrap_or_else(|| panic!("no {kind:?} lane")).clone()
}

fn flow_between(j: &Journey, from: &str, to: &str) -> Flow {
    let (from, to) = (stage_named(j, from), stage_named(j, to));
    j.graph.flows().find(|f| f.from == from && f.to == to).unwrap_or_else(|| panic!("no flow")).clone()
}

type Step = fn(&Journey) -> Edit;

/// One step per variant, named by the variant's tag in the log, each making its edit from the
/// journey as the steps before left it. The first 21 made the committed fixture in this order, the
/// gestures the core plans (from `moveLane`) were appended after them; a new variant's step goes
/// at the end and works on the journey in `after.json`.
const STEPS: &[(&str, Step)] = &[
    ("setJourney", |_| Edit::SetJourney { name: "Meal-kit subscription".into(), goal: "Healthy weeknight dinners".into() }),
    ("setScale", |_| Edit::SetScale {
        scale: EmotionScale { min: -5, max: 5, names: [(-5, "Furious".into()), (5, "Delighted".into())].into_iter().collect() },
    }),
    ("setMetrics", |_| Edit::SetMetrics {
        metrics: Metrics {
            nps: Some(Measure { value: 31.0, sample_size: 200 }),
            csat: Some(Measure { value: 71.5, sample_size: 120 }),
            ces: None,
        },
    }),
    ("putPersona", |_| Edit::PutPersona {
        persona: Persona {
            id: new_id(),
            name: "Sam".into(),
            role: "Student".into(),
            goals: Vec::new(),
            needs: Vec::new(),
            frustrations: Vec::new(),
            quote: String::new(),
            value_type: Some(CustomerValue::Sender),
            color: "#aa3300".into(),
        },
    }),
    // Maya scores a touchpoint, so the inverse also puts that score back.
    ("removePersona", |j| Edit::RemovePersona { id: j.personas.iter().find(|p| p.name == "Maya").unwrap().id }),
    ("addStage", |_| Edit::AddStage {
        stage: Stage {
            id: new_id(),
            name: "Return".into(),
            description: "Sends the box back".into(),
            phase: Some(Phase::AfterPurchase),
            experience: None,
            metrics: Metrics::default(),
            rank: 4.0,
        },
    }),
    ("updateStage", |j| Edit::UpdateStage {
        stage: Stage {
            name: "Checkout".into(),
            description: "Address, card, delivery slot".into(),
            phase: Some(Phase::Custom("Checkout".into())),
            experience: Some(ConnectedExperience::AutomaticExecution),
            metrics: Metrics { ces: Some(Measure { value: 4.2, sample_size: 80 }), ..Metrics::default() },
            ..j.graph.stage(stage_named(j, "Pay")).unwrap().clone()
        },
    }),
    ("addFlow", |j| Edit::AddFlow {
        flow: Flow {
            id: new_id(),
            from: stage_named(j, "Use"),
            to: stage_named(j, "Return"),
            kind: FlowKind::Branch,
            label: "if the box is damaged".into(),
        },
    }),
    ("relabelFlow", |j| Edit::RelabelFlow { id: flow_between(j, "Discover", "Choose").id, label: "compares".into() }),
    ("removeFlow", |j| Edit::RemoveFlow { id: flow_between(j, "Use", "Return").id }),
    ("moveStage", |j| Edit::MoveStage { id: stage_named(j, "Choose"), steps: 1 }),
    // The flows as moving Choose back would leave them: a rewire that undoes the move above.
    ("rewireFlows", |j| {
        let mut moved = j.clone();
        let Edit::RewireFlows { flows } = apply(&mut moved, &Edit::MoveStage { id: stage_named(j, "Choose"), steps: -1 }).unwrap()
        else {
            panic!("a stage move's inverse is a rewire")
        };
        Edit::RewireFlows { flows: flows.iter().map(|f| moved.graph.flow(f.id).unwrap().clone()).collect() }
    }),
    ("addLane", |_| Edit::AddLane {
        lane: Lane { id: new_id(), name: "Kitchen staff".into(), kind: LaneKind::Backstage, rank: 5.0, color: "#555555".into() },
    }),
    ("updateLane", |j| Edit::UpdateLane {
        lane: Lane { name: "Feelings".into(), rank: 0.5, color: "#9955cc".into(), ..lane_of_kind(j, LaneKind::Thoughts) },
    }),
    // The lane holds a card, so the inverse brings the card back too.
    ("removeLane", |j| Edit::RemoveLane { id: lane_of_kind(j, LaneKind::Actions).id }),
    ("addCard", |j| Edit::AddCard {
        card: Card {
            id: new_id(),
            stage: stage_named(j, "Use"),
            lane: lane_of_kind(j, LaneKind::Touchpoints).id,
            rank: 1.0,
            text: "The box arrives".into(),
            body: CardBody::Touchpoint(Touchpoint {
                channel: Some(Channel::App),
                emotion: Some(Emotion { score: 4, name: "Relieved".into() }),
                persona_emotions: [(j.personas.iter().find(|p| p.name == "Sam").unwrap().id, 2)].into_iter().collect(),
                ..Touchpoint::default()
            }),
            workshop: CardWorkshop::default(),
        },
    }),
    ("updateCard", |j| {
        let mut pain = card_with_text(j, "address twice");
        pain.text = "Asked for the address twice, and the card".into();
        if let CardBody::PainPoint(p) = &mut pain.body {
            p.severity = 5;
        }
        Edit::UpdateCard { card: pain }
    }),
    // An opportunity answers it, so the inverse also relinks the opportunity.
    ("removeCard", |j| Edit::RemoveCard { id: card_with_text(j, "address twice").id }),
    ("moveCard", |j| {
        let idea = card_with_text(j, "Remember the address");
        Edit::MoveCard { id: idea.id, stage: stage_named(j, "Choose"), lane: idea.lane, rank: 0.5 }
    }),
    // With its flows, its cards and the repeat loop its removal breaks.
    ("removeStage", |j| Edit::RemoveStage { id: stage_named(j, "Checkout") }),
    ("batch", |j| {
        let quote = card_with_text(j, "plans the week");
        Edit::Batch {
            edits: vec![
                Edit::AddCard {
                    card: Card { id: new_id(), rank: 2.0, text: "Pasted thought".into(), body: CardBody::Note, ..quote.clone() },
                },
                Edit::MoveCard { id: quote.id, stage: quote.stage, lane: quote.lane, rank: 3.0 },
                Edit::RelabelFlow { id: flow_between(j, "Discover", "Choose").id, label: "compares prices".into() },
            ],
        }
    }),
    // From the bottom to between Touchpoints and Pain points.
    ("moveLane", |j| Edit::MoveLane { id: lane_of_kind(j, LaneKind::Backstage).id, steps: -2 }),
    // Choose has no way on yet: the core makes it a next flow.
    ("connectStages", |j| Edit::ConnectStages {
        id: new_id(),
        from: stage_named(j, "Choose"),
        to: stage_named(j, "Use"),
        label: "after delivery".into(),
    }),
    ("createCard", |j| Edit::CreateCard {
        id: new_id(),
        stage: stage_named(j, "Use"),
        lane: lane_of_kind(j, LaneKind::PainPoints).id,
        index: None,
        text: "The box arrived warm".into(),
    }),
    ("setCardKind", |j| Edit::SetCardKind { id: card_with_text(j, "Pasted thought").id, kind: CardKind::Quote }),
    // Listed out of map order; both land in Use's touchpoints, Choose's card first.
    ("placeCards", |j| Edit::PlaceCards {
        ids: vec![card_with_text(j, "The box arrives").id, card_with_text(j, "Comparison site").id],
        stage: stage_named(j, "Use"),
        lane: lane_of_kind(j, LaneKind::Touchpoints).id,
        index: 0,
    }),
    ("duplicateCards", |j| Edit::DuplicateCards { ids: vec![card_with_text(j, "arrived warm").id], copies: vec![new_id()] }),
    // From another journey: a pain, an opportunity answering it and a pain here, a touchpoint
    // scored beyond this scale by a persona not here.
    ("pasteCards", |j| {
        let here = card_with_text(j, "arrived warm").id;
        let card = |text: &str, body| Card {
            id: new_id(),
            stage: new_id(),
            lane: new_id(),
            rank: 1.0,
            text: text.into(),
            body,
            workshop: CardWorkshop::default(),
        };
        let pain = card(
            "No recipe for the leftovers",
            CardBody::PainPoint(PainPoint { severity: 2, frequency: 4, pillar: None, friction: None, short_of: vec![] }),
        );
        let idea = card(
            "Leftover recipes in the app",
            CardBody::Opportunity(Opportunity {
                answers: vec![pain.id, here, new_id()],
                loyalty_pillar: Some(LoyaltyPillar::Experiences),
                value: 3,
                effort: 2,
                owner: "Content".into(),
            }),
        );
        let touch = card(
            "Survey after the meal",
            CardBody::Touchpoint(Touchpoint {
                emotion: Some(Emotion { score: 9, name: String::new() }),
                persona_emotions: [(new_id(), -2)].into_iter().collect(),
                ..Touchpoint::default()
            }),
        );
        Edit::PasteCards {
            cards: vec![idea, pain, touch],
            ids: vec![new_id(), new_id(), new_id()],
            stage: stage_named(j, "Return"),
            lane: lane_of_kind(j, LaneKind::Opportunities).id,
            index: 0,
        }
    }),
    ("setDirection", |_| Edit::SetDirection { direction: DirectionChoice::Rtl }),
];
