//! `journey analyse` as text: the findings, then the figures behind them.

use std::fmt::Write;

use journey_core::insights::Insights;
use journey_core::{CxPillar, Id, Journey};

fn stage(j: &Journey, id: Id) -> String {
    j.graph.stage(id).map_or_else(|| "?".into(), |s| s.name.clone())
}

pub fn report(j: &Journey, i: &Insights) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n", j.name);
    let _ = writeln!(s, "Findings");
    for f in &i.findings {
        let mark = match f.level {
            journey_core::insights::Level::Warning => "!",
            journey_core::insights::Level::Info => "-",
        };
        let _ = writeln!(s, "  {mark} {}", f.message);
    }
    let _ = writeln!(s, "\nPaths ({}{})", i.paths.paths.len(), if i.paths.truncated { ", more not listed" } else { "" });
    for (k, p) in i.paths.paths.iter().enumerate() {
        let route: Vec<String> = p.stages.iter().map(|id| stage(j, *id)).collect();
        let mut tags = Vec::new();
        if i.paths.worst_by_mean == Some(k) {
            tags.push("worst mean");
        }
        if i.paths.worst_by_min == Some(k) {
            tags.push("lowest point");
        }
        if i.paths.best == Some(k) {
            tags.push("best");
        }
        let mean = p.mean.map_or("no scores".to_string(), |m| format!("mean {m:+.2}, min {:+}", p.min.unwrap_or(0)));
        let tags = if tags.is_empty() { String::new() } else { format!("  [{}]", tags.join(", ")) };
        let _ = writeln!(s, "  {}. {} ({mean}){tags}", k + 1, route.join(" → "));
    }
    let _ = writeln!(s, "\nPain severity by stage and CX pillar");
    let _ = write!(s, "  {:<24}", "");
    for p in CxPillar::ALL {
        let _ = write!(s, " {:>8}", &p.label()[..p.label().len().min(8)]);
    }
    s.push('\n');
    for id in j.graph.order() {
        let name: String = stage(j, id).chars().take(24).collect();
        let _ = write!(s, "  {name:<24}");
        for p in CxPillar::ALL {
            let v = i.pillars.heatmap.iter().find(|c| c.stage == id && c.pillar == p).map_or(0, |c| c.severity);
            let _ = write!(s, " {:>8}", if v == 0 { "·".to_string() } else { v.to_string() });
        }
        s.push('\n');
    }
    s
}
