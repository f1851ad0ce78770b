//! Connection hygiene below HTTP: how many connections the room may hold open, and how long
//! one may take to say what it wants.
//!
//! Measured against the app before this: 1,000 half-open requests (no code needed) took it to
//! its open-file limit and froze the window. So every accepted connection takes a slot (at most
//! `PER_ADDRESS` from one address, `TOTAL` in all; beyond that it is closed at once), must send
//! its first request's headers within `HEADER_TIMEOUT`, and is closed after `IDLE_TIMEOUT`
//! without a byte from the other side (participants' sockets answer the server's ping every
//! 25 s, so they stay).
//!
//! A full server does not simply turn newcomers away: that would let a few devices holding
//! half-open requests (from many addresses, each under its own cap) keep a participant out
//! until the header deadline. A connection that has not yet sent its first request's headers is
//! cheap to lose (a browser sends them at once, and retries), so when the total is reached the
//! oldest such connection is closed to make room for the new one.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::task::AtomicWaker;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, Sleep};

/// Connections one address may hold. A phone needs about six (a browser's parallel requests and
/// the socket); the room's other laptops and the load benchmark (30 simulated participants on
/// loopback) more, so the cap is set where one device can no longer eat the descriptors.
pub const PER_ADDRESS: usize = 64;
/// Connections in all: 200 participants' sockets and pages, far below a desktop's open-file
/// limit (1,024), so the window always has descriptors left.
pub const TOTAL: usize = 512;
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Default)]
struct Counts {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
    /// Connections that have not said what they want yet, oldest first: the ones closed to make
    /// room when the server is full.
    pending: VecDeque<Arc<Place>>,
}

/// One connection's place, shared between the counts and the connection.
struct Place {
    ip: IpAddr,
    /// Closed to make room (already taken out of the counts).
    evicted: AtomicBool,
    /// The connection's task, woken when it is evicted.
    waker: AtomicWaker,
}

impl Counts {
    fn release(&mut self, place: &Arc<Place>) {
        self.total -= 1;
        if let Some(n) = self.by_address.get_mut(&place.ip) {
            *n -= 1;
            if *n == 0 {
                self.by_address.remove(&place.ip);
            }
        }
        self.pending.retain(|p| !Arc::ptr_eq(p, place));
    }

    /// Closes the oldest connection still waiting to say what it wants; false when none is.
    fn evict_oldest_pending(&mut self) -> bool {
        let Some(oldest) = self.pending.pop_front() else { return false };
        oldest.evicted.store(true, Ordering::SeqCst);
        self.release(&oldest);
        oldest.waker.wake();
        true
    }
}

/// Open connections counted overall and per address, for every server the studio runs (the
/// workshop's and the team-sync server's): a connection holds its `Slot` while it lives.
#[derive(Clone)]
pub struct Caps {
    counts: Arc<Mutex<Counts>>,
    per_address: usize,
    total: usize,
}

impl Caps {
    pub fn new(per_address: usize, total: usize) -> Caps {
        Caps { counts: Arc::new(Mutex::new(Counts::default())), per_address, total }
    }

    /// A slot for a connection from `ip`, or `None` when its address is full, or the server is
    /// and no connection is still waiting to send its request (see `pending_slot`).
    pub fn slot(&self, ip: IpAddr) -> Option<Slot> {
        self.take(ip, false)
    }

    /// A slot for a connection that has yet to send its first request: until `Slot::settle`, it
    /// may be closed to make room for a newer connection when the server is full.
    pub fn pending_slot(&self, ip: IpAddr) -> Option<Slot> {
        self.take(ip, true)
    }

    fn take(&self, ip: IpAddr, pending: bool) -> Option<Slot> {
        let mut c = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let here = c.by_address.get(&ip).copied().unwrap_or(0);
        if here >= self.per_address {
            return None;
        }
        if c.total >= self.total && !c.evict_oldest_pending() {
            return None;
        }
        c.total += 1;
        *c.by_address.entry(ip).or_default() += 1;
        let place = Arc::new(Place { ip, evicted: AtomicBool::new(false), waker: AtomicWaker::new() });
        if pending {
            c.pending.push_back(place.clone());
        }
        Some(Slot { counts: self.counts.clone(), place })
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.counts.lock().unwrap_or_else(|e| e.into_inner()).total
    }
}

/// A listener that hands out only connections within the caps.
pub struct Capped {
    inner: TcpListener,
    caps: Caps,
}

impl Capped {
    pub fn new(inner: TcpListener) -> Capped {
        Capped { inner, caps: Caps::new(PER_ADDRESS, TOTAL) }
    }

    fn slot(&self, ip: IpAddr) -> Option<Slot> {
        self.caps.pending_slot(ip)
    }
}

/// One connection's place in the counts, given back when the connection goes.
pub struct Slot {
    counts: Arc<Mutex<Counts>>,
    place: Arc<Place>,
}

impl Slot {
    /// The connection has said what it wants: it is no longer closed to make room.
    pub fn settle(&self) {
        let mut c = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        c.pending.retain(|p| !Arc::ptr_eq(p, &self.place));
    }

    /// Whether the connection was closed to make room for a newer one.
    pub fn evicted(&self) -> bool {
        self.place.evicted.load(Ordering::SeqCst)
    }

    /// Wakes this task when the connection is evicted.
    fn wake_on_eviction(&self, cx: &Context<'_>) {
        self.place.waker.register(cx.waker());
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut c = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if !self.place.evicted.load(Ordering::SeqCst) {
            c.release(&self.place);
        }
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
            let Some(slot) = self.slot(from.ip()) else { continue };
            let _ = stream.set_nodelay(true);
            return (Guarded::new(stream, slot), from);
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.inner.local_addr()
    }
}

/// An accepted connection with its deadlines: the first request's headers by `HEADER_TIMEOUT`,
/// then a byte at least every `IDLE_TIMEOUT`.
pub struct Guarded {
    io: TcpStream,
    deadline: Pin<Box<Sleep>>,
    /// Whether the first request's headers (up to the blank line) have come.
    headers_done: bool,
    /// The last bytes read, to find "\r\n\r\n" across reads.
    tail: [u8; 3],
    slot: Slot,
}

impl Guarded {
    fn new(io: TcpStream, slot: Slot) -> Guarded {
        Guarded {
            io,
            deadline: Box::pin(tokio::time::sleep(HEADER_TIMEOUT)),
            headers_done: false,
            tail: [0; 3],
            slot,
        }
    }

    fn saw(&mut self, bytes: &[u8]) {
        if !self.headers_done {
            self.headers_done = ends_headers(&mut self.tail, bytes);
            if self.headers_done {
                self.slot.settle();
            }
        }
        if self.headers_done {
            self.deadline.as_mut().reset(Instant::now() + IDLE_TIMEOUT);
        }
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

impl AsyncRead for Guarded {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.slot.wake_on_eviction(cx);
        if self.slot.evicted() {
            return Poll::Ready(Err(io::Error::new(io::ErrorKind::ConnectionAborted, "closed to make room")));
        }
        let before = buf.filled().len();
        match Pin::new(&mut self.io).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let read = buf.filled()[before..].to_vec();
                self.saw(&read);
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => match self.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "too slow"))),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
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
    use super::{ends_headers, Caps};
    use std::net::IpAddr;

    #[test]
    fn a_full_server_makes_room_by_closing_the_oldest_connection_that_has_not_asked_yet() {
        let caps = Caps::new(2, 4);
        let ip = |n: u8| IpAddr::from([10, 0, 0, n]);
        let live = caps.slot(ip(1)).unwrap();
        let old = caps.pending_slot(ip(2)).unwrap();
        let newer = caps.pending_slot(ip(3)).unwrap();
        let settled = caps.pending_slot(ip(4)).unwrap();
        settled.settle();
        assert!(caps.pending_slot(ip(1)).is_some_and(|s| { drop(s); true }), "no room was made");
        assert!(old.evicted() && !newer.evicted() && !settled.evicted() && !live.evicted(), "the wrong connection was closed");
        // The one made room for has gone again (dropped above); the evicted one's drop frees nothing twice.
        drop(old);
        assert_eq!(caps.open(), 3);
        // With nothing pending left but `newer`, it goes next; then the server is full for real.
        let a = caps.slot(ip(5)).unwrap();
        let _b = caps.slot(ip(6)).unwrap();
        assert!(newer.evicted());
        assert!(caps.slot(ip(7)).is_none(), "a settled connection was closed to make room");
        // The per-address cap holds even with room.
        drop(a);
        let _c = caps.slot(ip(6)).unwrap();
        assert!(caps.slot(ip(6)).is_none(), "a third connection from one address");
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
