//! The server over real loopback sockets: HTTP join, WebSocket state and requests, facilitator
//! actions, and the port closing when the session ends.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};

use futures_util::{SinkExt, StreamExt};
use journey_core::sample::sample_journeys;
use journey_core::{apply, Edit, Id, Journey, LaneKind};
use journey_workshop::{Action, Host, Server};
use tokio_tungstenite::tungstenite::Message;

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The next JSON message from the server (pings skipped).
async fn next(ws: &mut Socket) -> serde_json::Value {
    loop {
        if let Message::Text(t) = ws.next().await.unwrap().unwrap() {
            return serde_json::from_str(&t).unwrap();
        }
    }
}

/// A host that keeps the journey in memory and applies edits with the core, as the store does.
struct Memory {
    journey: Mutex<Journey>,
    log: Mutex<Vec<(String, String)>>,
}

impl Host for Memory {
    fn journey(&self, _: Id) -> Result<Journey, String> {
        Ok(self.journey.lock().unwrap().clone())
    }
    fn apply(&self, _: Id, edit: &Edit) -> Result<(), String> {
        apply(&mut self.journey.lock().unwrap(), edit).map(|_| ()).map_err(|e| e.to_string())
    }
    fn record(&self, _: Id, who: &str, what: &str) {
        self.log.lock().unwrap().push((who.into(), what.into()));
    }
    fn changed(&self) {}
}

fn http(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

fn start() -> (Arc<Memory>, Server, Id) {
    let j = sample_journeys().remove(0);
    let id = j.id;
    let host = Arc::new(Memory { journey: Mutex::new(j), log: Mutex::new(Vec::new()) });
    let server = Server::start(host.clone(), id, IpAddr::V4(Ipv4Addr::LOCALHOST), 0).unwrap();
    (host, server, id)
}

fn join(addr: SocketAddr, name: &str, code: &str) -> String {
    let (status, _, body) = http(addr, "POST", "/api/join", &format!(r#"{{"name":"{name}","code":"{code}"}}"#));
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["token"].as_str().unwrap().to_string()
}

#[test]
fn the_page_is_served_with_a_strict_policy_and_a_wrong_code_is_refused() {
    let (_, server, _) = start();
    let addr = server.addr();
    let (status, head, body) = http(addr, "GET", "/", "");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-security-policy: default-src 'none'"), "{head}");
    assert!(body.contains("<script src=\"/app.js\"></script>"));
    let (status, _, body) = http(addr, "POST", "/api/join", r#"{"name":"Eve","code":"NOPE00"}"#);
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("not this session"));
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participant_adds_a_private_card_the_facilitator_reveals_and_the_port_closes_at_the_end() {
    let (host, server, _) = start();
    let addr = server.addr();
    let code = server.code();
    let pains = host.journey.lock().unwrap().lanes.iter().find(|l| l.kind == LaneKind::PainPoints).unwrap().id;
    let stage = host.journey.lock().unwrap().graph.order()[0];
    server.act(Action::OpenLanes { lanes: vec![pains] }).unwrap();
    server.act(Action::PrivateMode { on: true }).unwrap();

    // A socket with a made-up token is refused before it opens.
    match tokio_tungstenite::connect_async(format!("ws://{addr}/api/ws?token=forged")).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => assert_eq!(r.status(), 401),
        other => panic!("a forged token was not refused: {other:?}"),
    }
    let token = tokio::task::spawn_blocking(move || join(addr, "Ana", &code)).await.unwrap();
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/api/ws?token={token}")).await.unwrap();
    let first = next(&mut ws).await;
    assert_eq!(first["type"], "state");
    assert_eq!(first["you"]["name"], "Ana");
    let add = serde_json::json!({ "type": "add", "id": "m1", "stage": stage, "lane": pains, "text": "Queue at the door" });
    ws.send(Message::Text(add.to_string().into())).await.unwrap();
    let mut acked = false;
    let mut seen_card = false;
    while !(acked && seen_card) {
        let m = next(&mut ws).await;
        if m["type"] == "ack" && m["id"] == "m1" {
            acked = true;
        }
        if m["type"] == "state" && m["cards"].as_array().unwrap().iter().any(|c| c["text"] == "Queue at the door" && c["private"] == true && c["mine"] == true) {
            seen_card = true;
        }
    }
    let card = host.journey.lock().unwrap().cards.values().find(|c| c.text == "Queue at the door").unwrap().clone();
    assert!(card.workshop.private);
    assert_eq!(card.workshop.author.as_deref(), Some("Ana"));

    server.act(Action::Reveal { anonymous: false }).unwrap();
    assert!(!host.journey.lock().unwrap().card(card.id).unwrap().workshop.private);
    let log = host.log.lock().unwrap().clone();
    assert!(log.contains(&("Ana".into(), "added “Queue at the door” (private)".into())), "{log:?}");
    assert!(log.iter().any(|(who, what)| who == "Facilitator" && what.starts_with("revealed")));

    tokio::task::spawn_blocking(move || server.stop()).await.unwrap();
    assert!(TcpStream::connect(addr).is_err(), "the port is still open after the session ended");
}
