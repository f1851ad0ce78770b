//! `journey bench workshop`: simulated participants join a real session over loopback (HTTP
//! join, then a WebSocket, as the participant page does), add cards and place and take back
//! dots for a while; the store behind the server is a real workspace file. Run on the sample
//! and on a generated journey, each with deltas (how sessions work) and with the whole view sent
//! after every change (how they worked before, the baseline). Reported per run: cards sent and
//! stored (must be equal), dots placed and saved by the vote (must be equal), what each
//! participant's board, kept from snapshot and deltas, differs from a fresh snapshot at the end
//! (must be nothing), the bytes of each message pushed to a participant, how many times the
//! server asked the host for the whole journey, and the time from sending a card to seeing it
//! come back.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;

use journey_core::sample::synthetic_journey;
use journey_core::{Id, Journey, LaneKind};
use journey_store::Store;
use journey_workshop::{Action, Delivery, Host, Server};

use crate::workshop::StoreHost;

use crate::stress::Rng;
use crate::Failure;

/// Errors that cross the participant tasks' threads.
type TaskError = Box<dyn std::error::Error + Send + Sync>;
type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Which ways of keeping participants current to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deliveries {
    Both,
    Deltas,
    Full,
}

impl Deliveries {
    fn list(self) -> Vec<Delivery> {
        match self {
            Deliveries::Both => vec![Delivery::Deltas, Delivery::FullSnapshots],
            Deliveries::Deltas => vec![Delivery::Deltas],
            Deliveries::Full => vec![Delivery::FullSnapshots],
        }
    }
}

fn delivery_name(d: Delivery) -> &'static str {
    match d {
        Delivery::Deltas => "deltas",
        Delivery::FullSnapshots => "full snapshots",
    }
}

#[derive(Default)]
struct Tally {
    cards_sent: usize,
    cards_acked: usize,
    dots_net: i64,
    latencies: Vec<f64>,
    /// Each message pushed to a participant after their first snapshot: what a change costs.
    pushed_bytes: Vec<usize>,
    join_bytes: Vec<usize>,
    errors: Vec<String>,
}

/// Participant `n`'s device: a loopback address of its own (127.1.x.y), as phones on the room's
/// Wi-Fi each have theirs (the server limits joins and connections per address).
fn device(n: usize) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 1, (n / 200) as u8, (n % 200) as u8 + 1))
}

/// A TCP connection to the server from participant `n`'s device.
async fn connect_from(n: usize, addr: SocketAddr) -> Result<tokio::net::TcpStream, TaskError> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(device(n), 0))?;
    Ok(socket.connect(addr).await?)
}

async fn join(n: usize, addr: SocketAddr, name: &str, code: &str) -> Result<String, TaskError> {
    let body = serde_json::json!({ "name": name, "code": code }).to_string();
    let mut s = connect_from(n, addr).await?;
    let req = format!("POST /api/join HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    s.write_all(req.as_bytes()).await?;
    let mut out = String::new();
    s.read_to_string(&mut out).await?;
    let json = out.split_once("\r\n\r\n").map(|(_, b)| b).ok_or("no HTTP body")?;
    let v: serde_json::Value = serde_json::from_str(json)?;
    Ok(v["token"].as_str().ok_or_else(|| format!("join refused: {json}"))?.to_string())
}

/// A participant's board as the page keeps it: the cards by id (lane, text, votes), from the
/// snapshot and the deltas after it.
#[derive(Default)]
struct Board {
    revision: Option<u64>,
    cards: HashMap<String, (String, String, u64)>,
}

impl Board {
    fn card(c: &serde_json::Value) -> (String, (String, String, u64)) {
        let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
        (s("id"), (s("lane"), s("text"), c["votes"].as_u64().unwrap_or(0)))
    }

    fn replace(&mut self, state: &serde_json::Value) {
        self.revision = state["revision"].as_u64();
        self.cards = state["cards"].as_array().into_iter().flatten().map(Board::card).collect();
    }

    /// Applies a delta; `Err` when it does not follow what is held.
    fn apply(&mut self, d: &serde_json::Value) -> Result<(), String> {
        if let Some(r) = self.revision {
            if d["base"].as_u64() != Some(r) {
                return Err(format!("a delta from revision {} reached a board at {r}", d["base"]));
            }
        }
        self.revision = d["revision"].as_u64();
        for id in d["removed"].as_array().into_iter().flatten() {
            self.cards.remove(id.as_str().unwrap_or_default());
        }
        self.cards.extend(d["cards"].as_array().into_iter().flatten().map(Board::card));
        Ok(())
    }
}

struct Connection {
    name: String,
    tx: SplitSink<Socket, Message>,
    rx: SplitStream<Socket>,
    board: Board,
}

/// One participant: joins, then acts every 0.5 to 2.5 s (a card two times in three, else a dot
/// placed or taken back) until `until`, then waits for its last answers.
async fn participant(n: usize, addr: SocketAddr, code: String, stages: Vec<Id>, lane: Id, until: Instant, tally: Arc<Mutex<Tally>>) -> Result<Connection, TaskError> {
    let name = format!("P{n:02}");
    let token = join(n, addr, &name, &code).await?;
    let tcp = connect_from(n, addr).await?;
    let (ws, _) = tokio_tungstenite::client_async(format!("ws://{addr}/api/ws?token={token}"), tokio_tungstenite::MaybeTlsStream::Plain(tcp)).await?;
    let (mut tx, mut rx) = ws.split();
    let lane_key = lane.to_string();
    let mut rng = Rng::new(0x5eed + n as u64);
    let mut board = Board::default();
    let mut joined = false;
    let mut pending: HashMap<String, Instant> = HashMap::new();
    let mut waiting_ack: HashMap<String, &'static str> = HashMap::new();
    let mut my_dots: Vec<String> = Vec::new();
    let mut seq = 0usize;
    let mut next_at = Instant::now() + Duration::from_millis(500 + rng.below(2000));
    loop {
        let now = Instant::now();
        if now >= until && waiting_ack.is_empty() && pending.is_empty() {
            break;
        }
        if now >= until + Duration::from_secs(30) {
            tally.lock().unwrap().errors.push(format!("{name}: {} answers and {} cards never came", waiting_ack.len(), pending.len()));
            break;
        }
        let sleep = tokio::time::sleep_until(tokio::time::Instant::from_std(next_at.max(now)));
        let give_up = tokio::time::sleep_until(tokio::time::Instant::from_std(until + Duration::from_secs(30)));
        tokio::select! {
            _ = sleep, if now < until && joined => {
                seq += 1;
                let id = format!("{name}-{seq}");
                let in_lane: Vec<&String> = board.cards.iter().filter(|(_, c)| c.0 == lane_key).map(|(id, _)| id).collect();
                let roll = rng.below(3);
                let msg = if roll < 2 || in_lane.is_empty() {
                    let text = format!("{name} card {seq}");
                    pending.insert(text.clone(), Instant::now());
                    waiting_ack.insert(id.clone(), "card");
                    tally.lock().unwrap().cards_sent += 1;
                    serde_json::json!({ "type": "add", "id": id, "stage": stages[rng.below(stages.len() as u64) as usize], "lane": lane, "text": text })
                } else if my_dots.len() < 20 && rng.below(4) > 0 {
                    let card = in_lane[rng.below(in_lane.len() as u64) as usize].clone();
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
            _ = give_up => {}
            incoming = rx.next() => {
                let Some(msg) = incoming else { return Err(format!("{name}: the server closed the connection").into()) };
                let Message::Text(text) = msg? else { continue };
                let received = Instant::now();
                let v: serde_json::Value = serde_json::from_str(&text)?;
                let kind = v["type"].as_str().unwrap_or_default();
                if matches!(kind, "state" | "delta" | "session") {
                    let mut t = tally.lock().unwrap();
                    if joined { t.pushed_bytes.push(text.len()) } else { t.join_bytes.push(text.len()) }
                }
                match kind {
                    "state" | "delta" => {
                        joined = true;
                        if kind == "state" {
                            board.replace(&v);
                        } else if let Err(e) = board.apply(&v) {
                            tally.lock().unwrap().errors.push(format!("{name}: {e}"));
                        }
                        for c in v["cards"].as_array().into_iter().flatten() {
                            if let Some(sent) = c["text"].as_str().and_then(|t| pending.remove(t)) {
                                tally.lock().unwrap().latencies.push((received - sent).as_secs_f64() * 1000.0);
                            }
                        }
                    }
                    "ack" => {
                        if let Some(kind) = v["id"].as_str().and_then(|id| waiting_ack.remove(id)) {
                            let mut t = tally.lock().unwrap();
                            match kind {
                                "card" => t.cards_acked += 1,
                                "vote" => t.dots_net += 1,
                                _ => t.dots_net -= 1,
                            }
                        }
                    }
                    "error" => {
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
    Ok(Connection { name, tx, rx, board })
}

/// What the abusive participant got through, and what it was refused.
#[derive(Default, Debug, Clone, Copy)]
struct Abuse {
    sent: usize,
    taken: usize,
    refused: usize,
}

/// A participant with a script instead of a phone: from its own device, it sends cards and dots
/// as fast as the socket takes them until `until`, reading (and counting) the answers.
async fn abuser(n: usize, addr: SocketAddr, code: String, stages: Vec<Id>, lane: Id, until: Instant) -> Result<Abuse, TaskError> {
    let token = join(n, addr, "Abuser", &code).await?;
    let tcp = connect_from(n, addr).await?;
    let (ws, _) = tokio_tungstenite::client_async(format!("ws://{addr}/api/ws?token={token}"), tokio_tungstenite::MaybeTlsStream::Plain(tcp)).await?;
    let (mut tx, mut rx) = ws.split();
    let counts = Arc::new(Mutex::new(Abuse::default()));
    let reading = counts.clone();
    let reader = tokio::spawn(async move {
        while let Some(Ok(msg)) = rx.next().await {
            let Message::Text(text) = msg else { continue };
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
            match v["type"].as_str() {
                Some("ack") => reading.lock().unwrap().taken += 1,
                Some("error") => reading.lock().unwrap().refused += 1,
                _ => {}
            }
        }
    });
    let mut seq = 0usize;
    while Instant::now() < until {
        seq += 1;
        let m = if seq % 4 == 0 {
            // A vote on nothing that exists: refused, but it still has to be read and answered.
            serde_json::json!({ "type": "vote", "id": format!("x{seq}"), "card": Id::nil() })
        } else {
            serde_json::json!({ "type": "add", "id": format!("x{seq}"), "stage": stages[seq % stages.len()], "lane": lane, "text": format!("spam {seq}") })
        };
        // Bounded, so a server that stops reading ends the flood at `until` rather than never.
        let sent = tokio::time::timeout_at(tokio::time::Instant::from_std(until), tx.send(Message::Text(m.to_string().into()))).await;
        if !matches!(sent, Ok(Ok(()))) {
            break;
        }
        counts.lock().unwrap().sent += 1;
    }
    // Gone at once, as a script killed mid-flood: a polite close would queue behind the
    // thousands of requests the server has not read yet.
    drop(tx);
    reader.abort();
    let c = *counts.lock().unwrap();
    Ok(c)
}

/// The next message from the server, as JSON (pings skipped).
async fn next(c: &mut Connection) -> Result<serde_json::Value, TaskError> {
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(30), c.rx.next()).await?.ok_or("the server closed the connection")??;
        if let Message::Text(text) = msg {
            return Ok(serde_json::from_str(&text)?);
        }
    }
}

/// Once nobody sends any more and the journey is at `last`: brings the board the participant
/// kept from deltas up to it, asks for a fresh snapshot and compares the two.
async fn check(mut c: Connection, last: u64) -> Result<(), TaskError> {
    while c.board.revision != Some(last) {
        let v = next(&mut c).await?;
        match v["type"].as_str() {
            Some("delta") => c.board.apply(&v).map_err(|e| format!("{}: {e}", c.name))?,
            Some("state") => c.board.replace(&v),
            _ => {}
        }
    }
    c.tx.send(Message::Text(serde_json::json!({ "type": "resync" }).to_string().into())).await?;
    let state = loop {
        let v = next(&mut c).await?;
        if v["type"] == "state" {
            break v;
        }
    };
    let mut fresh = Board::default();
    fresh.replace(&state);
    if fresh.cards != c.board.cards {
        let missing = fresh.cards.keys().filter(|k| !c.board.cards.contains_key(*k)).count();
        let extra = c.board.cards.keys().filter(|k| !fresh.cards.contains_key(*k)).count();
        let differ = fresh.cards.iter().filter(|(k, v)| c.board.cards.get(*k).is_some_and(|w| w != *v)).count();
        return Err(format!("{}: the board kept from deltas is not the snapshot: {missing} cards missing, {extra} extra, {differ} different", c.name).into());
    }
    Ok(())
}

struct Run {
    journey: &'static str,
    /// What the abusive participant did, in the run that had one.
    abuse: Option<Abuse>,
    cards: usize,
    delivery: Delivery,
    elapsed: f64,
    cards_sent: usize,
    cards_stored: usize,
    dots_net: i64,
    dots_saved: i64,
    latencies: Vec<f64>,
    pushed: Vec<usize>,
    join_bytes: f64,
    /// Whole journeys the server asked the host for while participants acted.
    journey_reads: usize,
    problems: Vec<String>,
}

impl Run {
    fn lost(&self) -> bool {
        self.cards_sent != self.cards_stored || self.dots_net != self.dots_saved || !self.problems.is_empty()
    }
}

fn percentile<T: Copy + Default>(sorted: &[T], p: usize) -> T {
    sorted.get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1))).copied().unwrap_or_default()
}

fn run_one(label: &'static str, journey: Journey, delivery: Delivery, participants: usize, seconds: u64, abusive: bool) -> Result<Run, Failure> {
    let dir = tempfile::tempdir()?;
    let mut store = Store::create(&dir.path().join("bench.journeys"))?;
    let journey = store.add_journey(&journey)?;
    let host = Arc::new(StoreHost::new(store));
    let server = Server::start_with(host.clone(), journey, IpAddr::V4(Ipv4Addr::LOCALHOST), 0, delivery)?;
    let j = host.journey(journey)?;
    let lane = j.lanes.iter().find(|l| l.kind == LaneKind::PainPoints).ok_or("the journey has no pain lane")?.id;
    let stages = j.graph.order();
    let cards_before = j.cards.len();
    drop(j);
    server.act(Action::OpenLanes { lanes: vec![lane] })?;
    server.act(Action::OpenVote { lane: Some(lane), dots: 20 })?;
    let addr = server.addr();
    let code = server.code();
    let tally = Arc::new(Mutex::new(Tally::default()));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let reads_before = host.journey_reads.load(Ordering::Relaxed);
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    // Boards are compared once every participant is done and the journey's last revision known.
    let (done, mut all_done) = watch::channel(0usize);
    let (last_tx, last) = watch::channel(None::<u64>);
    let (failures, journey_reads, abuse): (Vec<String>, usize, Option<Abuse>) = runtime.block_on(async {
        let abuse = abusive.then(|| {
            let (code, stages) = (code.clone(), stages.clone());
            tokio::spawn(async move { abuser(participants, addr, code, stages, lane, until).await })
        });
        let tasks: Vec<_> = (0..participants)
            .map(|n| {
                let (code, stages, tally, done, mut last) = (code.clone(), stages.clone(), tally.clone(), done.clone(), last.clone());
                tokio::spawn(async move {
                    let acted = participant(n, addr, code, stages, lane, until, tally).await;
                    done.send_modify(|d| *d += 1);
                    let last = (*last.wait_for(Option::is_some).await?).unwrap_or_default();
                    let c = acted?;
                    // A full snapshot is the board by construction; there is nothing to compare.
                    if delivery == Delivery::Deltas { check(c, last).await } else { Ok(()) }
                })
            })
            .collect();
        let _ = all_done.wait_for(|d| *d == participants).await;
        let reads = host.journey_reads.load(Ordering::Relaxed) - reads_before;
        let revision = host.journey_and_revision(journey).ok().and_then(|(_, r)| r);
        last_tx.send_replace(Some(revision.unwrap_or_default()));
        let mut failures = Vec::new();
        for t in tasks {
            match t.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => failures.push(e.to_string()),
                Err(e) => failures.push(e.to_string()),
            }
        }
        let abuse = match abuse {
            Some(task) => match task.await {
                Ok(Ok(a)) => Some(a),
                Ok(Err(e)) => {
                    failures.push(format!("the abuser: {e}"));
                    None
                }
                Err(e) => {
                    failures.push(format!("the abuser: {e}"));
                    None
                }
            },
            None => None,
        };
        (failures, reads, abuse)
    });
    let elapsed = started.elapsed().as_secs_f64();
    server.act(Action::CloseVote)?;
    server.stop();
    let after = host.journey(journey)?;
    let cards_stored = after.cards.values().filter(|c| c.workshop.author.as_deref().is_some_and(|a| a.starts_with('P'))).count();
    let dots_saved: i64 = after.cards.values().map(|c| i64::from(c.workshop.votes)).sum();
    let mut t = std::mem::take(&mut *tally.lock().unwrap());
    t.latencies.sort_by(f64::total_cmp);
    t.pushed_bytes.sort_unstable();
    let join_bytes = t.join_bytes.iter().sum::<usize>() as f64 / t.join_bytes.len().max(1) as f64;
    let mut problems = failures;
    problems.extend(t.errors);
    Ok(Run {
        journey: label,
        abuse,
        cards: cards_before,
        delivery,
        elapsed,
        cards_sent: t.cards_sent,
        cards_stored,
        dots_net: t.dots_net,
        dots_saved,
        latencies: t.latencies,
        pushed: t.pushed_bytes,
        join_bytes,
        journey_reads,
        problems,
    })
}

/// `cards`: the generated journey's size (0: the sample only).
pub fn run(participants: usize, seconds: u64, cards: usize, deliveries: Deliveries) -> Result<String, Failure> {
    let mut journeys: Vec<(&'static str, Journey)> = vec![("sample", journey_core::sample::sample_journeys().remove(0))];
    if cards > 0 {
        journeys.push(("generated", synthetic_journey(cards)));
    }
    let mut runs = Vec::new();
    for (label, j) in &journeys {
        for d in deliveries.list() {
            runs.push(run_one(label, j.clone(), d, participants, seconds, false)?);
        }
    }
    // The same honest room with one participant flooding it (rate limits on, as always).
    if deliveries != Deliveries::Full {
        runs.push(run_one("sample", journeys[0].1.clone(), Delivery::Deltas, participants, seconds, true)?);
    }

    let mut out = format!(
        "{participants} participants for {seconds} s per run over loopback, one real workspace file each\n\n\
         journey     cards  delivery        cards sent/stored  dots placed/saved  journey reads  messages  bytes/msg mean    p95  join bytes  seen ms p50    p95     max\n"
    );
    let mut figures = Vec::new();
    for r in &runs {
        let mean = r.pushed.iter().sum::<usize>() as f64 / r.pushed.len().max(1) as f64;
        let (p50, p95, max) = (percentile(&r.latencies, 50), percentile(&r.latencies, 95), r.latencies.last().copied().unwrap_or(0.0));
        out += &format!(
            "{:<10} {:>6}  {:<14} {:>8}/{:<8} {:>9}/{:<7} {:>14} {:>9} {:>14.0} {:>6} {:>11.0} {:>12.1} {:>6.1} {:>7.1}\n",
            r.journey,
            r.cards,
            if r.abuse.is_some() { "deltas+abuser" } else { delivery_name(r.delivery) },
            r.cards_sent,
            r.cards_stored,
            r.dots_net,
            r.dots_saved,
            r.journey_reads,
            r.pushed.len(),
            mean,
            percentile(&r.pushed, 95),
            r.join_bytes,
            p50,
            p95,
            max,
        );
        let round = |x: f64| (x * 10.0).round() / 10.0;
        figures.push(serde_json::json!({
            "journey": r.journey,
            "cards": r.cards,
            "delivery": delivery_name(r.delivery),
            "abuser": r.abuse.map(|a| serde_json::json!({ "sent": a.sent, "taken": a.taken, "refused": a.refused })),
            "seconds": round(r.elapsed),
            "edits_sent": r.cards_sent,
            "edits_stored": r.cards_stored,
            "dots_placed": r.dots_net,
            "dots_stored": r.dots_saved,
            "messages": r.pushed.len(),
            "journey_reads": r.journey_reads,
            "bytes_per_broadcast_mean": round(mean),
            "bytes_per_broadcast_p95": percentile(&r.pushed, 95),
            "join_snapshot_bytes": round(r.join_bytes),
            "mb_pushed": (r.pushed.iter().sum::<usize>() as f64 / 1e4).round() / 100.0,
            "seen_ms_p50": round(p50),
            "seen_ms_p95": round(p95),
            "seen_ms_max": round(max),
            "lost": r.lost(),
        }));
    }
    let mut summary = serde_json::json!({
        "participants": participants,
        "seconds": seconds,
        "edits_sent": runs.iter().map(|r| r.cards_sent).sum::<usize>(),
        "edits_stored": runs.iter().map(|r| r.cards_stored).sum::<usize>(),
        "dots_placed": runs.iter().map(|r| r.dots_net).sum::<i64>(),
        "dots_stored": runs.iter().map(|r| r.dots_saved).sum::<i64>(),
        "runs": figures,
    });
    // The claim: with deltas, what a change costs to send does not follow the journey's size.
    let mean_bytes = |label: &str| {
        runs.iter().find(|r| r.journey == label && r.delivery == Delivery::Deltas).map(|r| r.pushed.iter().sum::<usize>() as f64 / r.pushed.len().max(1) as f64)
    };
    if let (Some(small), Some(large)) = (mean_bytes("sample"), mean_bytes("generated")) {
        summary["delta_bytes_ratio_generated_to_sample"] = ((large / small * 100.0).round() / 100.0).into();
    }
    // The claim: one participant flooding the room leaves the others' p95 within 2x of the same
    // room without them.
    let honest = runs.iter().find(|r| r.journey == "sample" && r.delivery == Delivery::Deltas && r.abuse.is_none());
    let abused = runs.iter().find(|r| r.abuse.is_some());
    if let (Some(h), Some(a)) = (honest, abused) {
        let (p95_h, p95_a) = (percentile(&h.latencies, 95), percentile(&a.latencies, 95));
        summary["honest_seen_ms_p95_without_abuser"] = ((p95_h * 10.0).round() / 10.0).into();
        summary["honest_seen_ms_p95_with_abuser"] = ((p95_a * 10.0).round() / 10.0).into();
        summary["abuser_p95_ratio"] = ((p95_a / p95_h.max(0.1) * 100.0).round() / 100.0).into();
        if let Some(x) = a.abuse {
            out += &format!("\nabusive participant: {} requests sent, {} taken, {} refused\n", x.sent, x.taken, x.refused);
        }
    }
    if let Some(p95) = runs.iter().filter(|r| r.delivery == Delivery::Deltas && r.abuse.is_none()).map(|r| percentile(&r.latencies, 95)).max_by(f64::total_cmp) {
        summary["deltas_seen_ms_p95_worst"] = ((p95 * 10.0).round() / 10.0).into();
    }
    for r in runs.iter().filter(|r| r.lost()) {
        out += &format!("\n{} {} cards, {}:\n", r.journey, r.cards, delivery_name(r.delivery));
        for p in r.problems.iter().take(10) {
            out += &format!("  problem: {p}\n");
        }
    }
    out += "\n";
    out += &summary.to_string();
    if runs.iter().any(Run::lost) {
        return Err(format!("{out}\nthe workshop lost or failed requests").into());
    }
    Ok(out)
}
