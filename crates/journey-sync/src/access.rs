//! Who a team server lets in: per workspace, the digest of its secret (what invitations carry)
//! and of its owner's key (who registered it and may rotate the secret). Kept as
//! `<data>/workspaces/<id>/access.json`; no secret is ever written to the server's disk.
//!
//! A workspace is registered by the first connection that names it (its owner's `journey
//! share`, or, after the server lost its data, any member's reconnect: the clients upload it
//! again). So a server anyone can reach lets anyone start a workspace on it, as a shared folder
//! would, but never into one it holds. The owner's key, when the registering connection brings
//! it (or the owner's first connection later), is what rotating the secret asks for.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use journey_core::Id;
use serde::{Deserialize, Serialize};

use crate::invite::digest;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    member: String,
    owner: Option<String>,
    /// Digests of secrets rotated away: a client presenting one is told it was revoked.
    #[serde(default)]
    retired: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotSync,
    UnknownWorkspace,
    WrongSecret,
    Revoked,
    NewerNeeded,
}

impl Refusal {
    pub fn status(self) -> u16 {
        match self {
            Refusal::NotSync | Refusal::UnknownWorkspace => 404,
            Refusal::WrongSecret => 401,
            Refusal::Revoked => 403,
            Refusal::NewerNeeded => 426,
        }
    }

    pub fn reason(self) -> &'static str {
        match self {
            Refusal::NotSync => "not_sync",
            Refusal::UnknownWorkspace => "unknown_workspace",
            Refusal::WrongSecret => "wrong_secret",
            Refusal::Revoked => "revoked",
            Refusal::NewerNeeded => "newer_needed",
        }
    }
}

/// What an upgrade request presents.
#[derive(Debug, Default)]
pub struct Presented<'a> {
    pub path: &'a str,
    pub secret: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub rotate: Option<&'a str>,
    pub version: Option<u32>,
}

/// Admitted: to which workspace, under which secret's digest (a rotation ends the others).
#[derive(Debug, Clone, PartialEq)]
pub struct Admitted {
    pub workspace: Id,
    pub member: String,
    /// This connection rotated the secret.
    pub rotated: bool,
}

pub struct Access {
    dir: PathBuf,
    lock: Mutex<()>,
}

/// The oldest auth-layer version a server still admits (raised when an old client could harm
/// a workspace).
pub const MIN_CLIENT: u32 = 1;

impl Access {
    pub fn new(data: &Path) -> Access {
        Access { dir: data.join("workspaces"), lock: Mutex::new(()) }
    }

    pub fn workspace_dir(&self, ws: Id) -> PathBuf {
        self.dir.join(ws.to_string())
    }

    fn read(&self, ws: Id) -> std::io::Result<Option<Record>> {
        match std::fs::read(self.workspace_dir(ws).join("access.json")) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(std::io::Error::other),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn write(&self, ws: Id, r: &Record) -> std::io::Result<()> {
        let dir = self.workspace_dir(ws);
        std::fs::create_dir_all(&dir)?;
        let tmp = dir.join("access.json.tmp");
        std::fs::write(&tmp, serde_json::to_vec_pretty(r)?)?;
        std::fs::rename(tmp, dir.join("access.json"))
    }

    /// Decides on an upgrade request; see the module comment.
    pub fn admit(&self, p: &Presented) -> Result<Admitted, Refusal> {
        let ws: Id = p.path.strip_prefix("/sync/").and_then(|s| s.parse().ok()).ok_or(Refusal::NotSync)?;
        if p.version.unwrap_or(0) < MIN_CLIENT {
            return Err(Refusal::NewerNeeded);
        }
        let secret = p.secret.filter(|s| s.len() >= 32).ok_or(Refusal::WrongSecret)?;
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let record = self.read(ws).map_err(|_| Refusal::UnknownWorkspace)?;
        let owner = p.owner.filter(|o| o.len() >= 32).map(digest);
        let Some(mut record) = record else {
            let r = Record { member: digest(secret), owner, retired: Vec::new() };
            self.write(ws, &r).map_err(|_| Refusal::UnknownWorkspace)?;
            return Ok(Admitted { workspace: ws, member: r.member, rotated: false });
        };
        if record.owner.is_none() && owner.is_some() && digest(secret) == record.member {
            record.owner = owner.clone();
            self.write(ws, &record).map_err(|_| Refusal::UnknownWorkspace)?;
        }
        if let (Some(owner), Some(new)) = (owner, p.rotate) {
            if record.owner.as_deref() != Some(owner.as_str()) || new.len() < 32 {
                return Err(Refusal::WrongSecret);
            }
            let old = std::mem::replace(&mut record.member, digest(new));
            if old != record.member {
                record.retired.push(old);
            }
            self.write(ws, &record).map_err(|_| Refusal::UnknownWorkspace)?;
            return Ok(Admitted { workspace: ws, member: record.member, rotated: true });
        }
        let d = digest(secret);
        if d == record.member {
            Ok(Admitted { workspace: ws, member: d, rotated: false })
        } else if record.retired.contains(&d) {
            Err(Refusal::Revoked)
        } else {
            Err(Refusal::WrongSecret)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invite::random_secret;

    #[test]
    fn a_workspace_is_registered_by_its_owner_and_then_admits_only_its_secret() {
        let dir = tempfile::tempdir().unwrap();
        let access = Access::new(dir.path());
        let ws = journey_core::new_id();
        let path = format!("/sync/{ws}");
        let (secret, owner) = (random_secret(), random_secret());
        let ask = |secret: &str, owner: Option<&str>, rotate: Option<&str>| {
            access.admit(&Presented { path: &path, secret: Some(secret), owner, rotate, version: Some(1) })
        };
        assert!(ask(&secret, Some(&owner), None).is_ok(), "registered by its owner");
        assert!(ask(&secret, None, None).is_ok());
        assert_eq!(ask(&random_secret(), None, None), Err(Refusal::WrongSecret));
        assert_eq!(ask(&random_secret(), Some(&random_secret()), None), Err(Refusal::WrongSecret), "a second registration");
        // Rotation needs the owner's key; afterwards the old secret is refused as revoked.
        let new = random_secret();
        assert_eq!(ask(&secret, Some(&random_secret()), Some(&new)), Err(Refusal::WrongSecret));
        assert!(ask(&secret, Some(&owner), Some(&new)).unwrap().rotated);
        assert_eq!(ask(&secret, None, None), Err(Refusal::Revoked));
        assert!(ask(&new, None, None).is_ok());
        let on_disk = std::fs::read_to_string(access.workspace_dir(ws).join("access.json")).unwrap();
        assert!(!on_disk.contains(&new) && !on_disk.contains(&owner), "a secret was written to disk");
        // Other paths, old clients, short secrets.
        assert_eq!(access.admit(&Presented { path: "/", secret: Some(&new), ..Default::default() }), Err(Refusal::NotSync));
        assert_eq!(
            access.admit(&Presented { path: &path, secret: Some(&new), version: None, ..Default::default() }),
            Err(Refusal::NewerNeeded)
        );
        assert_eq!(ask("short", None, None), Err(Refusal::WrongSecret));
    }

    #[test]
    fn a_server_that_lost_its_data_is_registered_again_by_a_member_and_the_owner_claims_it() {
        let dir = tempfile::tempdir().unwrap();
        let access = Access::new(dir.path());
        let ws = journey_core::new_id();
        let path = format!("/sync/{ws}");
        let (secret, owner, new) = (random_secret(), random_secret(), random_secret());
        let ask = |secret: &str, owner: Option<&str>, rotate: Option<&str>| {
            access.admit(&Presented { path: &path, secret: Some(secret), owner, rotate, version: Some(1) })
        };
        assert!(ask(&secret, None, None).is_ok(), "a member's reconnect registers it");
        assert_eq!(ask(&random_secret(), None, None), Err(Refusal::WrongSecret));
        assert!(ask(&secret, Some(&owner), Some(&new)).unwrap().rotated, "the owner claims it with the member secret and rotates");
        assert_eq!(ask(&secret, None, None), Err(Refusal::Revoked), "the owner's claim and rotation took");
    }
}
