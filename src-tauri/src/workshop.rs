//! Workshop sessions from the window: the shell runs journey-workshop's server with the open
//! workspace as its host, so participants' cards and votes go through the same store as the
//! facilitator's edits (validated, durable, undoable) and the window redraws on each.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};

use tauri::{AppHandle, Manager};

use journey_core::{Change, Edit, Id, Journey};
use journey_workshop::{Action, Host, Qr, Server};

use crate::api::{ApiError, ApiResult, SessionView};
use crate::workspace::{emit_to, Workspace, Ws};

/// The running session, if any: one at a time (one port, one room), belonging to the window
/// that started it.
#[derive(Default)]
pub struct Workshops(Mutex<Option<Running>>);

struct Running {
    server: Server,
    /// `http://address:port/`, the join link without its code.
    base: String,
    /// The join link with the code it was made for, and its QR code (made again when the code
    /// is changed).
    url: String,
    qr: Option<Qr>,
    window: String,
    workspace: Arc<Workspace>,
}

/// The starting window's workspace as the server's host.
struct AppHost {
    app: AppHandle,
    window: String,
    workspace: Arc<Workspace>,
}

impl Host for AppHost {
    fn journey(&self, id: Id) -> Result<Journey, String> {
        self.workspace.with(|s| Ok(s.journey(id)?.0.clone())).map_err(|e| e.message)
    }
    // Read together under the workspace's lock, so the server's board starts at exactly the
    // revision its first change follows (an edit made while the session starts is not seen twice).
    fn journey_and_revision(&self, id: Id) -> Result<(Journey, Option<u64>), String> {
        self.workspace.with(|s| {
            let (j, r) = s.journey(id)?;
            Ok((j.clone(), Some(r)))
        })
        .map_err(|e| e.message)
    }
    fn apply(&self, id: Id, edit: &Edit) -> Result<Change, String> {
        let applied = self.workspace.with(|s| Ok(s.apply(id, edit, None)?)).map_err(|e| e.message)?;
        // A participant's change reaches the window the way its own edits do: as the patch.
        let change = applied.change.clone();
        emit_to(&self.app, &self.window, "journey-changed", applied);
        Ok(change)
    }
    fn record(&self, id: Id, who: &str, what: &str) {
        // The record is kept as well as it can be; a failure must not refuse a participant's card.
        let _ = self.workspace.with(|s| Ok(s.log_workshop(id, who, what)?));
    }
    fn changed(&self) {
        emit_to(&self.app, &self.window, "workshop-changed", ());
    }
    fn facilitator_name(&self) -> Option<String> {
        self.workspace.with(|s| Ok(s.author().to_string())).ok()
    }
}

impl Running {
    /// The link and QR code for the session's code now.
    fn link(&mut self) -> (String, Option<Qr>) {
        let url = format!("{}?code={}", self.base, self.server.code());
        if url != self.url {
            self.qr = journey_workshop::qr(&url);
            self.url = url;
        }
        (self.url.clone(), self.qr.clone())
    }
}

impl Workshops {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Running>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Starts a session on a journey of the window's workspace: on the local network, or this
/// computer only (`loopback`).
pub fn start(app: &AppHandle, ws: &Ws, journey: Id, loopback: bool) -> ApiResult<SessionView> {
    let state = app.state::<Workshops>();
    let mut running = state.lock();
    if let Some(r) = running.as_ref() {
        let id = if r.window == ws.label { "error-busy-workshop" } else { "error-busy-workshop-elsewhere" };
        return Err(ApiError::said("busy", id, &[]));
    }
    if ws.with(|s| Ok(s.is_read_only()))? {
        return Err(ApiError::said("read_only", "error-read-only-workshop", &[]));
    }
    let (bind, shown) = if loopback {
        (IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V4(Ipv4Addr::LOCALHOST))
    } else {
        (IpAddr::V4(Ipv4Addr::UNSPECIFIED), journey_workshop::lan_address())
    };
    let host = AppHost { app: app.clone(), window: ws.label.clone(), workspace: ws.shared() };
    let server = Server::start(Arc::new(host), journey, bind, 0)
        .map_err(|e| ApiError::code("workshop_failed", &[("detail", e.to_string().into())]))?;
    let base = format!("http://{}:{}/", shown, server.addr().port());
    let url = format!("{base}?code={}", server.code());
    let qr = journey_workshop::qr(&url);
    let _ = ws.with(|s| Ok(s.log_workshop(journey, "Facilitator", "started the session")?));
    *running = Some(Running { server, base, url, qr, window: ws.label.clone(), workspace: ws.shared() });
    drop(running);
    view(app, &ws.label)?.ok_or_else(|| ApiError::code("internal", &[("detail", "the session vanished".into())]))
}

/// The window's session; a session another window runs is not shown here.
pub fn view(app: &AppHandle, window: &str) -> ApiResult<Option<SessionView>> {
    let state = app.state::<Workshops>();
    let mut running = state.lock();
    Ok(running.as_mut().filter(|r| r.window == window).map(|r| {
        let (url, qr) = r.link();
        SessionView { url, qr, session: r.server.view() }
    }))
}

pub fn act(app: &AppHandle, window: &str, action: Action) -> ApiResult<()> {
    let state = app.state::<Workshops>();
    let running = state.lock();
    let r = running.as_ref().filter(|r| r.window == window).ok_or_else(|| ApiError::code("no_session", &[]))?;
    let refused = refusal(&action);
    r.server.act(action).map_err(|m| refused.with_detail(m))
}

/// What the Workshop panel says when the session refuses a facilitator's action: the session
/// answers in English words (journey-workshop), so the sentence is picked by the action, whose
/// only refusals these are; any other failure (the journey could not be read or written) keeps
/// the session's words as its detail.
struct Refusal(Option<(&'static str, Vec<(&'static str, journey_api::ErrorArg)>)>);

fn refusal(action: &Action) -> Refusal {
    Refusal(match action {
        Action::OpenVote { dots, .. } if !(1..=journey_workshop::session::MAX_DOTS).contains(dots) => {
            Some(("error-workshop-dots", vec![("max", u64::from(journey_workshop::session::MAX_DOTS).into())]))
        }
        Action::SetTimer { .. } => Some(("error-workshop-timer", vec![])),
        Action::Remove { .. } | Action::Ban { .. } => Some(("error-workshop-no-participant", vec![])),
        _ => None,
    })
}

impl Refusal {
    fn with_detail(self, detail: String) -> ApiError {
        match self.0 {
            Some((id, args)) => ApiError::said("invalid_input", id, &args),
            None => ApiError::said("invalid_input", "error-workshop-action", &[("detail", detail.into())]),
        }
    }
}

/// Ends the window's session: the port closes, participants' pages say so. The record stays in
/// the file. Also called when the window closes.
pub fn end(app: &AppHandle, window: &str) -> ApiResult<()> {
    let state = app.state::<Workshops>();
    let taken = {
        let mut running = state.lock();
        if running.as_ref().is_some_and(|r| r.window == window) { running.take() } else { None }
    };
    if let Some(r) = taken {
        let journey = r.server.journey();
        r.server.stop();
        let _ = r.workspace.with(|s| Ok(s.log_workshop(journey, "Facilitator", "ended the session")?));
        emit_to(app, window, "workshop-changed", ());
    }
    Ok(())
}

/// True while the window `window` runs a session.
pub fn running_in(app: &AppHandle, window: &str) -> bool {
    app.state::<Workshops>().lock().as_ref().is_some_and(|r| r.window == window)
}

/// The facilitator changed a journey in `window`: when that window runs the session,
/// participants get the change.
pub fn notify(app: &AppHandle, window: &str, change: &Change) {
    if let Some(r) = app.state::<Workshops>().lock().as_ref().filter(|r| r.window == window) {
        r.server.notify(change);
    }
}
