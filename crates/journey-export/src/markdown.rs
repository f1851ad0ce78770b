//! The journey as a readable Markdown report: who the customer is, what happens stage by
//! stage, how they feel along the way, which pains matter most and what answers them.

use std::fmt::Write;

use journey_core::layout::layout;
use journey_core::{Card, CardBody, CardKind, Journey};

use crate::labels::Words;
use journey_i18n::Arg;

/// Text safe inside a Markdown line or table cell: no markup, no raw HTML, no line breaks.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn card_line(w: Words, j: &Journey, c: &Card) -> String {
    let line = card_body_line(w, j, c);
    let mut extra = Vec::new();
    if c.workshop.votes > 0 {
        extra.push(w.format("export-md-votes", &[("count", c.workshop.votes.into())]));
    }
    if let Some(a) = &c.workshop.author {
        extra.push(w.format("export-md-by", &[("author", inline(a).into())]));
    }
    if extra.is_empty() { line } else { format!("{line} *({})*", w.localizer().list(&extra)) }
}

fn card_body_line(w: Words, j: &Journey, c: &Card) -> String {
    let text = if c.text.trim().is_empty() { w.text("export-md-empty-card") } else { inline(&c.text) };
    let kind = |k: CardKind| w.card_kind(k);
    // Labels in the report read as words inside a sentence; lower case where the language has it.
    let lower = |s: String| if w.language().code == "en" { s.to_lowercase() } else { s };
    match &c.body {
        CardBody::Touchpoint(t) => {
            let mut facts = Vec::new();
            if let Some(ch) = &t.channel {
                facts.push(inline(&w.channel(ch)));
            }
            if t.moment_of_truth {
                facts.push(lower(w.text("moment-of-truth")));
            }
            if let Some(e) = &t.emotion {
                let name = w.emotion(j, e.score, &e.name);
                facts.push(
                    w.format(
                        "export-md-feels",
                        &[
                            ("score", Arg::score(e.score)),
                            ("emotion", inline(&name).into()),
                        ],
                    )
                    .trim_end()
                    .to_string(),
                );
            }
            let mut line = format!("- **{}**{}: {text}", kind(CardKind::Touchpoint), paren(w, &facts));
            if let Some(s) = &t.sacrifice {
                let said = w.format("export-md-wanted-accepted", &[("wanted", inline(&s.wanted).into()), ("accepted", inline(&s.accepted).into())]);
                let _ = write!(line, " — *{}:* {said}", w.text("export-md-sacrifice"));
            }
            line
        }
        CardBody::PainPoint(p) => {
            let weight = w.format("export-md-pain-weight", &[("severity", p.severity.into()), ("frequency", p.frequency.into()), ("weight", p.priority().into())]);
            let mut facts = vec![weight];
            if let Some(pl) = p.pillar {
                facts.push(lower(w.pillar(pl)));
            }
            if let Some(f) = &p.friction {
                facts.push(lower(inline(&w.friction(f))));
            }
            format!("- **{}**{}: {text}", kind(CardKind::PainPoint), paren(w, &facts))
        }
        CardBody::Opportunity(o) => {
            let mut facts = vec![w.format("export-md-value-effort", &[("value", o.value.into()), ("effort", o.effort.into())])];
            if let Some(lp) = o.loyalty_pillar {
                facts.push(lower(w.loyalty(lp)));
            }
            if !o.owner.is_empty() {
                facts.push(w.format("export-md-owner", &[("owner", inline(&o.owner).into())]));
            }
            format!("- **{}**{}: {text}", kind(CardKind::Opportunity), paren(w, &facts))
        }
        CardBody::Quote { speaker } => {
            let who = if speaker.is_empty() { String::new() } else { format!(" — {}", inline(speaker)) };
            let (open, close) = quotes(w);
            format!("- **{}**: {open}{text}{close}{who}", kind(CardKind::Quote))
        }
        CardBody::Note => format!("- {text}"),
    }
}

/// Quotation marks of the report's language.
fn quotes(w: Words) -> (&'static str, &'static str) {
    match w.language().code {
        "fa" | "ru" => ("«", "»"),
        _ => ("“", "”"),
    }
}

/// The analysis (journey-core's insights): the findings, then the pillar heatmap.
fn insights(s: &mut String, w: Words, j: &Journey) {
    let i = journey_core::insights::analyse(j);
    let _ = writeln!(s, "## {}\n", w.text("export-md-insights"));
    for f in &i.findings {
        let mark = match f.level {
            journey_core::insights::Level::Warning => "⚠️ ",
            journey_core::insights::Level::Info => "",
        };
        let _ = writeln!(s, "- {mark}{}", inline(&f.text(w.localizer())));
    }
    let stages = j.graph.order();
    if i.pillars.heatmap.iter().any(|c| c.severity > 0) {
        let _ = writeln!(s, "\n### {}\n", w.text("export-heatmap-title"));
        let pillars = journey_core::CxPillar::ALL;
        let head: Vec<String> = pillars.iter().map(|p| w.pillar(*p)).collect();
        let _ = writeln!(s, "| {} | {} |\n|---|{}", w.text("export-col-stage"), head.join(" | "), "---:|".repeat(pillars.len()));
        for id in &stages {
            let cells: Vec<String> = pillars
                .iter()
                .map(|p| i.pillars.heatmap.iter().find(|c| c.stage == *id && c.pillar == *p).map_or(0, |c| c.severity))
                .map(|v| if v == 0 { String::new() } else { format!("**{v}**") })
                .collect();
            let name = j.graph.stage(*id).map_or(String::new(), |st| inline(&st.name));
            let _ = writeln!(s, "| {name} | {} |", cells.join(" | "));
        }
    }
    s.push('\n');
}

fn paren(w: Words, facts: &[String]) -> String {
    if facts.is_empty() { String::new() } else { format!(" ({})", w.localizer().list(facts)) }
}

/// The report in English.
pub fn to_markdown(j: &Journey) -> String {
    to_markdown_in(j, Words::default())
}

/// The report with its headings, labels and findings in `w`'s language.
pub fn to_markdown_in(j: &Journey, w: Words) -> String {
    let mut s = String::new();
    let (open, close) = quotes(w);
    let col = |id: &str| w.text(id);
    let _ = writeln!(s, "# {}\n", inline(&j.name));
    if !j.goal.is_empty() {
        let _ = writeln!(s, "**{}:** {}\n", w.text("export-md-goal"), inline(&j.goal));
    }
    let stages = j.graph.ordered_stages();
    let stage_no = |id| stages.iter().position(|st| st.id == id).map_or(0, |i| i + 1);
    let stage_name = |id| j.graph.stage(id).map_or(String::new(), |st| inline(&st.name));
    let summary = w.format(
        "export-md-summary",
        &[
            ("stages", stages.len().into()),
            ("cards", j.cards.len().into()),
            ("min", Arg::score(j.scale.min)),
            ("max", Arg::score(j.scale.max)),
        ],
    );
    let _ = writeln!(s, "{summary}\n");

    if !j.personas.is_empty() {
        let _ = writeln!(s, "## {}\n", w.text("export-md-personas"));
        for p in &j.personas {
            let role = if p.role.is_empty() { String::new() } else { format!(" — {}", inline(&p.role)) };
            let kind = p.value_type.map_or(String::new(), |v| match v {
                journey_core::CustomerValue::Spender => format!(" ({})", w.text("persona-value-spender")),
                journey_core::CustomerValue::Sender => format!(" ({})", w.text("persona-value-sender")),
            });
            let _ = writeln!(s, "### {}{role}{kind}\n", inline(&p.name));
            for (title, list) in [("export-md-goals", &p.goals), ("export-md-needs", &p.needs), ("export-md-frustrations", &p.frustrations)] {
                if !list.is_empty() {
                    let items: Vec<String> = list.iter().map(|i| inline(i)).collect();
                    let _ = writeln!(s, "- **{}:** {}", w.text(title), items.join("; "));
                }
            }
            if !p.quote.is_empty() {
                let _ = writeln!(s, "- **{}:** {open}{}{close}", w.text("export-md-in-their-words"), inline(&p.quote));
            }
            s.push('\n');
        }
    }

    insights(&mut s, w, j);

    let _ = writeln!(s, "## {}\n", w.text("export-md-stages"));
    for (i, st) in stages.iter().enumerate() {
        let phase = st.phase.as_ref().map_or(String::new(), |p| format!(" · {}", inline(&w.phase(p))));
        let _ = writeln!(s, "### {}. {}{phase}\n", i + 1, inline(&st.name));
        if !st.description.is_empty() {
            let _ = writeln!(s, "{}\n", inline(&st.description));
        }
        let metrics: Vec<String> = [("NPS", &st.metrics.nps), ("CSAT", &st.metrics.csat), ("CES", &st.metrics.ces)]
            .into_iter()
            .filter_map(|(n, m)| m.as_ref().map(|m| format!("{n} {} (n = {})", m.value, m.sample_size)))
            .collect();
        if !metrics.is_empty() {
            let _ = writeln!(s, "*{}*\n", metrics.join(" · "));
        }
        let mut any = false;
        for lane in j.lanes_in_order() {
            let cards = j.cards_in_cell(st.id, lane.id);
            if cards.is_empty() {
                continue;
            }
            any = true;
            let kind = w.lane_kind(lane.kind);
            let kind = if w.language().code == "en" { kind.to_lowercase() } else { kind };
            let _ = writeln!(s, "**{}** ({kind})\n", inline(&lane.name));
            for c in cards {
                let _ = writeln!(s, "{}", card_line(w, j, c));
            }
            s.push('\n');
        }
        if !any {
            let _ = writeln!(s, "*{}*\n", w.text("export-md-no-cards"));
        }
    }

    // The emotion curve as the map draws it: touchpoints in grid order.
    let l = layout(j);
    if let Some(curve) = l.curves.iter().find(|c| c.persona.is_none()).filter(|c| !c.points.is_empty()) {
        let _ = writeln!(s, "## {}\n", w.text("export-md-emotion-title"));
        let _ = writeln!(
            s,
            "| # | {} | {} | {} | {} |\n|---:|---|---|---:|---|",
            col("export-col-stage"),
            w.card_kind(CardKind::Touchpoint),
            col("export-col-score"),
            col("export-col-emotion")
        );
        for (i, p) in curve.points.iter().enumerate() {
            let Some(c) = j.card(p.card) else { continue };
            let own = c.emotion().map_or("", |e| e.name.as_str());
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                i + 1,
                stage_name(c.stage),
                inline(&c.text),
                w.score(p.score),
                inline(&w.emotion(j, p.score, own))
            );
        }
        let scores: Vec<i32> = curve.points.iter().map(|p| p.score).collect();
        let mean = f64::from(scores.iter().sum::<i32>()) / scores.len() as f64;
        let low = curve.points.iter().min_by_key(|p| p.score).expect("not empty");
        let high = curve.points.iter().max_by_key(|p| p.score).expect("not empty");
        let text_of = |id| j.card(id).map_or(String::new(), |c| inline(&c.text));
        let average = w.format("export-md-average", &[("mean", format!("{mean:+.1}").into()), ("count", scores.len().into())]);
        let _ = writeln!(s, "\n- **{}:** {average}", w.text("export-md-average-label"));
        let at_stage = |score: i32, card| {
            let stage = stage_name(j.card(card).map_or(card, |c| c.stage));
            w.format(
                "export-md-at-stage",
                &[
                    ("score", Arg::score(score)),
                    ("card", text_of(card).into()),
                    ("stage", stage.into()),
                ],
            )
        };
        let _ = writeln!(s, "- **{}:** {}", w.text("export-md-lowest"), at_stage(low.score, low.card));
        let _ = writeln!(s, "- **{}:** {}", w.text("export-md-highest"), at_stage(high.score, high.card));
        let end = curve.points.last().expect("not empty");
        let at_end = w.format(
            "export-md-at",
            &[
                ("score", Arg::score(end.score)),
                ("card", text_of(end.card).into()),
            ],
        );
        let _ = writeln!(s, "- **{}:** {at_end}", w.text("export-md-end"));
        if let Some((a, b)) = curve.points.windows(2).map(|p| (&p[0], &p[1])).min_by_key(|(a, b)| b.score - a.score) {
            if b.score < a.score {
                let drop = w.format(
                    "export-md-drop",
                    &[
                        ("from", Arg::score(a.score)),
                        ("to", Arg::score(b.score)),
                        ("fromCard", text_of(a.card).into()),
                        ("toCard", text_of(b.card).into()),
                    ],
                );
                let _ = writeln!(s, "- **{}:** {drop}", w.text("export-md-largest-drop"));
            }
        }
        s.push('\n');
    }

    let mut pains: Vec<&Card> = j.cards.values().filter(|c| matches!(c.body, CardBody::PainPoint(_))).collect();
    let weight = |c: &Card| match &c.body {
        CardBody::PainPoint(p) => p.priority(),
        _ => 0,
    };
    pains.sort_by(|a, b| weight(b).cmp(&weight(a)).then(stage_no(a.stage).cmp(&stage_no(b.stage))).then(a.rank.total_cmp(&b.rank)));
    let answered_by = |pain: &Card| -> Vec<String> {
        j.cards
            .values()
            .filter(|c| matches!(&c.body, CardBody::Opportunity(o) if o.answers.contains(&pain.id)))
            .map(|c| inline(&c.text))
            .collect()
    };
    if !pains.is_empty() {
        let _ = writeln!(s, "## {}\n", w.text("export-md-pains-title"));
        let head = [
            col("export-col-rank"),
            w.card_kind(CardKind::PainPoint),
            col("export-col-stage"),
            col("export-col-severity"),
            col("export-col-frequency"),
            col("export-col-weight"),
            col("export-col-pillar"),
            col("export-col-answered-by"),
        ];
        let _ = writeln!(s, "| {} |\n|---:|---|---|---:|---:|---:|---|---|", head.join(" | "));
        for (i, c) in pains.iter().enumerate() {
            let CardBody::PainPoint(p) = &c.body else { continue };
            let answers = answered_by(c);
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                i + 1,
                inline(&c.text),
                stage_name(c.stage),
                p.severity,
                p.frequency,
                weight(c),
                p.pillar.map_or(String::new(), |pl| w.pillar(pl)),
                if answers.is_empty() { format!("*{}*", w.text("export-md-nothing-yet")) } else { answers.join("; ") }
            );
        }
        s.push('\n');
    }

    let opportunities: Vec<&Card> = j.cards.values().filter(|c| matches!(c.body, CardBody::Opportunity(_))).collect();
    if !opportunities.is_empty() {
        let _ = writeln!(s, "## {}\n", w.text("export-md-opportunities"));
        let head = [
            w.card_kind(CardKind::Opportunity),
            col("export-col-stage"),
            col("export-col-value"),
            col("export-col-effort"),
            col("export-col-loyalty-pillar"),
            col("export-col-answers"),
        ];
        let _ = writeln!(s, "| {} |\n|---|---|---:|---:|---|---|", head.join(" | "));
        for c in opportunities {
            let CardBody::Opportunity(o) = &c.body else { continue };
            let answers: Vec<String> = o.answers.iter().filter_map(|id| j.card(*id)).map(|p| inline(&p.text)).collect();
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} |",
                inline(&c.text),
                stage_name(c.stage),
                o.value,
                o.effort,
                o.loyalty_pillar.map_or(String::new(), |lp| w.loyalty(lp)),
                answers.join("; ")
            );
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::sample::sample_journeys;

    #[test]
    fn pains_are_ranked_by_severity_times_frequency() {
        let j = &sample_journeys()[0];
        let md = to_markdown(j);
        let section = md.split("## Pain points by priority").nth(1).unwrap().split("\n## ").next().unwrap();
        let weights: Vec<u32> = section
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| Rank"))
            .map(|l| l.split(" | ").nth(5).unwrap().trim().parse().unwrap())
            .collect();
        let pains = j.cards.values().filter(|c| matches!(c.body, CardBody::PainPoint(_))).count();
        assert_eq!(weights.len(), pains);
        assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    }

    #[test]
    fn every_stage_appears_in_graph_order() {
        let j = &sample_journeys()[0];
        let md = to_markdown(j);
        let mut at = 0;
        for (i, st) in j.graph.ordered_stages().iter().enumerate() {
            let heading = format!("### {}. {}", i + 1, inline(&st.name));
            let found = md[at..].find(&heading).unwrap_or_else(|| panic!("{heading} missing or out of order"));
            at += found;
        }
    }

    #[test]
    fn workshop_votes_and_authors_reach_the_report_and_the_map() {
        let mut j = sample_journeys().remove(0);
        let card = j.cards.values_mut().find(|c| c.text.starts_with("Delivery fee")).unwrap();
        card.workshop.votes = 3;
        card.workshop.author = Some("Ben".into());
        assert!(to_markdown(&j).contains("Delivery fee only appears at checkout *(3 votes, by Ben)*"));
        // On the map the dots come first; the author goes where a card's tag row has room.
        let note = j.cards.values_mut().find(|c| c.text.starts_with("Opens the fridge")).unwrap();
        note.workshop.author = Some("Ana".into());
        let svg = crate::svg::to_svg(&j, crate::svg::SvgOptions::default());
        assert!(svg.contains(">3 ●</text>"), "the map shows the dots");
        assert!(svg.contains(">Ana</text>"), "the map shows the author");
    }

    #[test]
    fn markup_in_text_is_escaped() {
        let mut j = sample_journeys().remove(0);
        for c in j.cards.values_mut() {
            c.text = "<script>x</script> | **b** [l](http://x)\nnext".into();
        }
        let md = to_markdown(&j);
        assert!(!md.contains("<script>"));
        assert!(md.contains("&lt;script&gt;x&lt;/script&gt; \\| \\*\\*b\\*\\* \\[l\\](http://x) next"));
    }
}
