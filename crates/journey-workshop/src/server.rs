//! The participants' side of a session: a small HTTP and WebSocket server (axum) that serves
//! the participant page, admits people who know the code, and relays their cards and dots to
//! the host (the app, or the CLI) which applies them through the store. It runs on its own
//! runtime thread and listens only between `start` and `stop`.
//!
//! Participants are kept current with deltas: one snapshot when they connect, then for each
//! change only what it did to what they may see (`Session::delta_for`), drawn from the server's
//! `Board`, so a change costs the same to send whatever the journey's size.

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use axum::{Json, Router};
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use tokio::sync::{broadcast, watch};

use journey_core::{Change, Edit, Id, Journey};
use journey_i18n::Language;

use crate::board::{Board, Delta, Map};
use crate::said;
use crate::session::{Effect, FacilitatorView, JoinError, Participant, Refusal, Request, Session, Settings};

/// What the server needs from whoever owns the workspace file.
pub trait Host: Send + Sync + 'static {
    /// The journey as it is now.
    fn journey(&self, id: Id) -> Result<Journey, String>;
    /// The journey and the store's revision of it, read together. A host that cannot say the
    /// revision leaves it out; the server then takes it from the first change it is given.
    fn journey_and_revision(&self, id: Id) -> Result<(Journey, Option<u64>), String> {
        self.journey(id).map(|j| (j, None))
    }
    /// Applies an edit through the store (validated, durable, undoable) and says what changed.
    fn apply(&self, id: Id, edit: &Edit) -> Result<Change, String>;
    /// Appends to the session's record: who did what.
    fn record(&self, id: Id, who: &str, what: &str);
    /// The session or the journey changed: the facilitator's window redraws.
    fn changed(&self);
    /// The name the facilitator's own changes go by (the app's user, the CLI's `--author`):
    /// no participant may join under it, as under "Facilitator".
    fn facilitator_name(&self) -> Option<String> {
        None
    }
}

/// What the facilitator does, from the app (or a test): the page's `workshop_act` argument.
#[derive(Debug, Clone, PartialEq, Deserialize, ts_rs::TS)]
#[serde(tag = "type", rename_all = "camelCase")]
#[ts(rename = "WorkshopAction")]
pub enum Action {
    OpenLanes { lanes: Vec<Id> },
    PrivateMode { on: bool },
    Reveal { anonymous: bool },
    OpenVote { lane: Option<Id>, dots: u32 },
    CloseVote,
    SetTimer { minutes: f64 },
    StartTimer,
    PauseTimer,
    ExtendTimer { minutes: f64 },
    Lock { on: bool },
    Follow { stage: Option<Id> },
    Remove { participant: String },
    /// Removes a participant and refuses them again: their name, and with `address` the device
    /// they joined from.
    Ban { participant: String, address: bool },
    /// A new join code; the old one stops working (those in the session stay).
    RotateCode,
}

const PAGE: &str = include_str!("page/index.html");
const SCRIPT: &str = include_str!("page/app.js");
const MODEL: &str = include_str!("page/model.js");
const STYLE: &str = include_str!("page/app.css");
// Fluent for the page, and its catalogs by language (`/locale/fa`): the participant's browser
// language picks one, the page formats it (plurals and arguments by Fluent, as in the studio).
const FLUENT: &str = include_str!("page/fluent-bundle.js");
/// Nothing but the page's own files and its own WebSocket.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// How participants are kept current.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Delivery {
    /// One snapshot when a participant connects, then per change only what changed for them.
    #[default]
    Deltas,
    /// The whole view again after every change, the journey read from the host each time (and
    /// for every request): how sessions worked before deltas, kept as the benchmark's baseline.
    FullSnapshots,
}

/// What the socket tasks hear about, in the order it happened.
#[derive(Clone)]
enum Event {
    Journey(Arc<Delta>),
    /// The session changed, for everyone or for one participant only (their dots).
    Session(Option<String>),
    /// The board was read again from the host: everyone gets a fresh snapshot.
    Reset,
}

/// How long a change may wait for the one before it before the board is read again. The
/// missing one is normally on another thread between the store and `notify`, microseconds
/// away; one that never comes was made on a path that does not tell the server.
const GAP_WAIT: Duration = Duration::from_millis(500);

/// The least time between two pushes to one participant: what changes in between goes out
/// together (a push after a quiet spell goes at once). Measured before this: every request sent
/// everything to every socket and redrew the window, so one fast participant slowed the room.
pub const PUSH_INTERVAL: Duration = Duration::from_millis(100);
/// The least time between two "the session changed" calls to the host: the facilitator's window
/// redraws its panel (and reads the record) on each.
pub const COALESCE: Duration = Duration::from_millis(150);

struct Shared {
    session: Mutex<Session>,
    board: Mutex<Board>,
    host: Arc<dyn Host>,
    events: broadcast::Sender<Event>,
    delivery: Delivery,
    runtime: tokio::runtime::Handle,
    gap_check: AtomicBool,
    /// A `host.changed()` is due within `COALESCE`.
    host_due: AtomicBool,
    /// Per participant token, which of its connections is the live one: a new socket on a token
    /// replaces the old (a phone that reconnected), so one token never holds hundreds.
    sockets: Mutex<std::collections::HashMap<String, watch::Sender<u64>>>,
}

// Lock order: board, then session. The host is called with either held, never the reverse.
impl Shared {
    /// Makes a new connection the live one for `token`: the receiver tells the older ones
    /// they were replaced; the number is this connection's turn.
    fn claim_socket(&self, token: &str) -> (watch::Receiver<u64>, u64) {
        let mut sockets = self.sockets.lock().unwrap_or_else(|e| e.into_inner());
        match sockets.get(token) {
            Some(turn) => {
                let next = *turn.borrow() + 1;
                turn.send_replace(next);
                (turn.subscribe(), next)
            }
            None => {
                let (turn, rx) = watch::channel(0);
                sockets.insert(token.to_string(), turn);
                (rx, 0)
            }
        }
    }

    fn session(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn board(&self) -> MutexGuard<'_, Board> {
        self.board.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Settings, timer, vote or membership changed.
    fn session_changed(self: &Arc<Self>, only: Option<String>) {
        let _ = self.events.send(Event::Session(only));
        self.host_changed();
    }

    /// Tells the host the session or journey changed, at most once per `COALESCE`: however many
    /// cards and dots come in meanwhile, the window redraws its panel once.
    fn host_changed(self: &Arc<Self>) {
        if self.host_due.swap(true, Ordering::SeqCst) {
            return;
        }
        let shared = self.clone();
        self.runtime.spawn(async move {
            tokio::time::sleep(COALESCE).await;
            shared.host_due.store(false, Ordering::SeqCst);
            shared.host.changed();
        });
    }

    /// A change the store made to the journey, from whatever path, in whatever order they
    /// arrive: the board applies them in revision order and each becomes an event. Sent while
    /// the board is locked, so events are in the board's order and a snapshot taken under the
    /// same lock is exactly "everything before the next event".
    fn ingest(self: &Arc<Self>, change: Change) {
        let mut board = self.board();
        for d in board.take(change) {
            let _ = self.events.send(Event::Journey(Arc::new(d)));
        }
        if board.waiting() && !self.gap_check.swap(true, Ordering::SeqCst) {
            let shared = self.clone();
            self.runtime.spawn(async move {
                tokio::time::sleep(GAP_WAIT).await;
                shared.gap_check.store(false, Ordering::SeqCst);
                let mut board = shared.board();
                if !board.waiting() {
                    return;
                }
                if let Ok((j, revision)) = shared.host.journey_and_revision(board.journey) {
                    *board = Board::new(&j, revision);
                    let _ = shared.events.send(Event::Reset);
                }
            });
        }
    }
}

pub struct Server {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Starts a session on `journey`, listening on `bind` (the LAN, or 127.0.0.1 only) at
    /// `port` (0: any free port).
    pub fn start(host: Arc<dyn Host>, journey: Id, bind: IpAddr, port: u16) -> std::io::Result<Server> {
        Server::start_with(host, journey, bind, port, Delivery::Deltas)
    }

    /// `start`, choosing how participants are kept current (the benchmark compares both).
    pub fn start_with(host: Arc<dyn Host>, journey: Id, bind: IpAddr, port: u16, delivery: Delivery) -> std::io::Result<Server> {
        let (j, revision) = host.journey_and_revision(journey).map_err(std::io::Error::other)?;
        let mut session = Session::starting(&j);
        if let Some(name) = host.facilitator_name() {
            session.reserve(&name);
        }
        let board = Board::new(&j, revision);
        drop(j);
        let listener = std::net::TcpListener::bind((bind, port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).thread_name("workshop").enable_all().build()?;
        // Deep enough for a burst of changes; a socket that falls further behind gets a snapshot.
        let (events, _) = broadcast::channel(256);
        let shared = Arc::new(Shared {
            session: Mutex::new(session),
            board: Mutex::new(board),
            host,
            events,
            delivery,
            runtime: runtime.handle().clone(),
            gap_check: AtomicBool::new(false),
            host_due: AtomicBool::new(false),
            sockets: Mutex::new(std::collections::HashMap::new()),
        });
        let (stop, stopped) = watch::channel(false);
        let app = Router::new()
            .route("/", get(|| async { page(PAGE, "text/html; charset=utf-8") }))
            .route("/app.js", get(|| async { page(SCRIPT, "text/javascript; charset=utf-8") }))
            .route("/model.js", get(|| async { page(MODEL, "text/javascript; charset=utf-8") }))
            .route("/app.css", get(|| async { page(STYLE, "text/css; charset=utf-8") }))
            .route("/fluent.js", get(|| async { page(FLUENT, "text/javascript; charset=utf-8") }))
            .route("/locale/{code}", get(|Path(code): Path<String>| async move { page(journey_i18n::participant_catalog(&code), "text/plain; charset=utf-8") }))
            .route("/api/join", post(join))
            .route("/api/ws", get(socket))
            .layer(DefaultBodyLimit::max(16 * 1024))
            .with_state((shared.clone(), stopped.clone()))
            // Outermost, so it sees every request and every answer: 404s, refused bodies and
            // extractor errors too.
            .layer(axum::middleware::from_fn(move |req, next| guard(addr.port(), req, next)));
        let thread = std::thread::Builder::new().name("workshop-server".into()).spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
                // Capped connections with header and idle deadlines (guard.rs). Each is also set to
                // TCP_NODELAY there: a delta is a few hundred bytes, often right after the sender's
                // ack, and with Nagle's algorithm it would wait for the phone's delayed ACK.
                // (`tap_io` does nothing here but lets axum give handlers the peer address.)
                let listener = crate::guard::Capped::new(listener).tap_io(|_| {});
                let mut stopped = stopped;
                let _ = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
                    .with_graceful_shutdown(async move {
                        let _ = stopped.wait_for(|s| *s).await;
                    })
                    .await;
            });
            // Dropping the runtime here ends the sockets still open.
        })?;
        Ok(Server { shared, addr, stop, thread: Some(thread) })
    }

    /// Test hook: participants' requests are not rate-limited (for tests and the load benchmark
    /// that script requests at machine speed; the card caps still hold).
    #[doc(hidden)]
    pub fn without_rate_limits(&self) {
        self.shared.session().rate_limits = false;
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn code(&self) -> String {
        self.shared.session().code.clone()
    }

    pub fn journey(&self) -> Id {
        self.shared.session().journey
    }

    /// The session as the facilitator's window shows it.
    pub fn view(&self) -> FacilitatorView {
        self.shared.session().facilitator_view()
    }

    pub fn settings(&self) -> Settings {
        self.shared.session().settings.clone()
    }

    /// The journey changed outside the session (the facilitator edited, undid, restored):
    /// participants get what changed. Changes to other journeys are ignored.
    pub fn notify(&self, change: &Change) {
        self.shared.ingest(change.clone());
    }

    /// Carries out a facilitator action; edits go through the host like participants' cards.
    pub fn act(&self, action: Action) -> Result<(), String> {
        let host = self.shared.host.clone();
        let mut s = self.shared.session();
        let journey = s.journey;
        let mut edit = None;
        let line = match action {
            Action::OpenLanes { lanes } => {
                s.settings.open_lanes = lanes;
                None
            }
            Action::PrivateMode { on } => {
                s.settings.private_mode = on;
                Some(if on { "turned private mode on" } else { "turned private mode off" }.to_string())
            }
            Action::Reveal { anonymous } => {
                edit = s.reveal(&host.journey(journey)?, anonymous);
                Some(format!("revealed the private cards{}", if anonymous { " anonymously" } else { "" }))
            }
            Action::OpenVote { lane, dots } => {
                s.open_vote(lane, dots)?;
                Some(format!("opened a vote with {dots} dots each"))
            }
            Action::CloseVote => {
                edit = s.close_vote(&host.journey(journey)?);
                Some("closed the vote".to_string())
            }
            Action::SetTimer { minutes } => {
                s.set_timer(minutes)?;
                None
            }
            Action::StartTimer => {
                s.start_timer();
                None
            }
            Action::PauseTimer => {
                s.pause_timer();
                None
            }
            Action::ExtendTimer { minutes } => {
                s.extend_timer(minutes);
                None
            }
            Action::Lock { on } => {
                s.settings.locked = on;
                Some(if on { "locked the board" } else { "unlocked the board" }.to_string())
            }
            Action::Follow { stage } => {
                s.settings.follow = stage;
                None
            }
            Action::Remove { participant } => {
                let name = s.remove(&participant).ok_or("That participant is not in the session.")?;
                Some(format!("removed {name}"))
            }
            Action::Ban { participant, address } => {
                let name = s.ban(&participant, address).ok_or("That participant is not in the session.")?;
                Some(format!("banned {name}{}", if address { " and their device" } else { "" }))
            }
            Action::RotateCode => {
                s.rotate_code();
                Some("changed the join code".to_string())
            }
        };
        drop(s);
        if let Some(e) = &edit {
            self.shared.ingest(host.apply(journey, e)?);
        }
        if let Some(line) = line {
            host.record(journey, "Facilitator", &line);
        }
        self.shared.session_changed(None);
        Ok(())
    }

    /// Ends the session: the port closes and every participant's connection ends.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn page(body: &'static str, kind: &'static str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    secure(h);
    r
}

fn secure(h: &mut axum::http::HeaderMap) {
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// Whether a request's `Host` names this server: an IP address (any of the machine's, as the join
/// link gives) or `localhost`, with the session's port. A name that is not ours is what a DNS
/// rebinding page sends, after pointing its own domain at this laptop.
fn host_is_ours(host: &str, port: u16) -> bool {
    let Some((name, p)) = host.rsplit_once(':') else { return false };
    if p.parse::<u16>() != Ok(port) {
        return false;
    }
    let name = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')).unwrap_or(name);
    name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok()
}

/// Every request passes here: one whose `Host` is not this server's, or a WebSocket upgrade
/// from a page of another origin, is refused; every answer carries the security headers, and
/// every refusal is worded in the language the request asks for (said.rs), whoever refused it.
async fn guard(port: u16, req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let headers = req.headers();
    let language = said::language_of(headers);
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).map(str::to_string);
    let origin = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok()).map(str::to_string);
    let upgrade = headers.get(header::UPGRADE).is_some();
    let mut r = match host {
        Some(h) if host_is_ours(&h, port) => {
            // Browsers send Origin with every WebSocket; only our own page may open one.
            let foreign = upgrade && origin.as_deref().is_some_and(|o| o != format!("http://{h}"));
            if foreign {
                said::refusal(StatusCode::FORBIDDEN, language, "foreignPage")
            } else {
                said::in_language(next.run(req).await, language)
            }
        }
        _ => said::refusal(StatusCode::MISDIRECTED_REQUEST, language, "wrongHost"),
    };
    secure(r.headers_mut());
    r
}

type AppState = (Arc<Shared>, watch::Receiver<bool>);

#[derive(Deserialize)]
struct JoinRequest {
    name: String,
    code: String,
}

async fn join(State((shared, _)): State<AppState>, ConnectInfo(from): ConnectInfo<SocketAddr>, headers: HeaderMap, Json(req): Json<JoinRequest>) -> Response {
    let joined = shared.session().join(from.ip(), &req.name, &req.code);
    let mut r = match joined {
        Ok(p) => {
            let journey = shared.session().journey;
            shared.host.record(journey, &p.name, "joined");
            // Nothing participants see has changed; the facilitator's list has.
            shared.host_changed();
            Json(serde_json::json!({ "token": p.token, "id": p.id, "name": p.name })).into_response()
        }
        Err(e) => {
            let status = match e {
                JoinError::WrongCode => StatusCode::FORBIDDEN,
                JoinError::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
                JoinError::BadName => StatusCode::BAD_REQUEST,
                JoinError::Full => StatusCode::SERVICE_UNAVAILABLE,
                JoinError::Banned => StatusCode::FORBIDDEN,
                JoinError::TooManyJoins => StatusCode::TOO_MANY_REQUESTS,
            };
            // The code and arguments for the page's catalog; the sentence in the language the
            // browser asked for, for a page or tool that does not know the code.
            let language = said::language_of(&headers);
            let mut r = (status, Json(serde_json::json!({ "error": e.said_in(language), "code": e.code(), "args": e.args_json() }))).into_response();
            said::spoken(r.headers_mut(), language);
            r
        }
    };
    secure(r.headers_mut());
    r
}

#[derive(Deserialize)]
struct SocketQuery {
    token: String,
}

async fn socket(State((shared, stopped)): State<AppState>, headers: HeaderMap, Query(q): Query<SocketQuery>, ws: WebSocketUpgrade) -> Response {
    // Browsers send their Accept-Language with the upgrade too: the socket's refusals are worded
    // in it (a reloaded page reconnects without joining again, so the join's would be stale).
    let language = said::language_of(&headers);
    let Some(who) = shared.session().participant(&q.token).cloned() else {
        return said::refusal(StatusCode::UNAUTHORIZED, language, "joinFirst");
    };
    // Claimed here, before the handshake's answer, not once the socket runs: the upgrade task
    // starts later, so two reconnects in quick succession could claim in the wrong order and
    // leave the older socket live and the newer one closed.
    let turn = shared.claim_socket(&who.token);
    ws.max_message_size(64 * 1024).on_upgrade(move |socket| talk(socket, shared, who, turn, stopped, language))
}

/// One participant's connection: a snapshot, then what changes for them, and their requests
/// applied in order, each answered with an ack or an error.
async fn talk(socket: WebSocket, shared: Arc<Shared>, who: Participant, (mut turn, mine): (watch::Receiver<u64>, u64), mut stopped: watch::Receiver<bool>, language: Language) {
    let (mut tx, mut rx) = socket.split();
    // Replaced while the handshake was still under way: this one is already old.
    if *turn.borrow() != mine {
        let _ = tx.send(Message::Close(None)).await;
        return;
    }
    // Subscribed before the snapshot is taken, so nothing after it is missed.
    let mut events = shared.events.subscribe();
    if *stopped.borrow() {
        return;
    }
    // The revision the participant holds; deltas up to it are already in their snapshot.
    let mut held: Option<u64> = None;
    let Some(first) = snapshot(&shared, &who, &mut held) else { return };
    let mut quiet_until = tokio::time::Instant::now();
    let mut meter = crate::session::Bucket::full(crate::session::MESSAGE_BURST, std::time::Instant::now());
    if tx.send(Message::Text(first.into())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            // The only change ever sent is "stop".
            _ = stopped.changed() => {
                let _ = tx.send(Message::Close(None)).await;
                break;
            }
            // A newer connection on the same token took over.
            _ = turn.changed() => {
                if *turn.borrow() != mine {
                    let _ = tx.send(Message::Close(None)).await;
                    break;
                }
            }
            // Pushes wait out `PUSH_INTERVAL` after the last one, then everything that came meanwhile
            // goes in one write.
            _ = tokio::time::sleep_until(quiet_until), if tokio::time::Instant::now() < quiet_until => {}
            event = events.recv(), if tokio::time::Instant::now() >= quiet_until => {
                let mut batch = vec![event];
                loop {
                    match events.try_recv() {
                        Ok(e) => batch.push(Ok(e)),
                        Err(broadcast::error::TryRecvError::Empty) => break,
                        Err(broadcast::error::TryRecvError::Closed) => { batch.push(Err(broadcast::error::RecvError::Closed)); break }
                        Err(broadcast::error::TryRecvError::Lagged(n)) => batch.push(Err(broadcast::error::RecvError::Lagged(n))),
                    }
                }
                let Some(out) = pushes(&shared, &who, &mut held, batch) else { break };
                if out.is_empty() {
                    continue;
                }
                let mut failed = false;
                for text in out {
                    if tx.feed(Message::Text(text.into())).await.is_err() { failed = true; break; }
                }
                if failed || tx.flush().await.is_err() { break; }
                quiet_until = tokio::time::Instant::now() + PUSH_INTERVAL;
            }
            incoming = rx.next() => {
                let Some(Ok(msg)) = incoming else { break };
                // Over its message rate, the socket is read no faster than the rate allows.
                while !meter.take(std::time::Instant::now(), crate::session::MESSAGES_PER_SECOND, crate::session::MESSAGE_BURST) {
                    tokio::time::sleep(Duration::from_secs_f64(1.0 / crate::session::MESSAGES_PER_SECOND)).await;
                }
                let Message::Text(text) = msg else { continue };
                let reply = if is_resync(text.as_str()) {
                    // The page found a delta that does not follow what it holds.
                    let Some(s) = snapshot(&shared, &who, &mut held) else { break };
                    s
                } else {
                    handle(&shared, &who, text.as_str(), language).to_string()
                };
                if tx.send(Message::Text(reply.into())).await.is_err() { break; }
            }
            _ = tokio::time::sleep(crate::guard::PING_INTERVAL) => {
                // Keeps idle connections (phones on Wi-Fi) from being dropped by routers, and the
                // phone's pong keeps the connection within its idle deadline (guard.rs).
                if tx.send(Message::Ping(Vec::new().into())).await.is_err() { break; }
            }
        }
    }
}

/// What a batch of events means to one participant, in order: deltas, then the session's state
/// once however often it changed; a snapshot instead when one is needed (fell behind, the board
/// was read again, or the old full-view delivery). `None`: removed, or the session ended.
fn pushes(shared: &Shared, who: &Participant, held: &mut Option<u64>, batch: Vec<Result<Event, broadcast::error::RecvError>>) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut session = false;
    let mut fresh = false;
    for event in batch {
        match event {
            Err(broadcast::error::RecvError::Closed) => return None,
            Err(broadcast::error::RecvError::Lagged(_)) => fresh = true,
            Ok(_) if shared.delivery == Delivery::FullSnapshots => fresh = true,
            Ok(Event::Reset) => fresh = true,
            Ok(Event::Journey(d)) => {
                if fresh || held.is_some_and(|r| d.revision <= r) {
                    continue;
                }
                *held = Some(d.revision);
                let s = shared.session();
                s.participant(&who.token)?;
                out.push(s.delta_for(who, &d).to_string());
            }
            Ok(Event::Session(only)) => session |= only.is_none_or(|id| id == who.id),
        }
    }
    if fresh {
        // A snapshot covers every delta and the session: it is all that goes.
        return snapshot(shared, who, held).map(|s| vec![s]);
    }
    if session {
        let s = shared.session();
        s.participant(&who.token)?;
        out.push(s.session_for(who).to_string());
    }
    Some(out)
}

fn is_resync(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Kind<'a> {
        #[serde(rename = "type", borrow)]
        kind: &'a str,
    }
    serde_json::from_str::<Kind>(text).is_ok_and(|k| k.kind == "resync")
}

/// The participant's whole view, and the revision it is at; `None` when they were removed.
fn snapshot(shared: &Shared, who: &Participant, held: &mut Option<u64>) -> Option<String> {
    match shared.delivery {
        Delivery::Deltas => {
            let board = shared.board();
            let s = shared.session();
            s.participant(&who.token)?;
            *held = board.revision();
            Some(s.view_for(who, &*board).to_string())
        }
        Delivery::FullSnapshots => {
            let s = shared.session();
            s.participant(&who.token)?;
            let j = shared.host.journey(s.journey).ok()?;
            Some(s.view_for(who, &j).to_string())
        }
    }
}

fn handle(shared: &Arc<Shared>, who: &Participant, text: &str, language: Language) -> serde_json::Value {
    // An id longer than a page's own is not echoed back (the refusal says why).
    let id = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("id").and_then(|i| i.as_str()).filter(|i| i.len() <= crate::session::MAX_REQUEST_ID).map(str::to_string));
    let request: Request = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(_) => return refused(id, &Refusal::new("notUnderstood"), language),
    };
    // The store's reason is English and for the laptop; the participant is told it was not kept.
    let not_saved = |_: String| Refusal::new("notSaved");
    let outcome = (|| -> Result<Effect, Refusal> {
        let (journey, effect) = match shared.delivery {
            Delivery::Deltas => {
                let board = shared.board();
                let mut s = shared.session();
                (s.journey, s.handle(who, request, &*board)?)
            }
            Delivery::FullSnapshots => {
                let mut s = shared.session();
                let j = shared.host.journey(s.journey).map_err(not_saved)?;
                (s.journey, s.handle(who, request, &j)?)
            }
        };
        match &effect {
            Effect::Edit(edit, line) => {
                shared.ingest(shared.host.apply(journey, edit).map_err(not_saved)?);
                shared.host.record(journey, &who.name, line);
            }
            Effect::Record(line) => shared.host.record(journey, &who.name, line),
            Effect::Nothing => {}
        }
        Ok(effect)
    })();
    match outcome {
        Ok(effect) => {
            match effect {
                // The card reaches everyone as a delta; the facilitator's window redraws.
                Effect::Edit(..) => shared.host_changed(),
                // A dot changes only this participant's view of the vote.
                Effect::Record(_) => shared.session_changed(Some(who.id.clone())),
                Effect::Nothing => {}
            }
            serde_json::json!({ "type": "ack", "id": id })
        }
        Err(refusal) => refused(id, &refusal, language),
    }
}

/// A refused request's answer: the catalog's code and arguments for the page to say in the
/// participant's language, and the sentence in the language their socket's upgrade asked for
/// (English when it asked for none), for a page or tool that does not know the code.
fn refused(id: Option<String>, r: &Refusal, language: Language) -> serde_json::Value {
    serde_json::json!({ "type": "error", "id": id, "code": r.code, "args": r.args_json(), "message": r.said_in(language) })
}
