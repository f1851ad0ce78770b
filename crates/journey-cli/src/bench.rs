//! `journey bench store`: what an edit costs as journeys grow, against a naive baseline.
//!
//! For each size, a journey of that many cards is written to a fresh workspace file. Measured:
//! opening the file and reading the journey (`open`), and applying and committing one card move
//! (`edit`). The baseline is what a naive app does per edit: serialise the whole journey to JSON
//! and rewrite the file (write a temporary file, fsync, rename). Both are durable (fsynced), so
//! the comparison is fair. The store holds the journey's view, as it does for an open window,
//! so each edit also brings the kept layout up to date and reports its change. In memory, the
//! same moves also time the two ways to say what moved on the map: `LiveLayout::update` (what the
//! store does) against laying the whole journey out again and diffing it (`layout`, then
//! `LayoutPatch::between`).

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use journey_core::{sample::synthetic_journey, Edit, Id, Journey};
use journey_store::Store;

use crate::stress::Rng;
use crate::Failure;

pub struct Row {
    pub cards: usize,
    /// The long map (1,000 stages) rather than the sample's eight.
    pub long: bool,
    pub open_ms: f64,
    pub edit_ms: f64,
    pub edit_p95_ms: f64,
    pub baseline_ms: f64,
    pub file_mb: f64,
    /// Median of `LiveLayout::update` and of whole layout + diff, for the same kind of move.
    pub live_layout_ms: f64,
    pub whole_layout_ms: f64,
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
    // The sizes as the sample's eight stages (cells grow with the journey), then the largest
    // again as a long map of 1,000 stages (cells of about 17 cards): an edit keeps the layout
    // of the cells it touched, so its cost follows the cells, and the long map shows it.
    let largest = sizes.iter().copied().max().unwrap_or(0);
    let shapes = sizes.iter().map(|&n| (n, false)).chain((largest >= 1_000).then_some((largest, true)));
    for (n, long) in shapes {
        let journey = if long { journey_core::sample::synthetic_wide_journey(1_000, n / 1_000) } else { synthetic_journey(n) };
        let id = journey.id;
        let file = dir.join(format!("bench-{n}{}.journeys", if long { "-long" } else { "" }));
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
            assert_eq!(j.cards.len(), journey.cards.len());
            opens.push(ms(t.elapsed()));
        }

        let mut store = Store::open(&file)?;
        // As a window does: ask for the view, so the store keeps the layout up to date.
        store.view(id)?;
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

        let (live_layout_ms, whole_layout_ms) = layout_costs(&j, &cards, &stages, &lanes, &mut rng, edits.min(50))?;
        rows.push(Row {
            long,
            live_layout_ms,
            whole_layout_ms,
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

pub fn print(rows: &[Row]) -> String {
    let mut out = String::new();
    out += &format!(
        "{:>13}  {:>9}  {:>12}  {:>11}  {:>14}  {:>8}  {:>14}  {:>15}\n",
        "cards", "open ms", "edit ms p50", "edit ms p95", "baseline ms", "file MB", "live layout ms", "whole+diff ms"
    );
    for r in rows {
        out += &format!(
            "{:>8}{}  {:>9.2}  {:>12.2}  {:>11.2}  {:>14.2}  {:>8.1}  {:>14.3}  {:>15.3}\n",
            r.cards, if r.long { " long" } else { "     " }, r.open_ms, r.edit_ms, r.edit_p95_ms, r.baseline_ms, r.file_mb, r.live_layout_ms, r.whole_layout_ms
        );
    }
    let eight: Vec<&Row> = rows.iter().filter(|r| !r.long).collect();
    let first = *eight.first().expect("at least one size");
    let last = *eight.last().expect("at least one size");
    let long = rows.iter().find(|r| r.long);
    let json = serde_json::json!({
        "sizes": eight.iter().map(|r| r.cards).collect::<Vec<_>>(),
        "edit_ms_median": eight.iter().map(|r| round(r.edit_ms)).collect::<Vec<_>>(),
        "edit_ms_p95": eight.iter().map(|r| round(r.edit_p95_ms)).collect::<Vec<_>>(),
        "baseline_ms_median": eight.iter().map(|r| round(r.baseline_ms)).collect::<Vec<_>>(),
        "open_ms": eight.iter().map(|r| round(r.open_ms)).collect::<Vec<_>>(),
        "file_mb": eight.iter().map(|r| round(r.file_mb)).collect::<Vec<_>>(),
        "ratio_largest_to_smallest": round(last.edit_ms / first.edit_ms),
        "long_map_edit_ms_median": long.map(|r| round(r.edit_ms)),
        "ratio_long_largest_to_smallest": long.map(|r| round(r.edit_ms / first.edit_ms)),
        "live_layout_ms": eight.iter().map(|r| round(r.live_layout_ms)).collect::<Vec<_>>(),
        "whole_layout_and_diff_ms": eight.iter().map(|r| round(r.whole_layout_ms)).collect::<Vec<_>>(),
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
    let opts = |format, pages| ExportOptions { format, pages, scale: 1.0 };
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
