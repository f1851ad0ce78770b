//! One journey as an Automerge document.
//!
//! Shape of the document (every entity keyed by its id, so concurrent additions never collide):
//! ```text
//! { format: 1,
//!   journey:  { id, name, goal, scale, metrics, direction? },   // direction only when chosen
//!   personas: { <id>: Persona }, stages: { <id>: Stage }, flows: { <id>: Flow },
//!   lanes:    { <id>: Lane },    cards:  { <id>: Card },
//!   changed:  { <id>: { by, at } } }      // who last changed each entity, and when (JSON bytes)
//! ```
//! Each local edit is one commit of just the fields it changed (`record`); the commit message
//! names its author and the edit kind. The first change of a journey is a pure function of its
//! content, so two laptops that turn the same old file into documents share that change.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjId, ObjType, ReadDoc, ROOT};
use journey_core::repair::{repair, Loose, Repaired};
use journey_core::{CardBody, Id, Journey, Touched};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

use crate::json::{self, Write};
use crate::stored::Stored;
use crate::DocError;

/// The document layout this code writes; a document with a larger number is from a newer app.
pub const FORMAT: i64 = 1;

/// Who made a change, what kind of edit it was and when (seconds since 1970, UTC).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub by: String,
    pub edit: String,
    pub at: i64,
}

/// Who last changed an entity, and when.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Changed {
    pub by: String,
    /// Seconds since 1970, UTC.
    #[ts(type = "number")]
    pub at: i64,
}

/// The entities an edit is about to touch, as the writer's view held them before it: what the
/// fields are diffed against, so only what the edit changed is written.
pub type Before = BTreeMap<Touched, Option<Value>>;

/// Where an entity lives in the document: its collection (none for the journey's own fields)
/// and its key.
fn slot(t: Touched) -> (Option<&'static str>, String) {
    match t {
        Touched::Journey => (None, "journey".into()),
        Touched::Persona(id) => (Some("personas"), id.to_string()),
        Touched::Stage(id) => (Some("stages"), id.to_string()),
        Touched::Flow(id) => (Some("flows"), id.to_string()),
        Touched::Lane(id) => (Some("lanes"), id.to_string()),
        Touched::Card(id) => (Some("cards"), id.to_string()),
    }
}

fn entity_id(t: Touched, journey: Id) -> Id {
    match t {
        Touched::Journey => journey,
        Touched::Persona(id) | Touched::Stage(id) | Touched::Flow(id) | Touched::Lane(id) | Touched::Card(id) => id,
    }
}

/// Any model value as the JSON the document mirrors.
pub fn json_of<T: serde::Serialize>(v: &T) -> Value {
    to_json(v)
}

fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("model values always serialise")
}

/// The JSON of one entity as `j` holds it (`None` when `j` has no such entity).
pub fn entity(j: &Journey, t: Touched) -> Option<Value> {
    match t {
        Touched::Journey => {
            let mut head = serde_json::json!({
                "id": j.id, "name": j.name, "goal": j.goal, "scale": to_json(&j.scale), "metrics": to_json(&j.metrics),
            });
            // Written only when chosen (a plain value, last writer wins): a journey that follows its
            // text has the header it had before directions existed, so its first change (a function
            // of the content) is the same as an older studio's.
            if !j.direction.is_auto() {
                head["direction"] = to_json(&j.direction);
            }
            Some(head)
        }
        Touched::Persona(id) => j.persona(id).map(to_json),
        Touched::Stage(id) => j.graph.stage(id).map(to_json),
        Touched::Flow(id) => j.graph.flow(id).map(to_json),
        Touched::Lane(id) => j.lane(id).map(to_json),
        Touched::Card(id) => j.card(id).map(to_json),
    }
}

/// What `touched` entities hold in `j` now: taken before an edit, diffed against after it.
pub fn before(j: &Journey, touched: &[Touched]) -> Before {
    touched.iter().map(|t| (*t, entity(j, *t))).collect()
}





pub struct JourneyDoc {
    s: Stored,
    journey: Id,
}

impl std::fmt::Debug for JourneyDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JourneyDoc").field("journey", &self.journey).finish()
    }
}

/// An actor id for the first change that only the content decides: the same journey turned
/// into a document on two laptops gets the same first change; different content gets another
/// actor (the same actor with two different first changes would be a corrupt history).
fn content_actor(j: &Journey) -> ActorId {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(serde_json::to_vec(&canonical(j)).expect("model values always serialise"));
    ActorId::from(&digest[..16])
}

/// The document's root as JSON: object keys sorted (serde_json's map is ordered), entities by id.
fn canonical(j: &Journey) -> Value {
    let mut root = Map::new();
    root.insert("format".into(), Value::from(FORMAT));
    root.insert("journey".into(), entity(j, Touched::Journey).expect("a journey has its own fields"));
    let collect = |items: Vec<(Id, Value)>| Value::Object(items.into_iter().map(|(id, v)| (id.to_string(), v)).collect());
    root.insert("personas".into(), collect(j.personas.iter().map(|p| (p.id, to_json(p))).collect()));
    root.insert("stages".into(), collect(j.graph.stages().map(|s| (s.id, to_json(s))).collect()));
    root.insert("flows".into(), collect(j.graph.flows().map(|f| (f.id, to_json(f))).collect()));
    root.insert("lanes".into(), collect(j.lanes.iter().map(|l| (l.id, to_json(l))).collect()));
    root.insert("cards".into(), collect(j.cards.values().map(|c| (c.id, to_json(c))).collect()));
    root.insert("changed".into(), Value::Object(Map::new()));
    Value::Object(root)
}

impl JourneyDoc {
    /// The document a journey starts as: one change, its actor and time fixed by the content.
    /// Later changes use a fresh random actor, never this one.
    pub fn initial(j: &Journey) -> JourneyDoc {
        let mut doc = AutoCommit::new().with_actor(content_actor(j));
        if let Value::Object(fields) = canonical(j) {
            for (k, v) in &fields {
                json::put(&mut doc, &ROOT, k, v);
            }
        }
        let meta = Meta { by: String::new(), edit: "create".into(), at: 0 };
        doc.commit_with(CommitOptions::default().with_time(0).with_message(serde_json::to_string(&meta).expect("meta")));
        doc.set_actor(ActorId::random());
        JourneyDoc { s: Stored::fresh(doc, j.id), journey: j.id }
    }

    /// Reads a journey's document back from its storage chunks. Refuses a damaged one, one
    /// from a newer app, and one that holds another journey.
    pub fn load<'a>(journey: Id, chunks: impl IntoIterator<Item = &'a [u8]>) -> Result<JourneyDoc, DocError> {
        JourneyDoc::checked(Stored::load(journey, chunks)?, journey)
    }

    /// A journey's document from its whole history as a peer sent it (a journey a teammate
    /// added), refused like a stored one when damaged, newer or holding another journey.
    pub fn from_changes(journey: Id, changes: Vec<automerge::Change>) -> Result<JourneyDoc, DocError> {
        JourneyDoc::checked(Stored::from_changes(journey, changes)?, journey)
    }

    fn checked(s: Stored, journey: Id) -> Result<JourneyDoc, DocError> {
        match json::read(&s.doc, &ROOT, "format").and_then(|v| v.as_i64()) {
            None => return Err(DocError::Damaged("it has no journey in it".into())),
            Some(f) if f > FORMAT => return Err(DocError::Newer(f)),
            Some(_) => {}
        }
        let d = JourneyDoc { s, journey };
        if d.stored_id() != Some(journey) {
            return Err(DocError::Damaged(format!("it holds another journey than {journey}")));
        }
        Ok(d)
    }

    /// Its storage side: chunks to write, heads.
    pub fn stored(&mut self) -> &mut Stored {
        &mut self.s
    }

    fn stored_id(&self) -> Option<Id> {
        let header = json::child_map(&self.s.doc, &ROOT, "journey")?;
        json::read(&self.s.doc, &header, "id").and_then(|v| v.as_str().and_then(|s| Id::parse_str(s).ok()))
    }

    pub fn journey(&self) -> Id {
        self.journey
    }

    /// Number of changes in the document's history.
    pub fn change_count(&mut self) -> usize {
        self.s.doc.get_changes_meta(&[]).len()
    }

    fn map_of(&mut self, collection: Option<&str>) -> ObjId {
        match collection {
            None => ROOT,
            Some(c) => match json::child_map(&self.s.doc, &ROOT, c) {
                Some(id) => id,
                None => self.s.doc.put_object(ROOT, c, ObjType::Map).expect("root is a map"),
            },
        }
    }

    /// Writes what an edit changed as one commit: for each touched entity, the fields where the
    /// view after the edit (`after`) differs from the view before it (`before`; for an entity
    /// missing there, from the document). Returns the writes, for undo; none when nothing differed.
    pub fn record(&mut self, after: &Journey, touched: &[Touched], before: &Before, meta: &Meta) -> Vec<Write> {
        let mut writes = Vec::new();
        let changed = self.map_of(Some("changed"));
        for t in touched {
            let (collection, key) = slot(*t);
            let obj = self.map_of(collection);
            let now = entity(after, *t);
            let was = match before.get(t) {
                Some(v) => v.clone(),
                None => json::read(&self.s.doc, &obj, &key),
            };
            let mut path: Vec<String> = collection.into_iter().map(String::from).chain([key.clone()]).collect();
            let start = writes.len();
            match (&was, &now, json::child_map(&self.s.doc, &obj, &key)) {
                (_, None, existing) => {
                    if existing.is_some() || json::read(&self.s.doc, &obj, &key).is_some() {
                        self.s.doc.delete(&obj, key.as_str()).expect("deleting from our own map");
                    }
                    if was.is_some() {
                        writes.push(Write { path: path.clone(), value: None });
                    }
                }
                (Some(Value::Object(old)), Some(Value::Object(new)), Some(map)) => {
                    json::reconcile(&mut self.s.doc, &map, old, new, &mut path, &mut writes);
                }
                (_, Some(value), _) => {
                    json::put(&mut self.s.doc, &obj, &key, value);
                    writes.push(Write { path: path.clone(), value: Some(value.clone()) });
                }
            }
            let id = entity_id(*t, self.journey).to_string();
            if now.is_none() {
                if json::read(&self.s.doc, &changed, &id).is_some() {
                    self.s.doc.delete(&changed, id.as_str()).expect("deleting from our own map");
                }
            } else if writes.len() > start {
                // One value (JSON bytes), not a map of two: one operation per edit instead of three.
                let who = serde_json::to_vec(&Changed { by: meta.by.clone(), at: meta.at }).expect("changed serialises");
                self.s.doc.put(&changed, id.as_str(), automerge::ScalarValue::Bytes(who)).expect("writing into our own map");
            }
        }
        self.commit(meta);
        writes
    }

    /// Sets the fields `writes` name to the values they carry, as one commit (undo and redo).
    pub fn commit(&mut self, meta: &Meta) {
        let message = serde_json::to_string(meta).expect("meta always serialises");
        self.s.doc.commit_with(CommitOptions::default().with_time(meta.at).with_message(message));
    }

    /// Every entity as the document holds it, with no invariant guaranteed (a merge may have
    /// broken some); `materialize` repairs it into a journey.
    pub fn loose(&self) -> Result<Loose, DocError> {
        let root = json::from_hydrated(&self.s.doc.hydrate(ROOT, None).map_err(|e| DocError::Damaged(e.to_string()))?);
        let header = root.get("journey").cloned().unwrap_or(Value::Null);
        let field = |k: &str| header.get(k).cloned().unwrap_or(Value::Null);
        fn parse<T: serde::de::DeserializeOwned>(v: Value) -> Option<T> {
            serde_json::from_value(v).ok()
        }
        let name = field("name").as_str().unwrap_or_default().to_string();
        let goal = field("goal").as_str().unwrap_or_default().to_string();
        let mut loose = Loose {
            id: self.journey,
            name,
            goal,
            scale: parse(field("scale")).unwrap_or_default(),
            metrics: parse(field("metrics")).unwrap_or_default(),
            direction: parse(field("direction")).unwrap_or_default(),
            personas: BTreeMap::new(),
            stages: BTreeMap::new(),
            flows: BTreeMap::new(),
            lanes: BTreeMap::new(),
            cards: BTreeMap::new(),
        };
        let empty = Map::new();
        let items = |c: &str| -> Vec<(Id, Value)> {
            root.get(c)
                .and_then(Value::as_object)
                .unwrap_or(&empty)
                .iter()
                .filter_map(|(k, v)| Some((Id::parse_str(k).ok()?, v.clone())))
                .collect()
        };
        fn fill<T: serde::de::DeserializeOwned>(map: &mut BTreeMap<Id, T>, items: Vec<(Id, Value)>) {
            map.extend(items.into_iter().filter_map(|(id, v)| Some((id, parse(v)?))));
        }
        fill(&mut loose.personas, items("personas"));
        fill(&mut loose.stages, items("stages"));
        fill(&mut loose.flows, items("flows"));
        fill(&mut loose.lanes, items("lanes"));
        for (id, v) in items("cards") {
            if let Some(c) = card(v) {
                loose.cards.insert(id, c);
            }
        }
        Ok(loose)
    }

    /// The journey the document holds, repaired into a valid one, with what needed repair.
    pub fn materialize(&self) -> Result<Repaired, DocError> {
        Ok(repair(&self.loose()?))
    }

    /// The same as `materialize`, for a document that was `view` (valid, needing no repair) at
    /// `before`: only the entities changed since are read from the document, the rest taken
    /// from the view, and the whole repaired as one. Reading every entity of a large journey
    /// for each teammate's keystroke was what made live sync slow.
    pub fn materialize_from(&mut self, view: &Journey, before: &[automerge::ChangeHash]) -> Result<Repaired, DocError> {
        let Some(touched) = self.touched_since(before) else { return self.materialize() };
        let mut loose = Loose::of(view);
        for t in touched {
            if set_loose(&mut loose, t, self.entity_value(t)).is_err() {
                return self.materialize();
            }
        }
        Ok(repair(&loose))
    }

    /// The entities whose fields changed between `before` and now, from Automerge's own diff;
    /// `None` when something else changed (the format, a whole collection).
    pub fn touched_since(&mut self, before: &[automerge::ChangeHash]) -> Option<Vec<Touched>> {
        use automerge::{Prop, PatchAction};
        let after = self.s.doc.get_heads();
        let patches = self.s.doc.diff(before, &after);
        let mut out = std::collections::BTreeSet::new();
        let key = |p: &Prop| match p {
            Prop::Map(k) => Some(k.clone()),
            Prop::Seq(_) => None,
        };
        for p in patches {
            let named = match &p.action {
                PatchAction::PutMap { key, .. } | PatchAction::DeleteMap { key } => Some(key.clone()),
                _ => None,
            };
            let (collection, id) = match p.path.len() {
                0 => (named?, None),
                1 => (key(&p.path[0].1)?, named),
                _ => (key(&p.path[0].1)?, key(&p.path[1].1)),
            };
            let id = || id.as_deref().and_then(|s| Id::parse_str(s).ok());
            let t = match collection.as_str() {
                "changed" => continue,
                "journey" => Touched::Journey,
                "personas" => Touched::Persona(id()?),
                "stages" => Touched::Stage(id()?),
                "flows" => Touched::Flow(id()?),
                "lanes" => Touched::Lane(id()?),
                "cards" => Touched::Card(id()?),
                _ => return None,
            };
            out.insert(t);
        }
        Some(out.into_iter().collect())
    }

    /// One entity as the document holds it (`None`: not there), read leniently as `loose` reads.
    pub fn entity_value(&self, t: Touched) -> Option<Value> {
        let (collection, id) = match t {
            Touched::Journey => return json::read(&self.s.doc, &ROOT, "journey"),
            Touched::Persona(id) => ("personas", id),
            Touched::Stage(id) => ("stages", id),
            Touched::Flow(id) => ("flows", id),
            Touched::Lane(id) => ("lanes", id),
            Touched::Card(id) => ("cards", id),
        };
        let map = json::child_map(&self.s.doc, &ROOT, collection)?;
        let v = json::read(&self.s.doc, &map, &id.to_string())?;
        match t {
            Touched::Card(_) => card(v).map(|c| to_json(&c)),
            _ => Some(v),
        }
    }

    /// Who last changed entity `id` (the journey's own id for its name, goal, scale, metrics).
    pub fn changed(&self, id: Id) -> Option<Changed> {
        let map = json::child_map(&self.s.doc, &ROOT, "changed")?;
        serde_json::from_value(json::read(&self.s.doc, &map, &id.to_string())?).ok()
    }

    /// Brings every change of `other` into this document. Returns who made the changes that were
    /// new here. Refuses a document with no history in common (a journey that only shares the id).
    pub fn merge(&mut self, other: &mut JourneyDoc) -> Result<Vec<Meta>, DocError> {
        if self.s.root_change() != other.s.root_change() {
            return Err(DocError::Unrelated);
        }
        let added = self.s.doc.get_changes_added(&mut other.s.doc);
        let metas = added.iter().map(meta_of).collect();
        self.s.doc.merge(&mut other.s.doc).map_err(|e| DocError::Damaged(e.to_string()))?;
        Ok(metas)
    }

}

/// Who made a change and what it was, from its commit message (an empty author when a change
/// carries none of ours).
pub fn meta_of(c: &automerge::Change) -> Meta {
    c.message()
        .and_then(|m| serde_json::from_str::<Meta>(m).ok())
        .unwrap_or(Meta { by: String::new(), edit: String::new(), at: c.timestamp() })
}

/// A card, read leniently: when a merge left its body with fields of another kind or without
/// some of its own (two people changed its kind), the kind's defaults fill the gaps.
fn card(v: Value) -> Option<journey_core::Card> {
    if let Ok(c) = serde_json::from_value(v.clone()) {
        return Some(c);
    }
    let mut v = v;
    let kind: journey_core::CardKind = serde_json::from_value(v.get("body")?.get("kind")?.clone()).ok()?;
    let mut body = to_json(&CardBody::of_kind(kind));
    if let (Some(defaults), Some(Value::Object(present))) = (body.as_object_mut(), v.get("body")) {
        for (k, val) in present {
            if defaults.contains_key(k) {
                defaults.insert(k.clone(), val.clone());
            }
        }
    }
    v.as_object_mut()?.insert("body".into(), body);
    serde_json::from_value(v).ok()
}

/// The entity a write's path names, and the path inside that entity.
pub fn entity_of(path: &[String]) -> Option<(Touched, &[String])> {
    let (first, rest) = path.split_first()?;
    if first == "journey" {
        return Some((Touched::Journey, rest));
    }
    let (id, rest) = rest.split_first()?;
    let id = Id::parse_str(id).ok()?;
    let t = match first.as_str() {
        "personas" => Touched::Persona(id),
        "stages" => Touched::Stage(id),
        "flows" => Touched::Flow(id),
        "lanes" => Touched::Lane(id),
        "cards" => Touched::Card(id),
        _ => return None,
    };
    Some((t, rest))
}

/// Puts an entity's JSON into a loose journey (or with `None` takes it out), with no check:
/// undo builds its result this way and lets `repair` say whether it holds together.
pub fn set_loose(l: &mut Loose, t: Touched, v: Option<Value>) -> Result<(), String> {
    fn put<T: serde::de::DeserializeOwned>(
        map: &mut BTreeMap<Id, T>,
        id: Id,
        v: Option<Value>,
    ) -> Result<(), String> {
        match v {
            Some(v) => {
                map.insert(id, serde_json::from_value(v).map_err(|e| e.to_string())?);
            }
            None => {
                map.remove(&id);
            }
        }
        Ok(())
    }
    match t {
        Touched::Journey => {
            let v = v.ok_or("a journey keeps its own fields")?;
            let field = |k: &str| v.get(k).cloned().unwrap_or(Value::Null);
            let e = |e: serde_json::Error| e.to_string();
            l.name = serde_json::from_value(field("name")).map_err(e)?;
            l.goal = serde_json::from_value(field("goal")).map_err(e)?;
            l.scale = serde_json::from_value(field("scale")).map_err(e)?;
            l.metrics = serde_json::from_value(field("metrics")).map_err(e)?;
            l.direction = match field("direction") {
                Value::Null => Default::default(),
                v => serde_json::from_value(v).map_err(e)?,
            };
            Ok(())
        }
        Touched::Persona(id) => put(&mut l.personas, id, v),
        Touched::Stage(id) => put(&mut l.stages, id, v),
        Touched::Flow(id) => put(&mut l.flows, id, v),
        Touched::Lane(id) => put(&mut l.lanes, id, v),
        Touched::Card(id) => put(&mut l.cards, id, v),
    }
}
