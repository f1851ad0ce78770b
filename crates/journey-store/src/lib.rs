//! A workspace file: one SQLite database holding journeys, their undo/redo log and versions.
//!
//! This crate owns durability. Every edit is validated by journey-core, then written with its
//! inverse in one transaction before the call returns (WAL, `synchronous=FULL`: a power cut
//! loses nothing that was confirmed). Only one process writes a file: the store holds an
//! exclusive `flock` on it for as long as it is open. It never changes a file it did not
//! recognise as a workspace.

mod documents;
mod error;
mod merge;
mod probe;
mod rows;
mod sync;
mod versions;
pub mod schema;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use journey_core::repair::Repair;
use journey_core::{apply as apply_edit, Change, Edit, Id, Journey, Layout, LayoutPatch, LiveLayout, Touched};
use journey_doc::{JourneyDoc, Meta, WorkspaceDoc, Write};

pub use documents::RepairNote;
pub use error::{Result, StoreError};
pub use journey_doc::Changed;
pub use merge::{JourneyMerge, MergeReport};
pub use probe::inspect;
pub use sync::Received;
/// Heads and changes as the sync layer passes them.
pub use journey_doc::automerge::ChangeHash;
pub use versions::{VersionInfo, VersionSide};

/// What the UI needs after any change: the new revision, whether undo/redo are possible, and
/// what changed (the patch every reader applies to what it holds).
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Applied {
    pub revision: u64,
    pub can_undo: bool,
    pub can_redo: bool,
    pub change: Change,
    /// What an undo or redo left as it was because a teammate changed it since: one message
    /// each (`kept-*` in studio.ftl), said in the window's language.
    #[ts(type = "Array<Said>")]
    pub skipped: Vec<journey_i18n::Said>,
}

/// A journey as the store holds it: the model, its revision, and (once a window asked for it)
/// its layout, kept up to date edit by edit so each change can say which boxes moved.
struct Cached {
    journey: Journey,
    revision: u64,
    layout: Option<LiveLayout>,
    /// Its Automerge document, read on the first change (opening needs only the read model).
    doc: Option<JourneyDoc>,
    /// What the view shows differently from the document after a merge; while any is left, a
    /// change is followed by a fresh repair of the whole document.
    repairs: Vec<Repair>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JourneySummary {
    pub id: Id,
    pub name: String,
}

pub struct Store {
    // Field order matters: the connection closes before the lock file is released.
    conn: Connection,
    path: PathBuf,
    read_only: bool,
    cache: HashMap<Id, Cached>,
    /// The workspace's list-of-journeys document, read when first needed.
    index: Option<WorkspaceDoc>,
    /// Who this session's changes are recorded as (shown to teammates after a merge).
    author: String,
    /// Off only in the store benchmark, to measure today's store beside the one with documents.
    documents: bool,
    /// Told which document changed after each of our commits (the live-sync layer).
    on_commit: Option<Box<dyn Fn(Id) + Send>>,
    _lock: Option<File>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).field("read_only", &self.read_only).finish()
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", true)?;
    // FULL: each commit is fsynced, so "saved" survives a power cut, not only a crash.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.busy_timeout(std::time::Duration::from_millis(200))?;
    Ok(())
}

fn lock(path: &Path, writable: bool) -> Result<File> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(writable)
        .open(path)
        .map_err(|e| StoreError::Io { path: path.to_path_buf(), source: e })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked { path: path.to_path_buf() }),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::Io { path: path.to_path_buf(), source: e }),
    }
}

/// Who changes are recorded as when nobody said: the login name, else "someone".
fn default_author() -> String {
    std::env::var("JOURNEY_AUTHOR")
        .or_else(|_| std::env::var("USER"))
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "someone".into())
}

fn now_seconds() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// An edit's kind as its logged JSON names it ("moveCard"), for the document's commit message:
/// `Edit` is tagged by `type`, which serde writes first.
fn edit_kind(logged: &str) -> &str {
    logged.strip_prefix(r#"{"type":""#).and_then(|rest| rest.split('"').next()).unwrap_or("edit")
}

impl Store {
    fn with(conn: Connection, path: &Path, read_only: bool, lock: File) -> Store {
        Store {
            conn,
            path: path.to_path_buf(),
            read_only,
            cache: HashMap::new(),
            index: None,
            author: default_author(),
            documents: true,
            on_commit: None,
            _lock: Some(lock),
        }
    }

    /// Records this session's changes under `name` (the app's user name, a CLI `--author`).
    pub fn set_author(&mut self, name: &str) {
        if !name.trim().is_empty() {
            self.author = name.trim().to_string();
        }
    }

    /// Benchmark hook: edits stop going into the journeys' documents (the store as it was
    /// before documents), so `journey bench store` can compare the two in one run.
    #[doc(hidden)]
    pub fn without_documents_for_bench(&mut self) {
        self.documents = false;
    }

    pub fn author(&self) -> &str {
        &self.author
    }

    fn meta(&self, edit: &str) -> Meta {
        Meta { by: self.author.clone(), edit: edit.to_string(), at: now_seconds() }
    }

    /// Creates a new, empty workspace. Refuses to overwrite an existing file.
    pub fn create(path: &Path) -> Result<Store> {
        if path.exists() {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "a file with this name already exists"),
            });
        }
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| map_open_error(path, e))?;
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID as i32)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        let lock = lock(path, true)?;
        Ok(Store::with(conn, path, false, lock))
    }

    /// Creates a workspace holding the bundled sample journeys.
    pub fn create_with_sample(path: &Path) -> Result<Store> {
        let mut store = Store::create(path)?;
        for j in journey_core::sample::sample_journeys() {
            store.add_journey(&j)?;
        }
        Ok(store)
    }

    /// Opens an existing workspace. A file that is not ours, from a newer version, damaged or
    /// locked by another process is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        let header = probe::inspect(path)?;
        let writable = std::fs::OpenOptions::new().write(true).open(path).is_ok();
        let lock = lock(path, writable)?;
        // A file we may not write, with no pending WAL: read it as immutable, so SQLite does not
        // leave empty -wal/-shm files beside someone else's file. We hold its lock, so no writer
        // of ours is active; a pending WAL (a writer crashed) must be read, so it goes the normal way.
        let (conn, read_only) = if !writable && !header.pending_wal {
            (open_immutable(path)?, true)
        } else {
            let flags = if writable {
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
            } else {
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
            };
            let conn = Connection::open_with_flags(path, flags).map_err(|e| map_open_error(path, e))?;
            match configure(&conn).and_then(|()| check_integrity(&conn, path)) {
                Ok(()) => (conn, !writable),
                // A read-only folder: SQLite cannot create its WAL side files (its first statement
                // fails), so read the file as immutable instead.
                Err(StoreError::ReadOnly { .. }) | Err(StoreError::Sqlite(_)) => {
                    drop(conn);
                    (open_immutable(path)?, true)
                }
                Err(e) => return Err(e),
            }
        };
        let mut store = Store::with(conn, path, read_only, lock);
        if header.user_version < schema::SCHEMA_VERSION {
            // An older format needs its migration written before this version can read it. The
            // migration reads every journey, so first make sure all of the file reads: the
            // quick check at open does not look inside every row, and a failed migration must
            // not be the first to find a damaged page.
            store.writable()?;
            let verdict: String = store.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| map_open_error(path, e))?;
            if verdict != "ok" {
                return Err(StoreError::Corrupt { path: path.to_path_buf(), detail: verdict });
            }
            schema::migrate(&mut store.conn)?;
        }
        Ok(store)
    }

    /// Opens `path`, or creates it from the bundled sample when there is no file yet.
    pub fn open_or_create_sample(path: &Path) -> Result<Store> {
        if path.exists() {
            Store::open(path)
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::Io { path: dir.to_path_buf(), source: e })?;
            }
            Store::create_with_sample(path)
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn writable(&self) -> Result<()> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                reason: "the file or its folder is read-only".into(),
            });
        }
        Ok(())
    }

    pub fn journeys(&self) -> Result<Vec<JourneySummary>> {
        Ok(rows::list_journeys(&self.conn)?.into_iter().map(|(id, name)| JourneySummary { id, name }).collect())
    }

    /// Adds a journey (from the sample, a template or an import) as one transaction.
    pub fn add_journey(&mut self, journey: &Journey) -> Result<Id> {
        self.writable()?;
        journey_core::validate::journey(journey)?;
        self.in_index_tx("addJourney", |tx, index, meta| {
            let position: f64 = tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM journeys", [], |r| r.get(0))?;
            rows::insert_journey(tx, journey, position)?;
            documents::create_journey_doc(tx, journey)?;
            index.set(journey.id, Some(position), meta);
            Ok(())
        })?;
        self.committed(journey.id);
        Ok(journey.id)
    }

    /// The workspace's index document, read from the file on first use.
    fn take_index(&mut self) -> Result<WorkspaceDoc> {
        if let Some(index) = self.index.take() {
            return Ok(index);
        }
        let id = documents::workspace_id(&self.conn)?.ok_or_else(|| StoreError::BadRow("the workspace has no id".into()))?;
        documents::load_workspace_doc(&self.conn, id)?
            .ok_or_else(|| StoreError::BadRow("the workspace's list of journeys is missing".into()))
    }

    /// Runs `f` in one transaction with the workspace's index at hand; whatever `f` changed in
    /// the index is saved in the same transaction, or forgotten when it fails.
    fn in_index_tx<T>(
        &mut self,
        edit: &str,
        f: impl FnOnce(&rusqlite::Transaction, &mut WorkspaceDoc, &Meta) -> Result<T>,
    ) -> Result<T> {
        let meta = self.meta(edit);
        let mut index = self.take_index()?;
        let path = self.path.clone();
        let result = (|| {
            let tx = self.conn.transaction()?;
            let out = f(&tx, &mut index, &meta)?;
            documents::save(&tx, index.stored())?;
            tx.commit()?;
            Ok(out)
        })();
        let ws = index.id();
        match &result {
            Ok(_) => index.stored().mark_saved(),
            Err(_) => index.stored().forget_unsaved().map_err(|e| StoreError::BadRow(e.to_string()))?,
        }
        self.index = Some(index);
        if result.is_ok() {
            self.committed(ws);
        }
        result.map_err(|e| locate(&path, e))
    }

    /// Deletes a journey with its history, versions and document. Not undoable: the UI asks
    /// first. Merging a copy that still has it does not bring it back (the workspace's list of
    /// journeys records the removal).
    pub fn remove_journey(&mut self, id: Id) -> Result<()> {
        self.writable()?;
        self.cache.remove(&id);
        let removed = self.in_index_tx("removeJourney", |tx, index, meta| {
            let n = tx.execute("DELETE FROM journeys WHERE id = ?1", [id.to_string()])?;
            for key in documents::load_range(tx, &journey_doc::chunk_prefix(id))?.keys() {
                documents::delete(tx, key)?;
            }
            tx.execute("DELETE FROM documents WHERE id = ?1", [id.to_string()])?;
            index.set(id, None, meta);
            Ok(n > 0)
        })?;
        if !removed {
            return Err(StoreError::NoSuchJourney(id));
        }
        Ok(())
    }

    /// Deletes the row with `id` from `table` (its dependents go by cascade); false if absent.
    fn delete_row(&mut self, table: &str, id: Id) -> Result<bool> {
        self.writable()?;
        let n = self
            .conn
            .execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id.to_string()])
            .map_err(|e| locate(&self.path, e.into()))?;
        Ok(n > 0)
    }

    /// Appends a line to a journey's workshop record (who did what; the time is the file's
    /// clock, UTC).
    pub fn log_workshop(&mut self, journey: Id, who: &str, what: &str) -> Result<()> {
        self.writable()?;
        let path = self.path.clone();
        self.conn
            .execute(
                "INSERT INTO workshop_log (journey_id, seq, at, who, what)
                 VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM workshop_log WHERE journey_id = ?1),
                         strftime('%Y-%m-%d %H:%M:%S', 'now'), ?2, ?3)",
                rusqlite::params![journey.to_string(), who, what],
            )
            .map_err(|e| locate(&path, e.into()))?;
        Ok(())
    }

    /// A journey's workshop record, oldest first: (time, who, what).
    pub fn workshop_log(&self, journey: Id) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn.prepare("SELECT at, who, what FROM workshop_log WHERE journey_id = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([journey.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Adds imported journeys in one transaction: all of them or, on any error, none. A journey
    /// whose id the workspace already holds (the same file imported twice) comes in as a copy
    /// with new ids, so nothing already there is replaced. Returns the new journeys' ids.
    pub fn import_journeys(&mut self, journeys: &[Journey]) -> Result<Vec<Id>> {
        self.writable()?;
        let existing: std::collections::HashSet<Id> = self.journeys()?.into_iter().map(|j| j.id).collect();
        let mut fresh = Vec::with_capacity(journeys.len());
        for j in journeys {
            journey_core::validate::journey(j)?;
            let taken = existing.contains(&j.id) || fresh.iter().any(|f: &Journey| f.id == j.id);
            fresh.push(if taken { journey_core::copy::duplicate(j, &j.name) } else { j.clone() });
        }
        self.in_index_tx("importJourneys", |tx, index, meta| {
            for j in &fresh {
                let position: f64 =
                    tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM journeys", [], |r| r.get(0))?;
                rows::insert_journey(tx, j, position)?;
                documents::create_journey_doc(tx, j)?;
                index.set(j.id, Some(position), meta);
            }
            Ok(())
        })?;
        for j in &fresh {
            self.committed(j.id);
        }
        Ok(fresh.iter().map(|j| j.id).collect())
    }

    /// Adds a copy of a journey (new ids throughout) under `name`; returns the copy's id.
    pub fn duplicate_journey(&mut self, id: Id, name: &str) -> Result<Id> {
        journey_core::validate::name(journey_core::Field::JourneyName, name)?;
        let copy = journey_core::copy::duplicate(self.journey(id)?.0, name);
        self.add_journey(&copy)
    }

    /// The journey and its revision, read from the file on first use and cached after.
    pub fn journey(&mut self, id: Id) -> Result<(&Journey, u64)> {
        let c = self.cached(id)?;
        Ok((&c.journey, c.revision))
    }

    /// The journey, its layout and its revision: what a window shows. The layout is kept, so
    /// the next change is answered with the boxes that moved relative to it.
    pub fn view(&mut self, id: Id) -> Result<(&Journey, Layout, u64)> {
        let c = self.cached(id)?;
        let live = c.layout.get_or_insert_with(|| LiveLayout::new(&c.journey));
        Ok((&c.journey, live.layout(), c.revision))
    }

    fn cached(&mut self, id: Id) -> Result<&mut Cached> {
        if !self.cache.contains_key(&id) {
            let (journey, revision) = rows::load_journey(&self.conn, id)?;
            // Repairs an older version kept in its own words (sentences, before they were data)
            // do not read; they are made again from the document like a stale read model.
            let stored = documents::repairs_of(&self.conn, id);
            let unreadable = stored.is_err();
            let mut cached = Cached {
                journey,
                revision,
                layout: None,
                doc: None,
                repairs: stored.unwrap_or_default(),
            };
            // The read model shows another state than the document holds (a crash between
            // writers of an older version, a file changed by hand, chunks that came by sync):
            // the document is the truth, so the rows are made again from it.
            let heads = documents::document_heads(&self.conn, id)?;
            let stale = heads.as_ref().is_some_and(|doc| {
                documents::read_model_heads(&self.conn, id).is_ok_and(|rm| rm != *doc)
            });
            if unreadable && heads.is_none() {
                // No document to make them from: the error is the file's.
                documents::repairs_of(&self.conn, id)?;
            }
            if stale || unreadable {
                self.rebuild(&mut cached)?;
            }
            self.cache.insert(id, cached);
        }
        Ok(self.cache.get_mut(&id).expect("inserted above"))
    }

    /// Makes the read model of `c` again from its document (rows too, when the file is writable).
    fn rebuild(&mut self, c: &mut Cached) -> Result<()> {
        let id = c.journey.id;
        let mut doc = documents::load_journey_doc(&self.conn, id)?.ok_or(StoreError::NoSuchJourney(id))?;
        let repaired = doc.materialize().map_err(|e| StoreError::BadRow(e.to_string()))?;
        if !self.read_only {
            let heads = journey_doc::heads_text(&doc.stored().heads());
            let tx = self.conn.transaction()?;
            rows::replace_journey(&tx, &repaired.journey)?;
            documents::set_read_model_heads(&tx, id, &heads)?;
            documents::set_repairs(&tx, id, &repaired.repairs)?;
            tx.commit().map_err(|e| locate(&self.path, e.into()))?;
        }
        c.journey = repaired.journey;
        c.repairs = repaired.repairs;
        c.layout = None;
        c.doc = Some(doc);
        Ok(())
    }

    /// Reads the journey's document now rather than on its first change (which otherwise pays
    /// for it): for a caller that has a moment before the user starts editing.
    pub fn load_document(&mut self, id: Id) -> Result<()> {
        self.ensure_doc(id)
    }

    /// The journey's document, read from its chunks on first use (made from the read model
    /// when a journey has none yet).
    fn ensure_doc(&mut self, id: Id) -> Result<()> {
        self.cached(id)?;
        if self.cache[&id].doc.is_some() {
            return Ok(());
        }
        let doc = match documents::load_journey_doc(&self.conn, id)? {
            Some(doc) => doc,
            None => JourneyDoc::initial(&self.cache[&id].journey),
        };
        self.cache.get_mut(&id).expect("cached above").doc = Some(doc);
        Ok(())
    }

    /// What the view of journey `id` shows differently from its document since a merge, as the
    /// merge report words it; empty when nothing needs a decision. Kept in the file with the
    /// read model, so asking costs no reading of the document.
    pub fn repairs(&mut self, id: Id) -> Result<Vec<RepairNote>> {
        let c = self.cached(id)?;
        Ok(documents::notes(&c.journey, &c.repairs))
    }

    /// Who last changed an entity of journey `id` (the journey's own id for its name, goal,
    /// scale and metrics), and when; `None` for what nobody changed since it was created.
    pub fn changed(&mut self, id: Id, entity: Id) -> Result<Option<Changed>> {
        self.ensure_doc(id)?;
        Ok(self.cache[&id].doc.as_ref().expect("ensured").changed(entity).filter(|c| !c.by.is_empty()))
    }

    /// Test and crash-check hook: whether the read model shows exactly what the document holds
    /// (after repair), reading the document afresh from the file.
    pub fn check_document(&mut self, id: Id) -> Result<bool> {
        let doc = documents::load_journey_doc(&self.conn, id)?.ok_or(StoreError::NoSuchJourney(id))?;
        let from_doc = doc.materialize().map_err(|e| StoreError::BadRow(e.to_string()))?.journey;
        let (from_rows, _) = rows::load_journey(&self.conn, id)?;
        Ok(from_doc == from_rows)
    }

    /// Validates and applies `edit`, durably, with its inverse logged for undo. When
    /// `base_revision` is given and the journey has moved on since, the edit is refused.
    pub fn apply(&mut self, id: Id, edit: &Edit, base_revision: Option<u64>) -> Result<Applied> {
        self.check_base(id, base_revision)?;
        self.commit_change(id, edit, LogOp::Record)
    }

    /// Refuses a change made against an older view of the journey.
    fn check_base(&mut self, id: Id, base_revision: Option<u64>) -> Result<()> {
        self.writable()?;
        let (_, revision) = self.journey(id)?;
        match base_revision {
            Some(base) if base != revision => Err(StoreError::Stale { expected: base, actual: revision }),
            _ => Ok(()),
        }
    }

    pub fn undo(&mut self, id: Id) -> Result<Applied> {
        self.step(id, true)
    }

    pub fn redo(&mut self, id: Id) -> Result<Applied> {
        self.step(id, false)
    }

    /// Undo applies the newest done entry's inverse; redo the oldest undone entry's forward edit.
    /// Only the fields that still hold what that entry wrote are changed: a teammate's change
    /// merged since is kept, and `skipped` says so.
    fn step(&mut self, id: Id, undo: bool) -> Result<Applied> {
        self.writable()?;
        self.ensure_doc(id)?;
        let query = if undo {
            "SELECT seq, inverse, writes FROM edits WHERE journey_id = ?1 AND undone = 0 ORDER BY seq DESC LIMIT 1"
        } else {
            "SELECT seq, forward, writes FROM edits WHERE journey_id = ?1 AND undone = 1 ORDER BY seq ASC LIMIT 1"
        };
        let row: Option<(i64, String, String)> =
            self.conn.query_row(query, [id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()?;
        let (seq, logged, writes) = row.ok_or(StoreError::NothingTo(if undo { "undo" } else { "redo" }))?;
        let edit: Edit = serde_json::from_str(&logged)?;
        let writes: Vec<Write> = serde_json::from_str(&writes)?;
        let c = &self.cache[&id];
        let (edit, skipped) = merge::keep_teammates(&c.journey, c.doc.as_ref().expect("ensured"), &edit, &writes, &self.author)?;
        let mut applied = self.commit_change(id, &edit, LogOp::Mark { seq, undone: undo })?;
        applied.skipped = skipped;
        Ok(applied)
    }

    pub fn history(&self, id: Id) -> Result<(bool, bool)> {
        // Two index probes (edits_by_state), however long the history is.
        let (undo, redo): (bool, bool) = self.conn.prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM edits WHERE journey_id = ?1 AND undone = 0),
                    EXISTS(SELECT 1 FROM edits WHERE journey_id = ?1 AND undone = 1)",
        )?
        .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok((undo, redo))
    }

    /// Applies `edit` in memory and to the journey's document (just the fields it changed, one
    /// commit), then writes the rows it touched, the document's new chunk and the log change in
    /// one transaction; rolls memory and document back if the transaction fails.
    fn commit_change(&mut self, id: Id, edit: &Edit, op: LogOp) -> Result<Applied> {
        self.ensure_doc(id)?;
        // The edit's JSON, made once: the undo log stores it and the commit names its kind.
        let forward = serde_json::to_string(edit)?;
        let meta = self.meta(edit_kind(&forward));
        let cached = self.cache.get_mut(&id).ok_or(StoreError::NoSuchJourney(id))?;
        let Cached { journey, revision, layout, doc, repairs } = cached;
        let doc = doc.as_mut().expect("ensured above");
        let live = layout.get_or_insert_with(|| LiveLayout::new(journey));
        // After a merge the view may differ from the document; keep what it was to send the
        // whole difference once the document is repaired again.
        let repaired_before = (!repairs.is_empty()).then(|| (journey.clone(), live.layout()));
        let old_repairs = repairs.clone();
        let mut direct = Vec::new();
        edit.touched(&mut direct);
        // While the view shows repairs, the fields an edit writes are diffed against the
        // document, not the view: saving a card whose score the view shows clamped writes the
        // clamped score, which is how the user confirms it.
        let before = if repairs.is_empty() { journey_doc::before(journey, &direct) } else { Default::default() };
        let mut tracked = match left_out(repairs, edit) {
            // A flow the merge left out of the map is removed from the document alone: the
            // ordinary edit that resolves it, though the view never had it.
            Some((id, flow)) => {
                let touched = vec![Touched::Flow(id)];
                let change = Change::new(journey, &touched, LayoutPatch::default(), *revision, *revision + 1);
                // Its undo would add back a flow the map refuses, so it is refused with the
                // graph's reason, like any such flow; a dangling one has nothing to go back to.
                let inverse = flow.map(|flow| Edit::AddFlow { flow }).unwrap_or(Edit::Batch { edits: Vec::new() });
                journey_core::Tracked { inverse, touched, change }
            }
            None => journey_core::apply_tracked(journey, live, edit, *revision)?,
        };
        let writes = if self.documents { doc.record(journey, &tracked.touched, &before, &meta) } else { Vec::new() };
        let next = *revision + 1;
        if let Some((old, old_layout)) = &repaired_before {
            let again = doc.materialize().map_err(|e| StoreError::BadRow(e.to_string()))?;
            if again.journey != *journey {
                *journey = again.journey;
                *live = LiveLayout::new(journey);
            }
            *repairs = again.repairs;
            let touched = merge::differing(old, journey);
            tracked.change =
                Change::new(journey, &touched, LayoutPatch::between(old_layout, &live.layout()), *revision, next);
            tracked.touched = touched;
        }
        let log = Log { edit: &forward, inverse: &tracked.inverse, writes: &writes, op };
        let repairs_now = (*repairs != old_repairs).then_some(repairs.as_slice());
        match write_change(&mut self.conn, journey, &tracked.touched, log, next, doc, repairs_now) {
            Ok(()) => {
                doc.stored().mark_saved();
                *revision = next;
                self.committed(id);
                let (can_undo, can_redo) = self.history(id)?;
                Ok(Applied { revision: next, can_undo, can_redo, change: tracked.change, skipped: Vec::new() })
            }
            Err(e) => {
                doc.stored().forget_unsaved().map_err(|e| StoreError::BadRow(e.to_string()))?;
                *repairs = old_repairs;
                match repaired_before {
                    Some((old, _)) => {
                        *journey = old;
                        *live = LiveLayout::new(journey);
                    }
                    None => {
                        apply_edit(journey, &tracked.inverse).expect("an inverse applies to the state it came from");
                        // The layout is a function of the journey: laying the same cells out again undoes it.
                        live.update(journey, &tracked.touched);
                    }
                }
                Err(locate(&self.path, e))
            }
        }
    }

    /// Test hook: caps the file at `pages` pages to simulate a full disk.
    #[doc(hidden)]
    pub fn limit_pages_for_test(&self, pages: u32) -> Result<()> {
        self.conn.pragma_update(None, "max_page_count", pages)?;
        Ok(())
    }

    /// Test hook: the file's own integrity check.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

#[derive(Debug, Clone, Copy)]
enum LogOp {
    /// A new edit: clear the redo branch and append.
    Record,
    /// An undo or redo: flip the logged entry.
    Mark { seq: i64, undone: bool },
}

/// The flow `edit` removes when it is one the merge left out of the map (suspended, with the
/// flow; or pointing at a stage that is gone): the view does not have it, the document does.
fn left_out(repairs: &[Repair], edit: &Edit) -> Option<(Id, Option<journey_core::Flow>)> {
    let Edit::RemoveFlow { id } = edit else { return None };
    repairs.iter().find_map(|r| match r {
        Repair::SuspendedFlow { flow, .. } if flow.id == *id => Some((*id, Some(flow.clone()))),
        Repair::DanglingFlow { flow, .. } if flow == id => Some((*id, None)),
        _ => None,
    })
}

/// One edit's entry in the undo log.
struct Log<'a> {
    /// The edit as JSON.
    edit: &'a str,
    inverse: &'a Edit,
    writes: &'a [Write],
    op: LogOp,
}

fn write_change(
    conn: &mut Connection,
    journey: &Journey,
    touched: &[Touched],
    log: Log,
    revision: u64,
    doc: &mut JourneyDoc,
    repairs: Option<&[Repair]>,
) -> Result<()> {
    let tx = conn.transaction()?;
    rows::write_touched(&tx, journey, touched)?;
    if let Some(repairs) = repairs {
        documents::set_repairs(&tx, journey.id, repairs)?;
    }
    let heads = documents::save(&tx, doc.stored())?;
    let key = journey.id.to_string();
    let writes = serde_json::to_string(log.writes)?;
    match log.op {
        LogOp::Record => {
            tx.execute("DELETE FROM edits WHERE journey_id = ?1 AND undone = 1", [&key])?;
            tx.prepare_cached(
                "INSERT INTO edits (journey_id, seq, forward, inverse, undone, at, writes)
                 VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM edits WHERE journey_id = ?1), ?2, ?3, 0, datetime('now'), ?4)",
            )?
            .execute(params![key, log.edit, serde_json::to_string(log.inverse)?, writes])?;
        }
        LogOp::Mark { seq, undone } => {
            // What this undo (or redo) wrote is what the next redo (or undo) checks against.
            tx.execute(
                "UPDATE edits SET undone = ?3, writes = ?4 WHERE journey_id = ?1 AND seq = ?2",
                params![key, seq, undone, writes],
            )?;
        }
    }
    // The rows now show the document at `heads`: one statement with the revision.
    tx.prepare_cached("UPDATE journeys SET revision = ?2, heads = ?3 WHERE id = ?1")?
        .execute(params![key, revision as i64, heads])?;
    tx.commit()?;
    Ok(())
}

/// Fills in the path for errors raised deep in SQLite.
fn locate(file: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::ReadOnly { path, reason } if path.as_os_str().is_empty() => {
            StoreError::ReadOnly { path: file.to_path_buf(), reason }
        }
        other => other,
    }
}

/// A read-only view that never writes beside the file (no WAL, no shm), integrity-checked.
fn open_immutable(path: &Path) -> Result<Connection> {
    let uri = format!("file:{}?immutable=1", path.display());
    let conn = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| map_open_error(path, e))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    check_integrity(&conn, path)?;
    Ok(conn)
}

fn check_integrity(conn: &Connection, path: &Path) -> Result<()> {
    let verdict: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(|e| map_open_error(path, e))?;
    if verdict != "ok" {
        return Err(StoreError::Corrupt { path: path.to_path_buf(), detail: verdict });
    }
    Ok(())
}

fn map_open_error(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => {
            StoreError::NotAWorkspace { path: path.to_path_buf(), reason: "it is not a SQLite database".into() }
        }
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt { path: path.to_path_buf(), detail: e.to_string() },
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::CannotOpen) => {
            StoreError::ReadOnly { path: path.to_path_buf(), reason: "the file or its folder is read-only".into() }
        }
        _ => StoreError::Sqlite(e),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_edits_kind_is_read_off_its_json() {
        let edit = journey_core::Edit::RemoveCard { id: journey_core::new_id() };
        assert_eq!(super::edit_kind(&serde_json::to_string(&edit).unwrap()), "removeCard");
        assert_eq!(super::edit_kind("not json"), "edit");
    }
}
