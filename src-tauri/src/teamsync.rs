//! Live sync for a window's workspace (crates/journey-sync does the work). It starts when a
//! shared workspace opens in a window and stops when the window closes. A teammate's change
//! reaches the page as the `journey-changed` event it already applies (and the participants of a
//! workshop running in the window, as the facilitator's own changes do); the connection's state
//! goes out as `sync-status`, who else is in a journey as `sync-presence`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tauri::{AppHandle, Manager};

use journey_core::Id;
use journey_store::{Received, Store};
use journey_sync::presence::{InJourney, Peer};
use journey_sync::{share, Client, Status};

use crate::api::{ApiError, ApiResult, SharedInvitation};
use crate::workspace::{emit_to, Workspace, Workspaces, Ws};

/// The running sync of each window whose workspace is shared, and where each window is (what it
/// last said to `sync_focus`, kept for a sync that starts after it said so).
#[derive(Default)]
pub struct Syncs(Mutex<HashMap<String, Client>>, Mutex<HashMap<String, Focus>>);

#[derive(Clone)]
struct Focus {
    name: String,
    journey: Option<Id>,
    selection: Vec<Id>,
}

impl Syncs {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Client>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn focus(&self) -> std::sync::MutexGuard<'_, HashMap<String, Focus>> {
        self.1.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn tell(client: &Client, f: &Focus) {
    client.focus(&f.name, &journey_sync::presence::colour_of(&f.name), f.journey, f.selection.clone());
}

struct WindowHost {
    app: AppHandle,
    window: String,
    workspace: Arc<Workspace>,
}

impl journey_sync::Host for WindowHost {
    fn with_store(&self, f: &mut dyn FnMut(&mut Store)) {
        // No store (the window is closing): nothing to sync into; samod keeps it for next time.
        let _ = self.workspace.with(|s| {
            f(s);
            Ok(())
        });
    }

    fn received(&self, r: &Received) {
        if let Some(applied) = &r.applied {
            crate::workshop::notify(&self.app, &self.window, &applied.change);
            emit_to(&self.app, &self.window, "journey-changed", applied.clone());
        }
        if !r.added.is_empty() || !r.removed.is_empty() {
            emit_to(&self.app, &self.window, "workspace-changed", ());
        }
        emit_to(&self.app, &self.window, "sync-received", r.clone());
    }

    fn status(&self, s: &Status) {
        emit_to(&self.app, &self.window, "sync-status", s.clone());
    }

    fn presence(&self, journey: Id, peers: &[Peer]) {
        emit_to(&self.app, &self.window, "sync-presence", InJourney { journey, peers: peers.to_vec() });
    }
}

/// The sync host for window `label`'s workspace (its patches and states go to that window).
pub(crate) fn window_host(app: &AppHandle, label: &str) -> Arc<dyn journey_sync::Host> {
    Arc::new(WindowHost { app: app.clone(), window: label.to_string(), workspace: app.state::<Workspaces>().of(label) })
}

/// The window's running sync, if any, to use with `f` (the room serves its repo).
pub(crate) fn with_client<T>(app: &AppHandle, label: &str, f: impl FnOnce(&Client) -> T) -> Option<T> {
    app.state::<Syncs>().lock().get(label).map(f)
}

/// Makes `client` the window's sync (a workspace on no team server, while its room is open).
pub(crate) fn install(app: &AppHandle, label: &str, client: Client) {
    let syncs = app.state::<Syncs>();
    if let Some(f) = syncs.focus().get(label) {
        tell(&client, f);
    }
    let old = syncs.lock().insert(label.to_string(), client);
    if let Some(old) = old {
        std::thread::spawn(move || old.stop());
    }
}

/// Starts syncing the workspace of window `label` when it is shared (on its own thread: the
/// sync engine has a runtime of its own, which must not start inside Tauri's).
pub fn start(app: &AppHandle, label: &str) {
    let workspace = app.state::<Workspaces>().of(label);
    let Ok(Some(target)) = workspace.with(|s| Ok(share::sharing(s).ok().flatten().and_then(|_| share::target(s).ok()))) else {
        return;
    };
    let (app, label) = (app.clone(), label.to_string());
    std::thread::spawn(move || {
        let host = Arc::new(WindowHost { app: app.clone(), window: label.clone(), workspace });
        match Client::start(host, target) {
            Ok(client) => {
                let syncs = app.state::<Syncs>();
                if let Some(f) = syncs.focus().get(&label) {
                    tell(&client, f);
                }
                let old = syncs.lock().insert(label, client);
                if let Some(old) = old {
                    old.stop();
                }
            }
            Err(e) => {
                let (sentence, code) = (e.to_string(), e.code().to_string());
                // Said in the window's language as any refusal is (`errors.ftl`).
                let api = ApiError::from(e);
                let arg = |v: &journey_api::ErrorArg| match v {
                    journey_api::ErrorArg::Text(t) => t.clone(),
                    journey_api::ErrorArg::Number(n) => n.to_string(),
                    // Sync refusals carry neither; said in English should one ever come.
                    other => match other.in_language(journey_i18n::english_localizer()) {
                        journey_i18n::Arg::Text(t) => t,
                        journey_i18n::Arg::Number(n) => n.to_string(),
                        journey_i18n::Arg::Formatted(n, f) => journey_i18n::english_localizer().number(n, f),
                    },
                };
                let args = api.args.iter().map(|(k, v)| (k.clone(), arg(v))).collect();
                let said = api.id.map(|id| journey_sync::wire::Said { id, args });
                emit_to(&app, &label, "sync-status", Status::Failed { sentence, code, said })
            }
        }
    });
}

/// Stops the window's sync (it closed, or its file changed); off Tauri's runtime, as `start`.
pub fn stop(app: &AppHandle, label: &str) {
    if let Some(client) = app.state::<Syncs>().lock().remove(label) {
        std::thread::spawn(move || client.stop());
    }
}

fn sync_error(e: journey_sync::SyncError) -> ApiError {
    e.into()
}

/// The window's sync state; `None` when its workspace is not shared.
#[tauri::command]
pub fn sync_status(app: AppHandle, ws: Ws) -> Option<Status> {
    app.state::<Syncs>().lock().get(&ws.label).map(|c| c.status())
}

fn shown(text: String) -> SharedInvitation {
    let server = journey_sync::Invitation::parse(&text).map(|i| i.server).unwrap_or_default();
    SharedInvitation { qr: journey_workshop::qr(&text), text, server }
}

/// The window's invitation, when its workspace is shared already.
#[tauri::command]
pub fn shared_invitation(ws: Ws) -> ApiResult<Option<SharedInvitation>> {
    // A workspace shared only for the room has no invitation of its own (the room gives one).
    ws.with(|s| Ok(share::invitation(s).ok().filter(|_| journey_sync::room::on_team_server(s)).map(|i| shown(i.text()))))
}

/// Shares the window's workspace on a team server (`server`: wss://host:port) and returns the
/// invitation; syncing starts.
#[tauri::command]
pub async fn share_workspace(app: AppHandle, ws: Ws, server: String, fingerprint: Option<String>) -> ApiResult<SharedInvitation> {
    let workspace = ws.shared();
    let name = workspace.with(|s| Ok(s.path().file_stem().and_then(|n| n.to_str()).unwrap_or("workspace").to_string()))?;
    let text = tauri::async_runtime::spawn_blocking(move || {
        workspace.with(|s| share::share(s, &server, fingerprint.as_deref(), &name).map(|i| i.text()).map_err(sync_error))
    })
    .await
    .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))??;
    // The room serves the sync's repo, which is about to be replaced.
    crate::room::stop(&app, &ws.label);
    stop(&app, &ws.label);
    start(&app, &ws.label);
    Ok(shown(text))
}

/// Tells teammates where this window is: the open journey and the selection (presence).
#[tauri::command]
pub fn sync_focus(app: AppHandle, ws: Ws, journey_id: Option<Id>, selection: Vec<Id>) -> ApiResult<()> {
    let name = ws.with(|s| Ok(s.author().to_string()))?;
    let f = Focus { name, journey: journey_id, selection };
    let syncs = app.state::<Syncs>();
    {
        let running = syncs.lock();
        if let Some(c) = running.get(&ws.label) {
            tell(c, &f);
        }
    }
    syncs.focus().insert(ws.label.clone(), f);
    Ok(())
}

/// Who else is in `journey_id` now (what `sync-presence` said last, for a page that missed it).
#[tauri::command]
pub fn sync_peers(app: AppHandle, ws: Ws, journey_id: Id) -> Vec<Peer> {
    app.state::<Syncs>().lock().get(&ws.label).map(|c| c.peers(journey_id)).unwrap_or_default()
}


/// Joins a shared workspace: the invitation's text, then where to keep the teammate's own file
/// (a save dialog; in end-to-end tests `JOURNEY_STUDIO_DIALOG_DIR`). The file is made and synced
/// once, then opened in a window of its own (where syncing goes on). Answers the new file's path,
/// or None when the dialog was closed. A join that fails leaves no file behind.
#[tauri::command]
pub async fn join_workspace(app: AppHandle, ws: Ws, invitation: String) -> ApiResult<Option<String>> {
    let inv = journey_sync::Invitation::parse(&invitation).map_err(ApiError::from)?;
    join_into_file(&app, &ws.label, inv).await
}

/// Asks where the teammate's file goes, makes it from `inv`, syncs it once and opens it (what
/// joining by an invitation and by a room's code both end with).
pub(crate) async fn join_into_file(app: &AppHandle, label: &str, inv: journey_sync::Invitation) -> ApiResult<Option<String>> {
    let app = app.clone();
    let suggested = format!("{}.journeys", if inv.name.trim().is_empty() { "Shared workspace" } else { inv.name.trim() });
    let Some(path) = crate::transfer::pick_save(&app, "Join a shared workspace", &suggested, "Journey Studio workspace", "journeys").await? else {
        return Ok(None);
    };
    if path.exists() {
        return Err(ApiError::said("io_error", "error-join-exists", &[("path", path.display().to_string().into())]));
    }
    let target = path.clone();
    let host = tauri::async_runtime::spawn_blocking(move || share::join(&inv, &target, std::time::Duration::from_secs(60)))
        .await
        .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))?
        .map_err(sync_error)?;
    // The joined file's lock goes with the store; the window opens it anew.
    drop(host);
    crate::workspace::open(&app, path.clone(), label);
    Ok(Some(path.display().to_string()))
}
