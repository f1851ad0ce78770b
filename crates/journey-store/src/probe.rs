//! Decides whether a file is one of ours by reading its first 100 bytes, before SQLite opens it.
//!
//! SQLite happily "opens" an empty file (and then writes a header into it) or a foreign database,
//! so the checks happen on raw bytes: nothing here can change the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Result, StoreError};
use crate::schema::{APPLICATION_ID, SCHEMA_VERSION};

const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the header says about a file that passed every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub user_version: u32,
    /// A non-empty `-wal` file lies beside it: committed pages a killed writer had not yet
    /// copied into the main file. SQLite completes them on open.
    pub pending_wal: bool,
}

pub fn inspect(path: &Path) -> Result<Header> {
    let not_ours = |reason: &str| StoreError::NotAWorkspace { path: path.to_path_buf(), reason: reason.into() };
    let mut file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::Missing { path: path.to_path_buf() },
        _ => StoreError::Io { path: path.to_path_buf(), source: e },
    })?;
    let len = file.metadata().map_err(|e| StoreError::Io { path: path.to_path_buf(), source: e })?.len();
    if len == 0 {
        return Err(not_ours("the file is empty"));
    }
    let mut head = [0u8; 100];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(StoreError::Io { path: path.to_path_buf(), source: e }),
        }
    }
    if got < MAGIC.len() || &head[..16] != MAGIC {
        return Err(not_ours("it is not a SQLite database"));
    }
    if got < 100 {
        return Err(StoreError::Corrupt { path: path.to_path_buf(), detail: "the header is cut short".into() });
    }
    let be32 = |at: usize| u32::from_be_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
    let app = be32(68);
    let user_version = be32(60);
    if app != APPLICATION_ID {
        return Err(not_ours("it is a SQLite database of another application"));
    }
    if user_version > SCHEMA_VERSION {
        return Err(StoreError::NewerVersion { path: path.to_path_buf(), found: user_version, supported: SCHEMA_VERSION });
    }
    // Page size 1 means 65536; the in-header page count is valid for files written by SQLite
    // 3.7+ (all of ours), so a shorter file was truncated.
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    let pages = u64::from(be32(28));
    // The count is only meaningful when its "valid for" stamp matches the change counter, and
    // only final without a pending WAL: a writer killed during a checkpoint leaves page 1
    // updated but later pages still in the WAL, which SQLite completes on open.
    let count_valid = be32(92) == be32(24);
    let pending_wal = std::fs::metadata(format!("{}-wal", path.display())).map(|m| m.len() > 0).unwrap_or(false);
    if count_valid && !pending_wal && pages > 0 && len < page_size * pages {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("it is {len} bytes long but should be {} bytes; it was cut short", page_size * pages),
        });
    }
    Ok(Header { user_version, pending_wal })
}
