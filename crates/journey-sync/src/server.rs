//! The team server (`journey serve`): samod repos over files on disk, one per workspace, behind
//! the invitation's secret. Every connection goes through the same hygiene as the workshop
//! server's (`journey_workshop::guard`, shared, not copied): connections per address and in
//! all within the process's budget, a full server closing the oldest connection still in its
//! handshake to make room, a time and byte limit on the TLS and upgrade handshakes, an idle
//! deadline once connected (the server pings a quiet client); and of its own, a connection
//! rate per address, a message size limit, and a meter on what each connection sends.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::FutureExt;
use journey_core::Id;
use journey_workshop::guard::{Caps, Guarded, Settler};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

use crate::access::{Access, Admitted, Presented};
use crate::wire::{self, Bucket, Io, Meter};

/// Connections one address may hold: a laptop needs one; a LAN behind one NAT address more.
pub const PER_ADDRESS: usize = 32;
pub const TOTAL: usize = 512;
/// Time for the TLS handshake and the WebSocket upgrade together (the guard's header deadline
/// holds the reads to it too).
pub const HANDSHAKE_TIMEOUT: Duration = journey_workshop::guard::HEADER_TIMEOUT;
/// New connections an address may open: a reconnecting client needs one every few seconds.
pub const CONNECTS_PER_SECOND: f64 = 2.0;
pub const CONNECT_BURST: f64 = 10.0;

#[derive(Debug, Clone)]
pub struct Options {
    pub data: PathBuf,
    pub listen: SocketAddr,
    /// Plain WebSocket (no TLS): refused unless `listen` is a loopback address.
    pub plain: bool,
    pub meter: Meter,
    /// New connections an address may open, a second and at once.
    pub connects: (f64, f64),
    /// Documents one workspace may hold (see `cap.rs`).
    pub documents: usize,
}

impl Options {
    pub fn new(data: PathBuf, listen: SocketAddr) -> Options {
        Options { data, listen, plain: false, meter: Meter::DEFAULT, connects: (CONNECTS_PER_SECOND, CONNECT_BURST), documents: crate::cap::DOCUMENTS }
    }
}

struct Workspace {
    acceptor: samod::AcceptorHandle,
    _repo: samod::Repo,
    /// The member secret's digest now: connections admitted under another end.
    member: tokio::sync::watch::Sender<String>,
}

/// Who may come in, and into which repo.
enum Doors {
    /// The team server: workspaces registered by their members, one repo each, on disk.
    Team { access: Access, workspaces: tokio::sync::Mutex<HashMap<Id, Arc<Workspace>>>, documents: usize },
    /// A studio accepting teammates in the room: its own workspace only, into its own repo.
    Room { workspace: Id, member: String, place: Arc<Workspace>, door: Option<Arc<crate::room::Door>> },
}

struct Shared {
    doors: Doors,
    tls: Option<tokio_rustls::TlsAcceptor>,
    caps: Caps,
    meter: Meter,
    connects: (f64, f64),
    rates: Mutex<HashMap<IpAddr, Bucket>>,
}

pub struct TeamServer {
    addr: SocketAddr,
    fingerprint: Option<String>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TeamServer {
    /// Starts serving on its own threads; returns once it listens.
    pub fn start(options: Options) -> std::io::Result<TeamServer> {
        if options.plain && !options.listen.ip().is_loopback() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("plain ws:// is only for loopback, and {} is not; leave --plain out to serve wss://", options.listen.ip()),
            ));
        }
        std::fs::create_dir_all(&options.data)?;
        let identity = if options.plain { None } else { Some(crate::tls::Identity::load_or_create(&options.data.join("tls"))?) };
        let doors = Doors::Team { access: Access::new(&options.data), workspaces: tokio::sync::Mutex::new(HashMap::new()), documents: options.documents };
        TeamServer::run(doors, identity, options.listen, options.meter, options.connects, "team-server")
    }

    /// A studio accepting its teammates directly (a room with Wi-Fi but no internet): the same
    /// protocol, limits and TLS as the team server, into the studio's own repo, admitting only
    /// this workspace's secret. The certificate is made for this session: the invitation the
    /// host shows carries its fingerprint.
    pub fn start_room(repo: &samod::Repo, workspace: Id, secret: &str, listen: SocketAddr) -> std::io::Result<TeamServer> {
        TeamServer::start_room_with(repo, workspace, secret, listen, crate::tls::Identity::ephemeral(), None)
    }

    /// `start_room` with its certificate made beforehand, and a door (`room.rs`) that answers
    /// the typed code with the invitation on the same listener.
    pub fn start_room_with(
        repo: &samod::Repo,
        workspace: Id,
        secret: &str,
        listen: SocketAddr,
        identity: crate::tls::Identity,
        door: Option<Arc<crate::room::Door>>,
    ) -> std::io::Result<TeamServer> {
        let url = url::Url::parse(&format!("journey-room://{workspace}")).expect("a valid url");
        let acceptor = repo.make_acceptor(url).map_err(|_| std::io::Error::other("the studio's sync stopped"))?;
        let (member, _) = tokio::sync::watch::channel(crate::invite::digest(secret));
        let place = Arc::new(Workspace { acceptor, _repo: repo.clone(), member });
        let doors = Doors::Room { workspace, member: crate::invite::digest(secret), place, door };
        TeamServer::run(doors, Some(identity), listen, Meter::DEFAULT, (CONNECTS_PER_SECOND, CONNECT_BURST), "room-server")
    }

    fn run(
        doors: Doors,
        identity: Option<crate::tls::Identity>,
        listen: SocketAddr,
        meter: Meter,
        connects: (f64, f64),
        name: &str,
    ) -> std::io::Result<TeamServer> {
        let fingerprint = identity.as_ref().map(|i| i.fingerprint());
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        let listener = runtime.block_on(TcpListener::bind(listen))?;
        let addr = listener.local_addr()?;
        let room = matches!(doors, Doors::Room { .. });
        let shared = Arc::new(Shared {
            doors,
            tls: identity.map(|i| tokio_rustls::TlsAcceptor::from(i.server_config())),
            caps: Caps::new(PER_ADDRESS, TOTAL),
            meter,
            connects,
            rates: Mutex::new(HashMap::new()),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new().name(name.into()).spawn(move || {
            runtime.block_on(async move {
                tokio::select! {
                    _ = accept_loop(listener, shared.clone()) => {}
                    _ = stopped => {}
                }
                // The room's repo is the studio's own: it goes on without the room.
                if let (Doors::Team { workspaces, .. }, false) = (&shared.doors, room) {
                    let all: Vec<Arc<Workspace>> = workspaces.lock().await.values().cloned().collect();
                    for w in all {
                        w._repo.stop().await;
                    }
                }
            });
            runtime.shutdown_timeout(Duration::from_secs(2));
        })?;
        Ok(TeamServer { addr, fingerprint, stop: Some(stop), thread: Some(thread) })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The address clients use: wss:// (or ws:// when plain), with the port it listens on.
    pub fn url(&self) -> String {
        let scheme = if self.fingerprint.is_some() { "wss" } else { "ws" };
        let host = match self.addr.ip() {
            ip if ip.is_unspecified() => journey_workshop::lan_address().to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
            ip => ip.to_string(),
        };
        format!("{scheme}://{host}:{}", self.addr.port())
    }

    pub fn fingerprint(&self) -> Option<&str> {
        self.fingerprint.as_deref()
    }

    /// Stops serving: connections close, documents already stored stay.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for TeamServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    loop {
        let (tcp, from) = match listener.accept().await {
            Ok(pair) => pair,
            Err(_) => {
                // Out of descriptors or a reset before accept: wait a moment rather than spin.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        if !shared.allow_connect(from.ip()) {
            continue;
        }
        // Until its upgrade is admitted, it may be closed to make room for a newer one.
        let Some(slot) = shared.caps.admit(from.ip()).await else { continue };
        let _ = tcp.set_nodelay(true);
        let io = Guarded::told(tcp, slot);
        let settler = io.settler();
        let shared = shared.clone();
        tokio::spawn(async move {
            let _ = serve_connection(io, settler, from.ip(), shared).await;
        });
    }
}

impl Shared {
    fn allow_connect(&self, ip: IpAddr) -> bool {
        let mut rates = self.rates.lock().unwrap_or_else(|e| e.into_inner());
        if rates.len() > 4096 {
            rates.clear(); // a scan from many addresses: forget, rather than grow
        }
        let (rate, burst) = self.connects;
        rates.entry(ip).or_insert_with(|| Bucket::new(rate, burst)).take(1.0).is_zero()
    }

    fn admit(&self, p: &Presented) -> Result<Admitted, crate::access::Refusal> {
        use crate::access::Refusal;
        match &self.doors {
            Doors::Team { access, .. } => access.admit(p),
            Doors::Room { workspace, member, .. } => {
                let ws: Id = p.path.strip_prefix("/sync/").and_then(|s| s.parse().ok()).ok_or(Refusal::NotSync)?;
                if ws != *workspace {
                    return Err(Refusal::UnknownWorkspace);
                }
                if p.version.unwrap_or(0) < crate::access::MIN_CLIENT {
                    return Err(Refusal::NewerNeeded);
                }
                match p.secret.map(crate::invite::digest) {
                    Some(d) if d == *member => Ok(Admitted { workspace: ws, member: d, rotated: false }),
                    _ => Err(Refusal::WrongSecret),
                }
            }
        }
    }

    async fn place(&self, ws: Id) -> Arc<Workspace> {
        match &self.doors {
            Doors::Room { place, .. } => place.clone(),
            Doors::Team { access, workspaces, documents } => Shared::workspace(workspaces, ws, &access.workspace_dir(ws), *documents).await,
        }
    }

    async fn workspace(workspaces: &tokio::sync::Mutex<HashMap<Id, Arc<Workspace>>>, ws: Id, dir: &Path, documents: usize) -> Arc<Workspace> {
        let mut all = workspaces.lock().await;
        if let Some(w) = all.get(&ws) {
            return w.clone();
        }
        let docs = dir.join("docs");
        let cap = crate::cap::DocumentCap::new(documents, crate::cap::DocumentCap::held_on_disk(&docs));
        let repo = samod::Repo::build_tokio()
            .with_storage(samod::storage::TokioFilesystemStorage::new(docs))
            .with_share_policy(cap)
            .load()
            .await;
        let url = url::Url::parse(&format!("journey-team://{ws}")).expect("a valid url");
        let acceptor = repo.make_acceptor(url).expect("a fresh repo runs");
        let (member, _) = tokio::sync::watch::channel(String::new());
        let w = Arc::new(Workspace { acceptor, _repo: repo, member });
        all.insert(ws, w.clone());
        w
    }
}

async fn serve_connection(tcp: Guarded<tokio::net::TcpStream>, settler: Settler, from: IpAddr, shared: Arc<Shared>) -> Result<(), String> {
    let handshake = async {
        let mut io: Box<dyn Io> = match &shared.tls {
            Some(tls) => Box::new(tls.accept(tcp).await.map_err(|e| e.to_string())?),
            None => Box::new(tcp),
        };
        // A room's door answers its one request itself; every other goes on to the upgrade.
        if let Doors::Room { door: Some(door), .. } = &shared.doors {
            match crate::room::route(io, from, door).await? {
                Some(rest) => io = rest,
                None => return Err("answered at the door".to_string()),
            }
        }
        let mut admitted: Option<Admitted> = None;
        let doors = &*shared;
        let callback = |req: &Request, resp: Response| -> Result<Response, ErrorResponse> {
            let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
            let presented = Presented {
                path: req.uri().path(),
                secret: header("authorization").and_then(|a| a.strip_prefix("Bearer ")),
                owner: header(wire::OWNER),
                rotate: header(wire::ROTATE),
                version: header(wire::VERSION_HEADER).and_then(|v| v.parse().ok()),
            };
            match doors.admit(&presented) {
                Ok(a) => {
                    admitted = Some(a);
                    Ok(resp)
                }
                Err(refusal) => {
                    let mut r = ErrorResponse::new(Some(refusal.reason().to_string()));
                    *r.status_mut() = tokio_tungstenite::tungstenite::http::StatusCode::from_u16(refusal.status()).expect("valid");
                    r.headers_mut().insert(wire::REASON, refusal.reason().parse().expect("ascii"));
                    r.headers_mut().insert("cache-control", "no-store".parse().expect("ascii"));
                    Err(r)
                }
            }
        };
        let ws = tokio_tungstenite::accept_hdr_async_with_config(io, callback, Some(wire::ws_config()))
            .await
            .map_err(|e| e.to_string())?;
        Ok::<_, String>((ws, admitted))
    };
    let (ws, admitted) = tokio::time::timeout(HANDSHAKE_TIMEOUT, handshake).await.map_err(|_| "too slow".to_string())??;
    let admitted = admitted.ok_or("not admitted")?;
    // A member, connected: no longer closed to make room; idle now only if the client is gone.
    settler.settle();
    let workspace = shared.place(admitted.workspace).await;
    if admitted.rotated || workspace.member.borrow().is_empty() {
        workspace.member.send_replace(admitted.member.clone());
    }
    // Ends when the secret it came with is rotated away.
    let mut watch = workspace.member.subscribe();
    let mine = admitted.member.clone();
    let until = async move {
        loop {
            if *watch.borrow_and_update() != mine {
                return;
            }
            if watch.changed().await.is_err() {
                futures::future::pending::<()>().await;
            }
        }
    }
    .boxed();
    // The connection's slot lives in `ws` (the guarded socket under it).
    let transport = wire::served(ws, shared.meter, until);
    workspace.acceptor.accept(transport).map_err(|_| "stopped".to_string())?;
    Ok(())
}
