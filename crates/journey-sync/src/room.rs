//! Straight across the room: a studio accepts its teammates' studios directly (a room with Wi-Fi
//! but no internet), and a teammate gets in by typing the address and the short code the host
//! shows. The sync itself is the team server's: automerge-repo over a WebSocket, TLS, admission
//! by the workspace's secret (`server.rs`, `Doors::Room`). What this module adds is the door in
//! front of it, on the same TLS listener: one HTTP request, `POST /room/join`, that turns the
//! typed code into the invitation (the secret and the certificate's fingerprint).
//!
//! **Why a PAKE, not the code sent over TLS.** The joiner cannot pin the room's certificate yet:
//! it is made for this room and only the invitation names it. Over TLS that accepts any
//! certificate, a code sent as it is would go to whoever answers at the address: someone on the
//! same Wi-Fi who spoofed the host's address would read the code, and with it fetch the
//! invitation from the real host. A fragment of the fingerprint typed beside the code would not
//! stop them for long either: the client checks only the fingerprint, so an impostor can try
//! certificate bytes until its own hash starts the same way: 2^32 SHA-256 runs for 8 hex
//! characters, seconds on a graphics card (a fragment long enough to hold for the hours a room is
//! open, about 60 bits, would be 12 more characters to type). So the code is never sent: both sides run SPAKE2 (the
//! `spake2` crate, as magic-wormhole does) with the code as the password, and the host answers
//! with the invitation sealed (ChaCha20-Poly1305, ring) under the key only a side that knows the
//! code derives. Whoever is in between learns nothing they can test offline: each exchange is
//! one guess at the code, for them as for anyone, and the host limits exchanges (below). The
//! invitation then pins the real certificate, so the sync connection that follows cannot be
//! taken over either. The joiner's studio also compares the certificate it saw at the door with
//! the one the invitation names and refuses, saying someone is in between, when they differ.
//!
//! **The code.** 8 characters from the workshop's alphabet without look-alikes (31 symbols,
//! about 40 bits; shown as `K7PQ-2MXR`, typed in any case, with or without the dash). It lives
//! only in the room's memory: it expires when the room stops (the window closes, Stop), and a
//! new room has a new code. Every exchange counts as a try, right or wrong (the host cannot tell
//! a wrong code from a right one without a second round trip; a person needs one or two): 5 at
//! once and then one every 12 seconds from one address, 30 at once and one every 2 seconds from
//! all addresses together. At the overall rate a day of guessing finds the code with a chance of
//! about one in 20 million. Someone who keeps guessing can keep teammates out for as long as
//! they do (they are told to wait); the host can then share the invitation itself (its text or
//! QR code) instead. The connection limits are the team server's (`journey_workshop::guard`'s
//! caps, the connection rate, the handshake deadline), as the door is on its listener.
//!
//! **What the room reveals.** Its mDNS advertisement (`mdns.rs`) names the workspace and the
//! port, to everyone on the network; nothing there lets anyone in.
//!
//! **A workspace on no team server** is shared "for the room" (`share_for_room`): it gets a
//! secret (and an owner's key) kept in its file like a team share's, so teammates who joined
//! once are admitted by the next room too, and it can later be shared on a team server with the
//! same secret.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use journey_store::Store;
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};

use crate::client::{Client, SyncError};
use crate::invite::{random_secret, Invitation};
use crate::share::Sharing;
use crate::wire::{Bucket, Io};

/// Where the code is exchanged for the invitation.
pub const JOIN_PATH: &str = "/room/join";
/// The code's length, in characters of `journey_workshop::session::random_code`'s alphabet.
pub const CODE_LEN: usize = 8;
const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Exchanges one address may start: a burst, then one every 12 seconds.
pub const PER_ADDRESS: (f64, f64) = (1.0 / 12.0, 5.0);
/// Exchanges all addresses together may start: a room of teammates at once, then one every 2 s.
pub const ALL_ADDRESSES: (f64, f64) = (0.5, 30.0);
/// The largest request head and body the door reads.
const MAX_HEAD: usize = 16 << 10;
const MAX_BODY: usize = 4 << 10;
const VERSION: u32 = 1;
const JOINER: &[u8] = b"journey-room joiner";
const HOST: &[u8] = b"journey-room host";
const AAD: &[u8] = b"journey-room invitation v1";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(text).ok()
}

/// A new code (its bare characters; `shown` adds the dash).
pub fn new_code() -> String {
    journey_workshop::session::random_code(CODE_LEN)
}

/// The code as the host shows it: `K7PQ-2MXR`.
pub fn shown(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a}-{b}")
}

/// What a person typed, as the code it stands for: any case, blanks and dashes ignored; `None`
/// when it cannot be a code (wrong length, a character the alphabet lacks).
pub fn typed_code(text: &str) -> Option<String> {
    let code: String = text.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    (code.chars().count() == CODE_LEN && code.chars().all(|c| ALPHABET.contains(c))).then_some(code)
}

/// Why a typed address and code did not give an invitation: each a sentence for the join dialog
/// and the CLI.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RoomError {
    #[error("\"{0}\" is not an address: type it as the host's room shows it, for example 192.168.1.20:48213.")]
    BadAddress(String),
    #[error("A room's code is 8 letters and digits, as the host's room shows it (for example K7PQ-2MXR); \"{0}\" is not one.")]
    BadCode(String),
    #[error("No room answers at {0} ({1}). Check the address the host shows, that the host's room is still open, and that you are on the same network.")]
    NoRoom(String, String),
    #[error("That code does not open the room at {0}. Check the code the host shows and type it again.")]
    WrongCode(String),
    #[error("The room at {0} has had too many tries with a code. Wait {1} seconds and try again, or ask the host for the invitation itself.")]
    TooManyAttempts(String, u64),
    #[error("The studio at {0} answered, but not as a room that accepts teammates ({1}).")]
    NotARoom(String, String),
    #[error("The room's certificate at {0} is not the one its invitation names: someone on the network is in between. Nothing was joined; ask the host for the invitation itself.")]
    InBetween(String),
}

impl RoomError {
    pub fn code(&self) -> &'static str {
        match self {
            RoomError::BadAddress(_) => "bad_address",
            RoomError::BadCode(_) => "bad_code",
            RoomError::NoRoom(..) => "no_room",
            RoomError::WrongCode(_) => "wrong_code",
            RoomError::TooManyAttempts(..) => "too_many_attempts",
            RoomError::NotARoom(..) => "not_a_room",
            RoomError::InBetween(_) => "certificate",
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Ask {
    v: u32,
    pake: String,
}

#[derive(Serialize, Deserialize)]
struct Answer {
    v: u32,
    pake: String,
    nonce: String,
    sealed: String,
}

#[derive(Serialize, Deserialize)]
struct Refused {
    error: String,
    #[serde(default)]
    retry: Option<u64>,
}

/// The key that seals the invitation, from SPAKE2's shared key.
fn sealing_key(shared: &[u8]) -> ring::aead::LessSafeKey {
    let salt = ring::hkdf::Salt::new(ring::hkdf::HKDF_SHA256, AAD);
    let prk = salt.extract(shared);
    let okm = prk.expand(&[b"seal"], &ring::aead::CHACHA20_POLY1305).expect("a key's length is fine");
    ring::aead::LessSafeKey::new(ring::aead::UnboundKey::from(okm))
}

/// The room's side of the exchange: its code, the invitation it gives, and how many tries it
/// allows. Held by the room's server (`Doors::Room`) while the room is open, and nowhere else.
pub struct Door {
    code: String,
    invitation: Mutex<Option<String>>,
    per_address: Mutex<HashMap<IpAddr, Bucket>>,
    all: Mutex<Bucket>,
    limits: [(f64, f64); 2],
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Door {
    pub fn new(code: &str) -> Door {
        Door::with_limits(code, PER_ADDRESS, ALL_ADDRESSES)
    }

    /// A door with other limits (tests: `(rate a second, burst)` per address and in all).
    pub fn with_limits(code: &str, per_address: (f64, f64), all: (f64, f64)) -> Door {
        Door {
            code: code.to_string(),
            invitation: Mutex::new(None),
            per_address: Mutex::new(HashMap::new()),
            all: Mutex::new(Bucket::new(all.0, all.1)),
            limits: [per_address, all],
        }
    }

    /// What the door gives for the right code (set once the room listens and knows its address).
    pub fn set_invitation(&self, invitation: &Invitation) {
        *lock(&self.invitation) = Some(invitation.text());
    }

    fn allow(&self, from: IpAddr) -> Result<(), Duration> {
        {
            let mut per = lock(&self.per_address);
            if per.len() > 4096 {
                per.clear(); // a sweep from many addresses: the overall bucket still holds
            }
            let (rate, burst) = self.limits[0];
            per.entry(from).or_insert_with(|| Bucket::new(rate, burst)).try_take(1.0)?;
        }
        lock(&self.all).try_take(1.0)
    }

    /// Answers one exchange from `from`: the HTTP status and the JSON body.
    pub fn answer(&self, from: IpAddr, body: &[u8]) -> (u16, String) {
        let refuse = |status: u16, error: &str, retry: Option<u64>| {
            (status, serde_json::to_string(&Refused { error: error.into(), retry }).expect("serialises"))
        };
        let Ok(ask) = serde_json::from_slice::<Ask>(body) else { return refuse(400, "bad_request", None) };
        if ask.v != VERSION {
            return refuse(426, "newer_needed", None);
        }
        let Some(theirs) = unb64(&ask.pake) else { return refuse(400, "bad_request", None) };
        let Some(invitation) = lock(&self.invitation).clone() else { return refuse(503, "not_ready", Some(1)) };
        if let Err(wait) = self.allow(from) {
            return refuse(429, "too_many_attempts", Some(wait.as_secs().max(1)));
        }
        use spake2::{Ed25519Group, Identity, Password, Spake2};
        let (state, ours) =
            Spake2::<Ed25519Group>::start_b(&Password::new(self.code.as_bytes()), &Identity::new(JOINER), &Identity::new(HOST));
        let Ok(shared) = state.finish(&theirs) else { return refuse(400, "bad_request", None) };
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce).expect("the system has a source of randomness");
        let mut sealed = invitation.into_bytes();
        sealing_key(&shared)
            .seal_in_place_append_tag(ring::aead::Nonce::assume_unique_for_key(nonce), ring::aead::Aad::from(AAD), &mut sealed)
            .expect("sealing a short text works");
        let answer = Answer { v: VERSION, pake: b64(&ours), nonce: b64(&nonce), sealed: b64(&sealed) };
        (200, serde_json::to_string(&answer).expect("serialises"))
    }
}

/// A stream that gives `head` (bytes read already) before the rest of `inner`.
struct Prefixed {
    head: Vec<u8>,
    at: usize,
    inner: Box<dyn Io>,
}

impl AsyncRead for Prefixed {
    fn poll_read(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &mut ReadBuf<'_>) -> std::task::Poll<std::io::Result<()>> {
        if self.at < self.head.len() {
            let n = (self.head.len() - self.at).min(buf.remaining());
            let at = self.at;
            buf.put_slice(&self.head[at..at + n]);
            self.at += n;
            return std::task::Poll::Ready(Ok(()));
        }
        std::pin::Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for Prefixed {
    fn poll_write(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &[u8]) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

fn head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// Reads the first request on a room's connection: the door's own is answered here (`None`),
/// any other is handed back, unread, for the WebSocket upgrade.
pub(crate) async fn route(mut io: Box<dyn Io>, from: IpAddr, door: &Door) -> Result<Option<Box<dyn Io>>, String> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    let end = loop {
        if let Some(end) = head_end(&buf) {
            break end;
        }
        if buf.len() > MAX_HEAD {
            return Err("headers too long".into());
        }
        let n = io.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("closed before its request".into());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut req = httparse::Request::new(&mut headers);
    let ours = matches!(req.parse(&buf[..end]), Ok(httparse::Status::Complete(_))) && req.path == Some(JOIN_PATH);
    if !ours {
        return Ok(Some(Box::new(Prefixed { head: buf, at: 0, inner: io })));
    }
    let length = req
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-length"))
        .and_then(|h| std::str::from_utf8(h.value).ok()?.trim().parse::<usize>().ok());
    let (status, body) = match (req.method, length) {
        (Some("POST"), Some(n)) if n <= MAX_BODY => {
            let mut body = buf[end..].to_vec();
            while body.len() < n {
                let got = io.read(&mut chunk).await.map_err(|e| e.to_string())?;
                if got == 0 {
                    return Err("closed in its request".into());
                }
                body.extend_from_slice(&chunk[..got]);
            }
            body.truncate(n);
            door.answer(from, &body)
        }
        (Some("POST"), Some(_)) => (413, r#"{"error":"too_large"}"#.to_string()),
        (Some("POST"), None) => (411, r#"{"error":"length_required"}"#.to_string()),
        _ => (405, r#"{"error":"post_only"}"#.to_string()),
    };
    // A table, not a match: the error-code test takes every match arm with a string after
    // `fn code` in this file for an error code.
    const REASONS: [(u16, &str); 7] = [
        (200, "OK"),
        (400, "Bad Request"),
        (405, "Method Not Allowed"),
        (411, "Length Required"),
        (413, "Content Too Large"),
        (426, "Upgrade Required"),
        (429, "Too Many Requests"),
    ];
    let reason = REASONS.iter().find(|(s, _)| *s == status).map_or("Service Unavailable", |(_, r)| r);
    let response = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    io.write_all(response.as_bytes()).await.map_err(|e| e.to_string())?;
    let _ = io.shutdown().await;
    Ok(None)
}

/// The room's address as typed (`192.168.1.20:48213`, `[fe80::1]:48213`, or with `wss://`), as
/// the URL to reach it at.
pub fn room_url(address: &str) -> Result<url::Url, RoomError> {
    let bad = || RoomError::BadAddress(address.trim().to_string());
    let text = address.trim();
    let text = text.strip_prefix("wss://").unwrap_or(text).trim_end_matches('/');
    if text.is_empty() || text.contains('/') {
        return Err(bad());
    }
    let url = url::Url::parse(&format!("wss://{text}")).map_err(|_| bad())?;
    if url.host().is_none() || url.port().is_none() || !url.username().is_empty() {
        return Err(bad());
    }
    Ok(url)
}

/// The joiner's side: the invitation the room at `address` gives for `code`. The invitation's
/// server is the address typed (it reached the host); its fingerprint is the room's own, from
/// the sealed answer.
pub fn exchange(address: &str, code: &str) -> Result<Invitation, RoomError> {
    let url = room_url(address)?;
    let code = typed_code(code).ok_or_else(|| RoomError::BadCode(code.trim().to_string()))?;
    let at = format!("{}:{}", url.host_str().unwrap_or_default(), url.port().unwrap_or_default());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| RoomError::NoRoom(at.clone(), e.to_string()))?;
    rt.block_on(async { tokio::time::timeout(Duration::from_secs(20), exchange_at(&url, &at, &code)).await })
        .unwrap_or_else(|_| Err(RoomError::NoRoom(at.clone(), "no answer in 20 seconds".into())))
}

async fn exchange_at(url: &url::Url, at: &str, code: &str) -> Result<Invitation, RoomError> {
    use spake2::{Ed25519Group, Identity, Password, Spake2};
    let seen = Arc::new(Mutex::new(None));
    let mut io = crate::wire::open(url, None, seen.clone()).await.map_err(|e| match e {
        crate::ConnectError::Unreachable(_, why) => RoomError::NoRoom(at.to_string(), why),
        other => RoomError::NoRoom(at.to_string(), other.to_string()),
    })?;
    let (state, ours) = Spake2::<Ed25519Group>::start_a(&Password::new(code.as_bytes()), &Identity::new(JOINER), &Identity::new(HOST));
    let body = serde_json::to_string(&Ask { v: VERSION, pake: b64(&ours) }).expect("serialises");
    let request = format!(
        "POST {JOIN_PATH} HTTP/1.1\r\nhost: {at}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let lost = |e: std::io::Error| RoomError::NoRoom(at.to_string(), e.to_string());
    io.write_all(request.as_bytes()).await.map_err(lost)?;
    let mut response = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match io.read(&mut chunk).await {
            Ok(0) => break,
            Ok(n) => response.extend_from_slice(&chunk[..n]),
            // A peer that closes without TLS's close_notify: what came is what there is.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(lost(e)),
        }
        if response.len() > 64 << 10 {
            return Err(RoomError::NotARoom(at.to_string(), "its answer is too long".into()));
        }
    }
    let not_a_room = |why: &str| RoomError::NotARoom(at.to_string(), why.to_string());
    let end = head_end(&response).ok_or_else(|| not_a_room("no HTTP answer"))?;
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut parsed = httparse::Response::new(&mut headers);
    parsed.parse(&response[..end]).map_err(|_| not_a_room("no HTTP answer"))?;
    let status = parsed.code.unwrap_or_default();
    let body = &response[end..];
    if status != 200 {
        let refused: Option<Refused> = serde_json::from_slice(body).ok();
        return Err(match (status, refused) {
            (429, r) => RoomError::TooManyAttempts(at.to_string(), r.and_then(|r| r.retry).unwrap_or(60)),
            (_, Some(r)) => not_a_room(&r.error),
            (status, None) => not_a_room(&format!("HTTP {status}")),
        });
    }
    let answer: Answer = serde_json::from_slice(body).map_err(|_| not_a_room("an answer it cannot read"))?;
    let theirs = unb64(&answer.pake).ok_or_else(|| not_a_room("an answer it cannot read"))?;
    let nonce: [u8; 12] = unb64(&answer.nonce).and_then(|n| n.try_into().ok()).ok_or_else(|| not_a_room("an answer it cannot read"))?;
    let mut sealed = unb64(&answer.sealed).ok_or_else(|| not_a_room("an answer it cannot read"))?;
    let wrong = || RoomError::WrongCode(at.to_string());
    let shared = state.finish(&theirs).map_err(|_| wrong())?;
    let opened = sealing_key(&shared)
        .open_in_place(ring::aead::Nonce::assume_unique_for_key(nonce), ring::aead::Aad::from(AAD), &mut sealed)
        .map_err(|_| wrong())?;
    let text = std::str::from_utf8(opened).map_err(|_| wrong())?;
    let mut invitation = Invitation::parse(text).map_err(|e| not_a_room(&e.to_string()))?;
    let saw = seen.lock().unwrap_or_else(|e| e.into_inner()).clone();
    if saw.is_none() || !invitation.fingerprint.as_deref().unwrap_or_default().eq_ignore_ascii_case(saw.as_deref().unwrap_or_default()) {
        return Err(RoomError::InBetween(at.to_string()));
    }
    invitation.server = format!("wss://{at}");
    Ok(invitation)
}

/// Gives a workspace on no team server what a room admits by: a secret and an owner's key, kept
/// in its file as a team share's are, with no server. A workspace shared already keeps its own.
pub fn share_for_room(store: &mut Store, name: &str) -> Result<(), SyncError> {
    if crate::share::sharing(store)?.is_some() {
        return Ok(());
    }
    let s = Sharing { server: String::new(), fingerprint: None, secret: random_secret(), owner: Some(random_secret()), name: name.to_string() };
    store.set_sharing(Some(&serde_json::to_string(&s).expect("a sharing record serialises")))?;
    Ok(())
}

/// Whether the store's workspace is shared on a team server (not only for rooms).
pub fn on_team_server(store: &Store) -> bool {
    crate::share::sharing(store).ok().flatten().is_some_and(|s| !s.server.is_empty())
}

/// A room being accepted: the server on its port, its code, the invitation it gives, and its
/// mDNS advertisement. Stops (and its code with it) when dropped.
pub struct Room {
    server: crate::TeamServer,
    code: String,
    invitation: Invitation,
    _advert: Option<crate::mdns::Advert>,
}

impl Room {
    /// Opens the room for `client`'s workspace on `listen` (`0.0.0.0:0` for the LAN on a free
    /// port); with `advertise`, it is announced on the local network as `name`. An
    /// advertisement that cannot be made (no multicast) leaves the room open by address.
    pub fn open(client: &Client, listen: SocketAddr, advertise: bool) -> Result<Room, SyncError> {
        let (repo, host) = client.parts();
        let mut invitation = crate::client::with(&**host, |s| crate::share::invitation(s))?;
        let identity = crate::tls::Identity::ephemeral();
        let code = new_code();
        let door = Arc::new(Door::new(&code));
        let server = crate::TeamServer::start_room_with(repo, invitation.workspace, &invitation.secret, listen, identity, Some(door.clone()))?;
        invitation.server = server.url();
        invitation.fingerprint = server.fingerprint().map(str::to_string);
        door.set_invitation(&invitation);
        let advert = if advertise { crate::mdns::Advert::start(&invitation.name, server.addr().port()).ok() } else { None };
        Ok(Room { server, code, invitation, _advert: advert })
    }

    /// `host:port` as a teammate types it.
    pub fn address(&self) -> String {
        self.invitation.server.trim_start_matches("wss://").to_string()
    }

    /// The code as shown (`K7PQ-2MXR`).
    pub fn code(&self) -> String {
        shown(&self.code)
    }

    pub fn invitation(&self) -> &Invitation {
        &self.invitation
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    pub fn advertised(&self) -> bool {
        self._advert.is_some()
    }

    pub fn stop(self) {
        drop(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_eight_characters_without_look_alikes_and_reads_back_however_it_is_typed() {
        let code = new_code();
        assert_eq!(code.len(), CODE_LEN);
        assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
        let shown = shown(&code);
        assert_eq!(shown.len(), CODE_LEN + 1);
        assert_eq!(typed_code(&shown), Some(code.clone()));
        assert_eq!(typed_code(&format!(" {} ", shown.to_lowercase())), Some(code.clone()));
        assert_eq!(typed_code("K7PQ 2MXR"), Some("K7PQ2MXR".into()));
        assert_eq!(typed_code("K7PQ-2MX"), None, "too short");
        assert_eq!(typed_code("K7PQ-2MX0"), None, "0 is not in the alphabet");
    }

    #[test]
    fn an_address_is_read_as_typed_or_as_a_url() {
        assert_eq!(room_url("192.168.1.20:48213").unwrap().as_str(), "wss://192.168.1.20:48213/");
        assert_eq!(room_url(" wss://192.168.1.20:48213/ ").unwrap().as_str(), "wss://192.168.1.20:48213/");
        assert_eq!(room_url("[fe80::1]:7420").unwrap().port(), Some(7420));
        assert!(matches!(room_url("192.168.1.20"), Err(RoomError::BadAddress(_))), "no port");
        assert!(matches!(room_url("http://x/y"), Err(RoomError::BadAddress(_))));
        assert!(matches!(room_url(""), Err(RoomError::BadAddress(_))));
    }

    #[test]
    fn tries_beyond_the_limit_are_refused_without_deepening_the_wait() {
        let door = Door::with_limits("K7PQ2MXR", (0.001, 2.0), (0.001, 3.0));
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert!(door.allow(a).is_ok() && door.allow(a).is_ok());
        assert!(door.allow(a).is_err(), "a third from one address");
        assert!(door.allow(b).is_ok(), "another address has its own");
        assert!(door.allow(b).is_err(), "all addresses together have three");
        // Refused tries took nothing: the wait does not grow with them.
        let before = door.allow(a).unwrap_err();
        for _ in 0..100 {
            let _ = door.allow(a);
        }
        assert!(door.allow(a).unwrap_err() <= before);
    }
}
