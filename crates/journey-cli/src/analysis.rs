//! `journey analyse` as text: the findings, then the figures behind them.

use std::fmt::Write;

use journey_core::insights::Insights;
use journey_core::{CxPillar, Id, Journey};
use journey_i18n::Localizer;

fn stage(j: &Journey, id: Id) -> String {
    j.graph.stage(id).map_or_else(|| "?".into(), |s| s.name.clone())
}

/// The report in `l`'s language (the findings, the headings, the pillars' names).
pub fn report(j: &Journey, i: &Insights, l: &Localizer) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n", j.name);
    let _ = writeln!(s, "{}", l.text("cli-analyse-findings"));
    for f in &i.findings {
        let mark = match f.level {
            journey_core::insights::Level::Warning => "!",
            journey_core::insights::Level::Info => "-",
        };
        let _ = writeln!(s, "  {mark} {}", f.text(l));
    }
    let paths = l.format(if i.paths.truncated { "cli-analyse-paths-more" } else { "cli-analyse-paths" }, &[("count", i.paths.paths.len().into())]);
    let _ = writeln!(s, "\n{paths}");
    for (k, p) in i.paths.paths.iter().enumerate() {
        let route: Vec<String> = p.stages.iter().map(|id| stage(j, *id)).collect();
        let mut tags = Vec::new();
        if i.paths.worst_by_mean == Some(k) {
            tags.push(l.text("cli-analyse-worst-mean"));
        }
        if i.paths.worst_by_min == Some(k) {
            tags.push(l.text("cli-analyse-lowest-point"));
        }
        if i.paths.best == Some(k) {
            tags.push(l.text("cli-analyse-best"));
        }
        let mean = p.mean.map_or_else(
            || l.text("cli-analyse-no-scores"),
            |m| {
                let mean = journey_i18n::Arg::Formatted(m, journey_i18n::NumberFormat::signed(2));
                l.format(
                    "cli-analyse-mean",
                    &[
                        ("mean", mean),
                        ("min", journey_i18n::Arg::score(p.min.unwrap_or(0))),
                    ],
                )
            },
        );
        let tags = if tags.is_empty() { String::new() } else { format!("  [{}]", l.list(&tags)) };
        let _ = writeln!(s, "  {}. {} ({mean}){tags}", k + 1, route.join(" → "));
    }
    let _ = writeln!(s, "\n{}", l.text("export-heatmap-title"));
    let _ = write!(s, "  {:<24}", "");
    for p in CxPillar::ALL {
        let name: String = l.text(p.message_id()).chars().take(8).collect();
        let _ = write!(s, " {name:>8}");
    }
    s.push('\n');
    for id in j.graph.order() {
        let name: String = stage(j, id).chars().take(24).collect();
        let _ = write!(s, "  {name:<24}");
        for p in CxPillar::ALL {
            let v = i
                .pillars
                .heatmap
                .iter()
                .find(|c| c.stage == id && c.pillar == p)
                .map_or(0, |c| c.severity);
            let _ = write!(
                s,
                " {:>8}",
                if v == 0 {
                    "·".to_string()
                } else {
                    l.number(f64::from(v), journey_i18n::NumberFormat::PLAIN)
                }
            );
        }
        s.push('\n');
    }
    s
}
