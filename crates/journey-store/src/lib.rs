//! A workspace file: one SQLite database holding journeys, their undo/redo log and versions.
//!
//! This crate owns durability. Every edit is validated by journey-core, then written with its
//! inverse in one transaction before the call returns (WAL, `synchronous=FULL`: a power cut
//! loses nothing that was confirmed). Only one process writes a file: the store holds an
//! exclusive `flock` on it for as long as it is open. It never changes a file it did not
//! recognise as a workspace.

mod error;
mod probe;
mod rows;
mod versions;
pub mod schema;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use journey_core::{apply as apply_edit, Change, Edit, Id, Journey, Layout, LiveLayout, Touched};

pub use error::{Result, StoreError};
pub use probe::inspect;
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
}

/// A journey as the store holds it: the model, its revision, and (once a window asked for it)
/// its layout, kept up to date edit by edit so each change can say which boxes moved.
struct Cached {
    journey: Journey,
    revision: u64,
    layout: Option<LiveLayout>,
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

impl Store {
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
        Ok(Store { conn, path: path.to_path_buf(), read_only: false, cache: HashMap::new(), _lock: Some(lock) })
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
        let mut store = Store { conn, path: path.to_path_buf(), read_only, cache: HashMap::new(), _lock: Some(lock) };
        if header.user_version < schema::SCHEMA_VERSION {
            // An older format needs its migration written before this version can read it.
            store.writable()?;
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
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| locate(&path, e.into()))?;
        let position: f64 = tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM journeys", [], |r| r.get(0))?;
        rows::insert_journey(&tx, journey, position).map_err(|e| locate(&path, e))?;
        tx.commit().map_err(|e| locate(&path, e.into()))?;
        Ok(journey.id)
    }

    /// Deletes a journey with its history and versions. Not undoable: the UI asks first.
    pub fn remove_journey(&mut self, id: Id) -> Result<()> {
        self.cache.remove(&id);
        if !self.delete_row("journeys", id)? {
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
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| locate(&path, e.into()))?;
        for j in &fresh {
            let position: f64 = tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM journeys", [], |r| r.get(0))?;
            rows::insert_journey(&tx, j, position).map_err(|e| locate(&path, e))?;
        }
        tx.commit().map_err(|e| locate(&path, e.into()))?;
        Ok(fresh.iter().map(|j| j.id).collect())
    }

    /// Adds a copy of a journey (new ids throughout) under `name`; returns the copy's id.
    pub fn duplicate_journey(&mut self, id: Id, name: &str) -> Result<Id> {
        journey_core::validate::name("journey name", name)?;
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
            self.cache.insert(id, Cached { journey, revision, layout: None });
        }
        Ok(self.cache.get_mut(&id).expect("inserted above"))
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
    fn step(&mut self, id: Id, undo: bool) -> Result<Applied> {
        self.writable()?;
        self.journey(id)?;
        let query = if undo {
            "SELECT seq, inverse FROM edits WHERE journey_id = ?1 AND undone = 0 ORDER BY seq DESC LIMIT 1"
        } else {
            "SELECT seq, forward FROM edits WHERE journey_id = ?1 AND undone = 1 ORDER BY seq ASC LIMIT 1"
        };
        let row: Option<(i64, String)> =
            self.conn.query_row(query, [id.to_string()], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        let (seq, logged) = row.ok_or(StoreError::NothingTo(if undo { "undo" } else { "redo" }))?;
        let edit: Edit = serde_json::from_str(&logged)?;
        self.commit_change(id, &edit, LogOp::Mark { seq, undone: undo })
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

    /// Applies `edit` in memory, writes the rows it touched and the log change in one
    /// transaction, and rolls the memory back if the transaction fails.
    fn commit_change(&mut self, id: Id, edit: &Edit, op: LogOp) -> Result<Applied> {
        let cached = self.cache.get_mut(&id).ok_or(StoreError::NoSuchJourney(id))?;
        let Cached { journey, revision, layout } = cached;
        let live = layout.get_or_insert_with(|| LiveLayout::new(journey));
        let tracked = journey_core::apply_tracked(journey, live, edit, *revision)?;
        let next = *revision + 1;
        match write_change(&mut self.conn, journey, &tracked.touched, edit, &tracked.inverse, next, op) {
            Ok(()) => {
                *revision = next;
                let (can_undo, can_redo) = self.history(id)?;
                Ok(Applied { revision: next, can_undo, can_redo, change: tracked.change })
            }
            Err(e) => {
                apply_edit(journey, &tracked.inverse).expect("an inverse applies to the state it came from");
                // The layout is a function of the journey: laying the same cells out again undoes it.
                live.update(journey, &tracked.touched);
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

fn write_change(
    conn: &mut Connection,
    journey: &Journey,
    touched: &[Touched],
    edit: &Edit,
    inverse: &Edit,
    revision: u64,
    op: LogOp,
) -> Result<()> {
    let tx = conn.transaction()?;
    rows::write_touched(&tx, journey, touched)?;
    let key = journey.id.to_string();
    match op {
        LogOp::Record => {
            tx.execute("DELETE FROM edits WHERE journey_id = ?1 AND undone = 1", [&key])?;
            tx.prepare_cached(
                "INSERT INTO edits (journey_id, seq, forward, inverse, undone, at)
                 VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM edits WHERE journey_id = ?1), ?2, ?3, 0, datetime('now'))",
            )?
            .execute(params![key, serde_json::to_string(edit)?, serde_json::to_string(inverse)?])?;
        }
        LogOp::Mark { seq, undone } => {
            tx.execute(
                "UPDATE edits SET undone = ?3 WHERE journey_id = ?1 AND seq = ?2",
                params![key, seq, undone],
            )?;
        }
    }
    tx.prepare_cached("UPDATE journeys SET revision = ?2 WHERE id = ?1")?.execute(params![key, revision as i64])?;
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
