//! The room in the window (crates/journey-sync's room.rs and mdns.rs do the work): the host's
//! "Accept teammates in this room" opens its room on the LAN (every interface, a free port),
//! with a code, announced on the network, until Stop or the window closes; a guest's join
//! dialog lists the rooms heard nearby and joins one by its address and code.
//!
//! A workspace on a team server serves the room from the window's running sync. One on no team
//! server is shared for the room first (a secret kept in its file) and gets a sync of its own,
//! without a server, for as long as the room is open; it is installed as the window's sync so
//! presence and the top bar work as for a team.

use std::collections::HashMap;
use std::sync::Mutex;

use tauri::{AppHandle, Manager};

use journey_api::RoomView;
use journey_sync::mdns::{Browser, NearbyRoom};
use journey_sync::room::{self, Room};
use journey_sync::Client;

use crate::api::{ApiError, ApiResult};
use crate::workspace::Ws;

struct Open {
    room: Room,
    view: RoomView,
    /// The room's own sync (a workspace on no team server), stopped with the room.
    own: bool,
}

/// Each window's open room, and the app's ear for rooms nearby (started when a join dialog
/// first asks).
#[derive(Default)]
pub struct Rooms(Mutex<HashMap<String, Open>>, Mutex<Option<Browser>>);

impl Rooms {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Open>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn failed(e: journey_sync::SyncError) -> ApiError {
    e.into()
}

/// Opens the window's room (or answers the one open): the address and code to type, and the
/// invitation with its QR code to send instead.
#[tauri::command]
pub async fn room_start(app: AppHandle, ws: Ws) -> ApiResult<RoomView> {
    if let Some(open) = app.state::<Rooms>().lock().get(&ws.label) {
        return Ok(open.view.clone());
    }
    let name = ws.with(|s| Ok(s.path().file_stem().and_then(|n| n.to_str()).unwrap_or("workspace").to_string()))?;
    let on_team_server = ws.with(|s| Ok(room::on_team_server(s)))?;
    let label = ws.label.clone();
    let workspace = ws.shared();
    let handle = app.clone();
    // Off Tauri's runtime: the sync engine and the room run runtimes of their own.
    let (opened, own) = tauri::async_runtime::spawn_blocking(move || -> ApiResult<(Room, bool)> {
        let listen = "0.0.0.0:0".parse().expect("an address");
        if on_team_server {
            if let Some(r) = crate::teamsync::with_client(&handle, &label, |c| Room::open(c, listen, true)) {
                return r.map(|r| (r, false)).map_err(failed);
            }
        }
        workspace.with(|s| room::share_for_room(s, &name).map_err(failed))?;
        let client = Client::start_local(crate::teamsync::window_host(&handle, &label)).map_err(failed)?;
        let r = Room::open(&client, listen, true).map_err(failed)?;
        crate::teamsync::install(&handle, &label, client);
        Ok((r, true))
    })
    .await
    .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))??;
    let text = opened.invitation().text();
    let view = RoomView {
        name: opened.invitation().name.clone(),
        address: opened.address(),
        code: opened.code(),
        invitation: journey_api::SharedInvitation { qr: journey_workshop::qr(&text), server: opened.invitation().server.clone(), text },
        advertised: opened.advertised(),
        on_team_server,
    };
    app.state::<Rooms>().lock().insert(ws.label.clone(), Open { room: opened, view: view.clone(), own });
    Ok(view)
}

/// The window's open room, if any (a dialog opened again shows it).
#[tauri::command]
pub fn room_view(app: AppHandle, ws: Ws) -> Option<RoomView> {
    app.state::<Rooms>().lock().get(&ws.label).map(|o| o.view.clone())
}

/// Closes the window's room: its code stops working, teammates in it go offline (their work
/// stays, and merges when they meet again).
#[tauri::command]
pub fn room_stop(app: AppHandle, ws: Ws) {
    stop(&app, &ws.label);
}

/// Stops the room of window `label` (Stop, the window closing, the workspace shared anew).
pub fn stop(app: &AppHandle, label: &str) {
    let Some(open) = app.state::<Rooms>().lock().remove(label) else { return };
    let own = open.own;
    let (app, label) = (app.clone(), label.to_string());
    // The server's threads are joined: not on the thread Tauri's events come on.
    std::thread::spawn(move || {
        open.room.stop();
        if own {
            crate::teamsync::stop(&app, &label);
        }
    });
}

/// Rooms heard on the local network now (empty where multicast does not reach).
#[tauri::command]
pub fn rooms_nearby(app: AppHandle) -> Vec<NearbyRoom> {
    let rooms = app.state::<Rooms>();
    let mut ear = rooms.1.lock().unwrap_or_else(|p| p.into_inner());
    if ear.is_none() {
        *ear = Browser::start().ok();
    }
    ear.as_ref().map(Browser::rooms).unwrap_or_default()
}

/// Joins the room at `address` with the `code` its host shows: the code is exchanged for the
/// invitation (before the save dialog, so a wrong code is said at once), then as joining by an
/// invitation. Answers the new file's path, or None when the dialog was closed.
#[tauri::command]
pub async fn join_room(app: AppHandle, ws: Ws, address: String, code: String) -> ApiResult<Option<String>> {
    let inv = tauri::async_runtime::spawn_blocking(move || room::exchange(&address, &code))
        .await
        .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))?
        .map_err(ApiError::from)?;
    crate::teamsync::join_into_file(&app, &ws.label, inv).await
}
