//! `journey stress crash`: proof that a confirmed edit survives a crash.
//!
//! A writer process (this same binary, `journey stress writer`) applies edits as fast as it
//! can and prints the number of each one after `apply` returns. The driver kills it with
//! SIGKILL at a random moment, reopens the file, and checks SQLite's integrity check and that
//! every printed edit is in the file, in its read model and in its document alike. All trials share one file, so each writer also starts on
//! a file whose last writer was killed.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use journey_core::{Card, CardBody, Edit, Id, Journey};
use journey_store::Store;

use crate::Failure;

const PREFIX: &str = "stress #";

/// Small deterministic generator, so a failing run can be repeated with `--seed`.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The numbers of the stress cards in the journey, with each card's rank.
fn stress_cards(j: &Journey) -> Vec<(u64, f64)> {
    let mut out: Vec<(u64, f64)> = j
        .cards
        .values()
        .filter_map(|c| c.text.strip_prefix(PREFIX).and_then(|n| n.parse().ok()).map(|n| (n, c.rank)))
        .collect();
    out.sort_by_key(|(n, _)| *n);
    out
}

fn card_numbered(j: &Journey, n: u64) -> Option<&Card> {
    let text = format!("{PREFIX}{n}");
    j.cards.values().find(|c| c.text == text)
}

/// Edit `k`: add card k and, in the same batch, move card k-1 to rank k. A batch half applied
/// would show as card k present while card k-1 still has its old rank.
fn edit_number(j: &Journey, k: u64) -> Edit {
    let stages = j.graph.order();
    let lanes: Vec<Id> = j.lanes_in_order().iter().map(|l| l.id).collect();
    let card = Card { workshop: Default::default(),
        id: journey_core::new_id(),
        stage: stages[k as usize % stages.len()],
        lane: lanes[k as usize % lanes.len()],
        rank: 0.0,
        text: format!("{PREFIX}{k}"),
        body: CardBody::Note,
    };
    let mut edits = vec![Edit::AddCard { card }];
    if let Some(prev) = card_numbered(j, k - 1) {
        edits.push(Edit::MoveCard { id: prev.id, stage: prev.stage, lane: prev.lane, rank: k as f64 });
    }
    Edit::Batch { edits }
}

/// The child: edits until killed (or `limit` edits), printing each confirmed number.
pub fn writer(file: &Path, limit: Option<u64>) -> Result<(), Failure> {
    let mut store = Store::open(file)?;
    let id = store.journeys()?.first().ok_or("the workspace has no journey")?.id;
    let mut next = stress_cards(store.journey(id)?.0).last().map(|(n, _)| n + 1).unwrap_or(1);
    // Read before "ready", so the kills land among edits rather than in the first one's load.
    store.load_document(id)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready")?;
    out.flush()?;
    while limit.is_none_or(|l| next <= l) {
        let edit = edit_number(store.journey(id)?.0, next);
        store.apply(id, &edit, None)?;
        // Only now is edit `next` confirmed.
        writeln!(out, "{next}")?;
        out.flush()?;
        next += 1;
    }
    Ok(())
}

pub struct Report {
    pub trials: u32,
    pub confirmed: u64,
    pub lost: u64,
    pub problems: Vec<String>,
}

/// What is wrong with the file, given that edits 1..=confirmed were reported.
fn check(file: &Path, confirmed: u64) -> Result<Vec<String>, Failure> {
    let mut problems = Vec::new();
    let mut store = Store::open(file)?;
    let verdict = store.integrity_check()?;
    if verdict != "ok" {
        problems.push(format!("integrity check: {verdict}"));
    }
    let id = store.journeys()?[0].id;
    // The journey's document (read afresh from its chunks, repaired) shows what the rows show:
    // an edit is in both or in neither, whenever the writer was killed.
    if !store.check_document(id)? {
        problems.push("the read model and the journey's document differ".into());
    }
    let cards = stress_cards(store.journey(id)?.0);
    let in_doc = {
        let chunks = store.chunks(&journey_doc::chunk_prefix(id))?;
        let doc = journey_doc::JourneyDoc::load(id, chunks.values().map(Vec::as_slice))
            .map_err(|e| Failure::from(format!("the journey's document does not load: {e}")))?;
        let j = doc.materialize().map_err(|e| Failure::from(e.to_string()))?.journey;
        stress_cards(&j)
    };
    if in_doc != cards {
        problems.push(format!("the document holds {} stress cards, the rows {}", in_doc.len(), cards.len()));
    }
    let present: std::collections::BTreeSet<u64> = cards.iter().map(|(n, _)| *n).collect();
    for n in 1..=confirmed {
        if !present.contains(&n) {
            problems.push(format!("confirmed edit {n} is missing"));
        }
    }
    // Numbers are consecutive, and each batch applied whole.
    for window in cards.windows(2) {
        let ((a, rank_a), (b, _)) = (window[0], window[1]);
        if b != a + 1 {
            problems.push(format!("edit {} is missing between {a} and {b}", a + 1));
        } else if rank_a != b as f64 {
            problems.push(format!("edit {b} was applied only in part (card {a} has rank {rank_a})"));
        }
    }
    Ok(problems)
}

pub fn crash(trials: u32, seed: u64, dir: Option<PathBuf>) -> Result<Report, Failure> {
    let temp;
    let dir = match dir {
        Some(d) => d,
        None => {
            temp = tempfile::tempdir()?;
            temp.path().to_path_buf()
        }
    };
    let file = dir.join("crash.journeys");
    if !file.exists() {
        Store::create_with_sample(&file)?;
    }
    let exe = std::env::current_exe()?;
    let mut rng = Rng::new(seed);
    let mut report = Report { trials, confirmed: 0, lost: 0, problems: Vec::new() };
    for trial in 1..=trials {
        let mut child = Command::new(&exe)
            .args(["stress", "writer"])
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let last = Arc::new(AtomicU64::new(0));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let reader = {
            let last = Arc::clone(&last);
            let stdout = child.stdout.take().expect("piped");
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if line == "ready" {
                        let _ = ready_tx.send(());
                    } else if let Ok(n) = line.parse::<u64>() {
                        last.store(n, Ordering::SeqCst);
                    }
                }
            })
        };
        // Kill at a random moment after the writer opened the file: sometimes at once,
        // sometimes after a few hundred edits.
        if ready_rx.recv_timeout(Duration::from_secs(20)).is_err() {
            let _ = child.kill();
            let out = child.wait_with_output()?;
            return Err(format!("trial {trial}: the writer did not start: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        std::thread::sleep(Duration::from_micros(rng.below(250_000)));
        child.kill()?; // SIGKILL on Unix
        child.wait()?;
        reader.join().map_err(|_| "reader thread panicked")?;
        let confirmed = last.load(Ordering::SeqCst).max(report.confirmed);
        let problems = check(&file, confirmed)?;
        report.lost += problems.iter().filter(|p| p.contains("missing")).count() as u64;
        report.problems.extend(problems.into_iter().map(|p| format!("trial {trial}: {p}")));
        report.confirmed = confirmed;
    }
    Ok(report)
}
