//! `journey bench store`: what an edit costs as journeys grow, with the journeys' Automerge
//! documents beside today's store, and against a naive baseline.
//!
//! For each size, a journey of that many cards is written to a fresh workspace file, and the
//! file copied. The same card moves (`edit`: applied and committed, fsynced) go to both copies:
//! one store as the app runs it, every edit also a change of the journey's document, and one
//! with documents off (`Store::without_documents_for_bench`, called right after opening: today's
//! store). The first edit of each is timed apart: it reads the document from its chunks (opening
//! needs only the read model). `open` is opening the file with documents, after those edits, and
//! reading the journey from its read model. The baseline is what a naive app does per edit:
//! serialise the whole journey to JSON and rewrite the file (write a temporary file, fsync,
//! rename). The store holds the journey's view, as it does for an open window, so each edit
//! also brings the kept layout up to date and reports its change. In memory, the same moves also
//! time the two ways to say what moved on the map: `LiveLayout::update` (what the store does)
//! against laying the whole journey out again and diffing it (`layout`, then
//! `LayoutPatch::between`).
//!
//! Then, on 1,000-card journeys (edits are card moves and card text changes in turn):
//! - a document with a long history (100 × `--edits` edits, 20,000 by default, applied through
//!   the store, so compaction runs as it does for users) is loaded from its chunks and
//!   materialized, in a child process (`journey bench store` again, told by an environment
//!   variable) so the peak memory (VmHWM) is the load's own;
//! - two copies of one file, 5 × `--edits` edits each (1,000 by default), are merged
//!   (`Store::merge_copy`);
//! - the file (with its -wal, after the store closed and SQLite checkpointed) is measured before
//!   and after 5 × `--edits` edits, with documents and without.
//!
//! A table of every figure with its target follows, then one JSON line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use journey_core::{sample::synthetic_journey, Edit, Id, Journey};
use journey_doc::JourneyDoc;
use journey_store::Store;

use crate::stress::Rng;
use crate::Failure;

/// Set on the child `journey bench store` that only loads one document: the file to read.
const LOAD_CHILD: &str = "JOURNEY_BENCH_STORE_LOAD_DOCUMENT";

/// Cards of the journeys the document figures (history, merge, growth) are taken on.
const DOC_CARDS: usize = 1_000;

/// The targets.
const RATIO_TARGET: f64 = 1.5;
const EDIT_P50_TARGET_MS: f64 = 2.0;
const OPEN_TARGET_MS: f64 = 50.0;
const LOAD_TARGET_MS: f64 = 200.0;
const LOAD_PEAK_TARGET_MB: f64 = 100.0;
const MERGE_TARGET_MS: f64 = 1_000.0;

pub struct Row {
    pub cards: usize,
    /// The long map (1,000 stages) rather than the sample's eight.
    pub long: bool,
    pub open_ms: f64,
    /// With documents (the store as the app runs it).
    pub edit_ms: f64,
    pub edit_p95_ms: f64,
    pub edit_max_ms: f64,
    /// The first edit with documents, which reads the document from its chunks.
    pub first_edit_ms: f64,
    /// Today's store: documents off.
    pub plain_ms: f64,
    pub plain_p95_ms: f64,
    pub plain_max_ms: f64,
    pub baseline_ms: f64,
    pub file_mb: f64,
    /// Median of `LiveLayout::update` and of whole layout + diff, for the same kind of move.
    pub live_layout_ms: f64,
    pub whole_layout_ms: f64,
    /// Where an edit's document work goes, in memory on the same kind of move (medians):
    /// `JourneyDoc::record` (with the entity JSON it diffs), then the new chunk, heads and
    /// writes made ready for the transaction; and one compaction (`snapshot_chunk`, every 64
    /// edits).
    pub doc_record_ms: f64,
    pub doc_chunk_ms: f64,
    pub snapshot_ms: f64,
}

/// Loading the document of a journey with a long history, as the child process measured it.
pub struct DocLoad {
    pub cards: usize,
    pub edits: usize,
    /// Mean time of one edit while the history was made (documents on, compaction included).
    pub build_edit_ms: f64,
    pub chunks: usize,
    pub chunk_bytes: usize,
    pub changes: usize,
    /// Medians of 5: reading the chunks from the file, `JourneyDoc::load`, `materialize`.
    pub read_ms: f64,
    pub load_ms: f64,
    pub materialize_ms: f64,
    /// The child's VmHWM after the first load, and its VmRSS just before it (MB).
    pub peak_mb: Option<f64>,
    pub before_mb: Option<f64>,
    /// One compaction of this document (`snapshot_chunk`, what every 64th edit pays).
    pub compaction_ms: f64,
}

pub struct MergeRun {
    pub cards: usize,
    pub edits_each: usize,
    /// Median of 3 merges, each into a fresh copy of the same file.
    pub merge_ms: f64,
    /// Changes the merge brought in (the copy's edits).
    pub incoming: usize,
}

pub struct Growth {
    pub cards: usize,
    pub edits: usize,
    /// The file with documents before the measured edits.
    pub bytes_before: u64,
    /// (file + -wal bytes, bytes of pages in use) the measured edits added.
    pub with_documents: (u64, u64),
    pub without_documents: (u64, u64),
    /// The journey's document chunks (bytes) before and after the measured edits.
    pub chunk_bytes: (u64, u64),
}

pub struct Report {
    pub rows: Vec<Row>,
    pub load: DocLoad,
    pub merge: MergeRun,
    pub growth: Vec<Growth>,
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

fn max(v: &[f64]) -> f64 {
    v.iter().copied().fold(0.0, f64::max)
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

/// Edit `k` of a history: a card move when `k` is even, else a change of a card's text (what
/// typing does: the end of the text changes).
fn mixed_edit(j: &Journey, cards: &[Id], stages: &[Id], lanes: &[Id], rng: &mut Rng, k: usize) -> Edit {
    if k.is_multiple_of(2) {
        return random_move(cards, stages, lanes, rng);
    }
    let id = cards[rng.below(cards.len() as u64) as usize];
    let mut card = j.card(id).expect("the bench never removes cards").clone();
    let base = card.text.split(" · edit ").next().unwrap_or_default().to_string();
    card.text = format!("{base} · edit {k}");
    Edit::UpdateCard { card }
}

/// The ids a random edit picks from.
fn parts(j: &Journey) -> (Vec<Id>, Vec<Id>, Vec<Id>) {
    (j.cards.keys().copied().collect(), j.graph.order(), j.lanes.iter().map(|l| l.id).collect())
}

fn wal_of(path: &Path) -> PathBuf {
    path.with_file_name(format!("{}-wal", path.file_name().and_then(|n| n.to_str()).unwrap_or_default()))
}

/// Copies a workspace file that no store has open (with its WAL, if one was left).
fn copy_workspace(from: &Path, to: &Path) -> Result<(), Failure> {
    std::fs::copy(from, to)?;
    let (wal, to_wal) = (wal_of(from), wal_of(to));
    if wal.exists() {
        std::fs::copy(&wal, &to_wal)?;
    } else if to_wal.exists() {
        std::fs::remove_file(&to_wal)?;
    }
    Ok(())
}

/// Bytes of the file and its -wal.
fn file_bytes(path: &Path) -> Result<u64, Failure> {
    let wal = wal_of(path);
    Ok(std::fs::metadata(path)?.len() + if wal.exists() { std::fs::metadata(&wal)?.len() } else { 0 })
}

/// A line of /proc/self/status in MB ("VmHWM", "VmRSS"); `None` where there is no /proc.
fn status_mb(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key) && l[key.len()..].starts_with(':'))?;
    let kb: f64 = line[key.len() + 1..].trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb / 1024.0)
}

fn naive_save(j: &Journey, path: &Path) -> Result<(), Failure> {
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(&serde_json::to_vec(j)?)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

pub fn store(sizes: &[usize], edits: usize, seed: u64, keep: Option<&Path>) -> Result<Report, Failure> {
    if let Ok(file) = std::env::var(LOAD_CHILD) {
        // The child that only loads a document, so the peak memory is that load's own.
        let line = load_child(Path::new(&file))?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "{line}")?;
        out.flush()?;
        std::process::exit(0);
    }
    let temp = tempfile::tempdir()?;
    let dir = keep.unwrap_or(temp.path());
    let mut rng = Rng::new(seed);
    let mut rows = Vec::new();
    // The sizes as the sample's eight stages (cells grow with the journey), then the largest
    // again as a long map of 1,000 stages (cells of about 17 cards): an edit keeps the layout
    // of the cells it touched, so its cost follows the cells, and the long map shows it.
    let largest = sizes.iter().copied().max().unwrap_or(0);
    let shapes = sizes.iter().map(|&n| (n, false)).chain((largest >= 1_000).then_some((largest, true)));
    for (n, long) in shapes {
        let journey = if long { journey_core::sample::synthetic_wide_journey(1_000, n / 1_000) } else { synthetic_journey(n) };
        let id = journey.id;
        let name = format!("bench-{n}{}", if long { "-long" } else { "" });
        let file = dir.join(format!("{name}.journeys"));
        let plain_file = dir.join(format!("{name}-without-documents.journeys"));
        {
            let mut store = Store::create(&file)?;
            store.add_journey(&journey)?;
        }
        let file_mb = std::fs::metadata(&file)?.len() as f64 / 1e6;
        copy_workspace(&file, &plain_file)?;

        let mut docs = Store::open(&file)?;
        let mut plain = Store::open(&plain_file)?;
        plain.without_documents_for_bench();
        // As a window does: ask for the view, so the store keeps the layout up to date.
        docs.view(id)?;
        plain.view(id)?;
        let j = docs.journey(id)?.0.clone();
        drop(journey);
        let (cards, stages, lanes) = parts(&j);
        // The first edit of each reads the journey's document (the store without documents too:
        // only `record` is skipped there); kept out of the medians.
        let edit = random_move(&cards, &stages, &lanes, &mut rng);
        let t = Instant::now();
        docs.apply(id, &edit, None)?;
        let first_edit_ms = ms(t.elapsed());
        plain.apply(id, &edit, None)?;
        let (mut with, mut without) = (Vec::with_capacity(edits), Vec::with_capacity(edits));
        for i in 0..edits {
            let edit = random_move(&cards, &stages, &lanes, &mut rng);
            // Taking turns at going first, so neither store always follows the other's fsync.
            for with_docs in if i.is_multiple_of(2) { [true, false] } else { [false, true] } {
                let (store, times) = if with_docs { (&mut docs, &mut with) } else { (&mut plain, &mut without) };
                let t = Instant::now();
                store.apply(id, &edit, None)?;
                times.push(ms(t.elapsed()));
            }
        }
        drop(docs);
        drop(plain);

        // Opening the file with documents (now holding the history of the edits above) and
        // reading the journey: the read model only.
        let mut opens = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            let mut store = Store::open(&file)?;
            let (opened, _) = store.journey(id)?;
            assert_eq!(opened.cards.len(), j.cards.len());
            opens.push(ms(t.elapsed()));
        }

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

        let (live_layout_ms, whole_layout_ms) = layout_costs(&j, &cards, &stages, &lanes, &mut rng, edits.min(50))?;
        let (doc_record_ms, doc_chunk_ms, snapshot_ms) = document_costs(&file, id, &cards, &stages, &lanes, &mut rng, edits.min(50))?;
        rows.push(Row {
            doc_record_ms,
            doc_chunk_ms,
            snapshot_ms,
            long,
            live_layout_ms,
            whole_layout_ms,
            cards: n,
            open_ms: median(opens),
            edit_ms: median(with.clone()),
            edit_p95_ms: p95(with.clone()),
            edit_max_ms: max(&with),
            first_edit_ms,
            plain_ms: median(without.clone()),
            plain_p95_ms: p95(without.clone()),
            plain_max_ms: max(&without),
            baseline_ms: median(baseline),
            file_mb,
        });
    }
    let load = history_load(dir, edits * 100, &mut rng)?;
    let merge = merge_copies(dir, edits * 5, &mut rng)?;
    let mut growth = vec![file_growth(dir, DOC_CARDS, edits * 5, seed)?];
    if largest >= 10_000 {
        growth.push(file_growth(dir, 10_000, edits * 5, seed)?);
    }
    Ok(Report { rows, load, merge, growth })
}

/// Applies `count` mixed edits through `store`, as one window would.
fn apply_history(store: &mut Store, id: Id, count: usize, rng: &mut Rng) -> Result<(), Failure> {
    let (cards, stages, lanes) = parts(store.journey(id)?.0);
    store.view(id)?;
    for k in 0..count {
        let edit = mixed_edit(store.journey(id)?.0, &cards, &stages, &lanes, rng, k);
        store.apply(id, &edit, None)?;
    }
    Ok(())
}

/// A new workspace file at `path` holding `j`.
fn create_with(path: &Path, j: &Journey) -> Result<(), Failure> {
    let mut store = Store::create(path)?;
    store.add_journey(j)?;
    Ok(())
}

/// A 1,000-card journey given `edits` edits through the store, then its document loaded in a
/// child process.
fn history_load(dir: &Path, edits: usize, rng: &mut Rng) -> Result<DocLoad, Failure> {
    let j = synthetic_journey(DOC_CARDS);
    let file = dir.join(format!("history-{DOC_CARDS}-cards-{edits}-edits.journeys"));
    create_with(&file, &j)?;
    let t = Instant::now();
    {
        let mut store = Store::open(&file)?;
        apply_history(&mut store, j.id, edits, rng)?;
    }
    let build_edit_ms = ms(t.elapsed()) / edits as f64;
    let out = std::process::Command::new(std::env::current_exe()?)
        .args(["bench", "store"])
        .env(LOAD_CHILD, &file)
        .stdin(std::process::Stdio::null())
        .output()?;
    if !out.status.success() {
        return Err(format!("the document-loading child failed: {}", String::from_utf8_lossy(&out.stderr).trim()).into());
    }
    let text = String::from_utf8(out.stdout)?;
    let v: serde_json::Value = serde_json::from_str(text.lines().last().unwrap_or_default())?;
    let f = |k: &str| v[k].as_f64();
    let n = |k: &str| v[k].as_u64().unwrap_or(0) as usize;
    if n("cards") != DOC_CARDS {
        return Err(format!("the loaded document holds {} cards, not {DOC_CARDS}", n("cards")).into());
    }
    Ok(DocLoad {
        cards: DOC_CARDS,
        edits,
        build_edit_ms,
        chunks: n("chunks"),
        chunk_bytes: n("chunk_bytes"),
        changes: n("changes"),
        read_ms: f("read_ms").unwrap_or(f64::NAN),
        load_ms: f("load_ms").unwrap_or(f64::NAN),
        materialize_ms: f("materialize_ms").unwrap_or(f64::NAN),
        peak_mb: f("peak_mb"),
        before_mb: f("before_mb"),
        compaction_ms: f("compaction_ms").unwrap_or(f64::NAN),
    })
}

/// In the child: the only journey of `file`, its chunks read and its document loaded and
/// materialized five times. One JSON line.
fn load_child(file: &Path) -> Result<String, Failure> {
    let store = Store::open(file)?;
    let id = store.journeys()?.first().ok_or("the workspace has no journey")?.id;
    let prefix = journey_doc::chunk_prefix(id);
    let before_mb = status_mb("VmRSS");
    let (mut read, mut load, mut materialize) = (Vec::new(), Vec::new(), Vec::new());
    let (mut cards, mut chunk_count, mut chunk_bytes, mut changes) = (0, 0, 0, 0);
    let (mut last, mut peak_mb) = (None, None);
    for run in 0..5 {
        let t = Instant::now();
        // As the store reads them: snapshots first, then the incrementals after them.
        let mut chunks: Vec<(String, Vec<u8>)> = store.chunks(&prefix)?.into_iter().collect();
        chunks.sort_by_key(|(k, _)| !k.contains("/snapshot/"));
        read.push(ms(t.elapsed()));
        let t = Instant::now();
        let mut doc = JourneyDoc::load(id, chunks.iter().map(|(_, c)| c.as_slice()))?;
        load.push(ms(t.elapsed()));
        let t = Instant::now();
        let repaired = doc.materialize()?;
        materialize.push(ms(t.elapsed()));
        if run == 0 {
            cards = repaired.journey.cards.len();
            chunk_count = chunks.len();
            chunk_bytes = chunks.iter().map(|(_, c)| c.len()).sum();
            changes = doc.change_count();
            // The first load's own peak (the later ones only give the medians).
            peak_mb = status_mb("VmHWM");
        }
        last = Some(doc);
    }
    let mut doc = last.expect("five runs");
    let compaction: Vec<f64> = (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(doc.stored().snapshot_chunk());
            ms(t.elapsed())
        })
        .collect();
    Ok(serde_json::json!({
        "compaction_ms": median(compaction),
        "cards": cards,
        "chunks": chunk_count,
        "chunk_bytes": chunk_bytes,
        "changes": changes,
        "read_ms": median(read),
        "load_ms": median(load),
        "materialize_ms": median(materialize),
        "before_mb": before_mb,
        "peak_mb": peak_mb,
    })
    .to_string())
}

/// Two copies of one 1,000-card file, `edits` edits on each, merged: the median of 3 merges,
/// each into a fresh copy of the first.
fn merge_copies(dir: &Path, edits: usize, rng: &mut Rng) -> Result<MergeRun, Failure> {
    let j = synthetic_journey(DOC_CARDS);
    let ours = dir.join("merge-ours.journeys");
    let theirs = dir.join("merge-theirs.journeys");
    create_with(&ours, &j)?;
    copy_workspace(&ours, &theirs)?;
    for file in [&ours, &theirs] {
        let mut store = Store::open(file)?;
        apply_history(&mut store, j.id, edits, rng)?;
    }
    let (mut times, mut incoming) = (Vec::new(), 0);
    for run in 0..3 {
        let into = dir.join(format!("merge-ours-{run}.journeys"));
        copy_workspace(&ours, &into)?;
        let mut store = Store::open(&into)?;
        let t = Instant::now();
        let report = store.merge_copy(&theirs)?;
        times.push(ms(t.elapsed()));
        incoming = report.journeys.iter().map(|m| m.incoming).sum();
    }
    Ok(MergeRun { cards: DOC_CARDS, edits_each: edits, merge_ms: median(times), incoming })
}

/// Pages in use, in bytes, from a closed (checkpointed) file's header: its size less its
/// free pages (SQLite keeps pages freed by a compaction for later writes, so the file itself
/// grows in steps).
fn used_bytes(path: &Path) -> Result<u64, Failure> {
    let mut header = [0u8; 100];
    std::io::Read::read_exact(&mut std::fs::File::open(path)?, &mut header)?;
    let page = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => n as u64,
    };
    let word = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]) as u64;
    Ok((word(28) - word(36)) * page)
}

/// Bytes of journey `id`'s document chunks in `file`.
fn chunk_bytes(file: &Path, id: Id) -> Result<u64, Failure> {
    let store = Store::open(file)?;
    Ok(store.chunks(&journey_doc::chunk_prefix(id))?.values().map(|c| c.len() as u64).sum())
}

/// The bytes a file grows by over `edits` edits, with documents and without (the same edits).
/// Measured from a file that already had `WARM_UP` edits, so the first compaction (which folds
/// the journey's first, uncompressed change into a snapshot) is behind it.
fn file_growth(dir: &Path, cards: usize, edits: usize, seed: u64) -> Result<Growth, Failure> {
    const WARM_UP: usize = 70;
    let j = synthetic_journey(cards);
    let mut grew = [(0u64, 0u64); 2];
    let (mut bytes_before, mut chunks) = (0, (0, 0));
    for (i, documents) in [true, false].into_iter().enumerate() {
        let file = dir.join(format!("growth-{cards}-{}.journeys", if documents { "with-documents" } else { "without" }));
        create_with(&file, &j)?;
        let mut rng = Rng::new(seed ^ 0x9e37_79b9);
        let mut run = |count: usize| -> Result<(), Failure> {
            let mut store = Store::open(&file)?;
            if !documents {
                store.without_documents_for_bench();
            }
            apply_history(&mut store, j.id, count, &mut rng)
            // Closed here, so SQLite checkpoints the WAL into the file.
        };
        run(WARM_UP)?;
        let (file0, used0) = (file_bytes(&file)?, used_bytes(&file)?);
        let chunks0 = chunk_bytes(&file, j.id)?;
        run(edits)?;
        grew[i] = (file_bytes(&file)?.saturating_sub(file0), used_bytes(&file)?.saturating_sub(used0));
        if documents {
            bytes_before = file0;
            chunks = (chunks0, chunk_bytes(&file, j.id)?);
        }
    }
    Ok(Growth { cards, edits, bytes_before, with_documents: grew[0], without_documents: grew[1], chunk_bytes: chunks })
}

/// The two ways of telling readers what a move did to the map, on the same moves.
fn layout_costs(j: &Journey, cards: &[Id], stages: &[Id], lanes: &[Id], rng: &mut Rng, rounds: usize) -> Result<(f64, f64), Failure> {
    let mut live_j = j.clone();
    let mut live = journey_core::LiveLayout::new(&live_j);
    let mut whole_j = j.clone();
    let mut before = journey_core::layout(&whole_j);
    let (mut live_t, mut whole_t) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let edit = random_move(cards, stages, lanes, rng);
        let inverse = journey_core::apply(&mut live_j, &edit)?;
        let touched = journey_core::touched_by(&edit, &inverse);
        let t = Instant::now();
        let patch = live.update(&live_j, &touched);
        live_t.push(ms(t.elapsed()));
        journey_core::apply(&mut whole_j, &edit)?;
        let t = Instant::now();
        let after = journey_core::layout(&whole_j);
        let whole = journey_core::LayoutPatch::between(&before, &after);
        whole_t.push(ms(t.elapsed()));
        assert_eq!(patch.cards.len(), whole.cards.len(), "the two ways disagree on what moved");
        before = after;
    }
    Ok((median(live_t), median(whole_t)))
}

/// An edit's document work without the file: the journey's document as the file holds it, the
/// same kind of moves recorded into it as the store does, each followed by what `save` asks of
/// it (the new chunk, the heads) and the writes serialised for the undo log.
fn document_costs(
    file: &Path,
    id: Id,
    cards: &[Id],
    stages: &[Id],
    lanes: &[Id],
    rng: &mut Rng,
    rounds: usize,
) -> Result<(f64, f64, f64), Failure> {
    let mut store = Store::open(file)?;
    let mut j = store.journey(id)?.0.clone();
    let mut chunks: Vec<(String, Vec<u8>)> = store.chunks(&journey_doc::chunk_prefix(id))?.into_iter().collect();
    drop(store);
    chunks.sort_by_key(|(k, _)| !k.contains("/snapshot/"));
    let mut doc = JourneyDoc::load(id, chunks.iter().map(|(_, c)| c.as_slice()))?;
    drop(chunks);
    let meta = journey_doc::Meta { by: "bench".into(), edit: "moveCard".into(), at: 0 };
    let (mut record, mut chunk) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let edit = random_move(cards, stages, lanes, rng);
        // Applying the edit to the journey is not the document's work (the store without
        // documents does it too): only `before` and `record` are timed.
        let t = Instant::now();
        let mut direct = Vec::new();
        edit.touched(&mut direct);
        let before = journey_doc::before(&j, &direct);
        let took = t.elapsed();
        let inverse = journey_core::apply(&mut j, &edit)?;
        let touched = journey_core::touched_by(&edit, &inverse);
        let t = Instant::now();
        let writes = doc.record(&j, &touched, &before, &meta);
        record.push(ms(took + t.elapsed()));
        let t = Instant::now();
        let fresh = doc.stored().unsaved_chunks();
        let heads = journey_doc::heads_text(&doc.stored().heads());
        let logged = serde_json::to_string(&writes)?;
        doc.stored().mark_saved();
        chunk.push(ms(t.elapsed()));
        std::hint::black_box((fresh, heads, logged));
    }
    let snapshots: Vec<f64> = (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(doc.stored().snapshot_chunk());
            ms(t.elapsed())
        })
        .collect();
    Ok((median(record), median(chunk), median(snapshots)))
}

fn verdict(pass: bool) -> &'static str {
    if pass {
        "pass"
    } else {
        "MISS"
    }
}

fn label(r: &Row) -> String {
    format!("{}{}", r.cards, if r.long { " long" } else { "" })
}

pub fn print(report: &Report) -> String {
    let rows = &report.rows;
    let mut out = String::new();
    out += "Edit to durable (ms): one card move, applied and fsynced, the same moves on two copies of each file.\n";
    out += "  docs: the store as the app runs it (each edit also a change of the journey's Automerge document).\n";
    out += "  no docs: today's store (Store::without_documents_for_bench right after opening).\n";
    out += "  first edit: the first with docs, which reads the document from its chunks; left out of p50/p95/max.\n";
    out += &format!(
        "{:>13}  {:>11}  {:>11}  {:>11}  {:>9}  {:>9}  {:>9}  {:>11}  {:>6}  {:>14}\n",
        "cards", "no docs p50", "no docs p95", "no docs max", "docs p50", "docs p95", "docs max", "ratio p50", "(≤1.5)", "first edit ms"
    );
    for r in rows {
        let ratio = r.edit_ms / r.plain_ms;
        out += &format!(
            "{:>8}{}  {:>11.2}  {:>11.2}  {:>11.2}  {:>9.2}  {:>9.2}  {:>9.2}  {:>11.2}  {:>6}  {:>14.1}\n",
            r.cards,
            if r.long { " long" } else { "     " },
            r.plain_ms,
            r.plain_p95_ms,
            r.plain_max_ms,
            r.edit_ms,
            r.edit_p95_ms,
            r.edit_max_ms,
            ratio,
            verdict(ratio <= RATIO_TARGET),
            r.first_edit_ms
        );
    }
    out += "\nWhere the document work of an edit goes (in memory, same kind of moves, medians, ms): record = before +\n";
    out += "  JourneyDoc::record; chunk = new chunk + heads + writes JSON; the rest of docs - no docs p50 is SQL and fsync.\n";
    out += "  compaction: one snapshot_chunk (doc.save), paid by every 64th edit.\n";
    out += &format!(
        "{:>13}  {:>9}  {:>9}  {:>14}  {:>14}\n",
        "cards", "record", "chunk", "docs - no docs", "compaction ms"
    );
    for r in rows {
        out += &format!(
            "{:>8}{}  {:>9.3}  {:>9.3}  {:>14.3}  {:>14.1}\n",
            r.cards,
            if r.long { " long" } else { "     " },
            r.doc_record_ms,
            r.doc_chunk_ms,
            r.edit_ms - r.plain_ms,
            r.snapshot_ms
        );
    }
    out += "\nOpen (file with documents, journey from its read model; the document is read on the first edit),\n";
    out += "naive rewrite-everything baseline per edit, and the two ways of saying what moved on the map:\n";
    out += &format!(
        "{:>13}  {:>9}  {:>14}  {:>8}  {:>14}  {:>15}\n",
        "cards", "open ms", "baseline ms", "file MB", "live layout ms", "whole+diff ms"
    );
    for r in rows {
        out += &format!(
            "{:>8}{}  {:>9.2}  {:>14.2}  {:>8.1}  {:>14.3}  {:>15.3}\n",
            r.cards, if r.long { " long" } else { "     " }, r.open_ms, r.baseline_ms, r.file_mb, r.live_layout_ms, r.whole_layout_ms
        );
    }

    let l = &report.load;
    let m = &report.merge;
    out += &format!(
        "\nDocument with history: {} cards, {} edits (moves and text changes in turn) applied through the store,\n\
         {:.2} ms an edit on average while made (compaction every {} chunks included); now {} chunks, {:.2} MB, {} changes.\n\
         Loaded in a child process: read chunks {:.2} ms + JourneyDoc::load {:.2} ms + materialize {:.2} ms (medians of 5);\n\
         child's RSS before the load {}, peak (VmHWM) {}. One compaction of it (snapshot_chunk, paid by every 64th edit): {:.1} ms.\n",
        l.cards,
        l.edits,
        l.build_edit_ms,
        64,
        l.chunks,
        l.chunk_bytes as f64 / 1e6,
        l.changes,
        l.read_ms,
        l.load_ms,
        l.materialize_ms,
        l.before_mb.map_or("n/a".into(), |x| format!("{x:.1} MB")),
        l.peak_mb.map_or("n/a".into(), |x| format!("{x:.1} MB")),
        l.compaction_ms,
    );
    out += &format!(
        "Merge: two copies of a {}-card file, {} edits on each: merge_copy {:.1} ms (median of 3), {} changes came in.\n",
        m.cards, m.edits_each, m.merge_ms, m.incoming
    );
    out += "File growth over the edits (file + -wal, measured closed, i.e. after SQLite's checkpoint), from a file that\n";
    out += "  already had 70 edits (its first compaction behind it). A compaction frees pages the file keeps for later\n";
    out += "  writes, so the file grows in steps: pages in use (file less free pages) is the steadier figure.\n";
    out += &format!(
        "{:>8}  {:>14}  {:>7}  {:>15}  {:>15}  {:>18}  {:>18}  {:>24}\n",
        "cards", "file MB before", "edits", "file KB docs", "file KB no docs", "in use KB docs", "in use KB no docs", "document chunks KB"
    );
    for g in &report.growth {
        let kb = |b: u64| b as f64 / 1024.0;
        out += &format!(
            "{:>8}  {:>14.2}  {:>7}  {:>15.1}  {:>15.1}  {:>18.1}  {:>18.1}  {:>24}\n",
            g.cards,
            g.bytes_before as f64 / 1e6,
            g.edits,
            kb(g.with_documents.0),
            kb(g.without_documents.0),
            kb(g.with_documents.1),
            kb(g.without_documents.1),
            format!("{:.1} -> {:.1}", kb(g.chunk_bytes.0), kb(g.chunk_bytes.1)),
        );
    }

    // Every figure with its target.
    let mut targets: Vec<(String, String, String, Option<bool>)> = Vec::new();
    for r in rows {
        let ratio = r.edit_ms / r.plain_ms;
        targets.push((
            format!("edit p50 docs / no docs, {} cards", label(r)),
            format!("{ratio:.2} x ({:.2} / {:.2} ms)", r.edit_ms, r.plain_ms),
            format!("≤ {RATIO_TARGET} x"),
            Some(ratio <= RATIO_TARGET),
        ));
    }
    let at_10k = rows.iter().find(|r| r.cards == 10_000 && !r.long);
    targets.push(match at_10k {
        Some(r) => (
            "edit p50 with docs, 10,000 cards".into(),
            format!("{:.2} ms (p95 {:.2})", r.edit_ms, r.edit_p95_ms),
            format!("≤ {EDIT_P50_TARGET_MS} ms"),
            Some(r.edit_ms <= EDIT_P50_TARGET_MS),
        ),
        None => ("edit p50 with docs, 10,000 cards".into(), "not run".into(), format!("≤ {EDIT_P50_TARGET_MS} ms"), None),
    });
    targets.push(match at_10k {
        Some(r) => (
            "open a 10,000-card journey (read model)".into(),
            format!("{:.2} ms", r.open_ms),
            format!("< {OPEN_TARGET_MS} ms"),
            Some(r.open_ms < OPEN_TARGET_MS),
        ),
        None => ("open a 10,000-card journey (read model)".into(), "not run".into(), format!("< {OPEN_TARGET_MS} ms"), None),
    });
    let load_total = l.read_ms + l.load_ms + l.materialize_ms;
    targets.push((
        format!("load document, {} cards / {} edits", l.cards, l.edits),
        format!("{load_total:.1} ms"),
        format!("< {LOAD_TARGET_MS} ms"),
        Some(load_total < LOAD_TARGET_MS),
    ));
    targets.push((
        "  peak memory of that load (child VmHWM)".into(),
        l.peak_mb.map_or("n/a".into(), |x| format!("{x:.1} MB")),
        format!("< {LOAD_PEAK_TARGET_MB} MB"),
        l.peak_mb.map(|x| x < LOAD_PEAK_TARGET_MB),
    ));
    targets.push((
        format!("merge two copies, {} edits each", m.edits_each),
        format!("{:.1} ms", m.merge_ms),
        format!("< {MERGE_TARGET_MS} ms"),
        Some(m.merge_ms < MERGE_TARGET_MS),
    ));
    for g in &report.growth {
        let per = |b: u64| b as f64 * 1000.0 / g.edits as f64 / 1024.0;
        targets.push((
            format!("growth / 1,000 edits, {} cards, docs / no docs", g.cards),
            format!(
                "file {:.0} / {:.0} KB, in use {:.0} / {:.0} KB",
                per(g.with_documents.0),
                per(g.without_documents.0),
                per(g.with_documents.1),
                per(g.without_documents.1)
            ),
            "compared".into(),
            None,
        ));
    }
    out += "\nTargets\n";
    out += &format!("{:<52}  {:<40}  {:<12}  {}\n", "figure", "measured", "target", "");
    for (what, figure, target, pass) in &targets {
        let word = match pass {
            Some(p) => verdict(*p),
            None if figure == "not run" => "not run",
            None => "",
        };
        out += &format!("{what:<52}  {figure:<40}  {target:<12}  {word}\n");
    }

    let eight: Vec<&Row> = rows.iter().filter(|r| !r.long).collect();
    let first = *eight.first().expect("at least one size");
    let last = *eight.last().expect("at least one size");
    let long = rows.iter().find(|r| r.long);
    let json = serde_json::json!({
        "sizes": eight.iter().map(|r| r.cards).collect::<Vec<_>>(),
        "edit_ms_median": eight.iter().map(|r| round(r.edit_ms)).collect::<Vec<_>>(),
        "edit_ms_p95": eight.iter().map(|r| round(r.edit_p95_ms)).collect::<Vec<_>>(),
        "edit_ms_median_without_documents": eight.iter().map(|r| round(r.plain_ms)).collect::<Vec<_>>(),
        "edit_ms_p95_without_documents": eight.iter().map(|r| round(r.plain_p95_ms)).collect::<Vec<_>>(),
        "documents_ratio_p50": eight.iter().map(|r| round(r.edit_ms / r.plain_ms)).collect::<Vec<_>>(),
        "first_edit_ms": eight.iter().map(|r| round(r.first_edit_ms)).collect::<Vec<_>>(),
        "baseline_ms_median": eight.iter().map(|r| round(r.baseline_ms)).collect::<Vec<_>>(),
        "open_ms": eight.iter().map(|r| round(r.open_ms)).collect::<Vec<_>>(),
        "file_mb": eight.iter().map(|r| round(r.file_mb)).collect::<Vec<_>>(),
        "ratio_largest_to_smallest": round(last.edit_ms / first.edit_ms),
        "long_map_edit_ms_median": long.map(|r| round(r.edit_ms)),
        "long_map_documents_ratio_p50": long.map(|r| round(r.edit_ms / r.plain_ms)),
        "ratio_long_largest_to_smallest": long.map(|r| round(r.edit_ms / first.edit_ms)),
        "live_layout_ms": eight.iter().map(|r| round(r.live_layout_ms)).collect::<Vec<_>>(),
        "whole_layout_and_diff_ms": eight.iter().map(|r| round(r.whole_layout_ms)).collect::<Vec<_>>(),
        "doc_record_ms": eight.iter().map(|r| round(r.doc_record_ms)).collect::<Vec<_>>(),
        "doc_chunk_ms": eight.iter().map(|r| round(r.doc_chunk_ms)).collect::<Vec<_>>(),
        "compaction_ms": eight.iter().map(|r| round(r.snapshot_ms)).collect::<Vec<_>>(),
        "history_load": {
            "cards": l.cards, "edits": l.edits, "chunks": l.chunks, "chunk_bytes": l.chunk_bytes, "changes": l.changes,
            "read_ms": round(l.read_ms), "load_ms": round(l.load_ms), "materialize_ms": round(l.materialize_ms),
            "peak_mb": l.peak_mb.map(round), "compaction_ms": round(l.compaction_ms),
        },
        "merge": { "cards": m.cards, "edits_each": m.edits_each, "merge_ms": round(m.merge_ms), "incoming": m.incoming },
        "growth_bytes_per_1000_edits": report.growth.iter().map(|g| serde_json::json!({
            "cards": g.cards,
            "with_documents": g.with_documents.0 * 1000 / g.edits as u64,
            "without_documents": g.without_documents.0 * 1000 / g.edits as u64,
            "in_use_with_documents": g.with_documents.1 * 1000 / g.edits as u64,
            "in_use_without_documents": g.without_documents.1 * 1000 / g.edits as u64,
            "document_chunks_before": g.chunk_bytes.0,
            "document_chunks_after": g.chunk_bytes.1,
        })).collect::<Vec<_>>(),
        "missed": targets.iter().filter(|t| t.3 == Some(false)).map(|t| t.0.trim()).collect::<Vec<_>>(),
    });
    out += &json.to_string();
    out
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// `journey bench export`: the time of each map export for the 33-card sample (the baseline)
/// and a generated journey of `cards` cards, then a PNG of a map `wide_stages` stages wide.
/// Each export is written to a real file (through `export_file`), as the app does.
pub fn export(cards: usize, wide_stages: usize, keep: Option<&Path>) -> Result<String, Failure> {
    use journey_export::pdf::{Pages, Paper};
    use journey_export::{export_file, ExportOptions, Format, Job};

    let tmp = tempfile::tempdir()?;
    let dir = keep.unwrap_or(tmp.path());
    let timed = |j: &Journey, opts: ExportOptions, name: &str| -> Result<(f64, u64), Failure> {
        let path = dir.join(name);
        let start = Instant::now();
        export_file(j, &opts, &path, &Job::silent())?;
        Ok((ms(start.elapsed()), std::fs::metadata(&path)?.len()))
    };
    let opts = |format, pages| ExportOptions { pages, ..ExportOptions::new(format) };
    let sample = journey_core::sample::sample_journeys().remove(0);
    let big = synthetic_journey(cards);
    let mut out = String::from("journey            cards     svg ms     png ms     pdf ms  pdf A4 ms  pdf pages\n");
    let mut figures = Vec::new();
    for (label, j) in [("sample", &sample), ("generated", &big)] {
        let (svg, _) = timed(j, opts(Format::Svg, Pages::Fit), &format!("{label}.svg"))?;
        let (png, _) = timed(j, opts(Format::Png, Pages::Fit), &format!("{label}.png"))?;
        let (pdf, _) = timed(j, opts(Format::Pdf, Pages::Fit), &format!("{label}.pdf"))?;
        let (tiled, _) = timed(j, opts(Format::Pdf, Pages::Tiled(Paper::A4)), &format!("{label}-a4.pdf"))?;
        let l = journey_core::layout(j);
        let (w, h) = journey_export::svg::size(&l);
        let pages = (w * 0.75 / 786.0).ceil() * (h * 0.75 / 521.0).ceil() + 1.0;
        out += &format!("{label:<14} {:>9} {svg:>10.1} {png:>10.1} {pdf:>10.1} {tiled:>10.1} {pages:>10}\n", j.cards.len());
        figures.push((svg, png, pdf, tiled));
    }
    let wide = journey_core::sample::synthetic_wide_journey(wide_stages, 12);
    let (w, h) = journey_export::svg::size(&journey_core::layout(&wide));
    let (wide_ms, wide_bytes) = timed(&wide, opts(Format::Png, Pages::Fit), "wide.png")?;
    out += &format!(
        "\nwide map: {wide_stages} stages, {} cards, {w:.0} x {h:.0} px PNG in {wide_ms:.1} ms ({:.1} MB)\n",
        wide.cards.len(),
        wide_bytes as f64 / 1e6
    );
    let (_, _, sample_pdf, _) = figures[0];
    let (svg, png, pdf, tiled) = figures[1];
    out += &serde_json::json!({
        "cards": cards,
        "svg_ms": (svg * 10.0).round() / 10.0,
        "png_ms": (png * 10.0).round() / 10.0,
        "pdf_ms": (pdf * 10.0).round() / 10.0,
        "pdf_a4_tiled_ms": (tiled * 10.0).round() / 10.0,
        "sample_pdf_ms": (sample_pdf * 10.0).round() / 10.0,
        "wide_png_ms": (wide_ms * 10.0).round() / 10.0,
        "wide_png_width": w.ceil(),
        "wide_png_height": h.ceil(),
    })
    .to_string();
    Ok(out)
}

/// `journey bench analyse`: the median of 5 runs of every analysis, for the sample and for
/// generated journeys of `sizes` cards.
pub fn analyse(sizes: &[usize]) -> String {
    let time = |j: &Journey| {
        let runs: Vec<f64> = (0..5)
            .map(|_| {
                let start = Instant::now();
                let i = journey_core::insights::analyse(j);
                std::hint::black_box(&i);
                ms(start.elapsed())
            })
            .collect();
        median(runs)
    };
    let sample = journey_core::sample::sample_journeys().remove(0);
    let mut out = String::from("journey        cards   analyse ms (median of 5)\n");
    let baseline = time(&sample);
    out += &format!("sample     {:>9} {baseline:>12.2}\n", sample.cards.len());
    let mut figures = serde_json::Map::new();
    figures.insert("sample_ms".into(), ((baseline * 100.0).round() / 100.0).into());
    for &n in sizes {
        let t = time(&synthetic_journey(n));
        out += &format!("generated  {n:>9} {t:>12.2}\n");
        figures.insert(format!("cards_{n}_ms"), ((t * 100.0).round() / 100.0).into());
    }
    out + &serde_json::Value::Object(figures).to_string()
}
