//! The model's entities as Automerge maps, driven by their serde JSON: no hand-written mapping
//! per type, so a field added to the model later is stored and merges like every other.
//!
//! - Objects become Automerge maps, field by field, so two people changing different fields of
//!   one card both keep their change.
//! - Prose fields (names, card text, descriptions...) become Automerge text and are changed with
//!   `update_text`, so two people typing in the same field both keep what they typed. Every other
//!   string (ids, enum names, colours) is a plain value: merging two ids character by character
//!   would make a third one that means nothing.
//! - Arrays (a persona's goals, an opportunity's answered pains) are one value each, stored as
//!   JSON bytes, last writer wins: list merging would duplicate entries both people kept.

use automerge::transaction::Transactable;
use automerge::{hydrate, AutoCommit, ObjType, ReadDoc, ScalarValue, Value as AmValue};
use automerge::ObjId;
use serde_json::{Map, Number, Value};

/// Fields whose strings are prose a person types: stored as Automerge text.
const PROSE: &[&str] =
    &["name", "goal", "description", "text", "label", "quote", "role", "speaker", "owner", "wanted", "accepted"];

fn is_prose(key: &str) -> bool {
    PROSE.contains(&key)
}

/// One field an edit wrote: its path from the document's root and the value it now holds
/// (`None` when it was deleted). Undo checks these to restore only what still holds our value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Write {
    pub path: Vec<String>,
    /// Absent for a deletion; a JSON `null` is a value (an unset optional field).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub value: Option<Value>,
}

/// A field that is there is `Some`, even when it holds `null`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    <Value as serde::Deserialize>::deserialize(d).map(Some)
}

fn scalar(v: &Value) -> ScalarValue {
    match v {
        Value::Null => ScalarValue::Null,
        Value::Bool(b) => ScalarValue::Boolean(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                ScalarValue::Int(i)
            } else if let Some(u) = n.as_u64() {
                ScalarValue::Uint(u)
            } else {
                ScalarValue::F64(n.as_f64().unwrap_or(0.0))
            }
        }
        Value::String(s) => ScalarValue::Str(s.as_str().into()),
        Value::Array(_) => ScalarValue::Bytes(serde_json::to_vec(v).expect("JSON values always serialise")),
        Value::Object(_) => unreachable!("objects are maps, not scalars"),
    }
}

fn from_scalar(s: &ScalarValue) -> Value {
    match s {
        ScalarValue::Null => Value::Null,
        ScalarValue::Boolean(b) => Value::Bool(*b),
        ScalarValue::Int(i) => Value::from(*i),
        ScalarValue::Uint(u) => Value::from(*u),
        ScalarValue::F64(f) => Number::from_f64(*f).map(Value::Number).unwrap_or(Value::Null),
        ScalarValue::Str(s) => Value::String(s.to_string()),
        ScalarValue::Bytes(b) => serde_json::from_slice(b).unwrap_or(Value::Null),
        ScalarValue::Counter(c) => Value::from(i64::from(c)),
        ScalarValue::Timestamp(t) => Value::from(*t),
        ScalarValue::Unknown { .. } => Value::Null,
    }
}

/// Puts `value` at `key` of the map `obj` as a new value (objects and text created fresh), its
/// object fields in sorted order so the same value always makes the same operations.
pub fn put(doc: &mut AutoCommit, obj: &ObjId, key: &str, value: &Value) {
    let r = match value {
        Value::Object(fields) => doc.put_object(obj, key, ObjType::Map).map(|child| {
            for (k, v) in fields {
                put(doc, &child, k, v);
            }
        }),
        Value::String(s) if is_prose(key) => {
            doc.put_object(obj, key, ObjType::Text).and_then(|t| doc.splice_text(&t, 0, 0, s).map(|_| ()))
        }
        other => doc.put(obj, key, scalar(other)),
    };
    r.expect("writing into a map of our own document");
}

/// Changes the map at `obj` from `before` to `after`, touching only the fields that differ,
/// and records each write under `path`. `before` is what the writer's view held; where the
/// document holds something of another shape (a teammate replaced it), the field is rewritten.
pub fn reconcile(
    doc: &mut AutoCommit,
    obj: &ObjId,
    before: &Map<String, Value>,
    after: &Map<String, Value>,
    path: &mut Vec<String>,
    writes: &mut Vec<Write>,
) {
    for (key, now) in after {
        let was = before.get(key);
        if was == Some(now) {
            continue;
        }
        path.push(key.clone());
        let existing = doc.get(obj, key.as_str()).ok().flatten().map(|(v, id)| (v.to_owned(), id));
        match (now, was, existing) {
            (Value::Object(fields), Some(Value::Object(old)), Some((AmValue::Object(ObjType::Map), child))) => {
                reconcile(doc, &child, old, fields, path, writes);
            }
            (Value::String(s), _, Some((AmValue::Object(ObjType::Text), text))) if is_prose(key) => {
                doc.update_text(&text, s).expect("updating text of our own document");
                writes.push(Write { path: path.clone(), value: Some(now.clone()) });
            }
            _ => {
                put(doc, obj, key, now);
                writes.push(Write { path: path.clone(), value: Some(now.clone()) });
            }
        }
        path.pop();
    }
    for key in before.keys().filter(|k| !after.contains_key(*k)) {
        if doc.get(obj, key.as_str()).ok().flatten().is_some() {
            doc.delete(obj, key.as_str()).expect("deleting from a map of our own document");
        }
        path.push(key.clone());
        writes.push(Write { path: path.clone(), value: None });
        path.pop();
    }
}

/// The JSON value of an Automerge value read with `hydrate`.
pub fn from_hydrated(v: &hydrate::Value) -> Value {
    match v {
        hydrate::Value::Scalar(s) => from_scalar(s),
        hydrate::Value::Text(t) => Value::String(String::from(t)),
        hydrate::Value::Map(m) => {
            Value::Object(m.iter().map(|(k, mv)| (k.clone(), from_hydrated(&mv.value))).collect())
        }
        hydrate::Value::List(l) => Value::Array(l.iter().map(|lv| from_hydrated(&lv.value)).collect()),
    }
}

/// The JSON value at `key` of the map `obj`, if there is one.
pub fn read(doc: &AutoCommit, obj: &ObjId, key: &str) -> Option<Value> {
    let (v, id) = doc.get(obj, key).ok().flatten()?;
    Some(match v {
        AmValue::Scalar(s) => from_scalar(&s),
        AmValue::Object(_) => from_hydrated(&doc.hydrate(&id, None).ok()?),
    })
}

/// The map object at `key` of `obj`, if that is a map.
pub fn child_map(doc: &AutoCommit, obj: &ObjId, key: &str) -> Option<ObjId> {
    match doc.get(obj, key).ok().flatten()? {
        (AmValue::Object(ObjType::Map), id) => Some(id),
        _ => None,
    }
}

/// The value at `path` inside a JSON value (`None` when absent).
pub fn at<'a>(mut v: &'a Value, path: &[String]) -> Option<&'a Value> {
    for key in path {
        v = v.as_object()?.get(key)?;
    }
    Some(v)
}

/// Sets (or with `None` removes) the value at `path` inside a JSON object, creating objects on
/// the way. A path of length zero replaces the whole value.
pub fn set_at(v: &mut Value, path: &[String], value: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        if let Some(value) = value {
            *v = value;
        }
        return;
    };
    let mut cur = v;
    for key in parents {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        cur = cur.as_object_mut().expect("made an object above").entry(key.clone()).or_insert(Value::Object(Map::new()));
    }
    if !cur.is_object() {
        *cur = Value::Object(Map::new());
    }
    let obj = cur.as_object_mut().expect("made an object above");
    match value {
        Some(value) => {
            obj.insert(last.clone(), value);
        }
        None => {
            obj.remove(last);
        }
    }
}
