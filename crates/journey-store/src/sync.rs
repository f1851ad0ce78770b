//! What the live-sync layer asks of a workspace file: each document's heads and the changes it
//! has after given heads, the chunk table in samod's `Storage` shape, and a teammate's changes
//! taken in. Those go through the same repair as a merged copy, are written with the read model
//! in one transaction, and never enter the undo log (a teammate's change is not ours to undo).

use std::collections::BTreeMap;

use journey_core::{Change, Id, LayoutPatch};
use journey_doc::automerge::ChangeHash;
use journey_doc::{meta_of, DocError, JourneyDoc, Stored, WorkspaceDoc};

use crate::documents::{self, RepairNote};
use crate::error::{Result, StoreError};
use crate::merge::differing;
use crate::{locate, rows, Applied, Cached, Store};

/// What a teammate's changes to one document did here.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Received {
    /// Changes that were new here.
    pub incoming: usize,
    /// Who made them, with how many each, most first.
    pub authors: Vec<(String, usize)>,
    /// The journey whose view changed, and the patch for whoever shows it.
    pub journey: Option<Id>,
    pub applied: Option<Applied>,
    /// Journeys that came in whole (a teammate added them).
    pub added: Vec<Id>,
    /// Journeys a teammate removed: gone here too.
    pub removed: Vec<Id>,
    /// What the view shows differently from the document (as after a merge).
    pub repairs: Vec<RepairNote>,
    /// Journeys the workspace lists that this file has no document of yet: to be asked for.
    pub wanted: Vec<Id>,
}

fn authors(metas: Vec<journey_doc::Meta>) -> Vec<(String, usize)> {
    let mut by: BTreeMap<String, usize> = BTreeMap::new();
    for m in metas {
        *by.entry(if m.by.is_empty() { "someone".into() } else { m.by }).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = by.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

fn remote(id: Id, e: DocError) -> StoreError {
    match e {
        DocError::Unrelated => StoreError::UnrelatedRemote(id),
        DocError::Newer(_) => StoreError::BadRemote(
            "a teammate uses a newer Journey Studio; update yours to work on this journey together".into(),
        ),
        other => StoreError::BadRemote(other.to_string()),
    }
}

/// The document a chunk key belongs to (its first part, samod's document id), as our id.
fn key_document(key: &str) -> Option<Id> {
    use std::str::FromStr;
    let first = key.split('/').next()?;
    let doc = samod_core::DocumentId::from_str(first).ok()?;
    uuid::Uuid::from_slice(doc.as_bytes()).ok()
}

impl Store {
    /// Is called with a document's id after every change of ours to it is saved (edits, undo,
    /// journeys added or removed, a merged copy): the sync layer sends it on. Not called for
    /// what `receive` takes in.
    pub fn on_commit(&mut self, hook: impl Fn(Id) + Send + 'static) {
        self.on_commit = Some(Box::new(hook));
    }

    pub(crate) fn committed(&self, id: Id) {
        if let Some(hook) = &self.on_commit {
            hook(id);
        }
    }

    /// Every document of the workspace: its index first, then each journey it lists.
    pub fn document_ids(&mut self) -> Result<Vec<Id>> {
        let ws = documents::workspace_id(&self.conn)?.ok_or_else(|| StoreError::BadRow("the workspace has no id".into()))?;
        let mut out = vec![ws];
        let listed: Vec<Id> = match self.index_if_any()? {
            Some(index) => index.journeys().keys().copied().collect(),
            None => Vec::new(),
        };
        out.extend(listed);
        Ok(out)
    }

    /// The workspace's index, or `None` for a joined workspace that has not received it yet
    /// (its chunks may be there in part, as the sync layer writes them one by one: the whole
    /// index then comes through `receive`).
    fn index_if_any(&mut self) -> Result<Option<&mut WorkspaceDoc>> {
        if self.index.is_none() {
            let Some(ws) = documents::workspace_id(&self.conn)? else { return Ok(None) };
            self.index = documents::load_workspace_doc(&self.conn, ws).ok().flatten();
        }
        Ok(self.index.as_mut())
    }

    fn is_workspace(&self, doc: Id) -> Result<bool> {
        Ok(documents::workspace_id(&self.conn)? == Some(doc))
    }

    /// The heads of what this file has taken in of document `doc`: for a journey, the state its
    /// read model shows (the sync layer's own chunks may already hold more: `receive` takes that
    /// in too); for the index, its heads; empty when this file has none of it yet.
    pub fn heads_of(&mut self, doc: Id) -> Result<Vec<ChangeHash>> {
        if self.is_workspace(doc)? {
            return Ok(self.index_if_any()?.map(|i| i.stored().heads()).unwrap_or_default());
        }
        if !rows::list_journeys(&self.conn)?.iter().any(|(id, _)| *id == doc) {
            return Ok(Vec::new());
        }
        documents::read_model_head_list(&self.conn, doc)
    }

    /// The heads of document `doc` itself (which may be ahead of what the read model shows:
    /// see `heads_of`); none for a journey the workspace does not hold.
    pub fn document_heads(&mut self, doc: Id) -> Result<Vec<ChangeHash>> {
        Ok(self.stored_of(doc)?.map(|s| s.heads()).unwrap_or_default())
    }

    /// The changes document `doc` has after `heads`, each as its bytes.
    pub fn changes_after(&mut self, doc: Id, heads: &[ChangeHash]) -> Result<Vec<Vec<u8>>> {
        Ok(self.stored_of(doc)?.map(|s| s.changes_after(heads)).unwrap_or_default())
    }

    fn stored_of(&mut self, doc: Id) -> Result<Option<&mut Stored>> {
        if self.is_workspace(doc)? {
            return Ok(self.index_if_any()?.map(|i| i.stored()));
        }
        if !rows::list_journeys(&self.conn)?.iter().any(|(id, _)| *id == doc) {
            return Ok(None);
        }
        self.ensure_doc(doc)?;
        Ok(self.cache.get_mut(&doc).and_then(|c| c.doc.as_mut()).map(|d| d.stored()))
    }

    /// samod's `Storage::put`. A chunk of a journey's document written here may hold changes
    /// the read model does not show yet, so the document's recorded heads are cleared: if the
    /// app stops before `receive` took them in, the next open rebuilds the journey from its
    /// document.
    ///
    /// A chunk the file already holds is not written again: samod stores every change of ours
    /// that the store stored a moment before, under the same key (a change's hash).
    pub fn put_chunk(&mut self, key: &str, data: &[u8]) -> Result<()> {
        self.writable()?;
        if documents::load(&self.conn, key)?.as_deref() == Some(data) {
            return Ok(());
        }
        self.relaxed(|conn| {
            let tx = conn.transaction()?;
            documents::put(&tx, key, data)?;
            if let Some(doc) = key_document(key) {
                tx.execute("UPDATE documents SET heads = '' WHERE id = ?1", [doc.to_string()])?;
            }
            tx.commit()?;
            Ok(())
        })
    }

    /// samod's `Storage::delete`.
    pub fn delete_chunk(&mut self, key: &str) -> Result<()> {
        self.writable()?;
        self.relaxed(|conn| documents::delete(conn, key))
    }

    /// Runs a write that need not survive a power cut (what came from the server comes again
    /// from it) without waiting for the disk: SQLite's NORMAL sync, which in WAL mode still
    /// never corrupts and is made durable by the next full-sync commit.
    fn relaxed<T>(&mut self, f: impl FnOnce(&mut rusqlite::Connection) -> Result<T>) -> Result<T> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let out = f(&mut self.conn);
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        out.map_err(|e| locate(&self.path, e))
    }

    /// Takes in a teammate's changes to document `doc` (the index or a journey); see the module
    /// comment. Refuses, changing nothing, changes that do not read, that lack the changes they
    /// build on, or that belong to another history than ours.
    pub fn receive(&mut self, doc: Id, raw: &[Vec<u8>]) -> Result<Received> {
        self.writable()?;
        let changes = Stored::parse_changes(raw).map_err(|e| remote(doc, e))?;
        // A teammate's change lost to a power cut comes again from the server: no disk wait.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let out = if self.is_workspace(doc)? { self.receive_index(doc, changes) } else { self.receive_journey(doc, changes) };
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        out
    }

    fn receive_index(&mut self, ws: Id, changes: Vec<journey_doc::automerge::Change>) -> Result<Received> {
        let (mut index, metas) = match self.index_if_any()?.is_some() {
            true => {
                let mut index = self.index.take().expect("read above");
                match index.stored().apply(changes) {
                    Ok(metas) => (index, metas),
                    Err(e) => {
                        self.index = None; // read again from the file
                        return Err(remote(ws, e));
                    }
                }
            }
            false => {
                let metas = changes.iter().map(meta_of).collect();
                (WorkspaceDoc::from_changes(ws, changes).map_err(|e| remote(ws, e))?, metas)
            }
        };
        let incoming = metas.len();
        let fresh = incoming > 0;
        let mut out = Received { incoming, authors: authors(metas), ..Default::default() };
        let listed = index.journeys();
        let path = self.path.clone();
        let result = (|| -> Result<()> {
            let tx = self.conn.transaction()?;
            let present: Vec<Id> = rows::list_journeys(&tx)?.into_iter().map(|(id, _)| id).collect();
            for id in present.iter().filter(|id| !listed.contains_key(id)) {
                tx.execute("DELETE FROM journeys WHERE id = ?1", [id.to_string()])?;
                out.removed.push(*id);
            }
            for (id, position) in &listed {
                if present.contains(id) {
                    tx.execute("UPDATE journeys SET position = ?2 WHERE id = ?1", rusqlite::params![id.to_string(), position])?;
                } else {
                    out.wanted.push(*id);
                }
            }
            if fresh {
                documents::save(&tx, index.stored())?;
            }
            tx.commit()?;
            Ok(())
        })();
        match result {
            Ok(()) => {
                index.stored().mark_saved();
                for id in &out.removed {
                    self.cache.remove(id);
                }
                self.index = Some(index);
                Ok(out)
            }
            Err(e) => {
                self.index = None; // read again from the file
                Err(locate(&path, e))
            }
        }
    }

    fn receive_journey(&mut self, id: Id, changes: Vec<journey_doc::automerge::Change>) -> Result<Received> {
        let present = rows::list_journeys(&self.conn)?.iter().any(|(j, _)| *j == id);
        if !present {
            return self.receive_new_journey(id, changes);
        }
        self.ensure_doc(id)?;
        let path = self.path.clone();
        let c: &mut Cached = self.cache.get_mut(&id).expect("ensured above");
        let doc = c.doc.as_mut().expect("ensured above");
        let all: Vec<journey_doc::Meta> = changes.iter().map(meta_of).collect();
        // The view shows the document at these heads (when it needs no repair): only what
        // changed since is read back.
        let shown_heads = documents::read_model_head_list(&self.conn, id)?;
        // When the document is where the view is, Automerge records what this apply touches, so
        // the diff below reads only that instead of scanning every op of the journey (the scan
        // was most of the time a teammate's change took in a 1,000-card journey).
        let indexed = journey_doc::heads_text(&doc.stored().heads()) == journey_doc::heads_text(&shown_heads);
        if indexed {
            doc.stored().doc.update_diff_cursor();
        }
        let metas = match doc.stored().apply(changes) {
            Ok(m) => m,
            Err(e) => {
                doc.stored().doc.reset_diff_cursor();
                return Err(remote(id, e));
            }
        };
        // The document may hold more than the view shows without anything new here: the sync
        // layer stored those changes as chunks, and the document was read from them.
        if metas.is_empty() && journey_doc::heads_text(&doc.stored().heads()) == journey_doc::heads_text(&shown_heads) {
            doc.stored().doc.reset_diff_cursor();
            return Ok(Received::default());
        }
        let incoming = if metas.is_empty() { all.len() } else { metas.len() };
        let who = authors(if metas.is_empty() { all } else { metas });
        let known = shown_heads.iter().all(|h| doc.stored().has(h));
        let incremental = c.repairs.is_empty() && !shown_heads.is_empty() && known;
        let materialized = if incremental { doc.materialize_from(&c.journey, &shown_heads) } else { doc.materialize() };
        // Recording costs a little on every later change: only a receive uses it.
        doc.stored().doc.reset_diff_cursor();
        let repaired = match materialized {
            Ok(r) => r,
            Err(e) => {
                doc.stored().forget_unsaved().map_err(|e| StoreError::BadRow(e.to_string()))?;
                return Err(remote(id, e));
            }
        };
        let touched = differing(&c.journey, &repaired.journey);
        let next = c.revision + 1;
        let result = (|| -> Result<String> {
            let tx = self.conn.transaction()?;
            rows::write_touched(&tx, &repaired.journey, &touched)?;
            let heads = documents::save(&tx, doc.stored())?;
            documents::set_read_model_heads(&tx, id, &heads)?;
            documents::set_repairs(&tx, id, &repaired.repairs)?;
            tx.execute("UPDATE journeys SET revision = ?2 WHERE id = ?1", rusqlite::params![id.to_string(), next as i64])?;
            tx.commit()?;
            Ok(heads)
        })();
        if let Err(e) = result {
            doc.stored().forget_unsaved().map_err(|e| StoreError::BadRow(e.to_string()))?;
            return Err(locate(&path, e));
        }
        doc.stored().mark_saved();
        // The boxes that moved, against the layout a window was shown (if one was).
        // Only the cells, columns and rows of what differs are laid out again, as after an edit
        // of ours (a whole new layout per teammate's keystroke was most of a receive's time).
        let patch = match c.layout.as_mut() {
            Some(live) => live.update(&repaired.journey, &touched),
            None => LayoutPatch::default(),
        };
        let change = Change::new(&repaired.journey, &touched, patch, c.revision, next);
        let notes = documents::notes(&repaired.journey, &repaired.repairs);
        c.journey = repaired.journey;
        c.repairs = repaired.repairs;
        c.revision = next;
        let (can_undo, can_redo) = self.history(id)?;
        Ok(Received {
            incoming,
            authors: who,
            journey: Some(id),
            applied: Some(Applied { revision: next, can_undo, can_redo, change, skipped: Vec::new() }),
            repairs: notes,
            ..Default::default()
        })
    }

    /// A journey a teammate added: it comes in whole once the index lists it (until then it
    /// waits, and the sync layer offers it again when the index arrives).
    fn receive_new_journey(&mut self, id: Id, changes: Vec<journey_doc::automerge::Change>) -> Result<Received> {
        let Some(position) = self.index_if_any()?.and_then(|i| i.journeys().get(&id).copied()) else {
            return Ok(Received::default());
        };
        let who = authors(changes.iter().map(meta_of).collect());
        let incoming = changes.len();
        let mut doc = JourneyDoc::from_changes(id, changes).map_err(|e| remote(id, e))?;
        let repaired = doc.materialize().map_err(|e| remote(id, e))?;
        let path = self.path.clone();
        let result = (|| -> Result<()> {
            let tx = self.conn.transaction()?;
            rows::insert_journey(&tx, &repaired.journey, position)?;
            let heads = documents::save(&tx, doc.stored())?;
            documents::set_read_model_heads(&tx, id, &heads)?;
            documents::set_repairs(&tx, id, &repaired.repairs)?;
            tx.commit()?;
            Ok(())
        })();
        result.map_err(|e| locate(&path, e))?;
        doc.stored().mark_saved();
        let notes = documents::notes(&repaired.journey, &repaired.repairs);
        Ok(Received { incoming, authors: who, added: vec![id], repairs: notes, ..Default::default() })
    }

    /// Makes sure the read model of journey `id` shows everything its stored chunks hold (the
    /// sync layer may have stored changes just before the app stopped). True if it was behind.
    pub fn catch_up(&mut self, id: Id) -> Result<bool> {
        let Some(mut fresh) = documents::load_journey_doc(&self.conn, id)? else { return Ok(false) };
        let heads = journey_doc::heads_text(&fresh.stored().heads());
        if documents::read_model_heads(&self.conn, id)? == heads {
            return Ok(false);
        }
        self.cache.remove(&id);
        self.cached(id)?;
        let mut c = self.cache.remove(&id).expect("cached above");
        self.rebuild(&mut c)?;
        c.revision += 1;
        self.conn.execute("UPDATE journeys SET revision = ?2 WHERE id = ?1", rusqlite::params![id.to_string(), c.revision as i64])?;
        self.cache.insert(id, c);
        Ok(true)
    }
}

impl Store {
    /// A new, empty file for a workspace shared with us: its id is the shared one and it has no
    /// list of journeys until the first sync brings the shared list.
    pub fn create_joined(path: &std::path::Path, workspace: Id) -> Result<Store> {
        let mut store = Store::create(path)?;
        let own = documents::workspace_id(&store.conn)?;
        let tx = store.conn.transaction()?;
        if let Some(own) = own {
            for key in documents::load_range(&tx, &journey_doc::chunk_prefix(own))?.keys() {
                documents::delete(&tx, key)?;
            }
            tx.execute("DELETE FROM documents WHERE id = ?1", [own.to_string()])?;
        }
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace', ?1)", [workspace.to_string()])?;
        tx.commit()?;
        store.index = None;
        Ok(store)
    }
}

/// The meta key under which a shared workspace keeps how it is shared (the sync layer's JSON).
const SHARING: &str = "sharing";

impl Store {
    /// How this workspace is shared (the sync layer's own record), if it is.
    pub fn sharing(&self) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [SHARING], |r| r.get(0)).optional()?)
    }

    /// Records (or with `None` forgets) how this workspace is shared.
    pub fn set_sharing(&mut self, value: Option<&str>) -> Result<()> {
        self.writable()?;
        let r = match value {
            Some(v) => self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", [SHARING, v]),
            None => self.conn.execute("DELETE FROM meta WHERE key = ?1", [SHARING]),
        };
        r.map(|_| ()).map_err(|e| locate(&self.path, e.into()))
    }
}
