//! Sharing a workspace, joining one, rotating its secret: what "Share this workspace…", "Join a
//! shared workspace…" and `journey share|join|sync` do, the same for the window and the CLI.
//!
//! How a workspace is shared is kept in its own file (`Store::sharing`): the server, its
//! certificate's fingerprint, the secret, and on the owner's file the owner's key.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use journey_store::Store;
use serde::{Deserialize, Serialize};

use crate::client::{Client, Host, Shared, SyncError};
use crate::invite::{check_server, random_secret, Invitation, VERSION};
use crate::wire::{ConnectError, Target};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sharing {
    pub server: String,
    #[serde(default)]
    pub fingerprint: Option<String>,
    pub secret: String,
    /// Only in the owner's file: asked for to rotate the secret.
    #[serde(default)]
    pub owner: Option<String>,
    pub name: String,
}

pub fn sharing(store: &Store) -> Result<Option<Sharing>, SyncError> {
    match store.sharing()? {
        None => Ok(None),
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| SyncError::Store(journey_store::StoreError::BadRow(format!("the sharing record: {e}")))),
    }
}

fn save(store: &mut Store, s: &Sharing) -> Result<(), SyncError> {
    store.set_sharing(Some(&serde_json::to_string(s).expect("a sharing record serialises")))?;
    Ok(())
}

/// Where the store's workspace syncs, from its sharing record.
pub fn target(store: &Store) -> Result<Target, SyncError> {
    let s = sharing(store)?.ok_or(SyncError::NotShared)?;
    let workspace = store.workspace_id()?.ok_or(SyncError::NotShared)?;
    Ok(Target {
        server: check_server(&s.server)?,
        workspace,
        fingerprint: s.fingerprint,
        secret: s.secret,
        owner: s.owner,
        rotate: None,
    })
}

pub fn invitation(store: &Store) -> Result<Invitation, SyncError> {
    let s = sharing(store)?.ok_or(SyncError::NotShared)?;
    Ok(Invitation {
        v: VERSION,
        workspace: store.workspace_id()?.ok_or(SyncError::NotShared)?,
        name: s.name,
        server: s.server,
        fingerprint: s.fingerprint,
        secret: s.secret,
    })
}

/// The fingerprint of the certificate the server at `server` shows (the owner trusts their own
/// server once, when sharing; compare it with what `journey serve` printed).
pub fn learn_fingerprint(server: &url::Url) -> Result<String, ConnectError> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let seen = Arc::new(Mutex::new(None));
    rt.block_on(crate::wire::open(server, None, seen.clone()))?;
    let got = seen.lock().unwrap_or_else(|e| e.into_inner()).clone();
    got.ok_or_else(|| ConnectError::Unreachable(server.to_string(), "it showed no certificate".into()))
}

/// Shares the workspace on `server` (once; sharing again gives the same invitation, or on
/// another server the same secret there). The first sync registers it and uploads everything.
pub fn share(store: &mut Store, server: &str, fingerprint: Option<&str>, name: &str) -> Result<Invitation, SyncError> {
    let url = check_server(server)?;
    let fingerprint = match (url.scheme(), fingerprint) {
        ("wss", Some(f)) => {
            let seen = learn_fingerprint(&url)?;
            if !seen.eq_ignore_ascii_case(f) {
                return Err(ConnectError::Certificate.into());
            }
            Some(seen)
        }
        ("wss", None) => Some(learn_fingerprint(&url)?),
        _ => None,
    };
    let old = sharing(store)?;
    let s = Sharing {
        server: url.as_str().trim_end_matches('/').to_string(),
        fingerprint,
        secret: old.as_ref().map(|o| o.secret.clone()).unwrap_or_else(random_secret),
        owner: old.as_ref().and_then(|o| o.owner.clone()).or_else(|| Some(random_secret())),
        name: old.map(|o| o.name).unwrap_or_else(|| name.to_string()),
    };
    save(store, &s)?;
    invitation(store)
}

/// Makes `into` (a new file) a member's copy of the invited workspace and syncs it once, within
/// `timeout`. On failure the new file is removed: nothing half-joined is left.
pub fn join(invitation: &Invitation, into: &Path, timeout: Duration) -> Result<Arc<Shared>, SyncError> {
    let mut store = Store::create_joined(into, invitation.workspace)?;
    let s = Sharing {
        server: invitation.server.clone(),
        fingerprint: invitation.fingerprint.clone(),
        secret: invitation.secret.clone(),
        owner: None,
        name: invitation.name.clone(),
    };
    let result = save(&mut store, &s).and_then(|()| {
        let target = target(&store)?;
        let host = Arc::new(Shared(Mutex::new(store)));
        let client = Client::start(host.clone(), target)?;
        client.wait_synced(timeout)?;
        client.stop();
        Ok(host)
    });
    if result.is_err() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", into.display()));
        }
    }
    result
}

/// The owner makes a new secret: connections and invitations with the old one stop working.
/// Returns the new invitation.
pub fn rotate(store: &mut Store) -> Result<Invitation, SyncError> {
    let mut s = sharing(store)?.ok_or(SyncError::NotShared)?;
    let owner = s.owner.clone().ok_or_else(|| {
        SyncError::Store(journey_store::StoreError::ReadOnly {
            path: store.path().to_path_buf(),
            reason: "only the workspace's owner (the file it was first shared from) can change its secret".into(),
        })
    })?;
    let new = random_secret();
    let mut t = target(store)?;
    t.owner = Some(owner);
    t.rotate = Some(new.clone());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let ws = rt.block_on(crate::wire::connect(&t, Arc::new(Mutex::new(None))))?;
    drop(ws);
    s.secret = new;
    save(store, &s)?;
    invitation(store)
}

/// Syncs the host's workspace once (until the server has everything and we have its), then stops.
pub fn sync_once(host: Arc<dyn Host>, target: Target, timeout: Duration) -> Result<usize, SyncError> {
    let client = Client::start(host, target)?;
    let result = client.wait_synced(timeout);
    let received = client.received();
    client.stop();
    result.map(|()| received)
}
