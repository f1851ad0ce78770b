//! Connection hygiene below HTTP, for every server the studio runs (the workshop's, the team
//! server, a studio's room): how many connections they may hold open, how long one may take to
//! say what it wants, how much it may send before it has, and how long it may then stay silent.
//!
//! Measured against the app before this: 1,000 half-open requests (no code needed) took it to
//! its open-file limit and froze the window. So every accepted connection takes a slot (at most
//! the server's per-address cap from one address and its total in all; beyond that it is closed
//! at once), must say what it wants within `HEADER_TIMEOUT` and `HEAD_LIMIT` bytes, and is
//! closed after `IDLE_TIMEOUT` without a byte from the other side (servers ping a quiet
//! connection every `PING_INTERVAL`, and browsers and WebSocket clients answer by themselves).
//!
//! The servers of one process also share one budget (`budget`): the open-file limit less
//! `RESERVE`, at most `SERVERS`. A studio may run a workshop and a room at once, each with its
//! own total, and the window needs descriptors of its own (WebKit's sockets, shared memory, the
//! workspace file); together the servers can never take those.
//!
//! A full server does not simply turn newcomers away: that would let a few devices holding
//! half-open requests (from many addresses, each under its own cap) keep a participant out
//! until the header deadline. A connection that has not yet said what it wants is cheap to lose
//! (a browser sends its request at once and retries; a sync client reconnects), so when a total
//! or the budget is reached the oldest such connection is closed to make room for the new one.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::task::AtomicWaker;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, Sleep};

/// Connections one address may hold on the workshop server. A phone needs about six (a
/// browser's parallel requests and the socket); the room's other laptops and the load benchmark
/// (30 simulated participants on loopback) more, so the cap is set where one device can no
/// longer eat the descriptors.
pub const PER_ADDRESS: usize = 64;
/// Connections in all on the workshop server: 200 participants' sockets and pages.
pub const TOTAL: usize = 512;
/// Descriptors left to everything in the process that is not a server's connection. Measured
/// in the e2e room test: the app's window holds 49 at rest with a session running and 56 while
/// a thousand half-open requests hit it; this leaves it several times that (a second window,
/// dialogs, an export's fonts, the sync client).
pub const RESERVE: usize = 256;
/// All servers' connections in one process together, however high the open-file limit.
pub const SERVERS: usize = 512;
/// Time to say what a connection wants: its first request's headers, or (the team server) the
/// TLS handshake and the WebSocket upgrade.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Bytes a connection may send before it has said what it wants: a browser's request headers
/// are a few hundred; a TLS handshake and an upgrade request a few thousand.
pub const HEAD_LIMIT: usize = 64 << 10;
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// How often a server pings a connection it has not heard from: well within `IDLE_TIMEOUT`,
/// and often enough for routers not to drop a phone's quiet socket.
pub const PING_INTERVAL: Duration = Duration::from_secs(25);

/// Connections all the process's servers may hold together now: the soft open-file limit less
/// `RESERVE` (a quarter of the limit when it is lower than that), at most `SERVERS`. Read at
/// every new connection, so it follows the limit as it is (the app raises its own at start).
pub fn budget() -> usize {
    budget_at(open_file_limit())
}

fn budget_at(limit: Option<usize>) -> usize {
    match limit {
        Some(limit) => limit.saturating_sub(RESERVE).max(limit / 4).min(SERVERS),
        None => SERVERS,
    }
}

#[cfg(unix)]
fn open_file_limit() -> Option<usize> {
    let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile);
    limit.current.map(|n| usize::try_from(n).unwrap_or(usize::MAX))
}

#[cfg(not(unix))]
fn open_file_limit() -> Option<usize> {
    None
}

/// How long a new connection waits for the one closed to make room for it to be gone: its
/// task wakes at once, so this is only a bound.
pub const MAKE_ROOM_WAIT: Duration = Duration::from_secs(1);

/// How many connections a full server closes ahead for the newcomers: a flood of half-open
/// requests arrives as one burst, and room made one close at a time (each newcomer waiting for
/// the task of the one closed for it to run) left a participant's join behind hundreds of such
/// round trips in the listener's queue: over a second in the e2e test's burst of 1,000.
pub const MAKE_ROOM_AHEAD: usize = 8;

/// The counts of the servers that share a budget (the process's, or a test's).
struct Books {
    /// `None`: the process's `budget()`.
    budget: Option<usize>,
    /// Connections of every server, those closed to make room until they are gone too: their
    /// descriptors are held until their tasks drop them.
    open: usize,
    /// Of `open`, those closed to make room and not gone yet.
    closing: usize,
    servers: HashMap<u64, Counts>,
    /// Connections that have not said what they want yet, of every server, oldest first: the
    /// ones closed to make room.
    pending: VecDeque<Arc<Place>>,
}

/// One server's connections.
#[derive(Default)]
struct Counts {
    open: usize,
    closing: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// One connection's place, shared between the books and the connection.
struct Place {
    server: u64,
    ip: IpAddr,
    /// It has said what it wants: no longer closed to make room; the idle deadline applies.
    asked: AtomicBool,
    /// Closed to make room: its task ends it at its next read.
    evicted: AtomicBool,
    /// The connection's task, woken when it is evicted.
    waker: AtomicWaker,
}

/// What a new connection gets.
enum Take {
    Slot(Slot),
    /// No room, and none to make.
    Full,
    /// Room is being made: a connection closed for it is on its way out.
    Wait,
}

impl Books {
    fn new(budget: Option<usize>) -> Books {
        Books { budget, open: 0, closing: 0, servers: HashMap::new(), pending: VecDeque::new() }
    }

    fn budget(&self) -> usize {
        self.budget.unwrap_or_else(budget)
    }

    fn release(&mut self, place: &Arc<Place>) {
        let closing = usize::from(place.evicted.load(Ordering::SeqCst));
        self.open -= 1;
        self.closing -= closing;
        if let Some(c) = self.servers.get_mut(&place.server) {
            c.open -= 1;
            c.closing -= closing;
            if let Some(n) = c.by_address.get_mut(&place.ip) {
                *n -= 1;
                if *n == 0 {
                    c.by_address.remove(&place.ip);
                }
            }
            if c.open == 0 {
                self.servers.remove(&place.server);
            }
        }
        self.pending.retain(|p| !Arc::ptr_eq(p, place));
    }

    /// Closes the oldest connections still waiting to say what they want (of `server` only, or
    /// of any) until `MAKE_ROOM_AHEAD` are on their way out, `closing` being so already; whether
    /// any is.
    fn make_room(&mut self, server: Option<u64>, mut closing: usize) -> bool {
        while closing < MAKE_ROOM_AHEAD && self.evict_oldest_pending(server) {
            closing += 1;
        }
        closing > 0
    }

    /// Closes the oldest connection still waiting to say what it wants (of `server` only, or of
    /// any); false when there is none. It counts until its task has dropped it.
    fn evict_oldest_pending(&mut self, server: Option<u64>) -> bool {
        let Some(at) = self.pending.iter().position(|p| server.is_none_or(|s| p.server == s)) else { return false };
        let Some(oldest) = self.pending.remove(at) else { return false };
        oldest.evicted.store(true, Ordering::SeqCst);
        self.closing += 1;
        if let Some(c) = self.servers.get_mut(&oldest.server) {
            c.closing += 1;
        }
        oldest.waker.wake();
        true
    }
}

/// The books and what wakes those waiting for room.
struct Shared {
    books: Mutex<Books>,
    released: tokio::sync::Notify,
}

fn process_books() -> Arc<Shared> {
    static BOOKS: OnceLock<Arc<Shared>> = OnceLock::new();
    BOOKS.get_or_init(|| Shared::new(None)).clone()
}

impl Shared {
    fn new(budget: Option<usize>) -> Arc<Shared> {
        Arc::new(Shared { books: Mutex::new(Books::new(budget)), released: tokio::sync::Notify::new() })
    }

    fn books(&self) -> std::sync::MutexGuard<'_, Books> {
        self.books.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One server's caps on its open connections, per address and in all, within the budget it
/// shares with the process's other servers: a connection holds its `Slot` while it lives.
#[derive(Clone)]
pub struct Caps {
    shared: Arc<Shared>,
    server: u64,
    per_address: usize,
    total: usize,
}

impl Caps {
    /// A server of this process, within the process's `budget()`.
    pub fn new(per_address: usize, total: usize) -> Caps {
        Caps::in_books(process_books(), per_address, total)
    }

    /// A server alone with a budget of its own (tests).
    pub fn with_budget(per_address: usize, total: usize, budget: usize) -> Caps {
        Caps::in_books(Shared::new(Some(budget)), per_address, total)
    }

    /// Another server sharing this one's budget (tests).
    pub fn beside(&self, per_address: usize, total: usize) -> Caps {
        Caps::in_books(self.shared.clone(), per_address, total)
    }

    fn in_books(shared: Arc<Shared>, per_address: usize, total: usize) -> Caps {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        Caps { shared, server: NEXT.fetch_add(1, Ordering::Relaxed), per_address, total }
    }

    /// A slot for a connection from `ip` that has said what it wants, or `None` when its
    /// address, its server or the budget is full (a connection still waiting to say what it
    /// wants is closed to make room for the next: see `admit`).
    pub fn slot(&self, ip: IpAddr) -> Option<Slot> {
        match self.take(ip, false) {
            Take::Slot(s) => Some(s),
            Take::Full | Take::Wait => None,
        }
    }

    /// `slot` for a connection that has yet to say what it wants: until `Slot::settle`, it
    /// may be closed to make room for a newer connection.
    pub fn pending_slot(&self, ip: IpAddr) -> Option<Slot> {
        match self.take(ip, true) {
            Take::Slot(s) => Some(s),
            Take::Full | Take::Wait => None,
        }
    }

    /// A pending slot for a new connection from `ip`: when its server or the budget is full,
    /// the oldest connection still waiting to say what it wants is closed, and this one waits
    /// (up to `MAKE_ROOM_WAIT`) until that one's descriptor is given back, so the servers never
    /// hold more than the budget. `None` when there is no room to make.
    pub async fn admit(&self, ip: IpAddr) -> Option<Slot> {
        let until = Instant::now() + MAKE_ROOM_WAIT;
        loop {
            let released = self.shared.released.notified();
            let mut released = std::pin::pin!(released);
            // Listening before looking: a release between the look and the wait still wakes it.
            released.as_mut().enable();
            match self.take(ip, true) {
                Take::Slot(s) => return Some(s),
                Take::Full => return None,
                Take::Wait => {
                    if tokio::time::timeout_at(until, released).await.is_err() {
                        return None;
                    }
                }
            }
        }
    }

    fn take(&self, ip: IpAddr, pending: bool) -> Take {
        let mut b = self.shared.books();
        let (here, open, closing) =
            b.servers.get(&self.server).map_or((0, 0, 0), |c| (c.by_address.get(&ip).copied().unwrap_or(0), c.open, c.closing));
        if here >= self.per_address {
            return Take::Full;
        }
        // Full: room is made by closing connections ahead, and taken once one is gone.
        if open >= self.total {
            return if b.make_room(Some(self.server), closing) { Take::Wait } else { Take::Full };
        }
        if b.open >= b.budget() {
            let closing = b.closing;
            return if b.make_room(None, closing) { Take::Wait } else { Take::Full };
        }
        b.open += 1;
        let c = b.servers.entry(self.server).or_default();
        c.open += 1;
        *c.by_address.entry(ip).or_default() += 1;
        let place = Arc::new(Place {
            server: self.server,
            ip,
            asked: AtomicBool::new(!pending),
            evicted: AtomicBool::new(false),
            waker: AtomicWaker::new(),
        });
        if pending {
            b.pending.push_back(place.clone());
        }
        Take::Slot(Slot { shared: self.shared.clone(), place })
    }

    /// This server's connections open now (those closed to make room until they are gone).
    pub fn open(&self) -> usize {
        self.shared.books().servers.get(&self.server).map_or(0, |c| c.open)
    }
}

/// A listener that hands out only connections within the workshop server's caps.
pub struct Capped {
    inner: TcpListener,
    caps: Caps,
}

impl Capped {
    pub fn new(inner: TcpListener) -> Capped {
        Capped { inner, caps: Caps::new(PER_ADDRESS, TOTAL) }
    }
}

/// One connection's place in the counts, given back when the connection goes.
pub struct Slot {
    shared: Arc<Shared>,
    place: Arc<Place>,
}

fn settle(shared: &Shared, place: &Arc<Place>) {
    place.asked.store(true, Ordering::SeqCst);
    shared.books().pending.retain(|p| !Arc::ptr_eq(p, place));
}

impl Slot {
    /// The connection has said what it wants: it is no longer closed to make room.
    pub fn settle(&self) {
        settle(&self.shared, &self.place);
    }

    /// A handle for whoever learns that the connection has said what it wants (a server above
    /// TLS, where the bytes do not show it). It holds no place of its own.
    pub fn settler(&self) -> Settler {
        Settler { shared: self.shared.clone(), place: self.place.clone() }
    }

    /// Whether the connection was closed to make room for a newer one.
    pub fn evicted(&self) -> bool {
        self.place.evicted.load(Ordering::SeqCst)
    }

    fn asked(&self) -> bool {
        self.place.asked.load(Ordering::SeqCst)
    }

    /// Wakes this task when the connection is evicted.
    fn wake_on_eviction(&self, cx: &Context<'_>) {
        self.place.waker.register(cx.waker());
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.shared.books().release(&self.place);
        self.shared.released.notify_waiters();
    }
}

/// Says that a connection has said what it wants (see `Slot::settler`).
pub struct Settler {
    shared: Arc<Shared>,
    place: Arc<Place>,
}

impl Settler {
    pub fn settle(&self) {
        settle(&self.shared, &self.place);
    }
}

impl axum::serve::Listener for Capped {
    type Io = Guarded;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Guarded, SocketAddr) {
        loop {
            let (stream, from) = match self.inner.accept().await {
                Ok(pair) => pair,
                // Out of descriptors or a reset before accept: wait a moment rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            // Over a cap: the connection is closed at once (dropped), costing nothing more.
            let Some(slot) = self.caps.admit(from.ip()).await else { continue };
            let _ = stream.set_nodelay(true);
            return (Guarded::http(stream, slot), from);
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.inner.local_addr()
    }
}

/// A point in time a connection's task can wait for, on whichever runtime polls it. A studio's
/// room hands its connections to the studio's own sync, which runs on another runtime and
/// outlives the room's; a tokio timer is bound to the runtime it was made on and panics when
/// polled after that one has shut down, so the timer is made again where it is polled.
pub struct Deadline {
    at: Instant,
    timer: Option<(tokio::runtime::Id, Pin<Box<Sleep>>)>,
}

impl Deadline {
    pub fn after(wait: Duration) -> Deadline {
        Deadline { at: Instant::now() + wait, timer: None }
    }

    pub fn reset(&mut self, wait: Duration) {
        self.at = Instant::now() + wait;
        if let Some((_, timer)) = &mut self.timer {
            timer.as_mut().reset(self.at);
        }
    }

    /// Ready once the time has come; wakes the task then. Outside a runtime it only looks.
    pub fn poll(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        let Ok(here) = tokio::runtime::Handle::try_current() else {
            return if Instant::now() >= self.at { Poll::Ready(()) } else { Poll::Pending };
        };
        let at = self.at;
        let timer = match &mut self.timer {
            Some((id, timer)) if *id == here.id() => timer,
            slot => &mut slot.insert((here.id(), Box::pin(tokio::time::sleep_until(at)))).1,
        };
        timer.as_mut().poll(cx)
    }
}

/// An accepted connection with its deadlines: it says what it wants by `HEADER_TIMEOUT` in at
/// most `HEAD_LIMIT` bytes, then sends a byte at least every `IDLE_TIMEOUT`.
pub struct Guarded<S = TcpStream> {
    io: S,
    deadline: Deadline,
    /// Plain HTTP: it has said what it wants at the end of its first request's headers (the
    /// blank line), seen in the bytes. Otherwise its server says so (`Slot::settler`).
    http: bool,
    /// Whether it has said what it wants, as this side last saw it.
    asked: bool,
    /// Bytes read before it had.
    head: usize,
    /// The last bytes read, to find "\r\n\r\n" across reads.
    tail: [u8; 3],
    slot: Slot,
}

impl Guarded<TcpStream> {
    /// A plain HTTP connection, settled by the end of its first request's headers.
    fn http(io: TcpStream, slot: Slot) -> Guarded {
        Guarded::new(io, slot, true)
    }
}

impl<S> Guarded<S> {
    /// A connection whose server says when it has said what it wants (`settler`), as over
    /// TLS; until then its slot is a pending one.
    pub fn told(io: S, slot: Slot) -> Guarded<S> {
        Guarded::new(io, slot, false)
    }

    fn new(io: S, slot: Slot, http: bool) -> Guarded<S> {
        Guarded { io, deadline: Deadline::after(HEADER_TIMEOUT), http, asked: false, head: 0, tail: [0; 3], slot }
    }

    /// For the server to say when the connection has said what it wants.
    pub fn settler(&self) -> Settler {
        self.slot.settler()
    }

    /// Notices that the connection has said what it wants (`saw`, or its server): from then
    /// on the idle deadline applies.
    fn check_asked(&mut self) {
        if !self.asked && self.slot.asked() {
            self.asked = true;
            self.deadline.reset(IDLE_TIMEOUT);
        }
    }

    fn saw(&mut self, bytes: &[u8]) -> io::Result<()> {
        if !self.asked {
            if self.http && ends_headers(&mut self.tail, bytes) {
                self.slot.settle();
            } else {
                self.head += bytes.len();
                if self.head > HEAD_LIMIT {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "too much before its request"));
                }
            }
            self.check_asked();
        }
        if self.asked && !bytes.is_empty() {
            self.deadline.reset(IDLE_TIMEOUT);
        }
        Ok(())
    }
}

/// Whether "\r\n\r\n" (the end of a request's headers) is in `bytes`, or straddles them and the
/// three bytes read before (`tail`, updated).
fn ends_headers(tail: &mut [u8; 3], bytes: &[u8]) -> bool {
    let mut window = tail.to_vec();
    window.extend_from_slice(bytes);
    let n = window.len();
    tail.copy_from_slice(&window[n - 3..]);
    window.windows(4).any(|w| w == b"\r\n\r\n")
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.slot.wake_on_eviction(cx);
        if self.slot.evicted() {
            return Poll::Ready(Err(io::Error::new(io::ErrorKind::ConnectionAborted, "closed to make room")));
        }
        self.check_asked();
        let before = buf.filled().len();
        match Pin::new(&mut self.io).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let read = buf.filled()[before..].to_vec();
                Poll::Ready(self.saw(&read))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => match self.deadline.poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "too slow"))),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        // One closed to make room while its task waits to write (a peer that reads nothing)
        // ends here too: the newcomer waits for it to be gone.
        self.slot.wake_on_eviction(cx);
        if self.slot.evicted() {
            return Poll::Ready(Err(io::Error::new(io::ErrorKind::ConnectionAborted, "closed to make room")));
        }
        Pin::new(&mut self.io).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::{budget_at, ends_headers, Caps, Guarded, Slot, HEADER_TIMEOUT, IDLE_TIMEOUT, MAKE_ROOM_AHEAD, RESERVE, SERVERS};
    use std::net::IpAddr;
    use std::time::Duration;

    /// On tokio's paused clock: a connection that talks at least every `IDLE_TIMEOUT` is kept
    /// however long it lasts; one that goes quiet is closed once `IDLE_TIMEOUT` has passed, not
    /// before; one that never says what it wants is closed at `HEADER_TIMEOUT`.
    #[tokio::test(start_paused = true)]
    async fn a_quiet_connection_is_closed_at_the_idle_deadline_and_one_that_talks_is_kept() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let caps = Caps::with_budget(8, 8, 100);
        let ip = IpAddr::from([10, 0, 0, 1]);
        let reading = |mut g: Guarded<tokio::io::DuplexStream>| {
            tokio::spawn(async move {
                let (mut buf, mut n) = ([0u8; 16], 0);
                loop {
                    match g.read(&mut buf).await {
                        Ok(0) => return (n, None),
                        Ok(k) => n += k,
                        Err(e) => return (n, Some(e.kind())),
                    }
                }
            })
        };
        let settle = || async {
            for _ in 0..10 {
                tokio::task::yield_now().await;
            }
        };
        // Asked (a settled slot), then a byte every half deadline for three deadlines: kept.
        let (mut peer, io) = tokio::io::duplex(64);
        let reader = reading(Guarded::told(io, caps.slot(ip).unwrap()));
        for _ in 0..6 {
            tokio::time::sleep(IDLE_TIMEOUT / 2).await;
            peer.write_all(b"x").await.unwrap();
        }
        settle().await;
        assert!(!reader.is_finished(), "a connection that talks was closed");
        // Quiet: still open a second before the deadline, closed after it.
        tokio::time::sleep(IDLE_TIMEOUT - Duration::from_secs(1)).await;
        settle().await;
        assert!(!reader.is_finished(), "closed before its idle deadline");
        // (On the paused clock a connection never closed would wait forever: bounded.)
        let bounded = |r| tokio::time::timeout(Duration::from_secs(600), r);
        let waited = tokio::time::Instant::now();
        let (n, err) = bounded(reader).await.expect("a quiet connection was never closed").unwrap();
        assert_eq!((n, err), (6, Some(std::io::ErrorKind::TimedOut)));
        assert!(waited.elapsed() <= Duration::from_secs(1), "closed {:?} after its idle deadline", waited.elapsed());
        // Never says what it wants (a pending slot): closed at the header deadline.
        let (_peer, io) = tokio::io::duplex(64);
        let reader = reading(Guarded::told(io, caps.pending_slot(ip).unwrap()));
        tokio::time::sleep(HEADER_TIMEOUT - Duration::from_secs(1)).await;
        settle().await;
        assert!(!reader.is_finished(), "closed before its header deadline");
        let waited = tokio::time::Instant::now();
        let got = bounded(reader).await.expect("a connection that never asked was never closed").unwrap();
        assert_eq!(got, (0, Some(std::io::ErrorKind::TimedOut)));
        assert!(waited.elapsed() <= Duration::from_secs(1), "closed {:?} after its header deadline", waited.elapsed());
    }

    #[test]
    fn a_full_server_makes_room_by_closing_the_oldest_connection_that_has_not_asked_yet() {
        let caps = Caps::with_budget(2, 4, 100);
        let ip = |n: u8| IpAddr::from([10, 0, 0, n]);
        let live = caps.slot(ip(1)).unwrap();
        let old = caps.pending_slot(ip(2)).unwrap();
        let newer = caps.pending_slot(ip(3)).unwrap();
        let settled = caps.pending_slot(ip(4)).unwrap();
        settled.settle();
        // Full: those still waiting are closed (room made ahead, oldest first), and the room is
        // the next one's once one is gone (its descriptor given back), not before.
        assert!(caps.pending_slot(ip(1)).is_none(), "a fifth connection while four are open");
        assert!(old.evicted() && newer.evicted() && !settled.evicted() && !live.evicted(), "the wrong connection was closed");
        assert!(caps.pending_slot(ip(1)).is_none(), "room taken before the closed one was gone");
        drop(old);
        let came = caps.pending_slot(ip(1)).expect("no room once the closed one was gone");
        assert_eq!(caps.open(), 4);
        drop(came);
        // With nothing pending left but `newer`, it goes next; then the server is full for real.
        let a = caps.slot(ip(5)).unwrap();
        assert!(caps.slot(ip(6)).is_none() && newer.evicted());
        drop(newer);
        let _b = caps.slot(ip(6)).unwrap();
        assert!(caps.slot(ip(7)).is_none(), "no room with every connection settled");
        assert_eq!(caps.open(), 4);
        // The per-address cap holds even with room.
        drop(a);
        let _c = caps.slot(ip(6)).unwrap();
        assert!(caps.slot(ip(6)).is_none(), "a third connection from one address");
    }

    #[test]
    fn a_burst_into_a_full_server_finds_room_made_a_few_ahead_oldest_first() {
        let caps = Caps::with_budget(64, 20, 100);
        let ip = IpAddr::from([10, 0, 0, 1]);
        let waiting: Vec<Slot> = (0..20).map(|_| caps.pending_slot(ip).unwrap()).collect();
        assert!(caps.pending_slot(ip).is_none());
        let closed: Vec<bool> = waiting.iter().map(Slot::evicted).collect();
        let ahead = MAKE_ROOM_AHEAD;
        assert!(closed[..ahead].iter().all(|c| *c) && !closed[ahead..].iter().any(|c| *c), "not the {ahead} oldest: {closed:?}");
        // More newcomers while those are on their way out close no more.
        assert!(caps.pending_slot(ip).is_none());
        assert!(!waiting[ahead].evicted(), "more than {ahead} closed ahead");
        // One gone: one comes in, and one more is closed ahead to keep the count.
        let mut waiting = waiting;
        drop(waiting.remove(0));
        let _came = caps.pending_slot(ip).expect("no room once one was gone");
        assert!(caps.pending_slot(ip).is_none());
        assert!(waiting[ahead - 1].evicted() && !waiting[ahead].evicted());
    }

    #[tokio::test]
    async fn a_newcomer_is_admitted_as_soon_as_the_connection_closed_for_it_is_gone() {
        let caps = Caps::with_budget(8, 1, 100);
        let ip = |n: u8| IpAddr::from([10, 0, 0, n]);
        let old = caps.pending_slot(ip(1)).unwrap();
        // The old connection's task, ending it when it notices (as `Guarded` does at its next read).
        let gone = tokio::spawn(async move {
            while !old.evicted() {
                tokio::task::yield_now().await;
            }
            drop(old);
        });
        let came = tokio::time::timeout(std::time::Duration::from_secs(5), caps.admit(ip(2))).await.expect("admit hung");
        assert!(came.is_some(), "the newcomer was refused though room was made");
        gone.await.unwrap();
        assert_eq!(caps.open(), 1);
        // Settled, the one there is kept: the next is refused, after no wait.
        let came = came.unwrap();
        came.settle();
        assert!(caps.admit(ip(3)).await.is_none());
        drop(came);
    }

    #[test]
    fn servers_sharing_a_budget_make_room_in_each_other_but_never_go_over_it() {
        let workshop = Caps::with_budget(8, 8, 4);
        let room = workshop.beside(8, 8);
        let ip = |n: u8| IpAddr::from([10, 0, 0, n]);
        // The workshop holds the whole budget: two settled, two still waiting.
        let _a = workshop.slot(ip(1)).unwrap();
        let _b = workshop.slot(ip(2)).unwrap();
        let waiting = workshop.pending_slot(ip(3)).unwrap();
        let later = workshop.pending_slot(ip(4)).unwrap();
        // A teammate reaching the room: those waiting on the workshop are closed for them
        // (room made ahead), the settled ones kept.
        assert!(room.pending_slot(ip(5)).is_none());
        assert!(waiting.evicted() && later.evicted(), "the wrong connections made room");
        drop(waiting);
        let teammate = room.pending_slot(ip(5)).expect("the room refused with the workshop holding half-open ones");
        teammate.settle();
        assert!(room.slot(ip(6)).is_none(), "room taken before the second closed one was gone");
        drop(later);
        let _c = room.slot(ip(6)).unwrap();
        assert_eq!((workshop.open(), room.open()), (2, 2));
        // Everything is settled now: both are refused, whatever their own totals say.
        assert!(workshop.pending_slot(ip(7)).is_none() && room.slot(ip(7)).is_none(), "over the shared budget");
    }

    #[test]
    fn the_budget_leaves_the_reserve_to_the_window_and_never_exceeds_its_ceiling() {
        assert_eq!(budget_at(Some(1024)), SERVERS, "a desktop's usual limit");
        assert_eq!(budget_at(Some(640)), 640 - RESERVE);
        assert_eq!(budget_at(Some(256)), 64, "macOS's default: a quarter, the rest the window's");
        assert_eq!(budget_at(Some(1 << 20)), SERVERS);
        assert_eq!(budget_at(None), SERVERS);
        assert!(super::budget() <= SERVERS);
    }

    #[test]
    fn the_end_of_the_headers_is_found_however_the_reads_split_it() {
        let text = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        for cut in 1..text.len() {
            let (a, b) = text.split_at(cut);
            let mut tail = [0u8; 3];
            let found = ends_headers(&mut tail, a) | ends_headers(&mut tail, b);
            assert!(found, "not found when cut at {cut}");
        }
        let mut tail = [0u8; 3];
        assert!(!ends_headers(&mut tail, b"GET / HTTP/1.1\r\nHost: x\r\n"), "found before the blank line");
    }
}
