//! The server over real loopback sockets: HTTP join, WebSocket state and requests, facilitator
//! actions, and the port closing when the session ends.

mod common;

use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::sync::Arc;

use common::{http, join, Client, Memory};
use journey_core::sample::sample_journeys;
use journey_core::{Id, LaneKind};
use journey_workshop::{Action, Server};

fn start() -> (Arc<Memory>, Server, Id) {
    let j = sample_journeys().remove(0);
    let id = j.id;
    let host = Memory::new(j);
    let server = Server::start(host.clone(), id, IpAddr::V4(Ipv4Addr::LOCALHOST), 0).unwrap();
    (host, server, id)
}

#[test]
fn the_page_is_served_with_a_strict_policy_and_a_wrong_code_is_refused() {
    let (_, server, _) = start();
    let addr = server.addr();
    let (status, head, body) = http(addr, "GET", "/", "");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-security-policy: default-src 'none'"), "{head}");
    assert!(body.contains("<script src=\"/app.js\"></script>"));
    // The board model the page applies deltas with comes from the laptop too, under the same policy.
    let (status, head, body) = http(addr, "GET", "/model.js", "");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-security-policy: default-src 'none'"), "{head}");
    assert!(body.contains("applyDelta"));
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
    let mut ana = Client::connect(addr, &token).await;
    ana.wait_for(|m| !m.is_empty()).await;
    let first = ana.messages().remove(0);
    assert_eq!(first["type"], "state");
    assert_eq!(first["you"]["name"], "Ana");
    let add = serde_json::json!({ "type": "add", "stage": stage, "lane": pains, "text": "Queue at the door" });
    assert_eq!(ana.request(add).await["type"], "ack");
    // The card comes back as a delta naming it, private and hers.
    ana.wait_for(|m| {
        m.iter().any(|(_, v)| v["type"] == "delta" && v["cards"].as_array().is_some_and(|c| c.iter().any(|c| c["text"] == "Queue at the door" && c["private"] == true && c["mine"] == true)))
    })
    .await;
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
