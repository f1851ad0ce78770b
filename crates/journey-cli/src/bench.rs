//! `journey bench store`: what an edit costs as journeys grow, against a naive baseline.
//!
//! For each size, a journey of that many cards is written to a fresh workspace file. Measured:
//! opening the file and reading the journey (`open`), and applying and committing one card move
//! (`edit`). The baseline is what a naive app does per edit: serialise the whole journey to JSON
//! and rewrite the file (write a temporary file, fsync, rename). Both are durable (fsynced), so
//! the comparison is fair.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use journey_core::{sample::synthetic_journey, Edit, Id, Journey};
use journey_store::Store;

use crate::stress::Rng;
use crate::Failure;

pub struct Row {
    pub cards: usize,
    pub open_ms: f64,
    pub edit_ms: f64,
    pub edit_p95_ms: f64,
    pub baseline_ms: f64,
    pub file_mb: f64,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn p95(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[(v.len() * 95 / 100).min(v.len() - 1)]
}

/// A random card move: another cell, a rank between existing ones.
fn random_move(cards: &[Id], stages: &[Id], lanes: &[Id], rng: &mut Rng) -> Edit {
    let id = cards[rng.below(cards.len() as u64) as usize];
    Edit::MoveCard {
        id,
        stage: stages[rng.below(stages.len() as u64) as usize],
        lane: lanes[rng.below(lanes.len() as u64) as usize],
        rank: rng.below(1_000_000) as f64 / 7.0,
    }
}

fn naive_save(j: &Journey, path: &Path) -> Result<(), Failure> {
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(&serde_json::to_vec(j)?)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

pub fn store(sizes: &[usize], edits: usize, seed: u64, keep: Option<&Path>) -> Result<Vec<Row>, Failure> {
    let temp = tempfile::tempdir()?;
    let dir = keep.unwrap_or(temp.path());
    let mut rng = Rng::new(seed);
    let mut rows = Vec::new();
    for &n in sizes {
        let journey = synthetic_journey(n);
        let id = journey.id;
        let file = dir.join(format!("bench-{n}.journeys"));
        {
            let mut store = Store::create(&file)?;
            store.add_journey(&journey)?;
        }
        let file_mb = std::fs::metadata(&file)?.len() as f64 / 1e6;

        let mut opens = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            let mut store = Store::open(&file)?;
            let (j, _) = store.journey(id)?;
            assert_eq!(j.cards.len(), n);
            opens.push(ms(t.elapsed()));
        }

        let mut store = Store::open(&file)?;
        let j = store.journey(id)?.0.clone();
        let cards: Vec<Id> = j.cards.keys().copied().collect();
        let stages = j.graph.order();
        let lanes: Vec<Id> = j.lanes.iter().map(|l| l.id).collect();
        let mut times = Vec::with_capacity(edits);
        for _ in 0..edits {
            let edit = random_move(&cards, &stages, &lanes, &mut rng);
            let t = Instant::now();
            store.apply(id, &edit, None)?;
            times.push(ms(t.elapsed()));
        }
        drop(store);

        // The naive app: apply in memory, then rewrite everything. Fewer rounds for big
        // journeys, where each one takes long.
        let mut naive = j.clone();
        let naive_file = dir.join(format!("naive-{n}.json"));
        let rounds = if n >= 100_000 { 5 } else if n >= 10_000 { 20 } else { edits.min(50) };
        let mut baseline = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            let edit = random_move(&cards, &stages, &lanes, &mut rng);
            let t = Instant::now();
            journey_core::apply(&mut naive, &edit)?;
            naive_save(&naive, &naive_file)?;
            baseline.push(ms(t.elapsed()));
        }

        rows.push(Row {
            cards: n,
            open_ms: median(opens),
            edit_ms: median(times.clone()),
            edit_p95_ms: p95(times),
            baseline_ms: median(baseline),
            file_mb,
        });
    }
    Ok(rows)
}

pub fn print(rows: &[Row]) -> String {
    let mut out = String::new();
    out += &format!(
        "{:>8}  {:>9}  {:>12}  {:>11}  {:>14}  {:>8}\n",
        "cards", "open ms", "edit ms p50", "edit ms p95", "baseline ms", "file MB"
    );
    for r in rows {
        out += &format!(
            "{:>8}  {:>9.2}  {:>12.2}  {:>11.2}  {:>14.2}  {:>8.1}\n",
            r.cards, r.open_ms, r.edit_ms, r.edit_p95_ms, r.baseline_ms, r.file_mb
        );
    }
    let first = rows.first().expect("at least one size");
    let last = rows.last().expect("at least one size");
    let json = serde_json::json!({
        "sizes": rows.iter().map(|r| r.cards).collect::<Vec<_>>(),
        "edit_ms_median": rows.iter().map(|r| round(r.edit_ms)).collect::<Vec<_>>(),
        "edit_ms_p95": rows.iter().map(|r| round(r.edit_p95_ms)).collect::<Vec<_>>(),
        "baseline_ms_median": rows.iter().map(|r| round(r.baseline_ms)).collect::<Vec<_>>(),
        "open_ms": rows.iter().map(|r| round(r.open_ms)).collect::<Vec<_>>(),
        "file_mb": rows.iter().map(|r| round(r.file_mb)).collect::<Vec<_>>(),
        "ratio_largest_to_smallest": round(last.edit_ms / first.edit_ms),
    });
    out += &json.to_string();
    out
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
