//! What the server tests share: a host in memory with revisions like the store's, a participant
//! socket that records everything it is sent, and the participant page's own model (page/model.js)
//! run under node.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use journey_core::{apply_tracked, Change, Edit, Id, Journey, LiveLayout};
use journey_workshop::Host;
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A host that keeps the journey in memory and applies edits with the core as the store does,
/// counting revisions as the store does.
pub struct Memory {
    pub journey: Mutex<Journey>,
    state: Mutex<(u64, LiveLayout)>,
    pub log: Mutex<Vec<(String, String)>>,
    /// How many times the server told the host the session changed (the window's redraws).
    pub changed: std::sync::atomic::AtomicUsize,
}

impl Memory {
    pub fn new(j: Journey) -> Arc<Memory> {
        let l = LiveLayout::new(&j);
        Arc::new(Memory { journey: Mutex::new(j), state: Mutex::new((7, l)), log: Mutex::new(Vec::new()), changed: Default::default() })
    }

    /// An edit made outside the session (the facilitator's window): the caller decides when,
    /// or whether, the server is told.
    pub fn edit(&self, edit: &Edit) -> Change {
        self.apply(Id::nil(), edit).unwrap()
    }

    pub fn revision(&self) -> u64 {
        self.state.lock().unwrap().0
    }
}

impl Host for Memory {
    fn journey(&self, _: Id) -> Result<Journey, String> {
        Ok(self.journey.lock().unwrap().clone())
    }
    fn journey_and_revision(&self, _: Id) -> Result<(Journey, Option<u64>), String> {
        let j = self.journey.lock().unwrap();
        Ok((j.clone(), Some(self.state.lock().unwrap().0)))
    }
    fn apply(&self, _: Id, edit: &Edit) -> Result<Change, String> {
        let mut j = self.journey.lock().unwrap();
        let mut state = self.state.lock().unwrap();
        let (revision, live) = &mut *state;
        let t = apply_tracked(&mut j, live, edit, *revision).map_err(|e| e.to_string())?;
        *revision = t.change.revision;
        Ok(t.change)
    }
    fn record(&self, _: Id, who: &str, what: &str) {
        self.log.lock().unwrap().push((who.into(), what.into()));
    }
    fn changed(&self) {
        self.changed.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

pub fn http(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

pub fn join(addr: SocketAddr, name: &str, code: &str) -> String {
    let (status, _, body) = http(addr, "POST", "/api/join", &format!(r#"{{"name":"{name}","code":"{code}"}}"#));
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["token"].as_str().unwrap().to_string()
}

/// One participant's socket. Everything the server sends is kept, as text and as JSON.
pub struct Client {
    tx: SplitSink<Socket, Message>,
    got: Arc<Mutex<Vec<(String, serde_json::Value)>>>,
    count: watch::Receiver<usize>,
    next_id: usize,
}

impl Client {
    pub async fn connect(addr: SocketAddr, token: &str) -> Client {
        Client::connect_asking(addr, token, None).await
    }

    /// `connect`, the upgrade sending `Accept-Language: accept_language` as a browser does.
    pub async fn connect_asking(addr: SocketAddr, token: &str, accept_language: Option<&str>) -> Client {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let mut request = format!("ws://{addr}/api/ws?token={token}").into_client_request().unwrap();
        if let Some(l) = accept_language {
            request.headers_mut().insert("accept-language", l.parse().unwrap());
        }
        let (ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
        let (tx, mut rx) = ws.split();
        let got = Arc::new(Mutex::new(Vec::new()));
        let (bump, count) = watch::channel(0);
        let into = got.clone();
        tokio::spawn(async move {
            while let Some(Ok(msg)) = rx.next().await {
                if let Message::Text(t) = msg {
                    let v = serde_json::from_str(&t).unwrap();
                    let n = {
                        let mut g = into.lock().unwrap();
                        g.push((t.to_string(), v));
                        g.len()
                    };
                    // Not under the lock: `wait_for` takes the two the other way round.
                    bump.send_replace(n);
                }
            }
        });
        Client { tx, got, count, next_id: 0 }
    }

    pub async fn send(&mut self, v: serde_json::Value) {
        self.tx.send(Message::Text(v.to_string().into())).await.unwrap();
    }

    /// Sends a request and waits for its answer (ack or error), which it returns.
    pub async fn request(&mut self, mut v: serde_json::Value) -> serde_json::Value {
        self.next_id += 1;
        let id = format!("r{}", self.next_id);
        v["id"] = id.clone().into();
        self.send(v).await;
        self.wait_for(|m| m.iter().any(|(_, v)| v["id"] == id.as_str())).await;
        self.messages().into_iter().find(|v| v["id"] == id.as_str() && (v["type"] == "ack" || v["type"] == "error")).unwrap()
    }

    /// Waits until what was received satisfies `done`. Ten seconds at most, so a broken server
    /// fails the test instead of hanging it.
    pub async fn wait_for(&mut self, done: impl Fn(&[(String, serde_json::Value)]) -> bool) {
        let got = self.got.clone();
        // Ends early when the socket closes; the condition is what counts.
        let _ = tokio::time::timeout(Duration::from_secs(10), self.count.wait_for(|_| done(&got.lock().unwrap()))).await;
        assert!(done(&self.got.lock().unwrap()), "not received; got: {:#?}", self.messages());
    }

    /// Waits for a delta (or snapshot) at `revision`.
    pub async fn wait_for_revision(&mut self, revision: u64) {
        self.wait_for(|m| m.iter().any(|(_, v)| v["revision"] == revision)).await;
    }

    pub fn messages(&self) -> Vec<serde_json::Value> {
        self.got.lock().unwrap().iter().map(|(_, v)| v.clone()).collect()
    }

    /// What the server pushed (snapshots, deltas, session messages), not the answers.
    pub fn pushed(&self) -> Vec<serde_json::Value> {
        self.messages().into_iter().filter(|v| v["type"] != "ack" && v["type"] != "error").collect()
    }

    pub fn texts(&self) -> Vec<String> {
        self.got.lock().unwrap().iter().map(|(t, _)| t.clone()).collect()
    }
}

/// The participant page's model (page/model.js, the file the page loads) after `messages` in
/// order, run under node: the view it would draw, and what `applyDelta` said of each delta.
pub fn page_model(messages: &[serde_json::Value]) -> (serde_json::Value, Vec<String>) {
    const SCRIPT: &str = r#"
        // Run as the page runs it: a classic script whose global is its own.
        const context = {};
        require("node:vm").runInNewContext(require("node:fs").readFileSync(process.argv[1], "utf8"), context);
        const M = context.WorkshopBoard;
        let input = "";
        process.stdin.on("data", (d) => (input += d)).on("end", () => {
          let model = null;
          const results = [];
          for (const m of JSON.parse(input)) {
            if (m.type === "state") model = M.fromSnapshot(m);
            else if (m.type === "delta") results.push(M.applyDelta(model, m));
            else if (m.type === "session") M.applySession(model, m);
          }
          process.stdout.write(JSON.stringify({ view: M.view(model), results }));
        });
    "#;
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/src/page/model.js");
    let mut child = Command::new("node")
        .args(["-e", SCRIPT, model])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs the participant page's model (it is part of the project's toolchain)");
    child.stdin.take().unwrap().write_all(serde_json::to_string(messages).unwrap().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the page model failed");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = v["results"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_string()).collect();
    (v["view"].clone(), results)
}

/// JSON with every number as a float: JavaScript writes 2.0 as 2, Rust as 2.0.
pub fn numbers_as_floats(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
        Value::Array(a) => Value::Array(a.into_iter().map(numbers_as_floats).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, numbers_as_floats(v))).collect()),
        other => other,
    }
}

/// Asserts two views are the same, showing the first difference.
pub fn assert_same_view(model: serde_json::Value, fresh: serde_json::Value, what: &str) {
    let (a, b) = (numbers_as_floats(model), numbers_as_floats(fresh));
    if a != b {
        for key in ["revision", "you", "journey", "cards", "settings", "timer", "vote", "type"] {
            assert_eq!(a[key], b[key], "{what}: `{key}` differs (left: from snapshot + deltas, right: a fresh snapshot)");
        }
        assert_eq!(a, b, "{what}");
    }
}
