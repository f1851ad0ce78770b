//! Named versions: a snapshot of a journey ("Before workshop") kept in the file, listed, opened
//! read-only, compared with another version or with now, and restored as an ordinary undoable
//! edit.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use journey_core::diff::{diff, restore_edit, JourneyDiff};
use journey_core::{new_id, validate as check, Edit, Id, Journey};

use crate::error::{Result, StoreError};
use crate::{locate, Applied, LogOp, Store};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VersionInfo {
    pub id: Id,
    pub journey_id: Id,
    pub name: String,
    /// The journey's revision when the version was taken.
    pub revision: u64,
    /// UTC, `YYYY-MM-DD HH:MM:SS`.
    pub at: String,
    pub cards: usize,
}

/// One side of a comparison: a saved version or the journey as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum VersionSide {
    Version(Id),
    Now,
}

const COLUMNS: &str = "id, journey_id, name, revision, at, snapshot";

fn read_row(r: &rusqlite::Row) -> rusqlite::Result<(String, String, String, i64, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
}

fn parse(row: (String, String, String, i64, String, String)) -> Result<(VersionInfo, Journey)> {
    let (id, journey_id, name, revision, at, snapshot) = row;
    let bad = |what: &str, e: String| StoreError::BadRow(format!("version {what}: {e}"));
    let mut journey: Journey = serde_json::from_str(&snapshot)?;
    journey.normalize();
    let info = VersionInfo {
        id: id.parse().map_err(|e: uuid::Error| bad("id", e.to_string()))?,
        journey_id: journey_id.parse().map_err(|e: uuid::Error| bad("journey id", e.to_string()))?,
        name,
        revision: revision as u64,
        at,
        cards: journey.cards.len(),
    };
    Ok((info, journey))
}

impl Store {
    /// Saves the journey as it is now under `name`. Several versions may share a name; each
    /// has its own id.
    pub fn save_version(&mut self, journey: Id, name: &str) -> Result<VersionInfo> {
        self.writable()?;
        check::name(journey_core::Field::VersionName, name.trim())?;
        let (j, revision) = self.journey(journey)?;
        let snapshot = serde_json::to_string(j)?;
        // The document heads it shows too: the state a teammate's copy can be compared against.
        let heads = crate::documents::read_model_heads(&self.conn, journey)?;
        let id = new_id();
        self.conn
            .execute(
                "INSERT INTO versions (id, journey_id, name, revision, at, snapshot, heads)
                 VALUES (?1, ?2, ?3, ?4, datetime('now'), ?5, ?6)",
                params![id.to_string(), journey.to_string(), name.trim(), revision as i64, snapshot, heads],
            )
            .map_err(|e| locate(&self.path, e.into()))?;
        Ok(self.version(id)?.0)
    }

    /// The journey's versions, newest first.
    pub fn versions(&self, journey: Id) -> Result<Vec<VersionInfo>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM versions WHERE journey_id = ?1 ORDER BY at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([journey.to_string()], read_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(parse(row?)?.0);
        }
        Ok(out)
    }

    /// One version with its snapshot, to show read-only.
    pub fn version(&self, id: Id) -> Result<(VersionInfo, Journey)> {
        let row = self
            .conn
            .query_row(&format!("SELECT {COLUMNS} FROM versions WHERE id = ?1"), [id.to_string()], read_row)
            .optional()?
            .ok_or(StoreError::NoSuchVersion(id))?;
        parse(row)
    }

    pub fn delete_version(&mut self, id: Id) -> Result<()> {
        if !self.delete_row("versions", id)? {
            return Err(StoreError::NoSuchVersion(id));
        }
        Ok(())
    }

    fn side(&mut self, journey: Id, side: VersionSide) -> Result<Journey> {
        match side {
            VersionSide::Now => Ok(self.journey(journey)?.0.clone()),
            VersionSide::Version(id) => {
                let (info, j) = self.version(id)?;
                if info.journey_id != journey {
                    return Err(StoreError::NoSuchVersion(id));
                }
                Ok(j)
            }
        }
    }

    /// What changed from `from` to `to` (each a version of `journey`, or now).
    pub fn diff(&mut self, journey: Id, from: VersionSide, to: VersionSide) -> Result<JourneyDiff> {
        let before = self.side(journey, from)?;
        let after = self.side(journey, to)?;
        Ok(diff(&before, &after))
    }

    /// Makes the journey equal to the version again, as one undoable step.
    pub fn restore_version(&mut self, journey: Id, version: Id, base_revision: Option<u64>) -> Result<Applied> {
        self.check_base(journey, base_revision)?;
        let target = self.side(journey, VersionSide::Version(version))?;
        let edit = restore_edit(self.journey(journey)?.0, &target)?;
        if matches!(&edit, Edit::Batch { edits } if edits.is_empty()) {
            return Err(StoreError::NothingTo("restore: the journey already matches this version"));
        }
        self.commit_change(journey, &edit, LogOp::Record)
    }
}
