//! `journey bench sync`: a team on one journey through a real team server on loopback (TLS).
//! `clients` studios (headless, in this process, each with its own file) edit a shared journey
//! of `cards` cards at a human pace (a card every one to three seconds) with bursts (twenty at
//! once, now and then). Every edit adds a card whose text names it, so it can be followed: the
//! time from making it to every other studio having it, and at the end whether every file holds
//! every card and the same document.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use journey_core::Edit;
use journey_store::{Received, Store};
use journey_sync::client::with;
use journey_sync::{share, Client, Host, ServerOptions, TeamServer};

use crate::stress::Rng;
use crate::Failure;

/// One studio: its store, and when it first saw each bench card (by text).
struct Studio {
    store: Mutex<Store>,
    seen: Mutex<HashMap<String, Instant>>,
}

impl Host for Studio {
    fn with_store(&self, f: &mut dyn FnMut(&mut Store)) {
        f(&mut self.store.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn received(&self, r: &Received) {
        let now = Instant::now();
        let Some(applied) = &r.applied else { return };
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        for c in &applied.change.cards {
            if c.text.starts_with("bench ") {
                seen.entry(c.text.clone()).or_insert(now);
            }
        }
    }
}

#[derive(serde::Serialize)]
pub struct Report {
    clients: usize,
    seconds: u64,
    cards: usize,
    edits_made: usize,
    edits_seen_by_all: usize,
    lost: usize,
    converged: bool,
    seen_ms_p50: f64,
    seen_ms_p95: f64,
    seen_ms_max: f64,
    converge_ms: f64,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

pub fn run(clients: usize, seconds: u64, cards: usize, seed: u64) -> Result<String, Failure> {
    let dir = tempfile::tempdir()?;
    let mut options = ServerOptions::new(dir.path().join("server"), "127.0.0.1:0".parse().expect("an address"));
    // All studios connect from one address here; on a LAN each has its own.
    options.connects = (1000.0, 1000.0);
    let server = TeamServer::start(options)?;
    let owner = dir.path().join("owner.journeys");
    let journey = {
        let mut store = Store::create(&owner)?;
        let j = journey_core::sample::synthetic_journey(cards);
        store.add_journey(&j)?;
        let inv = share::share(&mut store, &server.url(), None, "Bench")?;
        let target = share::target(&store)?;
        share::sync_once(Arc::new(journey_sync::client::Shared(Mutex::new(store))), target, Duration::from_secs(120))?;
        (j.id, inv, j.graph.stages().map(|s| s.id).collect::<Vec<_>>(), j.lanes.iter().map(|l| l.id).collect::<Vec<_>>())
    };
    let (id, invitation, stages, lanes) = journey;
    let mut studios = Vec::new();
    let mut running = Vec::new();
    for i in 0..clients {
        let file = dir.path().join(format!("studio{i}.journeys"));
        let joined = share::join(&invitation, &file, Duration::from_secs(120))?;
        drop(joined);
        let mut store = Store::open(&file)?;
        store.set_author(&format!("studio {i}"));
        let target = share::target(&store)?;
        let studio = Arc::new(Studio { store: Mutex::new(store), seen: Mutex::new(HashMap::new()) });
        running.push(Client::start(studio.clone(), target)?);
        studios.push(studio);
    }
    // Who made which card when.
    let made: Arc<Mutex<Vec<(String, usize, Instant)>>> = Arc::new(Mutex::new(Vec::new()));
    let until = Instant::now() + Duration::from_secs(seconds);
    let threads: Vec<_> = studios
        .iter()
        .enumerate()
        .map(|(i, studio)| {
            let (studio, made, stages, lanes) = (studio.clone(), made.clone(), stages.clone(), lanes.clone());
            std::thread::spawn(move || {
                let mut rng = Rng::new(seed + i as u64 * 7919);
                let mut n = 0usize;
                while Instant::now() < until {
                    // A burst now and then (one in fifteen turns), else one card.
                    let count = if rng.below(15) == 0 { 20 } else { 1 };
                    for _ in 0..count {
                        let text = format!("bench {i}-{n}");
                        n += 1;
                        let edit = Edit::CreateCard {
                            id: journey_core::new_id(),
                            stage: stages[rng.below(stages.len() as u64) as usize],
                            lane: lanes[rng.below(lanes.len() as u64) as usize],
                            index: None,
                            text: text.clone(),
                        };
                        let at = Instant::now();
                        if with(&*studio, |s| s.apply(id, &edit, None)).is_ok() {
                            studio.seen.lock().unwrap_or_else(|e| e.into_inner()).insert(text.clone(), at);
                            made.lock().unwrap_or_else(|e| e.into_inner()).push((text, i, at));
                        }
                    }
                    std::thread::sleep(Duration::from_millis(1000 + rng.below(2000)));
                }
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    // Settle: wait until every studio shows every card (bounded).
    let made = made.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let settle_start = Instant::now();
    let texts = |s: &Studio| -> std::collections::HashSet<String> {
        with(s, |st| st.journey(id).map(|(j, _)| j.cards.values().map(|c| c.text.clone()).collect()).unwrap_or_default())
    };
    let complete = |s: &Studio| {
        let have = texts(s);
        made.iter().all(|(t, _, _)| have.contains(t))
    };
    while !studios.iter().all(|s| complete(s)) && settle_start.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let converge_ms = settle_start.elapsed().as_secs_f64() * 1000.0;
    for c in &running {
        c.flush();
    }
    // Read models and heads identical everywhere.
    let reference = with(&*studios[0], |s| s.journey(id).map(|(j, _)| j.clone()))?;
    let heads = |s: &Studio| {
        let mut h = with(s, |st| st.heads_of(id)).unwrap_or_default();
        h.sort();
        h
    };
    let first_heads = heads(&studios[0]);
    let converged = studios.iter().all(|s| {
        with(&**s, |st| st.journey(id).map(|(j, _)| *j == reference).unwrap_or(false)) && heads(s) == first_heads
    });
    let finals: Vec<_> = studios.iter().map(|s| texts(s)).collect();
    let lost = made.iter().filter(|(t, _, _)| finals.iter().any(|f| !f.contains(t))).count();
    let mut delays = Vec::new();
    let mut seen_by_all = 0;
    for (text, maker, at) in &made {
        let others: Vec<Option<Instant>> = studios
            .iter()
            .enumerate()
            .filter(|(j, _)| j != maker)
            .map(|(_, s)| s.seen.lock().unwrap_or_else(|e| e.into_inner()).get(text).copied())
            .collect();
        if others.iter().all(|o| o.is_some()) {
            seen_by_all += 1;
            let last = others.iter().flatten().max().copied().unwrap_or(*at);
            delays.push(last.saturating_duration_since(*at).as_secs_f64() * 1000.0);
        }
    }
    delays.sort_by(|a, b| a.total_cmp(b));
    for c in running {
        c.stop();
    }
    server.stop();
    let report = Report {
        clients,
        seconds,
        cards,
        edits_made: made.len(),
        edits_seen_by_all: seen_by_all,
        lost,
        converged,
        seen_ms_p50: round(percentile(&delays, 0.5)),
        seen_ms_p95: round(percentile(&delays, 0.95)),
        seen_ms_max: round(delays.last().copied().unwrap_or(0.0)),
        converge_ms: round(converge_ms),
    };
    Ok(print(&report))
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn print(r: &Report) -> String {
    let verdict = |ok: bool| if ok { "ok" } else { "MISSED" };
    let mut out = String::new();
    out.push_str(&format!(
        "live sync through a team server on loopback (TLS): {} studios, {} s, a {}-card journey\n",
        r.clients, r.seconds, r.cards
    ));
    out.push_str(&format!("{:<38} {:>12} {:>10}\n", "", "measured", "target"));
    out.push_str(&format!("{:<38} {:>12} {:>10}\n", "edits made", r.edits_made, ""));
    out.push_str(&format!("{:<38} {:>12} {:>10}\n", "edits seen by every other studio", r.edits_seen_by_all, r.edits_made));
    out.push_str(&format!("{:<38} {:>12} {:>10} {}\n", "lost", r.lost, 0, verdict(r.lost == 0)));
    out.push_str(&format!("{:<38} {:>12} {:>10} {}\n", "converged (read models and heads)", r.converged, true, verdict(r.converged)));
    out.push_str(&format!("{:<38} {:>12} {:>10}\n", "made to seen by all, p50 (ms)", r.seen_ms_p50, ""));
    out.push_str(&format!("{:<38} {:>12} {:>10} {}\n", "made to seen by all, p95 (ms)", r.seen_ms_p95, "< 1000", verdict(r.seen_ms_p95 < 1000.0)));
    out.push_str(&format!("{:<38} {:>12} {:>10}\n", "made to seen by all, max (ms)", r.seen_ms_max, ""));
    out.push_str(&format!("{:<38} {:>12} {:>10}\n", "settled after the last edit (ms)", r.converge_ms, ""));
    out.push_str(&serde_json::to_string(r).expect("a report serialises"));
    out
}
