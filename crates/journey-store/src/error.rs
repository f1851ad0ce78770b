//! Why a workspace could not be opened or changed. Every variant has a stable `code` and a
//! message that says what happened and what to do; the file is never changed on the way.

use std::path::PathBuf;

use journey_core::{EditError, Id};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{} is not a Journey Studio workspace: {reason}. Choose a .journeys file made by Journey Studio.", path.display())]
    NotAWorkspace { path: PathBuf, reason: String },
    #[error("{} was written by a newer Journey Studio (file format {found}; this version reads up to {supported}). Update Journey Studio to open it; the file was not changed.", path.display())]
    NewerVersion { path: PathBuf, found: u32, supported: u32 },
    #[error("{} is damaged ({detail}). It was not changed; restore it from a backup or a copy.", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("{} is open in another Journey Studio window or process. Close it there first.", path.display())]
    Locked { path: PathBuf },
    #[error("{} cannot be changed: {reason}. Everything saved before is intact; copy the file to a writable folder to keep editing.", path.display())]
    ReadOnly { path: PathBuf, reason: String },
    #[error("The disk is full, so this change was not saved. Everything saved before is intact; free some space and try again.")]
    DiskFull,
    #[error("There is no file at {}.", path.display())]
    Missing { path: PathBuf },
    #[error("No journey with id {0} in this workspace.")]
    NoSuchJourney(Id),
    #[error("No version with id {0} for this journey.")]
    NoSuchVersion(Id),
    #[error("The journey changed since this view was drawn (revision {actual}, expected {expected}); reload and try again.")]
    Stale { expected: u64, actual: u64 },
    #[error("Nothing to {0}.")]
    NothingTo(&'static str),
    #[error("{0}")]
    Edit(#[from] EditError),
    #[error("Could not read or write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("Storage error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("{} is not a copy of this workspace, so there is nothing to merge; it was not changed. To bring its journeys in, use File > Import instead.", path.display())]
    UnrelatedCopy { path: PathBuf },
    #[error("Stored data could not be read ({0}); the file may come from a damaged copy.")]
    BadRow(String),
    #[error("A teammate's journey {0} only shares its id with yours: the two have no history in common, so yours was kept as it is.")]
    UnrelatedRemote(Id),
    #[error("What came from a teammate could not be taken in ({0}); nothing of yours was changed, and it will be asked for again.")]
    BadRemote(String),
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotAWorkspace { .. } => "not_a_workspace",
            StoreError::NewerVersion { .. } => "newer_version",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::Locked { .. } => "locked",
            StoreError::ReadOnly { .. } => "read_only",
            StoreError::DiskFull => "disk_full",
            StoreError::Missing { .. } => "missing",
            StoreError::NoSuchJourney(_) => "no_such_journey",
            StoreError::NoSuchVersion(_) => "no_such_version",
            StoreError::Stale { .. } => "stale",
            StoreError::NothingTo(_) => "nothing_to_do",
            StoreError::Edit(e) => e.code(),
            StoreError::Io { .. } => "io",
            StoreError::Sqlite(_) => "storage",
            StoreError::BadRow(_) => "corrupt",
            StoreError::UnrelatedCopy { .. } => "unrelated_copy",
            StoreError::UnrelatedRemote(_) => "unrelated_remote",
            StoreError::BadRemote(_) => "bad_remote",
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::ReadOnly) => {
                StoreError::ReadOnly { path: PathBuf::new(), reason: "the file or its folder is read-only".into() }
            }
            _ => StoreError::Sqlite(e),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::BadRow(e.to_string())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
