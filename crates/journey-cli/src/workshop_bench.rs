//! `journey bench workshop`: simulated participants join a real session over loopback (HTTP
//! join, then a WebSocket, as the participant page does), add cards and place and take back
//! dots for a while; the store behind the server is a real workspace file. Reported: cards
//! sent and stored (must be equal), dots placed and saved by the vote (must be equal), and the
//! time from sending a card to seeing it in a broadcast state.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;

use journey_core::{CardBody, Edit, Id, Journey, LaneKind};
use journey_store::Store;
use journey_workshop::{Action, Host, Server};

use crate::stress::Rng;
use crate::Failure;

/// Errors that cross the participant tasks' threads.
type TaskError = Box<dyn std::error::Error + Send + Sync>;

/// The workspace file as the server's host, as the app's is.
struct StoreHost(Mutex<Store>);

impl Host for StoreHost {
    fn journey(&self, id: Id) -> Result<Journey, String> {
        let mut s = self.0.lock().unwrap();
        s.journey(id).map(|(j, _)| j.clone()).map_err(|e| e.to_string())
    }
    fn apply(&self, id: Id, edit: &Edit) -> Result<(), String> {
        self.0.lock().unwrap().apply(id, edit, None).map(|_| ()).map_err(|e| e.to_string())
    }
    fn record(&self, id: Id, who: &str, what: &str) {
        let _ = self.0.lock().unwrap().log_workshop(id, who, what);
    }
    fn changed(&self) {}
}

#[derive(Default)]
struct Tally {
    cards_sent: usize,
    cards_acked: usize,
    dots_net: i64,
    latencies: Vec<f64>,
    errors: Vec<String>,
}

async fn join(addr: SocketAddr, name: &str, code: &str) -> Result<String, TaskError> {
    let body = serde_json::json!({ "name": name, "code": code }).to_string();
    let mut s = tokio::net::TcpStream::connect(addr).await?;
    let req = format!("POST /api/join HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    s.write_all(req.as_bytes()).await?;
    let mut out = String::new();
    s.read_to_string(&mut out).await?;
    let json = out.split_once("\r\n\r\n").map(|(_, b)| b).ok_or("no HTTP body")?;
    let v: serde_json::Value = serde_json::from_str(json)?;
    Ok(v["token"].as_str().ok_or_else(|| format!("join refused: {json}"))?.to_string())
}

/// One participant: acts every 0.5 to 2.5 s (a card two times in three, else a dot placed or
/// taken back) until `until`, then waits for its last answers.
async fn participant(n: usize, addr: SocketAddr, code: String, stages: Vec<Id>, lane: Id, until: Instant, tally: Arc<Mutex<Tally>>) -> Result<(), TaskError> {
    let name = format!("P{n:02}");
    let token = join(addr, &name, &code).await?;
    let (ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/api/ws?token={token}")).await?;
    let (mut tx, mut rx) = ws.split();
    let mut rng = Rng::new(0x5eed + n as u64);
    let mut pending: HashMap<String, (Instant, String)> = HashMap::new();
    let mut waiting_ack: HashMap<String, &'static str> = HashMap::new();
    let mut my_dots: Vec<String> = Vec::new();
    let mut cards_seen: Vec<String> = Vec::new();
    let mut seq = 0usize;
    let mut next_at = Instant::now() + Duration::from_millis(500 + rng.below(2000));
    loop {
        let now = Instant::now();
        if now >= until && waiting_ack.is_empty() && pending.is_empty() {
            break;
        }
        if now >= until + Duration::from_secs(20) {
            tally.lock().unwrap().errors.push(format!("{name}: {} answers never came", waiting_ack.len()));
            break;
        }
        let sleep = tokio::time::sleep_until(tokio::time::Instant::from_std(next_at.max(now)));
        tokio::select! {
            _ = sleep, if now < until => {
                seq += 1;
                let id = format!("{name}-{seq}");
                let roll = rng.below(3);
                let msg = if roll < 2 || cards_seen.is_empty() {
                    let text = format!("{name} card {seq}");
                    pending.insert(text.clone(), (Instant::now(), id.clone()));
                    waiting_ack.insert(id.clone(), "card");
                    tally.lock().unwrap().cards_sent += 1;
                    serde_json::json!({ "type": "add", "id": id, "stage": stages[rng.below(stages.len() as u64) as usize], "lane": lane, "text": text })
                } else if my_dots.len() < 20 && rng.below(4) > 0 {
                    let card = cards_seen[rng.below(cards_seen.len() as u64) as usize].clone();
                    my_dots.push(card.clone());
                    waiting_ack.insert(id.clone(), "vote");
                    serde_json::json!({ "type": "vote", "id": id, "card": card })
                } else if let Some(card) = my_dots.pop() {
                    waiting_ack.insert(id.clone(), "unvote");
                    serde_json::json!({ "type": "unvote", "id": id, "card": card })
                } else {
                    next_at = Instant::now() + Duration::from_millis(500 + rng.below(2000));
                    continue;
                };
                tx.send(Message::Text(msg.to_string().into())).await?;
                next_at = Instant::now() + Duration::from_millis(500 + rng.below(2000));
            }
            incoming = rx.next() => {
                let Some(msg) = incoming else { return Err(format!("{name}: the server closed the connection").into()) };
                let Message::Text(text) = msg? else { continue };
                let v: serde_json::Value = serde_json::from_str(&text)?;
                match v["type"].as_str() {
                    Some("state") => {
                        let received = Instant::now();
                        cards_seen.clear();
                        for c in v["cards"].as_array().into_iter().flatten() {
                            if c["lane"] == serde_json::json!(lane) {
                                cards_seen.push(c["id"].as_str().unwrap_or_default().to_string());
                            }
                            if let Some((sent, _)) = c["text"].as_str().and_then(|t| pending.remove(t)) {
                                tally.lock().unwrap().latencies.push((received - sent).as_secs_f64() * 1000.0);
                            }
                        }
                    }
                    Some("ack") => {
                        if let Some(kind) = v["id"].as_str().and_then(|id| waiting_ack.remove(id)) {
                            let mut t = tally.lock().unwrap();
                            match kind {
                                "card" => t.cards_acked += 1,
                                "vote" => t.dots_net += 1,
                                _ => t.dots_net -= 1,
                            }
                        }
                    }
                    Some("error") => {
                        let id = v["id"].as_str().unwrap_or_default().to_string();
                        if waiting_ack.remove(&id) == Some("vote") {
                            my_dots.pop();
                        }
                        tally.lock().unwrap().errors.push(format!("{name}: {}", v["message"]));
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

pub fn run(participants: usize, seconds: u64) -> Result<String, Failure> {
    let dir = tempfile::tempdir()?;
    let store = Store::create_with_sample(&dir.path().join("bench.journeys"))?;
    let journey = store.journeys()?[0].id;
    let host = Arc::new(StoreHost(Mutex::new(store)));
    let server = Server::start(host.clone(), journey, IpAddr::V4(Ipv4Addr::LOCALHOST), 0)?;
    let j = host.journey(journey)?;
    let lane = j.lanes.iter().find(|l| l.kind == LaneKind::PainPoints).ok_or("the sample has no pain lane")?.id;
    let stages = j.graph.order();
    server.act(Action::OpenLanes { lanes: vec![lane] })?;
    server.act(Action::OpenVote { lane: Some(lane), dots: 20 })?;
    let before: usize = j.cards.len();
    let addr = server.addr();
    let code = server.code();
    let tally = Arc::new(Mutex::new(Tally::default()));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let failures: Vec<String> = runtime.block_on(async {
        let tasks: Vec<_> = (0..participants)
            .map(|n| tokio::spawn(participant(n, addr, code.clone(), stages.clone(), lane, until, tally.clone())))
            .collect();
        let mut failures = Vec::new();
        for t in tasks {
            match t.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => failures.push(e.to_string()),
                Err(e) => failures.push(e.to_string()),
            }
        }
        failures
    });
    let elapsed = started.elapsed().as_secs_f64();
    server.act(Action::CloseVote)?;
    server.stop();
    let after = host.journey(journey)?;
    let stored = after.cards.values().filter(|c| c.workshop.author.as_deref().is_some_and(|a| a.starts_with('P'))).count();
    let dots_saved: i64 = after.cards.values().map(|c| i64::from(c.workshop.votes)).sum();
    debug_assert!(after.cards.values().all(|c| !matches!(c.body, CardBody::Quote { .. }) || c.workshop.votes == 0));
    let t = tally.lock().unwrap();
    let mut lat = t.latencies.clone();
    lat.sort_by(f64::total_cmp);
    let pick = |p: usize| lat.get((lat.len() * p / 100).min(lat.len().saturating_sub(1))).copied().unwrap_or(0.0);
    let (p50, p95, max) = (pick(50), pick(95), lat.last().copied().unwrap_or(0.0));
    let mut out = format!(
        "{participants} participants for {elapsed:.1} s over loopback, one real workspace file\n\
         cards sent {}, acknowledged {}, stored {} (the journey had {before} cards before)\n\
         dots placed (net) {}, saved on the cards by the vote {}\n\
         send -> broadcast ms: p50 {p50:.1}, p95 {p95:.1}, max {max:.1} ({} cards timed)\n",
        t.cards_sent, t.cards_acked, stored, t.dots_net, dots_saved, lat.len()
    );
    for f in failures.iter().chain(t.errors.iter()).take(10) {
        out += &format!("  problem: {f}\n");
    }
    out += &serde_json::json!({
        "participants": participants,
        "seconds": (elapsed * 10.0).round() / 10.0,
        "edits_sent": t.cards_sent,
        "edits_stored": stored,
        "dots_placed": t.dots_net,
        "dots_stored": dots_saved,
        "broadcast_ms_p50": (p50 * 10.0).round() / 10.0,
        "broadcast_ms_p95": (p95 * 10.0).round() / 10.0,
        "broadcast_ms_max": (max * 10.0).round() / 10.0,
    })
    .to_string();
    if t.cards_sent != stored || t.dots_net != dots_saved || !failures.is_empty() {
        return Err(format!("{out}\nthe workshop lost or failed requests").into());
    }
    Ok(out)
}
