//! The connection under samod: a WebSocket (automerge-repo's own transport, so the reference
//! sync server speaks to us), over TLS with the pinned certificate except on loopback, opened
//! with the workspace's secret in its upgrade request. Each connection's inbound messages are
//! metered: a client that floods is slowed down, and the others are not.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::tungstenite::{self, protocol::WebSocketConfig, Message};

/// The upgrade request's headers: the secret (as a bearer token), the owner's key (to register
/// a workspace on a server, or rotate its secret), a new secret, and our auth layer's version.
pub const OWNER: &str = "journey-owner";
pub const ROTATE: &str = "journey-rotate";
pub const VERSION_HEADER: &str = "journey-sync";
/// Why a server refused, for the client's sentence (`wrong_secret`, `revoked`, ...).
pub const REASON: &str = "journey-reason";
pub const VERSION: u32 = 1;

/// The largest message either side accepts: a 10,000-card journey's whole document is ~3 MB.
pub const MAX_MESSAGE: usize = 64 << 20;

pub fn ws_config() -> WebSocketConfig {
    let mut c = WebSocketConfig::default();
    c.max_message_size = Some(MAX_MESSAGE);
    c.max_frame_size = Some(MAX_MESSAGE);
    c
}

/// A byte stream of either kind (plain on loopback, TLS elsewhere).
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + 'static {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + 'static> Io for T {}

/// A token bucket: `rate` a second, `burst` at once; `take` says how long to wait first.
#[derive(Debug)]
pub struct Bucket {
    rate: f64,
    burst: f64,
    level: f64,
    at: std::time::Instant,
}

impl Bucket {
    pub fn new(rate: f64, burst: f64) -> Bucket {
        Bucket { rate, burst, level: burst, at: std::time::Instant::now() }
    }

    pub fn take(&mut self, n: f64) -> Duration {
        let now = std::time::Instant::now();
        self.level = (self.level + now.duration_since(self.at).as_secs_f64() * self.rate).min(self.burst);
        self.at = now;
        self.level -= n;
        if self.level >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-self.level / self.rate)
        }
    }

    /// Takes `n` only when there is that much; otherwise takes nothing (a refused attempt does
    /// not deepen the debt) and says how long until there is.
    pub fn try_take(&mut self, n: f64) -> Result<(), Duration> {
        let now = std::time::Instant::now();
        self.level = (self.level + now.duration_since(self.at).as_secs_f64() * self.rate).min(self.burst);
        self.at = now;
        if self.level >= n {
            self.level -= n;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((n - self.level) / self.rate))
        }
    }
}

/// What one connection may send us: messages and bytes a second (with a burst for the first
/// full sync of a workspace). Beyond it, reading from it waits: its own sync slows, nobody else's.
#[derive(Debug, Clone, Copy)]
pub struct Meter {
    pub messages_per_second: f64,
    pub message_burst: f64,
    pub bytes_per_second: f64,
    pub byte_burst: f64,
}

impl Meter {
    pub const DEFAULT: Meter =
        Meter { messages_per_second: 200.0, message_burst: 2_000.0, bytes_per_second: 4e6, byte_burst: 128e6 };
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct WireError(String);

/// A WebSocket as samod's transport: binary messages both ways, pings answered below us,
/// inbound metered. `keep` lives as long as the connection (a server's connection slot).
/// `until`, when it completes, ends the connection (a rotated secret ends those admitted with
/// the old one).
pub fn transport<S: Io>(
    ws: tokio_tungstenite::WebSocketStream<S>,
    meter: Option<Meter>,
    keep: Option<Box<dyn Send + Sync>>,
    until: Option<futures::future::BoxFuture<'static, ()>>,
) -> samod::Transport {
    carry(ws, meter, keep, until)
}

/// A server's side of a connection: `transport`, and a ping whenever the client has been quiet
/// for `journey_workshop::guard::PING_INTERVAL`. The client's WebSocket answers by itself, so
/// a member who is there stays within the connection's idle deadline (guard.rs), and one whose
/// laptop went to sleep without closing is let go.
pub fn served<S: Io>(
    ws: tokio_tungstenite::WebSocketStream<S>,
    meter: Meter,
    until: futures::future::BoxFuture<'static, ()>,
) -> samod::Transport {
    carry(Pinging::new(ws, journey_workshop::guard::PING_INTERVAL), Some(meter), None, Some(until))
}

fn carry<W>(ws: W, meter: Option<Meter>, keep: Option<Box<dyn Send + Sync>>, until: Option<futures::future::BoxFuture<'static, ()>>) -> samod::Transport
where
    W: futures::Stream<Item = Result<Message, tungstenite::Error>> + futures::Sink<Message, Error = tungstenite::Error> + Send + 'static,
{
    let (sink, stream) = ws.split();
    let stream = stream.take_until(until.unwrap_or_else(|| futures::FutureExt::boxed(futures::future::pending::<()>())));
    let buckets = meter.map(|m| {
        Arc::new(Mutex::new((Bucket::new(m.messages_per_second, m.message_burst), Bucket::new(m.bytes_per_second, m.byte_burst))))
    });
    let keep = Arc::new(keep);
    let stream = stream
        .filter_map(|m| async move {
            match m {
                Ok(Message::Binary(b)) => Some(Ok(b.to_vec())),
                Ok(Message::Text(_)) => Some(Err(WireError("a text message where only binary ones are spoken".into()))),
                Ok(_) => None, // ping, pong, close: tungstenite answers them
                Err(e) => Some(Err(WireError(e.to_string()))),
            }
        })
        .then(move |m: Result<Vec<u8>, WireError>| {
            let _keep = keep.clone();
            let wait = match (&buckets, &m) {
                (Some(b), Ok(bytes)) => {
                    let mut b = b.lock().unwrap_or_else(|e| e.into_inner());
                    b.0.take(1.0).max(b.1.take(bytes.len() as f64))
                }
                _ => Duration::ZERO,
            };
            async move {
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
                m
            }
        })
        .boxed();
    let sink = sink
        .sink_map_err(|e| WireError(e.to_string()))
        .with(|b: Vec<u8>| futures::future::ready(Ok::<_, WireError>(Message::Binary(b.into()))));
    samod::Transport::new(stream, Box::pin(sink))
}

/// A WebSocket that sends a ping when nothing came from the other side for `every`, from the
/// reading side (samod reads all the time), so no task of its own holds the socket open. The
/// socket is polled before the timer: one whose server has gone ends with its error.
struct Pinging<S> {
    ws: tokio_tungstenite::WebSocketStream<S>,
    every: Duration,
    quiet: journey_workshop::guard::Deadline,
    /// A ping is queued and not yet flushed.
    flushing: bool,
}

impl<S> Pinging<S> {
    fn new(ws: tokio_tungstenite::WebSocketStream<S>, every: Duration) -> Pinging<S> {
        Pinging { ws, every, quiet: journey_workshop::guard::Deadline::after(every), flushing: false }
    }
}

impl<S: Io> futures::Stream for Pinging<S> {
    type Item = Result<Message, tungstenite::Error>;

    fn poll_next(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Self::Item>> {
        use futures::Sink;
        use std::task::Poll;
        let this = &mut *self;
        if this.flushing {
            match std::pin::Pin::new(&mut this.ws).poll_flush(cx) {
                Poll::Ready(Ok(())) => this.flushing = false,
                Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e))),
                Poll::Pending => {}
            }
        }
        if let Poll::Ready(next) = std::pin::Pin::new(&mut this.ws).poll_next(cx) {
            this.quiet.reset(this.every);
            return Poll::Ready(next);
        }
        if this.quiet.poll(cx).is_ready() {
            match std::pin::Pin::new(&mut this.ws).poll_ready(cx) {
                Poll::Ready(Ok(())) => {
                    std::pin::Pin::new(&mut this.ws).start_send(Message::Ping(Vec::new().into()))?;
                    this.quiet.reset(this.every);
                    // Registers the next wake-up.
                    let _ = this.quiet.poll(cx);
                    match std::pin::Pin::new(&mut this.ws).poll_flush(cx) {
                        Poll::Ready(Ok(())) => {}
                        Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e))),
                        Poll::Pending => this.flushing = true,
                    }
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e))),
                Poll::Pending => {}
            }
        }
        Poll::Pending
    }
}

impl<S: Io> futures::Sink<Message> for Pinging<S> {
    type Error = tungstenite::Error;

    fn poll_ready(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Result<(), Self::Error>> {
        std::pin::Pin::new(&mut self.ws).poll_ready(cx)
    }
    fn start_send(mut self: std::pin::Pin<&mut Self>, item: Message) -> Result<(), Self::Error> {
        std::pin::Pin::new(&mut self.ws).start_send(item)
    }
    fn poll_flush(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Result<(), Self::Error>> {
        std::pin::Pin::new(&mut self.ws).poll_flush(cx)
    }
    fn poll_close(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Result<(), Self::Error>> {
        std::pin::Pin::new(&mut self.ws).poll_close(cx)
    }
}

/// Why a connection could not be made: each a sentence for the top bar and the CLI.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConnectError {
    #[error("The team server at {0} cannot be reached ({1}). You are working offline: your changes are kept and sent when it is back.")]
    Unreachable(String, String),
    #[error("The team server refused this workspace's secret: the invitation is wrong, or it was made for another server. Ask for the invitation again.")]
    WrongSecret,
    #[error("This invitation was revoked by the workspace's owner (its secret was changed). Ask them for a new invitation.")]
    Revoked,
    #[error("The team server does not hold this workspace. Its owner shares it there first (Share this workspace…, or journey share).")]
    UnknownWorkspace,
    #[error("The team server needs a newer Journey Studio. Update Journey Studio to sync with it; your work stays on this computer meanwhile.")]
    NewerNeeded,
    #[error("The server's certificate is not the one the invitation names, so nothing was sent: the server was set up again, or someone is in between. Ask for a new invitation.")]
    Certificate,
    #[error("The team server refused the connection ({0}).")]
    Refused(String),
}

/// A sentence as the catalogs say it: a message id of `errors.ftl`/`studio.ftl` and its
/// arguments, so the window says it in its own language (the English `sentence` beside it is
/// for the CLI, the logs, and a message not yet translated).
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[ts(rename = "SyncSaid")]
pub struct Said {
    pub id: String,
    pub args: std::collections::BTreeMap<String, String>,
}

impl Said {
    pub fn new(id: &str, args: &[(&str, &str)]) -> Said {
        Said { id: id.to_string(), args: args.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }
}

impl ConnectError {
    /// This refusal as the catalogs say it (`error-<code>`, with the server and the detail
    /// where it has them).
    pub fn said(&self) -> Said {
        let id = format!("error-{}", self.code().replace('_', "-"));
        match self {
            ConnectError::Unreachable(server, detail) => Said::new(&id, &[("server", server), ("detail", detail)]),
            ConnectError::Refused(detail) => Said::new(&id, &[("detail", detail)]),
            _ => Said::new(&id, &[]),
        }
    }

    /// Whether trying again later can help (the server is away), as opposed to needing a person.
    pub fn transient(&self) -> bool {
        matches!(self, ConnectError::Unreachable(..) | ConnectError::Refused(_))
    }

    pub fn code(&self) -> &'static str {
        match self {
            ConnectError::Unreachable(..) => "unreachable",
            ConnectError::WrongSecret => "wrong_secret",
            ConnectError::Revoked => "revoked",
            ConnectError::UnknownWorkspace => "unknown_workspace",
            ConnectError::NewerNeeded => "newer_needed",
            ConnectError::Certificate => "certificate",
            ConnectError::Refused(_) => "refused",
        }
    }
}

/// Where and how a client connects.
#[derive(Debug, Clone)]
pub struct Target {
    /// `wss://host:port` or `ws://127.0.0.1:port` (the path is ours to add).
    pub server: url::Url,
    pub workspace: journey_core::Id,
    pub fingerprint: Option<String>,
    pub secret: String,
    /// Sent to register the workspace on a server (the owner's first share) or to rotate.
    pub owner: Option<String>,
    pub rotate: Option<String>,
}

impl Target {
    pub fn url(&self) -> url::Url {
        let mut u = self.server.clone();
        u.set_path(&format!("/sync/{}", self.workspace));
        u
    }
}

/// The byte stream to `server`: TCP, then for `wss://` TLS accepting only the certificate with
/// fingerprint `want` (any when `None`; `seen` receives the one shown).
pub async fn open(server: &url::Url, want: Option<String>, seen: Arc<Mutex<Option<String>>>) -> Result<Box<dyn Io>, ConnectError> {
    let host = server.host_str().unwrap_or_default().trim_start_matches('[').trim_end_matches(']').to_string();
    let port = server.port_or_known_default().unwrap_or(443);
    let unreachable = |e: &dyn std::fmt::Display| ConnectError::Unreachable(server.to_string(), e.to_string());
    let tcp = tokio::time::timeout(Duration::from_secs(10), tokio::net::TcpStream::connect((host.as_str(), port)))
        .await
        .map_err(|_| unreachable(&"no answer in 10 seconds"))?
        .map_err(|e| unreachable(&e))?;
    let _ = tcp.set_nodelay(true);
    if server.scheme() != "wss" {
        return Ok(Box::new(tcp));
    }
    let config = crate::tls::client_config(want, seen);
    let name = rustls::pki_types::ServerName::try_from("journey-studio").expect("a valid name");
    let tls = tokio_rustls::TlsConnector::from(config).connect(name, tcp).await.map_err(|e| {
        if e.to_string().contains("not the one in the invitation") {
            ConnectError::Certificate
        } else {
            unreachable(&e)
        }
    })?;
    Ok(Box::new(tls))
}

/// Opens the WebSocket to `target`; with TLS, `seen` receives the certificate's fingerprint.
pub async fn connect(
    target: &Target,
    seen: Arc<Mutex<Option<String>>>,
) -> Result<tokio_tungstenite::WebSocketStream<Box<dyn Io>>, ConnectError> {
    let url = target.url();
    let unreachable = |e: &dyn std::fmt::Display| ConnectError::Unreachable(target.server.to_string(), e.to_string());
    let io = open(&target.server, target.fingerprint.clone(), seen).await?;
    use tungstenite::client::IntoClientRequest;
    let mut request = url.as_str().into_client_request().map_err(|e| unreachable(&e))?;
    let headers = request.headers_mut();
    let value = |s: &str| tungstenite::http::HeaderValue::from_str(s).expect("secrets are base64url");
    headers.insert("authorization", value(&format!("Bearer {}", target.secret)));
    headers.insert(VERSION_HEADER, value(&VERSION.to_string()));
    if let Some(o) = &target.owner {
        headers.insert(OWNER, value(o));
    }
    if let Some(r) = &target.rotate {
        headers.insert(ROTATE, value(r));
    }
    let handshake = tokio_tungstenite::client_async_with_config(request, io, Some(ws_config()));
    match tokio::time::timeout(Duration::from_secs(15), handshake).await {
        Err(_) => Err(unreachable(&"the server did not answer the upgrade in 15 seconds")),
        Ok(Ok((ws, _))) => Ok(ws),
        Ok(Err(tungstenite::Error::Http(response))) => {
            let reason = response.headers().get(REASON).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
            Err(match (response.status().as_u16(), reason.as_str()) {
                (_, "revoked") => ConnectError::Revoked,
                (_, "wrong_secret") | (401, _) | (403, _) => ConnectError::WrongSecret,
                (_, "unknown_workspace") | (404, _) => ConnectError::UnknownWorkspace,
                (_, "newer_needed") | (426, _) => ConnectError::NewerNeeded,
                (status, _) => ConnectError::Refused(format!("HTTP {status}")),
            })
        }
        Ok(Err(e)) => Err(unreachable(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::Pinging;
    use futures::StreamExt;
    use std::time::Duration;
    use tokio_tungstenite::tungstenite::{protocol::Role, Message};
    use tokio_tungstenite::WebSocketStream;

    #[tokio::test]
    async fn a_served_socket_pings_a_quiet_client_and_hears_its_pong() {
        let (ours, theirs) = tokio::io::duplex(4096);
        let server = WebSocketStream::from_raw_socket(ours, Role::Server, None).await;
        let mut client = WebSocketStream::from_raw_socket(theirs, Role::Client, None).await;
        let mut served = Pinging::new(server, Duration::from_millis(50));
        // The server reads, as samod does all the time; the client says nothing of its own.
        let heard = tokio::spawn(async move { served.next().await.map(|m| m.map(|m| matches!(m, Message::Pong(_)))) });
        let ping = tokio::time::timeout(Duration::from_secs(5), client.next()).await.expect("no ping from the server");
        assert!(matches!(ping, Some(Ok(Message::Ping(_)))), "{ping:?}");
        // Reading on answers it (tungstenite queues the pong and sends it with the next read).
        let _ = tokio::time::timeout(Duration::from_millis(200), client.next()).await;
        let pong = tokio::time::timeout(Duration::from_secs(5), heard).await.expect("the server heard nothing").unwrap();
        assert_eq!(pong.map(|r| r.unwrap()), Some(true), "the server heard something else than the pong");
    }
}
