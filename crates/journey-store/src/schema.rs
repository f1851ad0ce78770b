//! The file format: SQLite with our `application_id`, versioned by `PRAGMA user_version`.
//!
//! Migrations are an append-only list: entry N moves a file from version N to N+1. A shipped
//! migration is never edited; a change to the format is a new entry. docs/file-format.md
//! describes every table.

use rusqlite::Connection;

use crate::error::Result;

/// "JRNY" in ASCII: tells our files apart from any other SQLite database.
pub const APPLICATION_ID: u32 = 0x4A52_4E59;

/// Each string takes the file from version `index` to `index + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 0 -> 1: the first format.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE journeys (
        id       TEXT PRIMARY KEY,
        position REAL NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        data     TEXT NOT NULL
    ) STRICT;
    CREATE TABLE stages (
        id         TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        data       TEXT NOT NULL
    ) STRICT;
    CREATE TABLE flows (
        id         TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        data       TEXT NOT NULL
    ) STRICT;
    CREATE TABLE lanes (
        id         TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        data       TEXT NOT NULL
    ) STRICT;
    CREATE TABLE cards (
        id         TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        stage_id   TEXT NOT NULL,
        lane_id    TEXT NOT NULL,
        data       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX stages_by_journey ON stages(journey_id);
    CREATE INDEX flows_by_journey ON flows(journey_id);
    CREATE INDEX lanes_by_journey ON lanes(journey_id);
    CREATE INDEX cards_by_journey ON cards(journey_id);
    CREATE TABLE edits (
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        forward    TEXT NOT NULL,
        inverse    TEXT NOT NULL,
        undone     INTEGER NOT NULL DEFAULT 0,
        at         TEXT NOT NULL,
        PRIMARY KEY (journey_id, seq)
    ) STRICT;
    CREATE TABLE versions (
        id         TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        revision   INTEGER NOT NULL,
        at         TEXT NOT NULL,
        snapshot   TEXT NOT NULL
    ) STRICT;
    "#,
    // 1 -> 2: undo, redo and "can undo?" look up the newest done or oldest undone entry
    // directly instead of scanning a journey's whole history; versions list by journey.
    r#"
    CREATE INDEX edits_by_state ON edits(journey_id, undone, seq);
    CREATE INDEX versions_by_journey ON versions(journey_id, at);
    "#,
    // 2 -> 3: the record of workshop sessions: who added or voted what, when.
    r#"
    CREATE TABLE workshop_log (
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        at         TEXT NOT NULL,
        who        TEXT NOT NULL,
        what       TEXT NOT NULL,
        PRIMARY KEY (journey_id, seq)
    ) STRICT;
    "#,
    // 3 -> 4: journeys that merge. Every journey and the workspace's list of journeys become
    // Automerge documents, kept as chunks under samod's storage keys; the journey tables stay as
    // the read model, `journeys.heads` saying which document state they show. `edits.writes`
    // lists the fields each logged edit wrote, so undo restores only what still holds our
    // value. (The documents themselves are made by `documents::create_all`, after this SQL.)
    // Chunks are found by key only: WITHOUT ROWID keeps one b-tree, so an edit writes fewer pages.
    r#"
    CREATE TABLE chunks (
        key  TEXT PRIMARY KEY,
        data BLOB NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE documents (
        id     TEXT PRIMARY KEY,
        heads  TEXT NOT NULL,
        chunks INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    ALTER TABLE journeys ADD COLUMN heads TEXT NOT NULL DEFAULT '';
    ALTER TABLE journeys ADD COLUMN repairs TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE edits ADD COLUMN writes TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE versions ADD COLUMN heads TEXT NOT NULL DEFAULT '';
    "#,
];

pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Brings a file up to `SCHEMA_VERSION`, each step in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let mut version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    while (version as usize) < MIGRATIONS.len() {
        let tx = conn.transaction()?;
        tx.execute_batch(MIGRATIONS[version as usize])?;
        if version == 3 {
            crate::documents::create_all(&tx)?;
        }
        version += 1;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}
