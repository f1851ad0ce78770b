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
use crate::{said, ImportError, Said};

/// Sentences for the import report, gathered by kind so a file of 500 nodes gives a few lines.
#[derive(Default)]
struct Notes {
    head: Vec<Said>,
    grouped: Vec<(Said, usize, Vec<String>)>,
}

impl Notes {
    fn say(&mut self, s: Said) {
        self.head.push(s);
    }

    /// One more case of `what`; the first three `example`s (the file's own paths and words)
    /// are named in the report.
    fn count(&mut self, what: Said, example: impl Into<String>) {
        let i = match self.grouped.iter().position(|(w, _, _)| *w == what) {
            Some(i) => i,
            None => {
                self.grouped.push((what, 0, Vec::new()));
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

    fn into_lines(self) -> Vec<Said> {
        let mut out = self.head;
        for (what, n, examples) in self.grouped {
            let more = n - examples.len();
            out.push(said!("export-import-counted", what = what, count = n, examples = examples, more = more));
        }
        out
    }
}

fn at(path: &str, message: impl Into<Said>) -> ImportError {
    ImportError::Path { path: path.to_string(), message: message.into() }
}

/// What a JSON value is, as a refusal names it ("expected text, found a number").
fn kind_of(v: &Value) -> Said {
    match v {
        Value::Null => said!("error-import-found-null"),
        Value::Bool(_) => said!("error-import-found-bool"),
        Value::Number(_) => said!("error-import-found-number"),
        Value::String(_) => said!("error-import-found-text"),
        Value::Array(_) => said!("error-import-found-list"),
        Value::Object(_) => said!("error-import-found-object"),
    }
}

fn expected(what: Said, v: &Value) -> Said {
    said!("error-import-expected", expected = what, found = kind_of(v))
}

/// A text member: absent or null is None; a number is taken as its digits (ids people typed).
fn text(obj: &Map<String, Value>, key: &str, path: &str) -> Result<Option<String>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(v) => {
            let at_key = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
            Err(at(&at_key, expected(said!("error-import-found-text"), v)))
        }
    }
}

fn list<'a>(obj: &'a Map<String, Value>, key: &str, path: &str) -> Result<Option<&'a Vec<Value>>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a)),
        Some(v) => Err(at(&format!("{path}{key}"), expected(said!("error-import-found-list"), v))),
    }
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, ImportError> {
    v.as_object().ok_or_else(|| at(path, expected(said!("error-import-found-object"), v)))
}

/// A score as files write it: a number, a number in text ("3"), or nothing (unscored, never 0).
fn score(v: Option<&Value>, path: &str, notes: &mut Notes) -> Result<Option<f64>, ImportError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => match s.trim().parse::<f64>() {
            Ok(f) if f.is_finite() => {
                notes.count(said!("export-import-ojf-score-text"), path);
                Ok(Some(f))
            }
            _ => {
                notes.count(said!("export-import-ojf-score-not-number"), format!("{path} \"{s}\""));
                Ok(None)
            }
        },
        Some(v) => Err(at(path, said!("error-import-ojf-score-kind", found = kind_of(v)))),
    }
}

/// The journey's scale, from the scores the file holds (the spec's -5..+5 or the app's 0..10).
fn scale_of(scores: &[(String, f64)], notes: &mut Notes) -> Result<EmotionScale, ImportError> {
    let below = scores.iter().find(|(_, s)| *s < 0.0);
    let above = scores.iter().find(|(_, s)| *s > 5.0);
    for (path, s) in scores {
        if !(-5.0..=10.0).contains(s) {
            return Err(at(path, said!("error-import-ojf-score-outside", score = *s)));
        }
    }
    let (min, max) = match (below, above) {
        (Some((neg, a)), Some((pos, b))) => {
            return Err(at(pos, said!("error-import-ojf-scales-mixed", score = *b, other = neg.as_str(), otherScore = *a)));
        }
        (None, Some((path, s))) => {
            notes.say(said!("export-import-ojf-scale-0-10", path = path.as_str(), score = *s));
            (0, 10)
        }
        (Some(_), None) => {
            notes.say(said!("export-import-ojf-scale-negative"));
            (-5, 5)
        }
        (None, None) if scores.is_empty() => {
            notes.say(said!("export-import-ojf-scale-no-scores"));
            (-5, 5)
        }
        (None, None) => {
            notes.say(said!("export-import-ojf-scale-assumed"));
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
                notes.say(said!("export-import-ojf-lane-added", name = name));
                Lane { id: new_id(), name: name.into(), kind, rank, color: String::new() }
            }
        };
        let id = lane.id;
        self.lanes.push(lane);
        id
    }
}

pub fn from_ojf_reported(input: &str) -> Result<(Journey, Vec<Said>), ImportError> {
    let root: Value = serde_json::from_str(input).map_err(|e| {
        let message = e.to_string();
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_string();
        ImportError::Syntax { line: e.line(), column: e.column(), message: crate::said::json_syntax(&e, message, true) }
    })?;
    let root = root.as_object().ok_or_else(|| ImportError::Invalid(said!("error-import-ojf-not-object", found = kind_of(&root))))?;
    let ext = extension(root);
    if let Some(j) = &ext {
        let mut rest = root.clone();
        rest.remove(EXTENSION);
        // Ptolemy's export writes its header fields even when empty (`"persona": ""`); we leave
        // them out. Empty is the same as absent.
        rest.retain(|_, v| v.as_str() != Some(""));
        if rest == super::write::native(j) {
            return Ok((j.clone(), vec![said!("export-import-ojf-exact")]));
        }
    }
    let mut notes = Notes::default();
    if ext.is_some() {
        notes.say(said!("export-import-ojf-changed"));
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
            notes.say(said!("export-import-ojf-no-title", name = "Imported journey"));
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
    let missing = |key: &str| at(key, said!("error-import-ojf-missing"));
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
                    return Err(at(path, said!("error-import-ojf-score-exported", score = *s)));
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
            notes.count(said!("export-import-ojf-score-fraction"), format!("{path} {s}"));
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
                notes.count(said!("export-import-ojf-stage-unnamed"), &path);
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
            Some(k) if stage_keys.contains_key(&k) => notes.count(said!("export-import-ojf-stage-same-id"), format!("{path} \"{k}\"")),
            Some(k) => {
                stage_keys.insert(k, id);
            }
            None => notes.count(said!("export-import-ojf-stage-no-id"), &path),
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
                notes.count(said!("export-import-ojf-lane-unnamed"), &path);
                format!("Lane {}", i + 1)
            }
        };
        let base = key.as_deref().and_then(uuid_of).and_then(|u| lanes.ext.iter().find(|l| l.id == u).cloned());
        let lane = match base {
            Some(b) if !lanes.lanes.iter().any(|l| l.id == b.id) => Lane { name, rank: i as f64, ..b },
            _ => {
                let kind = guess_kind(&name);
                guessed.push(said!("export-import-ojf-lane-guess", name = name.as_str(), kind = Said::of(kind.message_id())));
                Lane { id: new_id(), name, kind, rank: i as f64, color: String::new() }
            }
        };
        match key {
            Some(k) if lane_keys.contains_key(&k) => notes.count(said!("export-import-ojf-lane-same-id"), format!("{path} \"{k}\"")),
            Some(k) => {
                lane_keys.insert(k, lane.id);
            }
            None => notes.count(said!("export-import-ojf-lane-no-id"), &path),
        }
        lanes.lanes.push(lane);
    }
    if !guessed.is_empty() {
        notes.say(said!("export-import-ojf-lanes-guessed", lanes = guessed));
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
            notes.count(said!("export-import-ojf-node-no-stage"), label);
            continue;
        };
        let Some(lane) = text(obj, "swimlaneId", &path)?.and_then(|k| lane_keys.get(&k).copied()) else {
            notes.count(said!("export-import-ojf-node-no-lane"), label);
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
                    v => return Err(at(&format!("{path}.tags[{k}]"), said!("error-import-ojf-tag-kind", found = kind_of(v)))),
                }
            }
            if !words.is_empty() {
                notes.count(said!("export-import-ojf-tags"), &label);
                body_text = format!("{body_text}\n{TAGS}{}", words.join(", "));
            }
        }
        let node_score = score(obj.get("score"), &format!("{path}.score"), notes)?.map(to_scale);
        let sentiment = text(obj, "sentiment", &path)?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let moment = match obj.get("isMomentOfTruth") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("true"),
            Some(v) => return Err(at(&format!("{path}.isMomentOfTruth"), expected(said!("error-import-found-bool"), v))),
        };
        let severity_word_given = text(obj, "severity", &path)?.filter(|s| !s.trim().is_empty());
        let severity = match &severity_word_given {
            Some(w) => match severity_of_word(w) {
                Some(s) => Some(s),
                None => {
                    notes.count(said!("export-import-ojf-severity-word"), format!("{label}: \"{w}\""));
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
                        notes.count(said!("export-import-ojf-purpose-as", purpose = p.trim(), kind = kind_label(k)), &label);
                    }
                    k
                }
                None => {
                    let k = CardBody::for_lane(lane_kind, &scale).kind();
                    notes.count(said!("export-import-ojf-purpose-unknown", purpose = p.trim(), kind = kind_label(k)), &label);
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
                    notes.count(said!("export-import-ojf-sentiment"), &label);
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
                notes.count(said!("export-import-ojf-sentiment"), &label);
            }
            if moment {
                notes.count(said!("export-import-ojf-moment"), &label);
            }
        }
        if severity_word_given.is_some() && !matches!(kind, CardKind::PainPoint) {
            notes.count(said!("export-import-ojf-severity-not-pain"), &label);
        }
        for key in ["icon", "iconColor"] {
            if let Some(v) = text(obj, key, &path)?.filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("#ffffff")) {
                let what = if key == "icon" { said!("export-import-ojf-icon") } else { said!("export-import-ojf-icon-color") };
                notes.count(what, format!("{label}: {v}"));
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
            notes.count(said!("export-import-ojf-scored", kind = kind_label(kind)), &label);
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
                        v => return Err(at(&ipath, said!("error-import-ojf-blueprint-kind", found = kind_of(v)))),
                    };
                    if item_text.is_empty() {
                        continue;
                    }
                    let part_lane = lanes.of_kind(lane_kind, lane_name, notes);
                    let text = format!("{item_text}\n{from_line}");
                    let old = ext_part(stage, &text);
                    let body = old.map(|c| c.body.clone()).unwrap_or(CardBody::Note);
                    notes.count(said!("export-import-ojf-blueprint", part = part, lane = lane_name), &label);
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
            notes.count(said!("export-import-ojf-stage-emotion", card = STAGE_EMOTION), graph.stage_name(stage));
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
        said!(
            "export-import-ojf-read",
            stages = j.graph.stage_count(),
            swimlanes = swimlanes.len(),
            nodes = nodes.len(),
            lanes = j.lanes.len(),
            cards = made
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
        notes.say(said!("export-import-ojf-persona", name = excerpt(&name)));
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

/// A card kind as the report names it inside a sentence (lower case in English).
fn kind_label(k: CardKind) -> Said {
    match k {
        CardKind::Touchpoint => said!("export-import-kind-touchpoint"),
        CardKind::PainPoint => said!("export-import-kind-pain-point"),
        CardKind::Opportunity => said!("export-import-kind-opportunity"),
        CardKind::Note => said!("export-import-kind-note"),
        CardKind::Quote => said!("export-import-kind-quote"),
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
