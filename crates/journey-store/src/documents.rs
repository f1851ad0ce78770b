//! The Automerge documents inside a workspace file: one per journey and one for the workspace's
//! list of journeys, stored as chunks in the `chunks` table under samod's keys
//! (`<document id>/incremental/<change hash>`, `<document id>/snapshot/<heads hash>`), so the
//! live-sync layer's `Storage` (load, load_range, put, delete) reads exactly these rows.
//!
//! The journey tables stay as the read model: a journey opens from them without reading its
//! document. `journeys.heads` records which document state they show and `documents.heads` what
//! the chunks hold; when the two differ the read model is rebuilt from the document.

use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

use journey_core::repair::Repair;
use journey_core::{Id, Journey};
use journey_doc::{chunk_prefix, heads_text, JourneyDoc, Stored, WorkspaceDoc};

use crate::error::{Result, StoreError};
use crate::rows;

/// Incremental chunks a document may collect before they are folded into one snapshot: each
/// edit appends one small chunk; a snapshot costs a full save, so it happens now and then.
pub const COMPACT_AFTER: i64 = 64;

/// The chunk table, in the shape of samod's `Storage` trait.
pub fn load(conn: &Connection, key: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn.prepare_cached("SELECT data FROM chunks WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
}

pub fn load_range(conn: &Connection, prefix: &str) -> Result<BTreeMap<String, Vec<u8>>> {
    // Keys are ASCII (base58, hex and '/'), so the prefix range ends just past '/'+0xff.
    let mut stmt = conn.prepare_cached("SELECT key, data FROM chunks WHERE key >= ?1 AND key < ?2")?;
    let end = format!("{prefix}\u{10ffff}");
    let rows = stmt.query_map(params![prefix, end], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<BTreeMap<String, Vec<u8>>>>()?)
}

pub fn put(conn: &Connection, key: &str, data: &[u8]) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO chunks (key, data) VALUES (?1, ?2)")?.execute(params![key, data])?;
    Ok(())
}

pub fn delete(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM chunks WHERE key = ?1")?.execute([key])?;
    Ok(())
}

fn damaged(what: &str, e: journey_doc::DocError) -> StoreError {
    match e {
        journey_doc::DocError::Newer(_) => StoreError::BadRow(format!(
            "the shared history of {what} was written by a newer Journey Studio; update it to change this journey"
        )),
        other => StoreError::BadRow(format!("{what}: {other}")),
    }
}

/// Reads document `id`'s chunks, with their keys.
fn chunks_of(conn: &Connection, id: Id) -> Result<Vec<(String, Vec<u8>)>> {
    // Snapshots first: incrementals then only add what came after.
    let mut all: Vec<(String, Vec<u8>)> = load_range(conn, &chunk_prefix(id))?.into_iter().collect();
    all.sort_by_key(|(k, _)| !k.contains("/snapshot/"));
    Ok(all)
}

pub fn load_journey_doc(conn: &Connection, id: Id) -> Result<Option<JourneyDoc>> {
    let chunks = chunks_of(conn, id)?;
    if chunks.is_empty() {
        return Ok(None);
    }
    let mut doc = JourneyDoc::load(id, chunks.iter().map(|(_, v)| v.as_slice())).map_err(|e| damaged("this journey", e))?;
    let s = doc.stored();
    s.known = chunks.into_iter().map(|(k, _)| k).filter(|k| s.holds(k)).collect();
    Ok(Some(doc))
}

pub fn load_workspace_doc(conn: &Connection, id: Id) -> Result<Option<WorkspaceDoc>> {
    let chunks = chunks_of(conn, id)?;
    if chunks.is_empty() {
        return Ok(None);
    }
    let mut doc = WorkspaceDoc::load(id, chunks.iter().map(|(_, v)| v.as_slice())).map_err(|e| damaged("the workspace", e))?;
    let s = doc.stored();
    s.known = chunks.into_iter().map(|(k, _)| k).filter(|k| s.holds(k)).collect();
    Ok(Some(doc))
}

/// Writes a document's unsaved changes as chunks (folding them into one snapshot when enough
/// have collected) and records its heads. Part of the caller's transaction; the caller marks
/// the document saved once that transaction committed.
pub fn save(conn: &Connection, s: &mut Stored) -> Result<String> {
    let fresh = s.unsaved_chunks();
    let heads = heads_text(&s.heads());
    let id = s.id.to_string();
    let stored = match s.on_disk {
        Some(n) => n,
        None => conn
            .prepare_cached("SELECT chunks FROM documents WHERE id = ?1")?
            .query_row([&id], |r| r.get(0))
            .optional()?
            .unwrap_or(0),
    };
    let count = stored + fresh.len() as i64;
    if count > COMPACT_AFTER {
        let (key, data) = s.snapshot_chunk();
        // Only chunks this document is known to hold go: the sync layer may have written one
        // since we read ours, with changes we have not taken in yet (samod's rule too).
        for k in s.known.iter().filter(|k| **k != key) {
            delete(conn, k)?;
        }
        put(conn, &key, &data)?;
        set_heads(conn, &id, &heads, 0)?;
        s.on_disk = Some(0);
        s.known = [key].into();
    } else {
        for (key, data) in &fresh {
            put(conn, key, data)?;
        }
        set_heads(conn, &id, &heads, count)?;
        s.on_disk = Some(count);
        s.known.extend(fresh.into_iter().map(|(k, _)| k));
    }
    Ok(heads)
}

fn set_heads(conn: &Connection, id: &str, heads: &str, chunks: i64) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO documents (id, heads, chunks) VALUES (?1, ?2, ?3)")?
        .execute(params![id, heads, chunks])?;
    Ok(())
}

pub fn document_heads(conn: &Connection, id: Id) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT heads FROM documents WHERE id = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?)
}

pub fn read_model_heads(conn: &Connection, id: Id) -> Result<String> {
    Ok(conn.prepare_cached("SELECT heads FROM journeys WHERE id = ?1")?.query_row([id.to_string()], |r| r.get(0))?)
}

/// The heads the read model shows, as hashes (empty for a journey that has none recorded).
pub fn read_model_head_list(conn: &Connection, id: Id) -> Result<Vec<journey_doc::automerge::ChangeHash>> {
    Ok(read_model_heads(conn, id)?.split(',').filter(|h| !h.is_empty()).filter_map(|h| h.parse().ok()).collect())
}

pub fn set_read_model_heads(conn: &Connection, id: Id, heads: &str) -> Result<()> {
    conn.prepare_cached("UPDATE journeys SET heads = ?2 WHERE id = ?1")?.execute(params![id.to_string(), heads])?;
    Ok(())
}

/// What a journey's view shows differently from its document (after a merge), as kept with
/// the read model.
pub fn repairs_of(conn: &Connection, id: Id) -> Result<Vec<Repair>> {
    let text: Option<String> = conn
        .prepare_cached("SELECT repairs FROM journeys WHERE id = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?;
    Ok(match text {
        Some(t) => serde_json::from_str(&t)?,
        None => Vec::new(),
    })
}

pub fn set_repairs(conn: &Connection, id: Id, repairs: &[Repair]) -> Result<()> {
    conn.prepare_cached("UPDATE journeys SET repairs = ?2 WHERE id = ?1")?
        .execute(params![id.to_string(), serde_json::to_string(repairs)?])?;
    Ok(())
}

/// The workspace's id (its index document's id).
pub fn workspace_id(conn: &Connection) -> Result<Option<Id>> {
    let v: Option<String> =
        conn.query_row("SELECT value FROM meta WHERE key = 'workspace'", [], |r| r.get(0)).optional()?;
    v.map(|s| s.parse().map_err(|e: uuid::Error| StoreError::BadRow(format!("workspace id: {e}")))).transpose()
}

/// A workspace id for a file made before documents existed: derived from the journeys it holds,
/// so two copies of one old file, migrated apart, turn out to be the same workspace.
fn derived_workspace_id(journeys: &BTreeMap<Id, f64>) -> Id {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"journey-studio workspace");
    for id in journeys.keys() {
        h.update(id.as_bytes());
    }
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

/// The migration step that gives every journey of an older file its document and the
/// workspace its index, each first change derived from the content alone.
pub fn create_all(conn: &Connection) -> Result<()> {
    let positions: BTreeMap<Id, f64> = {
        let mut stmt = conn.prepare("SELECT id, position FROM journeys")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?)))?;
        // A row this version cannot read is refused, with its own message, when that journey is
        // opened; the migration leaves it to that and makes documents for the rest.
        rows.filter_map(|row| row.ok().and_then(|(id, pos)| Some((id.parse().ok()?, pos)))).collect()
    };
    // A file with no journeys yet (a new one) is no copy of anything: it gets a fresh id.
    let workspace = if positions.is_empty() { journey_core::new_id() } else { derived_workspace_id(&positions) };
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace', ?1)", [workspace.to_string()])?;
    let mut index = WorkspaceDoc::initial(workspace, &positions);
    save(conn, index.stored())?;
    for id in positions.keys() {
        // A journey this version cannot read is refused when it is opened, with its own
        // message; its document is made on its first change instead.
        let Ok((journey, _)) = rows::load_journey(conn, *id) else { continue };
        let mut doc = JourneyDoc::initial(&journey);
        let heads = save(conn, doc.stored())?;
        set_read_model_heads(conn, *id, &heads)?;
    }
    Ok(())
}

/// A journey's document made from the journey itself (a new or imported journey).
pub fn create_journey_doc(conn: &Connection, j: &Journey) -> Result<()> {
    let mut doc = JourneyDoc::initial(j);
    let heads = save(conn, doc.stored())?;
    set_read_model_heads(conn, j.id, &heads)
}

/// What the view shows differently from the document, in the words of the merge report.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RepairNote {
    /// In English, for the logs and a window without the message.
    pub sentence: String,
    /// The message the window says in its language.
    #[ts(type = "Said")]
    pub said: journey_i18n::Said,
    pub repair: Repair,
}

pub fn notes(j: &Journey, repairs: &[Repair]) -> Vec<RepairNote> {
    repairs
        .iter()
        .map(|r| {
            let said = r.said(j);
            RepairNote {
                sentence: said.to_string(),
                said,
                repair: r.clone(),
            }
        })
        .collect()
}

impl crate::Store {
    /// The chunk stored under `key`, as samod's `Storage::load` would read it.
    pub fn chunk(&self, key: &str) -> Result<Option<Vec<u8>>> {
        load(&self.conn, key)
    }

    /// Every chunk whose key starts with `prefix`, as samod's `Storage::load_range` reads them.
    pub fn chunks(&self, prefix: &str) -> Result<BTreeMap<String, Vec<u8>>> {
        load_range(&self.conn, prefix)
    }

    /// The workspace's id: the same in every copy of it, and what "merge a copy" checks.
    pub fn workspace_id(&self) -> Result<Option<Id>> {
        workspace_id(&self.conn)
    }
}
