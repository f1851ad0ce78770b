//! Workshop sessions from the window: the shell runs journey-workshop's server with the open
//! workspace as its host, so participants' cards and votes go through the same store as the
//! facilitator's edits (validated, durable, undoable) and the window redraws on each.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use journey_core::{Edit, Id, Journey};
use journey_workshop::{Action, Host, Qr, Server};

use crate::api::{ApiError, ApiResult};
use crate::workspace::Workspace;

#[derive(Default)]
pub struct Workshops(Mutex<Option<Running>>);

struct Running {
    server: Server,
    url: String,
    qr: Option<Qr>,
}

/// The open workspace as the server's host.
struct AppHost(AppHandle);

impl AppHost {
    fn ws(&self) -> tauri::State<'_, Workspace> {
        self.0.state::<Workspace>()
    }
}

impl Host for AppHost {
    fn journey(&self, id: Id) -> Result<Journey, String> {
        self.ws().with(|s| Ok(s.journey(id)?.0.clone())).map_err(|e| e.message)
    }
    fn apply(&self, id: Id, edit: &Edit) -> Result<(), String> {
        self.ws().with(|s| Ok(s.apply(id, edit, None).map(|_| ())?)).map_err(|e| e.message)
    }
    fn record(&self, id: Id, who: &str, what: &str) {
        // The record is kept as well as it can be; a failure must not refuse a participant's card.
        let _ = self.ws().with(|s| Ok(s.log_workshop(id, who, what)?));
    }
    fn changed(&self) {
        let _ = self.0.emit("workshop-changed", ());
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub url: String,
    pub qr: Option<Qr>,
    /// journey-workshop's facilitator view: code, participants, settings, timer, vote.
    pub session: serde_json::Value,
}

impl Workshops {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Running>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Starts a session on a journey: on the local network, or this computer only (`loopback`).
pub fn start(app: &AppHandle, journey: Id, loopback: bool) -> ApiResult<SessionView> {
    let state = app.state::<Workshops>();
    let mut running = state.lock();
    if running.is_some() {
        return Err(ApiError::new("busy", "A session is already running; end it first."));
    }
    if app.state::<Workspace>().with(|s| Ok(s.is_read_only()))? {
        return Err(ApiError::new("read_only", "This file is read-only: a workshop needs to write participants' cards into it."));
    }
    let (bind, shown) = if loopback {
        (IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V4(Ipv4Addr::LOCALHOST))
    } else {
        (IpAddr::V4(Ipv4Addr::UNSPECIFIED), journey_workshop::lan_address())
    };
    let server = Server::start(Arc::new(AppHost(app.clone())), journey, bind, 0)
        .map_err(|e| ApiError::new("workshop_failed", format!("The session could not start: {e}")))?;
    let url = format!("http://{}:{}/?code={}", shown, server.addr().port(), server.code());
    let qr = journey_workshop::qr(&url);
    let _ = app.state::<Workspace>().with(|s| Ok(s.log_workshop(journey, "Facilitator", "started the session")?));
    *running = Some(Running { server, url, qr });
    drop(running);
    view(app)?.ok_or_else(|| ApiError::new("internal", "the session vanished"))
}

pub fn view(app: &AppHandle) -> ApiResult<Option<SessionView>> {
    let state = app.state::<Workshops>();
    let running = state.lock();
    Ok(running.as_ref().map(|r| SessionView { url: r.url.clone(), qr: r.qr.clone(), session: r.server.view() }))
}

pub fn act(app: &AppHandle, action: Action) -> ApiResult<()> {
    let state = app.state::<Workshops>();
    let running = state.lock();
    let r = running.as_ref().ok_or_else(|| ApiError::new("no_session", "No session is running."))?;
    r.server.act(action).map_err(|m| ApiError::new("invalid_input", m))
}

/// Ends the session: the port closes, participants' pages say so. The record stays in the file.
pub fn end(app: &AppHandle) -> ApiResult<()> {
    let state = app.state::<Workshops>();
    let taken = state.lock().take();
    if let Some(r) = taken {
        let journey = r.server.journey();
        r.server.stop();
        let _ = app.state::<Workspace>().with(|s| Ok(s.log_workshop(journey, "Facilitator", "ended the session")?));
        let _ = app.emit("workshop-changed", ());
    }
    Ok(())
}

/// The facilitator changed the journey: participants redraw.
pub fn notify(app: &AppHandle) {
    if let Some(r) = app.state::<Workshops>().lock().as_ref() {
        r.server.notify();
    }
}
