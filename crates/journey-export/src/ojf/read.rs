//! OJF -> journey, reading what real files contain (the spec's fields and the app's), with a
//! report of what came in, how it was mapped, and what had no home. Errors name the JSON path
//! (`nodes[3].score`) or, for broken JSON, the line and column.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value};

use journey_core::graph::{Flow, FlowKind, StageGraph};
use journey_core::{
    new_id, Card, CardBody, CardKind, EmotionScale, Emotion, Id, Journey, Lane, LaneKind, Metrics, PainPoint, Persona, Stage, Touchpoint,
};

use super::*;
use crate::ImportError;

/// Sentences for the import report, gathered by kind so a file of 500 nodes gives a few lines.
#[derive(Default)]
struct Notes {
    head: Vec<String>,
    grouped: Vec<(String, usize, Vec<String>)>,
}

impl Notes {
    fn say(&mut self, s: impl Into<String>) {
        self.head.push(s.into());
    }

    /// One more case of `what`; the first three `example`s are named in the report.
    fn count(&mut self, what: &str, example: impl Into<String>) {
        let i = match self.grouped.iter().position(|(w, _, _)| w == what) {
            Some(i) => i,
            None => {
                self.grouped.push((what.to_string(), 0, Vec::new()));
                self.grouped.len() - 1
            }
        };
        let entry = &mut self.grouped[i];
        entry.1 += 1;
        let example = example.into();
        if entry.2.len() < 3 && !entry.2.contains(&example) {
            entry.2.push(example);
        }
    }

    fn into_lines(self) -> Vec<String> {
        let mut out = self.head;
        for (what, n, examples) in self.grouped {
            let more = if n > examples.len() { ", ..." } else { "" };
            out.push(format!("{what}: {n} ({}{more}).", examples.join(", ")));
        }
        out
    }
}

fn at(path: &str, message: impl std::fmt::Display) -> ImportError {
    ImportError::Invalid(format!("{path}: {message}"))
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A text member: absent or null is None; a number is taken as its digits (ids people typed).
fn text(obj: &Map<String, Value>, key: &str, path: &str) -> Result<Option<String>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(v) => {
            let at_key = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
            Err(at(&at_key, format!("expected text, found {}", kind_of(v))))
        }
    }
}

fn list<'a>(obj: &'a Map<String, Value>, key: &str, path: &str) -> Result<Option<&'a Vec<Value>>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a)),
        Some(v) => Err(at(&format!("{path}{key}"), format!("expected a list, found {}", kind_of(v)))),
    }
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, ImportError> {
    v.as_object().ok_or_else(|| at(path, format!("expected an object, found {}", kind_of(v))))
}

/// A score as files write it: a number, a number in text ("3"), or nothing (unscored, never 0).
fn score(v: Option<&Value>, path: &str, notes: &mut Notes) -> Result<Option<f64>, ImportError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => match s.trim().parse::<f64>() {
            Ok(f) if f.is_finite() => {
                notes.count("Scores written as text, read as numbers", path);
                Ok(Some(f))
            }
            _ => {
                notes.count("Scores that are not numbers, left unscored", format!("{path} \"{s}\""));
                Ok(None)
            }
        },
        Some(v) => Err(at(path, format!("a score is a number, not {}", kind_of(v)))),
    }
}

/// The journey's scale, from the scores the file holds (the spec's -5..+5 or the app's 0..10).
fn scale_of(scores: &[(String, f64)], notes: &mut Notes) -> Result<EmotionScale, ImportError> {
    let below = scores.iter().find(|(_, s)| *s < 0.0);
    let above = scores.iter().find(|(_, s)| *s > 5.0);
    for (path, s) in scores {
        if !(-5.0..=10.0).contains(s) {
            return Err(at(path, format!("the score {s} is outside both scales OJF files use (-5..+5 in the spec, 0..10 in Ptolemy's requirements)")));
        }
    }
    let (min, max) = match (below, above) {
        (Some((neg, a)), Some((pos, b))) => {
            return Err(at(pos, format!("the score {b} needs the 0..10 scale, but {neg} is {a}, which needs -5..+5: the file mixes the two scales")));
        }
        (None, Some((path, s))) => {
            notes.say(format!("Scale: 0..10 (Ptolemy's requirements), because {path} is {s}; scores are kept as written."));
            (0, 10)
        }
        (Some(_), None) => {
            notes.say("Scale: -5..+5 (the OJF spec), as the file's negative scores say; scores are kept as written.");
            (-5, 5)
        }
        (None, None) if scores.is_empty() => {
            notes.say("Scale: -5..+5 (the OJF spec); the file has no scores.");
            (-5, 5)
        }
        (None, None) => {
            notes.say("Scale: -5..+5 (the OJF spec) assumed: every score lies in 0..5, which fits both the spec's -5..+5 and the 0..10 of Ptolemy's requirements. Set the journey's scale to 0..10 if the file meant that.");
            (-5, 5)
        }
    };
    Ok(ojf_scale(min, max))
}

fn ojf_scale(min: i32, max: i32) -> EmotionScale {
    let mid = (min + max) / 2;
    let names = [(min, "Furious"), (min + (mid - min) / 2, "Frustrated"), (mid, "Neutral"), (mid + (max - mid) / 2, "Happy"), (max, "Delighted")];
    EmotionScale { min, max, names: names.iter().map(|(k, v)| (*k, v.to_string())).collect() }
}

/// A lane kind from a swimlane's name ("Customer Actions", "Emotional State", "Internal
/// Blockers"...): OJF swimlanes carry no kind.
fn guess_kind(name: &str) -> LaneKind {
    let n = name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
    if has(&["backstage", "invisible"]) {
        LaneKind::Backstage
    } else if has(&["frontstage", "onstage", "visible"]) {
        LaneKind::Frontstage
    } else if has(&["support"]) {
        LaneKind::Support
    } else if has(&["pain", "blocker", "frustrat", "problem", "issue"]) {
        LaneKind::PainPoints
    } else if has(&["opportunit", "idea", "improvement"]) {
        LaneKind::Opportunities
    } else if has(&["emotion", "feeling", "sentiment", "mood"]) {
        LaneKind::Emotions
    } else if has(&["touchpoint", "interaction"]) {
        LaneKind::Touchpoints
    } else if has(&["channel"]) {
        LaneKind::Channels
    } else if has(&["think", "thought"]) {
        LaneKind::Thoughts
    } else if has(&["action", "doing", "task", "journey", "step"]) {
        LaneKind::Actions
    } else {
        LaneKind::Custom
    }
}

/// What a `purpose` makes of a node. Ptolemy's window offers touchpoint, pain-point, gain,
/// opportunity, milestone, bottleneck, decision, observation and note; its samples also use
/// pain, action and personal-hurdle.
fn kind_of_purpose(purpose: &str) -> Option<(CardKind, bool)> {
    let p = purpose.trim().to_lowercase().replace(['_', ' '], "-");
    // (kind, whether the purpose names exactly that kind)
    Some(match p.as_str() {
        "touchpoint" | "touch-point" => (CardKind::Touchpoint, true),
        "pain-point" | "painpoint" => (CardKind::PainPoint, true),
        "pain" | "bottleneck" | "personal-hurdle" | "hurdle" | "friction" | "problem" | "issue" | "blocker" => (CardKind::PainPoint, false),
        "opportunity" => (CardKind::Opportunity, true),
        "idea" => (CardKind::Opportunity, false),
        "note" => (CardKind::Note, true),
        "observation" | "thought" | "insight" => (CardKind::Note, false),
        "quote" => (CardKind::Quote, false),
        "milestone" | "action" | "decision" | "gain" | "moment" | "interaction" | "step" => (CardKind::Touchpoint, false),
        _ => return None,
    })
}

/// Lanes of the journey being built, with the ones made for node parts found again.
struct Lanes {
    lanes: Vec<Lane>,
    ext: Vec<Lane>,
}

impl Lanes {
    fn of_kind(&mut self, kind: LaneKind, name: &str, notes: &mut Notes) -> Id {
        let wanted = |l: &Lane| l.kind == kind && (kind != LaneKind::Custom || l.name == name);
        if let Some(l) = self.lanes.iter().find(|l| wanted(l)) {
            return l.id;
        }
        let rank = self.lanes.len() as f64;
        let lane = match self.ext.iter().find(|l| wanted(l)) {
            Some(l) => Lane { rank, ..l.clone() },
            None => {
                notes.say(format!("Added the lane \"{name}\" for what the nodes hold besides their own card."));
                Lane { id: new_id(), name: name.into(), kind, rank, color: String::new() }
            }
        };
        let id = lane.id;
        self.lanes.push(lane);
        id
    }
}

pub fn from_ojf_reported(input: &str) -> Result<(Journey, Vec<String>), ImportError> {
    let root: Value = serde_json::from_str(input).map_err(|e| {
        let message = e.to_string();
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_string();
        ImportError::Syntax { line: e.line(), column: e.column(), message: format!("this is not valid OpenJourney JSON: {message}") }
    })?;
    let root = root.as_object().ok_or_else(|| ImportError::Invalid(format!("the OpenJourney document must be an object, not {}", kind_of(&root))))?;
    let ext = extension(root);
    if let Some(j) = &ext {
        let mut rest = root.clone();
        rest.remove(EXTENSION);
        // Ptolemy's export writes its header fields even when empty (`"persona": ""`); we leave
        // them out. Empty is the same as absent.
        rest.retain(|_, v| v.as_str() != Some(""));
        if rest == super::write::native(j) {
            let note = "Read exactly as Journey Studio exported it: the file's OJF fields are unchanged, so its journeyStudio member holds the whole journey.";
            return Ok((j.clone(), vec![note.to_string()]));
        }
    }
    let mut notes = Notes::default();
    if ext.is_some() {
        notes.say("The file was exported by Journey Studio and changed since (its OJF fields differ from what was exported): read from its OJF fields, with ids, lane kinds and what OJF has no field for taken from its journeyStudio member.");
    }
    let j = read_native(root, ext.as_ref(), &mut notes)?;
    Ok((j, notes.into_lines()))
}

/// The journey in the `journeyStudio` member, when there is one that reads.
fn extension(root: &Map<String, Value>) -> Option<Journey> {
    let j = root.get(EXTENSION)?.get("journey")?;
    let mut j: Journey = serde_json::from_value(j.clone()).ok()?;
    j.normalize();
    Some(j)
}

fn uuid_of(key: &str) -> Option<Id> {
    key.parse().ok()
}

fn read_native(root: &Map<String, Value>, ext: Option<&Journey>, notes: &mut Notes) -> Result<Journey, ImportError> {
    let empty = Map::new();
    let meta = match root.get("metadata") {
        None | Some(Value::Null) => &empty,
        Some(v) => object(v, "metadata")?,
    };
    let either = |key: &str, meta_key: &str| -> Result<Option<String>, ImportError> {
        Ok(text(root, key, "")?.filter(|s| !s.trim().is_empty()).or(text(meta, meta_key, "metadata")?.filter(|s| !s.trim().is_empty())))
    };
    let name = match either("title", "title")? {
        Some(t) => t.trim().to_string(),
        None => {
            notes.say("The file has no title (neither a root title nor metadata.title): the journey is called \"Imported journey\".");
            "Imported journey".to_string()
        }
    };
    let pov = either("pointOfView", "pov")?.or(text(meta, "pointOfView", "metadata")?);
    let description = either("description", "description")?;
    let persona = either("persona", "persona")?;
    let goal = match (pov, description) {
        (Some(p), Some(d)) if p != d => format!("{p}\n\n{d}"),
        (Some(p), _) => p,
        (None, Some(d)) => d,
        (None, None) => String::new(),
    };
    let missing = |key: &str| at(key, "missing: an OpenJourney file lists its stages and swimlanes (Ptolemy refuses a file without them too)");
    let stages = list(root, "stages", "")?.ok_or_else(|| missing("stages"))?;
    let swimlanes = list(root, "swimlanes", "")?.ok_or_else(|| missing("swimlanes"))?;
    let empty_nodes = Vec::new();
    let nodes = list(root, "nodes", "")?.unwrap_or(&empty_nodes);

    // The scale first: every score is read against it.
    let mut scores = Vec::new();
    for (i, s) in stages.iter().enumerate() {
        let path = format!("stages[{i}]");
        if let Some(v) = score(object(s, &path)?.get("overrideEmotion"), &format!("{path}.overrideEmotion"), notes)? {
            scores.push((format!("{path}.overrideEmotion"), v));
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        let path = format!("nodes[{i}]");
        if let Some(v) = score(object(n, &path)?.get("score"), &format!("{path}.score"), notes)? {
            scores.push((format!("{path}.score"), v));
        }
    }
    // What Journey Studio exported is on -5..+5 whatever its own scale: map back to it.
    let (scale, exported_on) = match ext {
        Some(e) => {
            for (path, s) in &scores {
                if !(-5.0..=5.0).contains(s) {
                    return Err(at(path, format!("the score {s} is outside -5..+5, the scale Journey Studio wrote this file's scores on")));
                }
            }
            (e.scale.clone(), Some((e.scale.min, e.scale.max)))
        }
        None => (scale_of(&scores, notes)?, None),
    };
    let to_scale = |s: f64| -> i32 {
        let s = s.round() as i32;
        match exported_on {
            Some((min, max)) => from_ojf_score(s, min, max),
            None => s,
        }
    };
    for (path, s) in &scores {
        if s.fract() != 0.0 {
            notes.count("Scores with a fraction, rounded to the scale's whole steps", format!("{path} {s}"));
        }
    }

    // Stages, in the file's order.
    let ext_stage = |id: &str| ext.and_then(|e| uuid_of(id).and_then(|u| e.graph.stage(u)).cloned());
    let mut graph = StageGraph::default();
    let mut stage_keys: HashMap<String, Id> = HashMap::new();
    let mut order = Vec::new();
    let mut overrides = Vec::new();
    for (i, s) in stages.iter().enumerate() {
        let path = format!("stages[{i}]");
        let obj = object(s, &path)?;
        let key = text(obj, "id", &path)?;
        let name = match text(obj, "name", &path)?.filter(|n| !n.trim().is_empty()) {
            Some(n) => n.trim().to_string(),
            None => {
                notes.count("Stages without a name, named by their place", &path);
                format!("Stage {}", i + 1)
            }
        };
        let base = key.as_deref().and_then(ext_stage);
        let id = base.as_ref().map(|b| b.id).filter(|id| !graph.contains_stage(*id)).unwrap_or_else(new_id);
        let stage = Stage {
            id,
            name,
            rank: i as f64,
            ..base.unwrap_or(Stage { id, name: String::new(), description: String::new(), phase: None, experience: None, metrics: Metrics::default(), rank: 0.0 })
        };
        graph.add_stage(stage).map_err(|e| at(&path, e))?;
        match key {
            Some(k) if stage_keys.contains_key(&k) => notes.count("Stages sharing an id with an earlier one (nodes with that id go to the first)", format!("{path} \"{k}\"")),
            Some(k) => {
                stage_keys.insert(k, id);
            }
            None => notes.count("Stages without an id (no node can be in them)", &path),
        }
        if let Some(s) = score(obj.get("overrideEmotion"), &format!("{path}.overrideEmotion"), notes)? {
            overrides.push((id, to_scale(s)));
        }
        order.push(id);
    }
    // Flows: the exported ones while the file has the same stages, else a line in file order.
    let ext_flows: Option<Vec<Flow>> = ext.and_then(|e| {
        let same: HashSet<Id> = e.graph.stages().map(|s| s.id).collect();
        (same == order.iter().copied().collect::<HashSet<_>>()).then(|| e.graph.flows().cloned().collect())
    });
    let mut linked = false;
    if let Some(flows) = ext_flows {
        let mut g = graph.clone();
        if flows.into_iter().try_for_each(|f| g.add_flow(f)).is_ok() {
            graph = g;
            linked = true;
        }
    }
    if !linked {
        for w in order.windows(2) {
            let flow = Flow { id: new_id(), from: w[0], to: w[1], kind: FlowKind::Next, label: String::new() };
            graph.add_flow(flow).expect("a line of new stages has no cycle");
        }
    }

    // Swimlanes, in the file's order.
    let mut lanes = Lanes { lanes: Vec::new(), ext: ext.map(|e| e.lanes.clone()).unwrap_or_default() };
    let mut lane_keys: HashMap<String, Id> = HashMap::new();
    let mut guessed = Vec::new();
    for (i, l) in swimlanes.iter().enumerate() {
        let path = format!("swimlanes[{i}]");
        let obj = object(l, &path)?;
        let key = text(obj, "id", &path)?;
        let name = match text(obj, "name", &path)?.filter(|n| !n.trim().is_empty()) {
            Some(n) => n.trim().to_string(),
            None => {
                notes.count("Swimlanes without a name, named by their place", &path);
                format!("Lane {}", i + 1)
            }
        };
        let base = key.as_deref().and_then(uuid_of).and_then(|u| lanes.ext.iter().find(|l| l.id == u).cloned());
        let lane = match base {
            Some(b) if !lanes.lanes.iter().any(|l| l.id == b.id) => Lane { name, rank: i as f64, ..b },
            _ => {
                let kind = guess_kind(&name);
                guessed.push(format!("\"{name}\" as {}", kind.label()));
                Lane { id: new_id(), name, kind, rank: i as f64, color: String::new() }
            }
        };
        match key {
            Some(k) if lane_keys.contains_key(&k) => notes.count("Swimlanes sharing an id with an earlier one (nodes with that id go to the first)", format!("{path} \"{k}\"")),
            Some(k) => {
                lane_keys.insert(k, lane.id);
            }
            None => notes.count("Swimlanes without an id (no node can be in them)", &path),
        }
        lanes.lanes.push(lane);
    }
    if !guessed.is_empty() {
        notes.say(format!("Lane kinds guessed from the swimlanes' names (OJF swimlanes have none): {}.", guessed.join(", ")));
    }

    // Nodes.
    let ext_cards: BTreeMap<Id, &Card> = ext.map(|e| e.cards.iter().map(|(k, v)| (*k, v)).collect()).unwrap_or_default();
    // The exported cards that were parts of a node (blueprint items, scored pains, stage
    // emotions) are found again by stage and text: they have no node id of their own. Indexed,
    // so a file of many nodes is not read in quadratic time.
    let mut ext_by_text: HashMap<(Id, &str), &Card> = HashMap::new();
    for c in ext_cards.values() {
        ext_by_text.entry((c.stage, c.text.as_str())).or_insert(c);
    }
    let mut cards: Vec<Card> = Vec::new();
    let mut used: HashSet<Id> = HashSet::new();
    let mut in_cell: HashMap<(Id, Id), usize> = HashMap::new();
    let mut add = |cards: &mut Vec<Card>, id: Option<Id>, stage: Id, lane: Id, text: String, body: CardBody, from: Option<&Card>| {
        let id = id.filter(|id| used.insert(*id)).unwrap_or_else(|| {
            let id = new_id();
            used.insert(id);
            id
        });
        let n = in_cell.entry((stage, lane)).or_default();
        *n += 1;
        let workshop = from.map(|c| c.workshop.clone()).unwrap_or_default();
        cards.push(Card { id, stage, lane, rank: (*n - 1) as f64, text, body, workshop });
    };
    for (i, n) in nodes.iter().enumerate() {
        let path = format!("nodes[{i}]");
        let obj = object(n, &path)?;
        let title = text(obj, "title", &path)?.unwrap_or_default();
        let label = if title.is_empty() { path.clone() } else { format!("{path} \"{}\"", excerpt(&title)) };
        let Some(stage) = text(obj, "stageId", &path)?.and_then(|k| stage_keys.get(&k).copied()) else {
            notes.count("Nodes left out: their stageId names no stage of the file (Ptolemy does not show them either)", label);
            continue;
        };
        let Some(lane) = text(obj, "swimlaneId", &path)?.and_then(|k| lane_keys.get(&k).copied()) else {
            notes.count("Nodes left out: their swimlaneId names no swimlane of the file (Ptolemy does not show them either)", label);
            continue;
        };
        let description = text(obj, "description", &path)?.unwrap_or_default();
        let mut body_text = if description.is_empty() { title.clone() } else { format!("{title}\n{description}") };
        if let Some(tags) = list(obj, "tags", &format!("{path}."))? {
            let mut words = Vec::new();
            for (k, t) in tags.iter().enumerate() {
                match t {
                    Value::String(s) if !s.trim().is_empty() => words.push(s.trim().to_string()),
                    Value::String(_) => {}
                    Value::Number(n) => words.push(n.to_string()),
                    v => return Err(at(&format!("{path}.tags[{k}]"), format!("a tag is text, not {}", kind_of(v)))),
                }
            }
            if !words.is_empty() {
                notes.count("Nodes' tags kept as a last line \"Tags: ...\" of the card (cards have no tag field)", &label);
                body_text = format!("{body_text}\n{TAGS}{}", words.join(", "));
            }
        }
        let node_score = score(obj.get("score"), &format!("{path}.score"), notes)?.map(to_scale);
        let sentiment = text(obj, "sentiment", &path)?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let moment = match obj.get("isMomentOfTruth") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("true"),
            Some(v) => return Err(at(&format!("{path}.isMomentOfTruth"), format!("expected true or false, found {}", kind_of(v)))),
        };
        let severity_word_given = text(obj, "severity", &path)?.filter(|s| !s.trim().is_empty());
        let severity = match &severity_word_given {
            Some(w) => match severity_of_word(w) {
                Some(s) => Some(s),
                None => {
                    notes.count("Severities other than low, medium or high, read as medium", format!("{label}: \"{w}\""));
                    Some(3)
                }
            },
            None => None,
        };
        let lane_kind = lanes.lanes.iter().find(|l| l.id == lane).map(|l| l.kind).unwrap_or(LaneKind::Custom);
        let purpose = text(obj, "purpose", &path)?.filter(|p| !p.trim().is_empty());
        let kind = match purpose.as_deref() {
            Some(p) => match kind_of_purpose(p) {
                Some((k, exact)) => {
                    if !exact {
                        notes.count(&format!("Purpose \"{}\" read as {}", p.trim(), kind_label(k)), &label);
                    }
                    k
                }
                None => {
                    let k = CardBody::for_lane(lane_kind, &scale).kind();
                    notes.count(&format!("Purpose \"{}\" unknown, read as its lane's kind ({})", p.trim(), kind_label(k)), &label);
                    k
                }
            },
            None => CardBody::for_lane(lane_kind, &scale).kind(),
        };
        let base = text(obj, "id", &path)?.and_then(|k| uuid_of(&k)).and_then(|u| ext_cards.get(&u).copied());
        // A scored node is a point of the emotion curve (Ptolemy draws every scored node), so it
        // is a touchpoint; its pain or opportunity becomes a card of its own, tied back to it.
        let scored = node_score.is_some();
        let main_kind = if scored { CardKind::Touchpoint } else { kind };
        let mut body = match base.filter(|b| b.body.kind() == main_kind) {
            Some(b) => b.body.clone(),
            None => match main_kind {
                CardKind::Touchpoint => CardBody::Touchpoint(Touchpoint::default()),
                k => CardBody::of_kind(k),
            },
        };
        match &mut body {
            CardBody::Touchpoint(t) => {
                t.emotion = node_score.map(|score| Emotion { score, name: sentiment.clone().unwrap_or_default() });
                t.moment_of_truth = moment;
                if sentiment.is_some() && !scored {
                    notes.count("Sentiments of nodes without a score had no home (a named emotion needs a score)", &label);
                }
            }
            CardBody::PainPoint(p) => {
                if let Some(s) = severity {
                    // Keep the exported 1-5 while it still says the same word.
                    if severity_word(p.severity) != severity_word(s) {
                        p.severity = s;
                    }
                }
            }
            _ => {}
        }
        if !matches!(body, CardBody::Touchpoint(_)) {
            if sentiment.is_some() {
                notes.count("Sentiments of nodes without a score had no home (a named emotion needs a score)", &label);
            }
            if moment {
                notes.count("Moments of truth on nodes that are not touchpoints had no home", &label);
            }
        }
        if severity_word_given.is_some() && !matches!(kind, CardKind::PainPoint) {
            notes.count("Severities of nodes that are not pain points had no home (only pain points carry one)", &label);
        }
        for key in ["icon", "iconColor"] {
            if let Some(v) = text(obj, key, &path)?.filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("#ffffff")) {
                notes.count(&format!("Node {key}s had no home (cards have no {})", if key == "icon" { "icon" } else { "colour of their own" }), format!("{label}: {v}"));
            }
        }
        let id = base.map(|b| b.id);
        add(&mut cards, id, stage, lane, body_text.clone(), body, base);
        let node_title = title_and_description(&body_text).0.to_string();
        let from_line = format!("{FROM}{node_title}");
        let ext_part = |stage: Id, text: &str| ext_by_text.get(&(stage, text)).copied();
        if scored && matches!(kind, CardKind::PainPoint | CardKind::Opportunity) {
            let (lane_kind, lane_name) = if kind == CardKind::PainPoint { (LaneKind::PainPoints, "Pain points") } else { (LaneKind::Opportunities, "Opportunities") };
            let part_lane = lanes.of_kind(lane_kind, lane_name, notes);
            let text = format!("{node_title}\n{from_line}");
            let old = ext_part(stage, &text).filter(|c| c.body.kind() == kind);
            let mut body = old.map(|c| c.body.clone()).unwrap_or_else(|| CardBody::of_kind(kind));
            if let (CardBody::PainPoint(p), Some(s)) = (&mut body, severity) {
                if severity_word(p.severity) != severity_word(s) {
                    *p = PainPoint { severity: s, ..p.clone() };
                }
            }
            notes.count(&format!("Scored {} nodes made a touchpoint (the score) and a {} card tied to it", kind_label(kind), kind_label(kind)), &label);
            add(&mut cards, old.map(|c| c.id), stage, part_lane, text, body, old);
        }
        if let Some(bp) = obj.get("blueprint").filter(|v| !v.is_null()) {
            let bp = object(bp, &format!("{path}.blueprint"))?;
            for (part, lane_kind, lane_name, fields) in [
                ("evidence", LaneKind::Custom, EVIDENCE_LANE, ("item", "type")),
                ("onstage", LaneKind::Frontstage, "Frontstage", ("actor", "action")),
                ("backstage", LaneKind::Backstage, "Backstage", ("actor", "action")),
                ("support", LaneKind::Support, "Support", ("system", "description")),
            ] {
                let Some(items) = list(bp, part, &format!("{path}.blueprint."))? else { continue };
                for (k, item) in items.iter().enumerate() {
                    let ipath = format!("{path}.blueprint.{part}[{k}]");
                    let item_text = match item {
                        Value::String(s) => s.trim().to_string(),
                        Value::Object(o) => {
                            let a = text(o, fields.0, &ipath)?.unwrap_or_default();
                            let b = text(o, fields.1, &ipath)?.unwrap_or_default();
                            match (part, a.trim().is_empty(), b.trim().is_empty()) {
                                (_, true, true) => String::new(),
                                ("evidence", _, true) => a,
                                ("evidence", _, false) => format!("{a} ({b})"),
                                (_, true, false) => b,
                                (_, false, true) => format!("{a}: "),
                                _ => format!("{a}: {b}"),
                            }
                        }
                        v => return Err(at(&ipath, format!("a blueprint item is an object or text, not {}", kind_of(v)))),
                    };
                    if item_text.is_empty() {
                        continue;
                    }
                    let part_lane = lanes.of_kind(lane_kind, lane_name, notes);
                    let text = format!("{item_text}\n{from_line}");
                    let old = ext_part(stage, &text);
                    let body = old.map(|c| c.body.clone()).unwrap_or(CardBody::Note);
                    notes.count(&format!("Blueprint {part} items made cards in the {lane_name} lane, tied to their node"), &label);
                    add(&mut cards, old.map(|c| c.id), stage, part_lane, text, body, old);
                }
            }
        }
    }
    if !overrides.is_empty() {
        let lane = lanes.of_kind(LaneKind::Emotions, "Emotion curve", notes);
        for (stage, score) in overrides {
            let text = STAGE_EMOTION.to_string();
            let old = ext_by_text.get(&(stage, text.as_str())).copied();
            let body = CardBody::Touchpoint(Touchpoint { emotion: Some(Emotion { score, name: String::new() }), ..Touchpoint::default() });
            notes.count(&format!("Stages' overrideEmotion made a touchpoint \"{STAGE_EMOTION}\" on the emotion lane"), graph.stage_name(stage));
            add(&mut cards, old.map(|c| c.id), stage, lane, text, body, old);
        }
    }

    let personas = personas(persona, ext, notes);
    let mut j = Journey::new(name, graph, lanes.lanes);
    if let Some(e) = ext {
        j.id = e.id;
        j.metrics = e.metrics.clone();
    }
    j.goal = goal;
    j.personas = personas;
    j.scale = scale;
    let made = cards.len();
    j.cards = cards.into_iter().map(|c| (c.id, c)).collect();
    j.normalize();
    notes.head.insert(
        0,
        format!(
            "Read as OpenJourney: {} stages, {} swimlanes and {} nodes made {} lanes and {made} cards.",
            j.graph.stage_count(),
            swimlanes.len(),
            nodes.len(),
            j.lanes.len()
        ),
    );
    Ok(j)
}

fn personas(persona: Option<String>, ext: Option<&Journey>, notes: &mut Notes) -> Vec<Persona> {
    let mut out: Vec<Persona> = ext.map(|e| e.personas.clone()).unwrap_or_default();
    let Some(name) = persona.map(|p| p.trim().to_string()) else { return out };
    if out.iter().any(|p| p.name == name) {
        return out;
    }
    if out.is_empty() {
        notes.say(format!("The persona \"{}\" became the journey's persona (OJF names it only).", excerpt(&name)));
    }
    let fresh = Persona {
        id: new_id(),
        name,
        role: String::new(),
        goals: vec![],
        needs: vec![],
        frustrations: vec![],
        quote: String::new(),
        value_type: None,
        color: String::new(),
    };
    match out.first_mut() {
        // Renamed elsewhere: the exported first persona, under its new name.
        Some(first) => first.name = fresh.name,
        None => out.push(fresh),
    }
    out
}

fn kind_label(k: CardKind) -> &'static str {
    match k {
        CardKind::Touchpoint => "touchpoint",
        CardKind::PainPoint => "pain point",
        CardKind::Opportunity => "opportunity",
        CardKind::Note => "note",
        CardKind::Quote => "quote",
    }
}

fn excerpt(s: &str) -> String {
    let first = s.lines().next().unwrap_or("");
    if first.chars().count() > 40 {
        format!("{}...", first.chars().take(40).collect::<String>())
    } else {
        first.to_string()
    }
}
