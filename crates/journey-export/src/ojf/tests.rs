use serde_json::Value;

use journey_core::sample::sample_journeys;
use journey_core::templates::templates;
use journey_core::{CardBody, Journey, LaneKind};

use crate::{import_reported, ImportError, ImportFormat};

use super::*;

fn every_bundled_journey() -> Vec<Journey> {
    let mut all: Vec<Journey> = templates().into_iter().map(|t| t.journey).collect();
    all.extend(sample_journeys());
    all
}

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ojf").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(text: &str) -> (Journey, Vec<String>) {
    let (mut js, notes) = import_reported(text, ImportFormat::Ojf).unwrap_or_else(|e| panic!("refused: {e}"));
    assert_eq!(js.len(), 1);
    (js.remove(0), notes.iter().map(ToString::to_string).collect())
}

fn strip_extension(text: &str) -> String {
    let mut doc: Value = serde_json::from_str(text).unwrap();
    doc.as_object_mut().unwrap().remove(EXTENSION);
    doc.to_string()
}

/// (stage name, lane name, card text) of every card, in grid order.
fn cells(j: &Journey) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for s in j.graph.ordered_stages() {
        for l in j.lanes_in_order() {
            for c in j.cards_in_cell(s.id, l.id) {
                out.push((s.name.clone(), l.name.clone(), c.text.clone()));
            }
        }
    }
    out
}

fn card_with<'a>(j: &'a Journey, text: &str) -> &'a journey_core::Card {
    j.cards.values().find(|c| c.text.starts_with(text)).unwrap_or_else(|| panic!("no card \"{text}\" in {:#?}", cells(j)))
}

#[test]
fn every_template_and_sample_reads_back_into_the_same_journey() {
    for j in every_bundled_journey() {
        let (back, notes) = read(&to_ojf(&j));
        let mut expected = j.clone();
        expected.normalize();
        assert_eq!(back, expected, "{} did not come back as it was", j.name);
        assert!(notes[0].starts_with("Read exactly"), "{}: {notes:?}", j.name);
    }
}

/// The rules Ptolemy's importer and window hold a file to (pb_public/js/dashboard.js:
/// `importJourney` wants `stages` and `swimlanes`; nodes are found by `stageId`/`swimlaneId`
/// and by `id`; the score input is -5..+5; severity and purpose are chosen from lists).
fn assert_ptolemy_accepts(text: &str, what: &str) {
    let doc: Value = serde_json::from_str(text).unwrap();
    let stages = doc["stages"].as_array().unwrap_or_else(|| panic!("{what}: no stages list"));
    let lanes = doc["swimlanes"].as_array().unwrap_or_else(|| panic!("{what}: no swimlanes list"));
    assert!(doc["title"].is_string() && doc["version"] == "1.0", "{what}");
    let ids = |list: &Vec<Value>| list.iter().map(|v| v["id"].as_str().unwrap().to_string()).collect::<std::collections::HashSet<_>>();
    let (stage_ids, lane_ids) = (ids(stages), ids(lanes));
    assert_eq!(stage_ids.len(), stages.len(), "{what}: stage ids repeat");
    for s in stages {
        assert!(s["name"].as_str().is_some_and(|n| !n.is_empty()), "{what}: {s}");
        if let Some(o) = s.get("overrideEmotion") {
            assert!(o.as_i64().is_some_and(|o| (-5..=5).contains(&o)), "{what}: {s}");
        }
    }
    let mut node_ids = std::collections::HashSet::new();
    let purposes = ["touchpoint", "pain-point", "gain", "opportunity", "milestone", "bottleneck", "decision", "observation", "note"];
    for n in doc["nodes"].as_array().unwrap() {
        assert!(node_ids.insert(n["id"].as_str().unwrap().to_string()), "{what}: node id repeats: {n}");
        assert!(stage_ids.contains(n["stageId"].as_str().unwrap()) && lane_ids.contains(n["swimlaneId"].as_str().unwrap()), "{what}: {n}");
        assert!(n["title"].is_string(), "{what}: {n}");
        if let Some(s) = n.get("score") {
            assert!(s.as_i64().is_some_and(|s| (-5..=5).contains(&s)), "{what}: score off Ptolemy's -5..+5: {n}");
        }
        if let Some(s) = n.get("severity") {
            assert!(["low", "medium", "high"].contains(&s.as_str().unwrap()), "{what}: {n}");
        }
        assert!(purposes.contains(&n["purpose"].as_str().unwrap()), "{what}: {n}");
        if let Some(b) = n.get("blueprint") {
            for part in ["evidence", "onstage", "backstage", "support"] {
                assert!(b[part].is_array(), "{what}: {n}");
            }
        }
    }
}

#[test]
fn a_file_ptolemy_saved_again_unchanged_still_reads_back_exactly() {
    // exportToOJF: `{...ojf, title, persona, pointOfView}` from the editor's fields, empty ones too.
    let mut j = sample_journeys().remove(1);
    j.personas.clear();
    j.goal.clear();
    let mut doc: Value = serde_json::from_str(&to_ojf(&j)).unwrap();
    doc["persona"] = "".into();
    doc["pointOfView"] = "".into();
    let (back, notes) = read(&doc.to_string());
    assert!(notes[0].starts_with("Read exactly"), "{notes:?}");
    j.normalize();
    assert_eq!(back, j);
}

#[test]
fn exports_keep_to_the_rules_of_ptolemys_importer() {
    for j in every_bundled_journey() {
        assert_ptolemy_accepts(&to_ojf(&j), &j.name);
    }
    for f in ["clinic-visit-blueprint.ojf", "customer-support.ojf"] {
        let (j, _) = read(&fixture(f));
        assert_ptolemy_accepts(&to_ojf(&j), f);
    }
}

#[test]
fn without_the_extension_the_ojf_fields_still_carry_the_map() {
    for j in every_bundled_journey() {
        let (back, notes) = read(&strip_extension(&to_ojf(&j)));
        let mut expected = cells(&j);
        // The stage-emotion touchpoints are stage fields in OJF and come back last in their cell.
        expected.sort();
        let mut got = cells(&back);
        got.sort();
        assert_eq!(got, expected, "{}: cards moved or changed", j.name);
        // The curve: each touchpoint's score on -5..+5, as written.
        for c in j.cards.values() {
            let Some(e) = c.emotion() else { continue };
            let b = back.cards.values().find(|b| b.text == c.text && b.stage == back.graph.ordered_stages().iter().find(|s| s.name == j.graph.stage_name(c.stage)).unwrap().id).unwrap();
            assert_eq!(b.emotion().map(|e| e.score), Some(to_ojf_score(e.score, j.scale.min, j.scale.max)), "{}: {}", j.name, c.text);
        }
        assert!(notes.iter().any(|n| n.starts_with("Lane kinds guessed")), "{}: {notes:?}", j.name);
    }
}

#[test]
fn the_export_report_names_what_ojf_has_no_field_for() {
    let j = sample_journeys().remove(0);
    let notes = export_notes(&j);
    let all = notes.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
    assert!(all.contains("branch or repeat flows"), "{all}");
    assert!(all.contains("pain points' frequency"), "{all}");
    assert!(all.contains("journeyStudio member"), "{all}");
    assert!(all.contains(&format!("{}..{}", j.scale.min, j.scale.max)), "the scale change is not said: {all}");
}

#[test]
fn a_score_edited_in_ptolemy_wins_and_the_rest_comes_from_the_extension() {
    let j = sample_journeys().remove(0);
    let text = to_ojf(&j);
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    let nodes = doc["nodes"].as_array_mut().unwrap();
    let n = nodes.iter_mut().find(|n| n.get("score").is_some()).unwrap();
    let id: journey_core::Id = n["id"].as_str().unwrap().parse().unwrap();
    // As Ptolemy's node form saves it: every field written again, the score changed.
    n["score"] = serde_json::json!(-5);
    n["iconColor"] = serde_json::json!("#ffffff");
    let (back, notes) = read(&doc.to_string());
    assert!(notes[1].contains("changed since"), "{notes:?}");
    let card = &back.cards[&id];
    assert_eq!(card.emotion().unwrap().score, j.scale.min, "the edited score did not win");
    let (CardBody::Touchpoint(old), CardBody::Touchpoint(new)) = (&j.cards[&id].body, &card.body) else { panic!("kind changed") };
    assert_eq!(new.channel, old.channel, "the channel kept in the extension was lost");
    assert_eq!(back.lanes.len(), j.lanes.len());
    assert_eq!(back.id, j.id);
    let pains_before = j.cards.values().filter(|c| matches!(c.body, CardBody::PainPoint(_))).count();
    assert_eq!(back.cards.values().filter(|c| matches!(c.body, CardBody::PainPoint(_))).count(), pains_before);
}

#[test]
fn a_blueprint_becomes_cards_in_service_blueprint_lanes_and_exports_as_it_was() {
    let text = fixture("clinic-visit-blueprint.ojf");
    let (j, notes) = read(&text);
    assert_eq!(j.name, "Patient Clinic Visit", "metadata.title");
    assert_eq!(j.personas[0].name, "Returning Patient", "metadata.persona");
    assert_eq!(j.goal, "Annual check-up at a GP clinic", "metadata.pov");
    let lane = |kind: LaneKind| j.lanes.iter().find(|l| l.kind == kind).unwrap_or_else(|| panic!("no {kind:?} lane"));
    let support = lane(LaneKind::Support);
    let consult = j.graph.ordered_stages().iter().find(|s| s.name == "Consultation").unwrap().id;
    let texts: Vec<&str> = j.cards_in_cell(consult, support.id).iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Decision Support: Checks for drug interactions\nFrom: Doctor Consultation", "LIS (Lab Info): Registers new lab order\nFrom: Doctor Consultation"]);
    let evidence = j.lanes.iter().find(|l| l.name == EVIDENCE_LANE).unwrap();
    assert_eq!(j.cards_in_cell(consult, evidence.id)[0].text, "Prescription Paper (Physical)\nFrom: Doctor Consultation");
    assert!(lane(LaneKind::Frontstage).rank < lane(LaneKind::Backstage).rank, "the line of visibility is upside down");
    assert!(notes.iter().any(|n| n.starts_with("Blueprint support items made cards")), "{notes:?}");
    // Exported again, each node carries its blueprint as Ptolemy wrote it.
    let again: Value = serde_json::from_str(&to_ojf(&j)).unwrap();
    let original: Value = serde_json::from_str(&text).unwrap();
    for (a, b) in again["nodes"].as_array().unwrap().iter().zip(original["nodes"].as_array().unwrap()) {
        assert_eq!(a["title"], b["title"]);
        assert_eq!(a["blueprint"], b["blueprint"], "{}", b["title"]);
        assert_eq!(a["score"], b["score"]);
        assert_eq!(a["sentiment"], b["sentiment"]);
    }
    assert_eq!(again["nodes"].as_array().unwrap().len(), 3, "blueprint cards became nodes of their own");
}

#[test]
fn ptolemys_samples_read_with_their_scale_purposes_and_tags() {
    let (j, notes) = read(&fixture("b2b-software-purchase.ojf"));
    assert_eq!(j.name, "Imported journey", "the file has no title");
    assert_eq!((j.scale.min, j.scale.max), (-5, 5));
    assert!(notes.iter().any(|n| n.starts_with("Scale: -5..+5 (the OJF spec), as the file's negative")), "{notes:?}");
    assert_eq!(j.personas[0].name, "IT Director");
    assert!(notes.iter().any(|n| n.starts_with("Purpose \"action\" read as touchpoint")), "{notes:?}");
    let search = card_with(&j, "Search for Solutions");
    assert!(search.text.ends_with("\nTags: research"), "{:?}", search.text);
    assert_eq!(search.emotion().map(|e| (e.score, e.name.as_str())), Some((0, "neutral")), "a score of 0 is a score");
    // A scored pain: the touchpoint holds the score, a pain point card the severity.
    let ret = read(&fixture("ecommerce-return.ojf")).0;
    let pains: Vec<_> = ret.cards.values().filter_map(|c| match &c.body { CardBody::PainPoint(p) => Some((c, p)), _ => None }).collect();
    assert!(!pains.is_empty());
    for (c, _) in &pains {
        let (_, from) = split_last_line(&c.text, FROM);
        let owner = ret.cards.values().find(|o| o.stage == c.stage && o.text.starts_with(from.unwrap())).unwrap();
        assert!(owner.emotion().is_some(), "{}", c.text);
    }
    assert!(pains.iter().any(|(_, p)| p.severity == 5), "severity high");
}

#[test]
fn nodes_without_ids_or_scores_come_in_unscored_not_zero() {
    let (j, _) = read(&fixture("event-booking.ojf"));
    assert!(card_with(&j, "Conference Website").emotion().is_none());
    let (j, _) = read(r#"{"stages": [{"id": "a", "name": "A"}], "swimlanes": [{"id": "b", "name": "Touchpoints"}],
        "nodes": [{"stageId": "a", "swimlaneId": "b", "title": "Call", "purpose": "touchpoint", "score": null}, {"stageId": "a", "swimlaneId": "b", "title": "Mail", "score": ""}]}"#);
    for t in ["Call", "Mail"] {
        assert!(matches!(&card_with(&j, t).body, CardBody::Touchpoint(t) if t.emotion.is_none()), "{t} was scored");
    }
    let (j, _) = read(&fixture("customer-support.ojf"));
    assert_eq!(j.cards.len(), 8 + j.cards.values().filter(|c| c.text.contains("\nFrom: ")).count());
    let again: Value = serde_json::from_str(&to_ojf(&j)).unwrap();
    assert_eq!(again["nodes"].as_array().unwrap().len(), 8);
}

const SMALL: &str = r#"{"title": "T", "stages": [{"id": "a", "name": "A", "overrideEmotion": 9}, {"id": "b", "name": "B"}],
  "swimlanes": [{"id": "l", "name": "Feelings"}],
  "nodes": [{"stageId": "a", "swimlaneId": "l", "title": "Happy", "score": 8, "sentiment": "delighted", "isMomentOfTruth": true},
            {"stageId": "b", "swimlaneId": "l", "title": "Meh", "score": 2, "severity": "high", "icon": "mood_bad"},
            {"stageId": "zz", "swimlaneId": "l", "title": "Lost"}]}"#;

#[test]
fn a_zero_to_ten_file_keeps_its_scale_and_the_report_says_why() {
    let (j, notes) = read(SMALL);
    assert_eq!((j.scale.min, j.scale.max), (0, 10));
    assert!(notes.iter().any(|n| n.starts_with("Scale: 0..10") && n.contains("stages[0].overrideEmotion is 9")), "{notes:?}");
    let happy = card_with(&j, "Happy");
    let CardBody::Touchpoint(t) = &happy.body else { panic!() };
    assert_eq!(t.emotion.as_ref().map(|e| (e.score, e.name.as_str())), Some((8, "delighted")));
    assert!(t.moment_of_truth);
    let set = card_with(&j, STAGE_EMOTION);
    assert_eq!(set.emotion().unwrap().score, 9);
    assert_eq!(j.lane(set.lane).unwrap().kind, LaneKind::Emotions);
    let all = notes.join("\n");
    assert!(all.contains("Nodes left out: their stageId names no stage") && all.contains("nodes[2] \"Lost\""), "{all}");
    assert!(all.contains("Node icons had no home") && all.contains("mood_bad"), "{all}");
    assert!(all.contains("Severities of nodes that are not pain points had no home (only pain points carry one): 1 (nodes[1] \"Meh\")"), "{all}");
    // Exported, the 0..10 scores go on OJF's -5..+5 and the stage emotion is a stage field again.
    let out: Value = serde_json::from_str(&to_ojf(&j)).unwrap();
    assert_eq!(out["stages"][0]["overrideEmotion"], 4);
    assert_eq!(out["nodes"][0]["score"], 3);
    assert_eq!(out["nodes"].as_array().unwrap().len(), 2);
}

#[test]
fn scores_that_fit_both_scales_are_read_on_the_specs_and_the_report_says_so() {
    let (j, notes) = read(&SMALL.replace("\"overrideEmotion\": 9", "\"overrideEmotion\": 1").replace("\"score\": 8", "\"score\": 4"));
    assert_eq!((j.scale.min, j.scale.max), (-5, 5));
    assert!(notes.iter().any(|n| n.contains("assumed: every score lies in 0..5")), "{notes:?}");
}

fn refusal(text: &str) -> String {
    match import_reported(text, ImportFormat::Ojf) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("accepted: {text}"),
    }
}

#[test]
fn malformed_files_are_refused_naming_the_place() {
    let e = import_reported("{\n  \"stages\": [\n    {\"id\": \"a\",}\n  ]\n}", ImportFormat::Ojf).unwrap_err();
    assert!(matches!(e, ImportError::Syntax { line: 3, .. }), "{e:?}");
    assert_eq!(refusal(r#"{"swimlanes": []}"#), "stages: missing: an OpenJourney file lists its stages and swimlanes (Ptolemy refuses a file without them too)");
    assert_eq!(refusal("[]"), "the OpenJourney document must be an object, not a list");
    assert_eq!(refusal(r#"{"title": 5.5e3, "pointOfView": {}, "stages": [], "swimlanes": []}"#), "pointOfView: expected text, found an object");
    assert_eq!(refusal(r#"{"metadata": {"title": []}, "stages": [], "swimlanes": []}"#), "metadata.title: expected text, found a list");
    assert!(refusal(&SMALL.replace("\"score\": 2", "\"score\": true")).starts_with("nodes[1].score: a score is a number"));
    assert!(refusal(&SMALL.replace("\"score\": 2", "\"score\": 12")).starts_with("nodes[1].score: the score 12 is outside both scales"));
    assert!(refusal(&SMALL.replace("\"score\": 2", "\"score\": -2")).starts_with("stages[0].overrideEmotion: the score 9 needs the 0..10 scale, but nodes[1].score is -2"));
    assert!(refusal(&SMALL.replace("\"title\": \"Meh\"", "\"title\": [\"Meh\"]")).starts_with("nodes[1].title: expected text, found a list"));
    assert!(refusal(&SMALL.replace("\"icon\": \"mood_bad\"", "\"tags\": [{}]")).starts_with("nodes[1].tags[0]: a tag is text"));
    let blueprint = r#"{"stages": [{"id": "a", "name": "A"}], "swimlanes": [{"id": "b", "name": "B"}], "nodes": [{"stageId": "a", "swimlaneId": "b", "blueprint": {"onstage": [3]}}]}"#;
    assert!(refusal(blueprint).starts_with("nodes[0].blueprint.onstage[0]: a blueprint item is an object or text, not a number"), "{}", refusal(blueprint));
}
