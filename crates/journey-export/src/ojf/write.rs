//! Journey -> OJF: the spec's shape, which Ptolemy's importer accepts (it checks for `stages`
//! and `swimlanes` arrays and gives nodes without a unique id a new one), plus the
//! `journeyStudio` member for what OJF has no field for; `export_notes` says what that is.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use journey_core::{Card, CardBody, Journey, LaneKind};

use super::*;
use crate::{said, Said};

/// The journey as an OJF document (pretty-printed JSON).
pub fn to_ojf(j: &Journey) -> String {
    let mut j = j.clone();
    j.normalize();
    let mut doc = native(&j);
    let journey = serde_json::to_value(&j).expect("journeys always serialise");
    doc.insert(EXTENSION.into(), json!({ "version": 1, "journey": journey }));
    serde_json::to_string_pretty(&Value::Object(doc)).expect("values always serialise") + "\n"
}

/// A card that is part of another card's node: a blueprint item, or the pain (or opportunity)
/// of a scored node, tied to it by its `From:` line.
struct Part<'a> {
    card: &'a Card,
    /// "evidence", "onstage", "backstage", "support", or "" for a pain or an opportunity.
    part: &'static str,
    text: &'a str,
}

/// Cards of the journey in node order (grid order of stages, then lanes, then rank), with the
/// parts each one takes in and the cards that became parts left out.
fn nodes_in_order(j: &Journey) -> Vec<(&Card, Vec<Part<'_>>)> {
    let lanes = j.lanes_in_order();
    let mut out = Vec::new();
    for stage in j.graph.ordered_stages() {
        let cards: Vec<&Card> = lanes.iter().flat_map(|l| j.cards_in_cell(stage.id, l.id)).filter(|c| !is_stage_emotion(j, c)).collect();
        // Which cards could be parts, and of which title.
        let mut wants: Vec<Option<(&'static str, &str, &str)>> = Vec::with_capacity(cards.len());
        for c in &cards {
            let lane = j.lane(c.lane).expect("validated journeys have their cards' lanes");
            let (text, from) = split_last_line(&c.text, FROM);
            let part = match (&c.body, lane.kind) {
                (_, k) if blueprint_part(k, &lane.name).is_some() => blueprint_part(k, &lane.name),
                (CardBody::PainPoint(_), LaneKind::PainPoints) | (CardBody::Opportunity(_), LaneKind::Opportunities) => Some(""),
                _ => None,
            };
            wants.push(part.zip(from).map(|(p, f)| (p, f, text)));
        }
        let titles: Vec<&str> = cards.iter().map(|c| title_and_description(split_last_line(&c.text, TAGS).0).0).collect();
        // The first card of the stage with that title that is not itself a part owns it.
        let mut first_with_title: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (k, t) in titles.iter().enumerate().rev() {
            if wants[k].is_none() {
                first_with_title.insert(t, k);
            }
        }
        let mut owner_of: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, want) in wants.iter().enumerate() {
            if let Some((_, from, _)) = want {
                if let Some(&owner) = first_with_title.get(from) {
                    owner_of.insert(i, owner);
                }
            }
        }
        let mut parts_of: BTreeMap<usize, Vec<Part>> = BTreeMap::new();
        for (&i, &o) in &owner_of {
            let (part, _, text) = wants[i].expect("owned cards want an owner");
            parts_of.entry(o).or_default().push(Part { card: cards[i], part, text });
        }
        for (k, card) in cards.iter().enumerate() {
            if owner_of.contains_key(&k) {
                continue;
            }
            let parts = parts_of.remove(&k).unwrap_or_default();
            out.push((*card, parts));
        }
    }
    out
}

/// The OJF fields of the document (everything but the extension).
pub(super) fn native(j: &Journey) -> Map<String, Value> {
    let (min, max) = (j.scale.min, j.scale.max);
    let mut doc = Map::new();
    doc.insert("version".into(), json!("1.0"));
    doc.insert("title".into(), json!(j.name));
    if !j.goal.is_empty() {
        doc.insert("description".into(), json!(j.goal));
        doc.insert("pointOfView".into(), json!(j.goal));
    }
    if let Some(p) = j.personas.first() {
        doc.insert("persona".into(), json!(p.name));
    }
    let stages: Vec<Value> = j
        .graph
        .ordered_stages()
        .iter()
        .map(|s| {
            let mut stage = json!({ "id": s.id.to_string(), "name": s.name });
            let set = j.cards.values().filter(|c| c.stage == s.id && is_stage_emotion(j, c)).min_by(|a, b| a.rank.total_cmp(&b.rank));
            if let Some(score) = set.and_then(|c| c.emotion()).map(|e| e.score) {
                stage["overrideEmotion"] = json!(to_ojf_score(score, min, max));
            }
            stage
        })
        .collect();
    doc.insert("stages".into(), Value::Array(stages));
    let lanes: Vec<Value> = j.lanes_in_order().iter().map(|l| json!({ "id": l.id.to_string(), "name": l.name })).collect();
    doc.insert("swimlanes".into(), Value::Array(lanes));
    let nodes = nodes_in_order(j).into_iter().map(|(card, parts)| node(j, card, &parts)).collect();
    doc.insert("nodes".into(), Value::Array(nodes));
    doc
}

fn node(j: &Journey, card: &Card, parts: &[Part]) -> Value {
    let (text, tags) = split_last_line(&card.text, TAGS);
    let (title, description) = title_and_description(text);
    let mut n = Map::new();
    n.insert("id".into(), json!(card.id.to_string()));
    n.insert("stageId".into(), json!(card.stage.to_string()));
    n.insert("swimlaneId".into(), json!(card.lane.to_string()));
    n.insert("title".into(), json!(title));
    if !description.is_empty() {
        n.insert("description".into(), json!(description));
    }
    let mut purpose = purpose_of(&card.body);
    match &card.body {
        CardBody::Touchpoint(t) => {
            if let Some(e) = &t.emotion {
                n.insert("score".into(), json!(to_ojf_score(e.score, j.scale.min, j.scale.max)));
                if !e.name.is_empty() {
                    n.insert("sentiment".into(), json!(e.name));
                }
            }
            if t.moment_of_truth {
                n.insert("isMomentOfTruth".into(), json!(true));
            }
        }
        CardBody::PainPoint(p) => {
            n.insert("severity".into(), json!(severity_word(p.severity)));
        }
        _ => {}
    }
    let mut blueprint: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for part in parts {
        match (part.part, &part.card.body) {
            ("", CardBody::PainPoint(p)) => {
                purpose = "pain-point";
                n.insert("severity".into(), json!(severity_word(p.severity)));
            }
            ("", _) => purpose = "opportunity",
            (name, _) => blueprint.entry(name).or_default().push(blueprint_item(name, part.text)),
        }
    }
    n.insert("purpose".into(), json!(purpose));
    if let Some(tags) = tags {
        let tags: Vec<&str> = tags.split(", ").filter(|t| !t.is_empty()).collect();
        n.insert("tags".into(), json!(tags));
    }
    if !blueprint.is_empty() {
        // All four lists, as Ptolemy's editor writes them.
        let mut b = Map::new();
        for name in ["evidence", "onstage", "backstage", "support"] {
            b.insert(name.into(), Value::Array(blueprint.remove(name).unwrap_or_default()));
        }
        n.insert("blueprint".into(), Value::Object(b));
    }
    Value::Object(n)
}

/// A blueprint item from its card's text: `item (type)` for evidence, `who: what` for the rest.
fn blueprint_item(part: &str, text: &str) -> Value {
    match part {
        "evidence" => match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
            Some((item, kind)) => json!({ "item": item, "type": kind }),
            None => json!({ "item": text, "type": "" }),
        },
        _ => {
            let (who, what) = text.split_once(": ").unwrap_or(("", text));
            if part == "support" {
                json!({ "system": who, "description": what })
            } else {
                json!({ "actor": who, "action": what })
            }
        }
    }
}

/// What the journey holds that OJF's own fields cannot: each a note for the export report.
/// All of it is kept in the file's `journeyStudio` member, which this importer reads back and
/// Ptolemy carries along without showing it.
pub fn export_notes(j: &Journey) -> Vec<Said> {
    let mut lost: Vec<Said> = Vec::new();
    let mut count = |what: &'static str, n: usize| {
        if n > 0 {
            lost.push(Said { id: what, args: vec![("count", n.into())] });
        }
    };
    count("export-ojf-lost-flows", j.graph.flows().filter(|f| f.kind != journey_core::FlowKind::Next || !f.label.is_empty()).count());
    count("export-ojf-lost-personas", j.personas.len().saturating_sub(1));
    count(
        "export-ojf-lost-persona-details",
        j.personas.iter().filter(|p| !p.role.is_empty() || !p.goals.is_empty() || !p.needs.is_empty() || !p.frustrations.is_empty() || !p.quote.is_empty() || p.value_type.is_some()).count(),
    );
    let metric = |m: &journey_core::Metrics| m.nps.is_some() || m.csat.is_some() || m.ces.is_some();
    count("export-ojf-lost-metrics", usize::from(metric(&j.metrics)));
    count("export-ojf-lost-stage-details", j.graph.stages().filter(|s| !s.description.is_empty() || s.phase.is_some() || s.experience.is_some() || metric(&s.metrics)).count());
    count("export-ojf-lost-lane-kinds", j.lanes.len());
    let (mut touch, mut pains, mut opps, mut quotes, mut workshop, mut severities) = (0, 0, 0, 0, 0, 0);
    for c in j.cards.values() {
        match &c.body {
            CardBody::Touchpoint(t) => touch += usize::from(t.channel.is_some() || t.sacrifice.is_some() || t.experience.is_some() || !t.persona_emotions.is_empty()),
            CardBody::PainPoint(p) => {
                pains += 1;
                severities += usize::from(!matches!(p.severity, 2 | 3 | 5));
            }
            CardBody::Opportunity(_) => opps += 1,
            CardBody::Quote { .. } => quotes += 1,
            CardBody::Note => {}
        }
        workshop += usize::from(!c.workshop.is_empty());
    }
    count("export-ojf-lost-touchpoint-details", touch);
    count("export-ojf-lost-pain-details", pains);
    count("export-ojf-lost-severities", severities);
    count("export-ojf-lost-opportunity-details", opps);
    count("export-ojf-lost-speakers", quotes);
    count("export-ojf-lost-workshop", workshop);
    let mut notes = Vec::new();
    if (j.scale.min, j.scale.max) != (OJF_MIN, OJF_MAX) {
        notes.push(said!("export-ojf-scale", min = j.scale.min, max = j.scale.max));
    }
    if !lost.is_empty() {
        // One note for each thing, after the one that says where they are kept: they are long,
        // and a list of them in one sentence did not read.
        notes.push(said!("export-ojf-no-field"));
        notes.extend(lost);
    }
    notes
}
