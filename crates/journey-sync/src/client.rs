//! A studio (or the headless CLI) syncing its workspace file: samod's repo over the file's chunk
//! table, a dialer to the team server that reconnects by itself, and the bridge that keeps each
//! samod document and the store's document of the same journey in step.
//!
//! The bridge runs on its own thread and handles one event at a time, so the store sees one
//! writer: a commit of ours (the store's hook) is pushed into samod's document, from where samod
//! sends it; a change in samod's document (a teammate's, via the server) is pulled into the store
//! with `Store::receive`, which repairs, writes and reports it (the host sends the patch to the
//! window). Both directions send only the changes the other side lacks: the pushing side's heads
//! tell what that is.

use std::collections::{BTreeSet, HashMap};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::{FutureExt, StreamExt};
use journey_core::Id;
use journey_doc::automerge::{self, ChangeHash};
use journey_store::{Received, Store, StoreError};
use samod::{BackoffConfig, DialError, DocHandle, Transport};

use crate::wire::{self, ConnectError, Target};

/// What the sync layer needs from whoever owns the store (the app's window state, the CLI).
pub trait Host: Send + Sync + 'static {
    /// Runs `f` with the workspace's store, under the owner's lock.
    fn with_store(&self, f: &mut dyn FnMut(&mut Store));
    /// A teammate's changes were taken in (the app sends the patch to the window).
    fn received(&self, _r: &Received) {}
    /// The connection's state changed.
    fn status(&self, _s: &Status) {}
    /// Who is in `journey` changed (someone came, left, or selected something else).
    fn presence(&self, _journey: Id, _peers: &[crate::presence::Peer]) {}
}

/// Runs `f` with the host's store and returns what it returned.
pub fn with<T>(host: &dyn Host, f: impl FnOnce(&mut Store) -> T) -> T {
    let mut f = Some(f);
    let mut out = None;
    host.with_store(&mut |s| out = Some((f.take().expect("called once"))(s)));
    out.expect("the host ran the closure")
}

/// A plain `Mutex<Store>` as host (the CLI, tests).
pub struct Shared(pub Mutex<Store>);

impl Host for Shared {
    fn with_store(&self, f: &mut dyn FnMut(&mut Store)) {
        f(&mut self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// samod's storage: the workspace file's chunk table, through the store (one connection, one
/// writer). Each call runs on tokio's blocking pool: the store may be busy with an edit.
#[derive(Clone)]
pub struct FileStorage {
    host: Arc<dyn Host>,
}

fn key_text(key: &samod::storage::StorageKey) -> String {
    key.clone().into_iter().collect::<Vec<String>>().join("/")
}

impl samod::storage::Storage for FileStorage {
    fn load(&self, key: samod::storage::StorageKey) -> impl std::future::Future<Output = Option<Vec<u8>>> + Send {
        let host = self.host.clone();
        async move {
            tokio::task::spawn_blocking(move || with(&*host, |s| s.chunk(&key_text(&key))).ok().flatten())
                .await
                .ok()
                .flatten()
        }
    }

    fn load_range(
        &self,
        prefix: samod::storage::StorageKey,
    ) -> impl std::future::Future<Output = HashMap<samod::storage::StorageKey, Vec<u8>>> + Send {
        let host = self.host.clone();
        async move {
            let text = key_text(&prefix);
            let rows = tokio::task::spawn_blocking(move || with(&*host, |s| s.chunks(&text)).unwrap_or_default())
                .await
                .unwrap_or_default();
            rows.into_iter()
                .filter_map(|(k, v)| {
                    let key = samod::storage::StorageKey::from_parts(k.split('/')).ok()?;
                    prefix.is_prefix_of(&key).then_some((key, v))
                })
                .collect()
        }
    }

    fn put(&self, key: samod::storage::StorageKey, data: Vec<u8>) -> impl std::future::Future<Output = ()> + Send {
        let host = self.host.clone();
        async move {
            // A failed write (a full disk) loses nothing: the store's own save of the same
            // changes fails too and says so, and samod sends them again next session.
            let _ = tokio::task::spawn_blocking(move || with(&*host, |s| s.put_chunk(&key_text(&key), &data))).await;
        }
    }

    fn delete(&self, key: samod::storage::StorageKey) -> impl std::future::Future<Output = ()> + Send {
        let host = self.host.clone();
        async move {
            let _ = tokio::task::spawn_blocking(move || with(&*host, |s| s.delete_chunk(&key_text(&key)))).await;
        }
    }
}

/// The connection as the top bar shows it (the `sync-status` event).
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "state")]
#[ts(rename = "SyncStatus")]
pub enum Status {
    Connecting,
    /// Connected; `pending` of our changes not yet confirmed by the server.
    Connected { pending: usize },
    /// Not connected (the server is away); work goes on locally and is sent later.
    Offline {
        sentence: String,
        /// The sentence as the catalogs say it.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        said: Option<crate::wire::Said>,
    },
    /// Needs a person: a revoked invitation, a wrong secret, a newer app.
    Failed {
        sentence: String,
        code: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        said: Option<crate::wire::Said>,
    },
}

struct WsDialer {
    target: Target,
    last_error: Arc<Mutex<Option<ConnectError>>>,
}

impl samod::Dialer for WsDialer {
    type Error = ConnectError;

    fn url(&self) -> url::Url {
        self.target.url()
    }

    fn connect(&self) -> futures::future::BoxFuture<'static, Result<Transport, DialError<ConnectError>>> {
        let target = self.target.clone();
        let last_error = self.last_error.clone();
        async move {
            match wire::connect(&target, Arc::new(Mutex::new(None))).await {
                Ok(ws) => {
                    *last_error.lock().unwrap_or_else(|e| e.into_inner()) = None;
                    Ok(wire::transport(ws, None, None, None))
                }
                Err(e) => {
                    *last_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(e.clone());
                    if e.transient() {
                        Err(DialError::transient(e))
                    } else {
                        Err(DialError::PermanentFailure(e))
                    }
                }
            }
        }
        .boxed()
    }
}

enum Event {
    /// We committed a change to this document.
    Local(Id),
    /// samod's copy of this document changed.
    Remote(Id),
    /// samod found (loaded or fetched) this document.
    Found(Id, DocHandle),
    /// Someone waits for the bridge to have handled everything before this.
    Flush(mpsc::Sender<()>),
    /// A connection was made: ask again for what was not found.
    Retry,
    Stop,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{0}")]
    Connect(#[from] ConnectError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Invite(#[from] crate::InviteError),
    #[error("Syncing did not finish in {0} seconds: {1}. What was sent is kept; run it again.")]
    Timeout(u64, String),
    #[error("This workspace is not shared: share it first (Share this workspace…, or journey share).")]
    NotShared,
    #[error("Could not start syncing: {0}")]
    Io(#[from] std::io::Error),
}

impl SyncError {
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::Connect(e) => e.code(),
            SyncError::Store(e) => e.code(),
            SyncError::Invite(_) => "bad_invitation",
            SyncError::Timeout(..) => "timeout",
            SyncError::NotShared => "not_shared",
            SyncError::Io(_) => "io",
        }
    }
}

struct State {
    status: Status,
    /// Documents found in samod, and those asked for but not (yet) available.
    handles: HashMap<Id, DocHandle>,
    missing: BTreeSet<Id>,
    /// Of those, the ones samod is looking for now.
    searching: BTreeSet<Id>,
    /// The last error `receive` gave, as a sentence.
    trouble: Option<String>,
    /// Changes received from teammates this session.
    received: usize,
    /// Teammates heard from, and where we are (sent to them).
    room: crate::presence::Room,
    me: Option<crate::presence::Peer>,
    /// Per document and connection, the heads samod knows both sides have (for `pending`).
    shared: HashMap<Id, HashMap<samod::ConnectionId, Vec<ChangeHash>>>,
}

/// A running sync of one workspace file; stops when dropped.
pub struct Client {
    runtime: Option<tokio::runtime::Runtime>,
    repo: samod::Repo,
    /// None for a studio on no team server that only accepts the room (`start_local`).
    dialer: Option<samod::DialerHandle<ConnectError>>,
    events: mpsc::Sender<Event>,
    bridge: Option<std::thread::JoinHandle<()>>,
    state: Arc<Mutex<State>>,
    host: Arc<dyn Host>,
    /// Why the last connection attempt failed (set by the dialer on every attempt).
    last_error: Arc<Mutex<Option<ConnectError>>>,
}

/// The status of a studio on no team server (`start_local`): what its room brings is all there is.
pub const ROOM_ONLY: &str = "This workspace is on no team server: teammates in the room sync with this studio while its room is open.";

/// How quickly a lost connection is tried again: soon, then at most every 5 s (a server back
/// from a restart is found within seconds).
fn backoff() -> BackoffConfig {
    BackoffConfig { initial_delay: Duration::from_millis(200), max_delay: Duration::from_secs(5), max_retries: None }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Client {
    /// Starts syncing the host's workspace with `target`. Returns at once: connecting, finding
    /// documents and sending go on in the background (see `status`, `wait_synced`).
    pub fn start(host: Arc<dyn Host>, target: Target) -> Result<Client, SyncError> {
        Client::begin(host, Some(target))
    }

    /// The repo and bridge without a team server: for a workspace that syncs only with the
    /// teammates its studio accepts in the room (`room.rs`).
    pub fn start_local(host: Arc<dyn Host>) -> Result<Client, SyncError> {
        Client::begin(host, None)
    }

    fn begin(host: Arc<dyn Host>, target: Option<Target>) -> Result<Client, SyncError> {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).thread_name("sync").enable_all().build()?;
        let docs = with(&*host, |s| s.document_ids())?;
        // Teammates in the room write into this repo too (`serve_room`): the same cap on new
        // documents as the team server's.
        let cap = crate::cap::DocumentCap::new(crate::cap::DOCUMENTS, docs.iter().map(|d| journey_doc::document_id(*d)));
        let repo = runtime.block_on(
            samod::Repo::builder(runtime.handle().clone())
                .with_storage(FileStorage { host: host.clone() })
                .with_share_policy(cap)
                .load(),
        );
        let last_error = Arc::new(Mutex::new(None));
        let status = match target {
            Some(_) => Status::Connecting,
            None => Status::Offline { sentence: ROOM_ONLY.to_string(), said: Some(crate::wire::Said::new("sync-room-only", &[])) },
        };
        let dialer = target
            .map(|target| repo.dial(backoff(), Arc::new(WsDialer { target, last_error: last_error.clone() })))
            .transpose()
            .map_err(|_| std::io::Error::other("the sync engine stopped"))?;
        let (tx, rx) = mpsc::channel();
        let state = Arc::new(Mutex::new(State {
            status,
            handles: HashMap::new(),
            missing: BTreeSet::new(),
            searching: BTreeSet::new(),
            trouble: None,
            received: 0,
            room: Default::default(),
            me: None,
            shared: HashMap::new(),
        }));
        {
            let tx = tx.clone();
            with(&*host, move |s| s.on_commit(move |doc| drop(tx.send(Event::Local(doc)))));
        }
        let workspace = docs[0]; // document_ids lists the index first
        for doc in docs {
            find(&runtime.handle().clone(), &repo, doc, tx.clone(), state.clone());
        }
        if let Some(dialer) = &dialer {
            watch_dialer(runtime.handle(), dialer.clone(), last_error.clone(), state.clone(), host.clone(), tx.clone());
            progress(runtime.handle(), dialer.clone(), state.clone(), host.clone());
        }
        heartbeat(runtime.handle(), state.clone(), host.clone());
        let bridge = {
            let (host, state, rt, repo, tx) = (host.clone(), state.clone(), runtime.handle().clone(), repo.clone(), tx.clone());
            std::thread::Builder::new().name("sync-bridge".into()).spawn(move || {
                Bridge { host, workspace, state, rt, repo, tx }.run(rx)
            })?
        };
        Ok(Client { runtime: Some(runtime), repo, dialer, events: tx, bridge: Some(bridge), state, host, last_error })
    }

    pub fn status(&self) -> Status {
        lock(&self.state).status.clone()
    }

    /// Says to teammates that we (`name`, `colour`) are in `journey` with `selection` selected
    /// (or, with `None`, in none); sent now and every few seconds while it holds.
    pub fn focus(&self, name: &str, colour: &str, journey: Option<Id>, selection: Vec<Id>) {
        let mut s = lock(&self.state);
        let session = s.me.as_ref().map(|m| m.session.clone()).unwrap_or_else(|| crate::invite::random_secret()[..16].to_string());
        s.me = journey.map(|journey| crate::presence::Peer {
            session,
            name: name.to_string(),
            colour: colour.to_string(),
            journey,
            selection,
        });
        if let Some(me) = &s.me {
            if let Some(h) = s.handles.get(&me.journey) {
                h.broadcast(crate::presence::encode(me));
            }
        }
    }

    /// Accepts teammates in the room directly on `listen` (see `TeamServer::start_room`), for
    /// this workspace's secret; the returned invitation points them here.
    pub fn serve_room(&self, listen: std::net::SocketAddr) -> Result<(crate::TeamServer, crate::Invitation), SyncError> {
        let mut inv = with(&*self.host, |s| crate::share::invitation(s))?;
        let room = crate::TeamServer::start_room(&self.repo, inv.workspace, &inv.secret, listen)?;
        inv.server = room.url();
        inv.fingerprint = room.fingerprint().map(str::to_string);
        Ok((room, inv))
    }

    /// The repo and the host, for a room (`room.rs`) to serve.
    pub(crate) fn parts(&self) -> (&samod::Repo, &Arc<dyn Host>) {
        (&self.repo, &self.host)
    }

    /// Teammates in `journey` now.
    pub fn peers(&self, journey: Id) -> Vec<crate::presence::Peer> {
        lock(&self.state).room.in_journey(journey)
    }

    /// Changes taken in from teammates since the start.
    pub fn received(&self) -> usize {
        lock(&self.state).received
    }

    /// Waits until every document is found and the server has all our changes and we all of
    /// its (what `journey sync` does before it exits). Fails at once on a connection error that
    /// needs a person, and after `timeout` otherwise.
    pub fn wait_synced(&self, timeout: Duration) -> Result<(), SyncError> {
        let until = Instant::now() + timeout;
        let rt = self.runtime.as_ref().expect("running").handle().clone();
        let secs = timeout.as_secs();
        let left = |why: &str| SyncError::Timeout(secs, why.to_string());
        loop {
            // A refusal that needs a person ends the wait at once (the dialer stops on it; its
            // event may have come before anyone listened, so the attempt's own error is asked).
            if let Some(e) = lock(&self.last_error).clone().filter(|e| !e.transient()) {
                return Err(SyncError::Connect(e));
            }
            if let Status::Failed { sentence, .. } = self.status() {
                // Failed with every attempt's error transient: retries ran out.
                let e = lock(&self.last_error).clone();
                return Err(e.map(SyncError::Connect).unwrap_or_else(|| left(&sentence)));
            }
            let remaining = until.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Err(match self.status() {
                    Status::Offline { sentence, .. } => left(&sentence),
                    _ => left("the server did not confirm every change"),
                });
            }
            let Some(conn) = self.dialer.as_ref().and_then(|d| d.connection_id()) else {
                std::thread::sleep(Duration::from_millis(20).min(remaining));
                continue;
            };
            if lock(&self.state).searching.is_empty() && !lock(&self.state).missing.is_empty() {
                let _ = self.events.send(Event::Retry);
            }
            self.flush();
            let (handles, missing): (Vec<DocHandle>, usize) = {
                let s = lock(&self.state);
                (s.handles.values().cloned().collect(), s.missing.len())
            };
            let all = futures::future::join_all(handles.iter().map(|h| {
                let (a, b) = (h.they_have_our_changes(conn), h.we_have_their_changes(conn));
                async move {
                    a.await;
                    b.await;
                }
            }));
            let done = rt.block_on(async { tokio::time::timeout(remaining.min(Duration::from_secs(2)), all).await.is_ok() });
            self.flush();
            // Every document the index lists is found and taken in, not only those asked for.
            let listed = with(&*self.host, |s| s.document_ids()).unwrap_or_default();
            let settled = {
                let s = lock(&self.state);
                s.missing.is_empty() && s.handles.len() == handles.len() && listed.iter().all(|d| s.handles.contains_key(d))
            };
            if std::env::var_os("JOURNEY_SYNC_DEBUG").is_some() {
                let s = lock(&self.state);
                let docs: Vec<String> = s.handles.iter().map(|(id, h)| format!("{id}: samod {} heads", h.with_document(|d| d.get_heads().len()))).collect();
                eprintln!("wait_synced: done {done} settled {settled} missing {missing}/{:?} docs {docs:?}", s.missing);
            }
            if done && settled && missing == 0 && self.bridge_caught_up() {
                return Ok(());
            }
        }
    }

    /// Waits for the bridge to handle every event sent before now.
    pub fn flush(&self) {
        let (tx, rx) = mpsc::channel();
        if self.events.send(Event::Flush(tx)).is_ok() {
            let _ = rx.recv_timeout(Duration::from_secs(30));
        }
    }

    /// Whether the store holds every change samod's documents hold (and the other way round):
    /// samod may have taken in a change whose event has not reached the bridge yet.
    fn bridge_caught_up(&self) -> bool {
        let handles: Vec<(Id, DocHandle)> = lock(&self.state).handles.iter().map(|(k, v)| (*k, v.clone())).collect();
        handles.iter().all(|(doc, h)| {
            let mut theirs = h.with_document(|d| d.get_heads());
            let Ok(mut ours) = with(&*self.host, |s| s.heads_of(*doc)) else { return false };
            theirs.sort();
            ours.sort();
            theirs == ours
        })
    }

    /// Stops syncing; what was received is in the file, what was not sent goes next time.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let _ = self.events.send(Event::Stop);
        if let Some(b) = self.bridge.take() {
            let _ = b.join();
        }
        if let Some(d) = &self.dialer {
            d.close();
        }
        if let Some(rt) = self.runtime.take() {
            rt.block_on(self.repo.stop());
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Asks samod for document `doc` (from the file, else from the server), unless it is asked
/// already. A document nobody has sent yet is asked for again on the next connection.
fn find(rt: &tokio::runtime::Handle, repo: &samod::Repo, doc: Id, tx: mpsc::Sender<Event>, state: Arc<Mutex<State>>) {
    {
        let mut s = lock(&state);
        if s.handles.contains_key(&doc) || !s.searching.insert(doc) {
            return;
        }
        s.missing.insert(doc);
    }
    let search = repo.find(journey_doc::document_id(doc));
    rt.spawn(async move {
        let found = search.await;
        lock(&state).searching.remove(&doc);
        if let Ok(Some(handle)) = found {
            let _ = tx.send(Event::Found(doc, handle));
        }
    });
}

fn watch_dialer(
    rt: &tokio::runtime::Handle,
    dialer: samod::DialerHandle<ConnectError>,
    last_error: Arc<Mutex<Option<ConnectError>>>,
    state: Arc<Mutex<State>>,
    host: Arc<dyn Host>,
    tx: mpsc::Sender<Event>,
) {
    rt.spawn(async move {
        let mut events = dialer.events();
        while let Some(e) = events.next().await {
            let err = lock(&last_error).clone();
            let status = match e {
                samod::DialerEvent::Connected { .. } => Status::Connected { pending: 0 },
                samod::DialerEvent::Disconnected { reason } => {
                    let reason = reason.to_string();
                    Status::Offline {
                        sentence: format!("The connection to the team server was lost ({reason}). You are working offline: your changes are kept and sent when it is back."),
                        said: Some(crate::wire::Said::new("sync-lost", &[("reason", &reason)])),
                    }
                }
                samod::DialerEvent::Reconnecting { .. } => match err {
                    Some(e) => Status::Offline { sentence: e.to_string(), said: Some(e.said()) },
                    None => Status::Connecting,
                },
                samod::DialerEvent::MaxRetriesReached | samod::DialerEvent::PermanentFailure => match err {
                    Some(e) => Status::Failed { sentence: e.to_string(), code: e.code().to_string(), said: Some(e.said()) },
                    None => Status::Failed {
                        sentence: "The team server refused the connection.".into(),
                        code: "refused".into(),
                        said: Some(crate::wire::Said::new("sync-refused", &[])),
                    },
                },
            };
            if let Status::Connected { .. } = status {
                let _ = tx.send(Event::Retry);
            }
            lock(&state).status = status.clone();
            host.status(&status);
        }
    });
}

/// Sends where we are every `HEARTBEAT`, and forgets teammates who went quiet.
fn heartbeat(rt: &tokio::runtime::Handle, state: Arc<Mutex<State>>, host: Arc<dyn Host>) {
    let weak = Arc::downgrade(&state);
    drop(state);
    rt.spawn(async move {
        let mut tick = tokio::time::interval(crate::presence::HEARTBEAT / 2);
        let mut last_sent = Instant::now() - crate::presence::HEARTBEAT;
        loop {
            tick.tick().await;
            let Some(state) = weak.upgrade() else { return };
            let (left, journeys) = {
                let mut s = lock(&state);
                if last_sent.elapsed() >= crate::presence::HEARTBEAT {
                    if let Some(me) = &s.me {
                        if let Some(h) = s.handles.get(&me.journey) {
                            h.broadcast(crate::presence::encode(me));
                        }
                    }
                    last_sent = Instant::now();
                }
                let before: BTreeSet<Id> = s.room.all_journeys();
                let left = s.room.prune(Instant::now());
                (left, before)
            };
            if left {
                for j in journeys {
                    let peers = lock(&state).room.in_journey(j);
                    host.presence(j, &peers);
                }
            }
        }
    });
}

/// How often the count of our changes the server has not confirmed is looked at while connected.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

/// Keeps `Connected { pending }` true: the changes of ours the server has not confirmed yet.
fn progress(rt: &tokio::runtime::Handle, dialer: samod::DialerHandle<ConnectError>, state: Arc<Mutex<State>>, host: Arc<dyn Host>) {
    let weak = Arc::downgrade(&state);
    drop(state);
    rt.spawn(async move {
        let mut tick = tokio::time::interval(PROGRESS_EVERY);
        loop {
            tick.tick().await;
            let Some(state) = weak.upgrade() else { return };
            let Some(conn) = dialer.connection_id() else { continue };
            let handles: Vec<(DocHandle, Option<Vec<ChangeHash>>)> = {
                let s = lock(&state);
                if !matches!(s.status, Status::Connected { .. }) {
                    continue;
                }
                s.handles.iter().map(|(id, h)| (h.clone(), s.shared.get(id).and_then(|c| c.get(&conn)).cloned())).collect()
            };
            let pending = handles.iter().map(|(h, shared)| unconfirmed(h, shared.as_ref())).sum();
            let changed = {
                let mut s = lock(&state);
                match &mut s.status {
                    Status::Connected { pending: p } if *p != pending => {
                        *p = pending;
                        Some(s.status.clone())
                    }
                    _ => None,
                }
            };
            if let Some(status) = changed {
                host.status(&status);
            }
        }
    });
}

/// Changes samod's document holds beyond the heads it shares with connection `conn` (what is
/// still to be sent or confirmed). A document whose shared heads are not known yet (the first
/// exchange is under way) counts none rather than its whole history.
fn unconfirmed(h: &DocHandle, shared: Option<&Vec<ChangeHash>>) -> usize {
    let Some(shared) = shared else { return 0 };
    h.with_document(|d| changes_beyond(d, shared))
}

/// The changes of `doc` that are not ancestors of `heads` (heads it does not know count none).
fn changes_beyond(doc: &automerge::Automerge, heads: &[ChangeHash]) -> usize {
    let known: Vec<ChangeHash> = heads.iter().copied().filter(|x| doc.get_change_meta_by_hash(x).is_some()).collect();
    if known.len() < heads.len() && known.is_empty() {
        return 0;
    }
    // Metadata only: listing the changes themselves would rebuild each from the op set.
    doc.get_changes_meta(&known).len()
}

struct Bridge {
    host: Arc<dyn Host>,
    /// The index document's id (the workspace's): it is reconciled on every pull.
    workspace: Id,
    state: Arc<Mutex<State>>,
    rt: tokio::runtime::Handle,
    repo: samod::Repo,
    tx: mpsc::Sender<Event>,
}

fn parse(raw: Vec<Vec<u8>>) -> Vec<automerge::Change> {
    // Our own store's changes: they read, or the store would not have them.
    raw.into_iter().filter_map(|b| automerge::Change::from_bytes(b).ok()).collect()
}

impl Bridge {
    fn run(self, rx: mpsc::Receiver<Event>) {
        while let Ok(first) = rx.recv() {
            // A burst of events (a teammate's typing) is handled once per document.
            let mut batch = vec![first];
            batch.extend(rx.try_iter());
            let mut local = BTreeSet::new();
            let mut remote = BTreeSet::new();
            let mut flushes = Vec::new();
            for e in batch {
                match e {
                    Event::Local(d) => {
                        local.insert(d);
                    }
                    Event::Remote(d) => {
                        remote.insert(d);
                    }
                    Event::Found(d, h) => {
                        self.found(d, h);
                        local.insert(d);
                        remote.insert(d);
                    }
                    Event::Flush(done) => flushes.push(done),
                    Event::Retry => {
                        let missing: Vec<Id> = lock(&self.state).missing.iter().copied().collect();
                        for d in missing {
                            find(&self.rt, &self.repo, d, self.tx.clone(), self.state.clone());
                        }
                    }
                    Event::Stop => return,
                }
            }
            for d in &local {
                self.push(*d);
            }
            for d in &remote {
                self.push(*d);
                self.pull(*d);
            }
            for f in flushes {
                let _ = f.send(());
            }
        }
    }

    fn found(&self, doc: Id, handle: DocHandle) {
        let mut changes = handle.changes();
        let tx = self.tx.clone();
        self.rt.spawn(async move {
            while changes.next().await.is_some() {
                if tx.send(Event::Remote(doc)).is_err() {
                    break;
                }
            }
        });
        // What each connection is known to have, kept from samod's stream of peer states (asked
        // once: every `peers()` call adds a listener samod keeps until the next change).
        let (now, mut peer_changes) = handle.peers();
        let remember = move |state: &Mutex<State>, peers: HashMap<samod::ConnectionId, samod::PeerDocState>| {
            let mut s = lock(state);
            let known = s.shared.entry(doc).or_default();
            for (conn, p) in peers {
                match p.shared_heads {
                    Some(heads) => known.insert(conn, heads),
                    None => known.remove(&conn),
                };
            }
        };
        remember(&self.state, now);
        let weak = Arc::downgrade(&self.state);
        self.rt.spawn(async move {
            while let Some(peers) = peer_changes.next().await {
                let Some(state) = weak.upgrade() else { return };
                remember(&state, peers);
            }
        });
        let mut ephemera = handle.ephemera();
        let (state, host) = (Arc::downgrade(&self.state), self.host.clone());
        self.rt.spawn(async move {
            while let Some(bytes) = ephemera.next().await {
                let Some(peer) = crate::presence::decode(&bytes) else { continue };
                let Some(state) = state.upgrade() else { return };
                let journey = peer.journey;
                let changed = {
                    let mut s = lock(&state);
                    let mine = s.me.as_ref().is_some_and(|m| m.session == peer.session);
                    !mine && s.room.heard(peer, Instant::now())
                };
                if changed {
                    let peers = lock(&state).room.in_journey(journey);
                    host.presence(journey, &peers);
                }
            }
        });
        let mut s = lock(&self.state);
        s.missing.remove(&doc);
        s.handles.insert(doc, handle);
    }

    fn handle(&self, doc: Id) -> Option<DocHandle> {
        lock(&self.state).handles.get(&doc).cloned()
    }

    /// Our changes samod's document lacks go into it (samod sends them on).
    fn push(&self, doc: Id) {
        let Some(h) = self.handle(doc) else {
            // A journey we just added: samod finds it in the file.
            if !lock(&self.state).missing.contains(&doc) {
                find(&self.rt, &self.repo, doc, self.tx.clone(), self.state.clone());
            }
            return;
        };
        let theirs = h.with_document(|d| d.get_heads());
        // Most pushes find nothing to send (a teammate's change comes back this way): heads
        // samod's document already holds say so without listing changes.
        match with(&*self.host, |s| s.document_heads(doc)) {
            Ok(ours) if h.with_document(|d| ours.iter().all(|x| d.get_change_meta_by_hash(x).is_some())) => return,
            Ok(_) => {}
            Err(e) => return self.trouble(doc, e),
        }
        let changes = match with(&*self.host, |s| s.changes_after(doc, &theirs)) {
            Ok(c) => c,
            Err(e) => return self.trouble(doc, e),
        };
        if changes.is_empty() {
            return;
        }
        let changes = parse(changes);
        h.with_document(|d| {
            let _ = d.apply_changes(changes);
        });
    }

    /// A teammate's changes samod's document holds go into the store.
    fn pull(&self, doc: Id) {
        let Some(h) = self.handle(doc) else { return };
        let ours = match with(&*self.host, |s| s.heads_of(doc)) {
            Ok(h) => h,
            Err(e) => return self.trouble(doc, e),
        };
        let changes: Vec<Vec<u8>> = h.with_document(|d| {
            // The view shows all samod's document holds (our own push came back): nothing to
            // list, and listing costs a pass over every op.
            let mut theirs = d.get_heads();
            theirs.sort();
            let mut shown = ours.clone();
            shown.sort();
            if theirs == shown {
                return Vec::new();
            }
            let known: Vec<ChangeHash> = ours.iter().copied().filter(|x| d.get_change_meta_by_hash(x).is_some()).collect();
            d.get_changes(&known).into_iter().map(|c| c.raw_bytes().to_vec()).collect()
        });
        // The index is reconciled with the journeys each time (its changes may have reached the
        // file as samod's chunks before this); a journey only when something is new.
        let index = doc == self.workspace;
        if changes.is_empty() && !index {
            return;
        }
        match with(&*self.host, |s| s.receive(doc, &changes)) {
            Ok(r) => {
                {
                    let mut s = lock(&self.state);
                    s.received += r.incoming;
                    s.trouble = None;
                }
                for w in &r.wanted {
                    let known = lock(&self.state).handles.contains_key(w);
                    if known {
                        // Its document came before the index listed it: take it in now.
                        let _ = self.tx.send(Event::Remote(*w));
                    } else {
                        find(&self.rt, &self.repo, *w, self.tx.clone(), self.state.clone());
                    }
                }
                if r.incoming > 0 || !r.removed.is_empty() {
                    self.host.received(&r);
                }
            }
            Err(e) => self.trouble(doc, e),
        }
    }

    /// What came could not be taken in (said in the status; asked for again on the next change).
    fn trouble(&self, doc: Id, e: StoreError) {
        if std::env::var_os("JOURNEY_SYNC_DEBUG").is_some() {
            eprintln!("sync: {doc}: {e}");
        }
        lock(&self.state).trouble = Some(e.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_doc::automerge::transaction::Transactable;

    fn edit(doc: &mut automerge::Automerge, key: &str) {
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, key, 1).unwrap();
        tx.commit();
    }

    #[test]
    fn what_is_beyond_the_shared_heads_is_pending() {
        let mut doc = automerge::Automerge::new();
        edit(&mut doc, "a");
        let shared = doc.get_heads();
        assert_eq!(changes_beyond(&doc, &shared), 0, "everything confirmed");
        edit(&mut doc, "b");
        edit(&mut doc, "c");
        edit(&mut doc, "d");
        assert_eq!(changes_beyond(&doc, &shared), 3, "three edits after the confirmed heads");
        // Nothing confirmed yet (an empty shared state): the whole history is to be sent.
        assert_eq!(changes_beyond(&doc, &[]), 4);
        // Heads we do not know (the server has a teammate's change we have not taken in yet)
        // say nothing about ours: counted as none, not as the whole history.
        let other = automerge::Automerge::new().fork();
        let mut other = other;
        edit(&mut other, "x");
        assert_eq!(changes_beyond(&doc, &other.get_heads()), 0);
        // Known and unknown heads together: the known ones count.
        let mut mixed = shared.clone();
        mixed.extend(other.get_heads());
        assert_eq!(changes_beyond(&doc, &mixed), 3);
    }
}
