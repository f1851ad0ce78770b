//! The workspace's own document: which journeys it holds, in which order. Merging two copies
//! merges this list, so a journey added on one laptop comes in on the other.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjType, ReadDoc, ROOT};
use journey_core::Id;
use serde_json::Value;
use std::collections::BTreeMap;

use crate::doc::Meta;
use crate::json;
use crate::stored::Stored;
use crate::DocError;

pub struct WorkspaceDoc {
    s: Stored,
}

impl WorkspaceDoc {
    /// The index a workspace starts with: like a journey's first change, a pure function of its
    /// id and journeys, so two laptops migrating one old file agree on it.
    pub fn initial(workspace: Id, journeys: &BTreeMap<Id, f64>) -> WorkspaceDoc {
        let mut actor = *workspace.as_bytes();
        actor[0] ^= 0x5a; // not the workspace's own bytes, which a journey's actor could never be anyway
        let mut doc = AutoCommit::new().with_actor(ActorId::from(&actor[..]));
        json::put(&mut doc, &ROOT, "format", &Value::from(crate::doc::FORMAT));
        json::put(&mut doc, &ROOT, "workspace", &Value::from(workspace.to_string()));
        let list = doc.put_object(ROOT, "journeys", ObjType::Map).expect("root is a map");
        for (id, position) in journeys {
            json::put(&mut doc, &list, &id.to_string(), &serde_json::json!({ "position": position }));
        }
        let meta = Meta { by: String::new(), edit: "create".into(), at: 0 };
        doc.commit_with(CommitOptions::default().with_time(0).with_message(serde_json::to_string(&meta).expect("meta")));
        doc.set_actor(ActorId::random());
        WorkspaceDoc { s: Stored::fresh(doc, workspace) }
    }

    pub fn load<'a>(workspace: Id, chunks: impl IntoIterator<Item = &'a [u8]>) -> Result<WorkspaceDoc, DocError> {
        WorkspaceDoc::checked(Stored::load(workspace, chunks)?)
    }

    /// The index as a peer sent it (whole): how a joined workspace learns its journeys.
    pub fn from_changes(workspace: Id, changes: Vec<automerge::Change>) -> Result<WorkspaceDoc, DocError> {
        WorkspaceDoc::checked(Stored::from_changes(workspace, changes)?)
    }

    fn checked(s: Stored) -> Result<WorkspaceDoc, DocError> {
        match json::read(&s.doc, &ROOT, "format").and_then(|v| v.as_i64()) {
            Some(f) if f > crate::doc::FORMAT => return Err(DocError::Newer(f)),
            Some(_) => {}
            None => return Err(DocError::Damaged("it has no list of journeys".into())),
        }
        Ok(WorkspaceDoc { s })
    }

    pub fn stored(&mut self) -> &mut Stored {
        &mut self.s
    }

    pub fn id(&self) -> Id {
        self.s.id
    }

    /// The journeys and their positions.
    pub fn journeys(&self) -> BTreeMap<Id, f64> {
        let Some(list) = json::child_map(&self.s.doc, &ROOT, "journeys") else { return BTreeMap::new() };
        self.s
            .doc
            .keys(&list)
            .filter_map(|k| {
                let id = Id::parse_str(&k).ok()?;
                let pos = json::read(&self.s.doc, &list, &k)?.get("position")?.as_f64()?;
                Some((id, pos))
            })
            .collect()
    }

    /// Adds (or moves) a journey, or with `None` removes it, as one commit.
    pub fn set(&mut self, journey: Id, position: Option<f64>, meta: &Meta) {
        let list = match json::child_map(&self.s.doc, &ROOT, "journeys") {
            Some(l) => l,
            None => self.s.doc.put_object(ROOT, "journeys", ObjType::Map).expect("root is a map"),
        };
        let key = journey.to_string();
        match position {
            Some(p) => json::put(&mut self.s.doc, &list, &key, &serde_json::json!({ "position": p })),
            None => {
                if self.s.doc.get(&list, key.as_str()).ok().flatten().is_some() {
                    self.s.doc.delete(&list, key.as_str()).expect("deleting from our own map");
                }
            }
        }
        let message = serde_json::to_string(meta).expect("meta always serialises");
        self.s.doc.commit_with(CommitOptions::default().with_time(meta.at).with_message(message));
    }

    /// Merges another copy's index. Refuses the index of another workspace.
    pub fn merge(&mut self, other: &mut WorkspaceDoc) -> Result<(), DocError> {
        if self.s.id != other.s.id || self.s.root_change() != other.s.root_change() {
            return Err(DocError::Unrelated);
        }
        self.s.doc.merge(&mut other.s.doc).map_err(|e| DocError::Damaged(e.to_string()))?;
        Ok(())
    }
}
