//! The journey as a readable Markdown report: who the customer is, what happens stage by
//! stage, how they feel along the way, which pains matter most and what answers them.

use std::fmt::Write;

use journey_core::layout::layout;
use journey_core::{Card, CardBody, Journey};

use crate::svg::{emotion_name, friction_label, lane_kind_label, loyalty_label};

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

fn signed(n: i32) -> String {
    if n > 0 { format!("+{n}") } else { n.to_string() }
}

fn card_line(j: &Journey, c: &Card) -> String {
    let line = card_body_line(j, c);
    let mut extra = Vec::new();
    if c.workshop.votes > 0 {
        extra.push(format!("{} vote{}", c.workshop.votes, if c.workshop.votes == 1 { "" } else { "s" }));
    }
    if let Some(a) = &c.workshop.author {
        extra.push(format!("by {}", inline(a)));
    }
    if extra.is_empty() { line } else { format!("{line} *({})*", extra.join(", ")) }
}

fn card_body_line(j: &Journey, c: &Card) -> String {
    let text = if c.text.trim().is_empty() { "(empty card)".to_string() } else { inline(&c.text) };
    match &c.body {
        CardBody::Touchpoint(t) => {
            let mut facts = Vec::new();
            if let Some(ch) = &t.channel {
                facts.push(inline(ch.label()));
            }
            if t.moment_of_truth {
                facts.push("moment of truth".into());
            }
            if let Some(e) = &t.emotion {
                let name = emotion_name(j, e.score, &e.name);
                facts.push(format!("feels {} {}", signed(e.score), inline(name)).trim_end().to_string());
            }
            let mut line = format!("- **Touchpoint**{}: {text}", paren(&facts));
            if let Some(s) = &t.sacrifice {
                let _ = write!(line, " — *sacrifice:* wanted {}, accepted {}", inline(&s.wanted), inline(&s.accepted));
            }
            line
        }
        CardBody::PainPoint(p) => {
            let mut facts = vec![format!("severity {} × frequency {} = {}", p.severity, p.frequency, p.priority())];
            if let Some(pl) = p.pillar {
                facts.push(pl.label().to_lowercase());
            }
            if let Some(f) = &p.friction {
                facts.push(inline(friction_label(f)).to_lowercase());
            }
            format!("- **Pain point**{}: {text}", paren(&facts))
        }
        CardBody::Opportunity(o) => {
            let mut facts = vec![format!("value {}, effort {}", o.value, o.effort)];
            if let Some(lp) = o.loyalty_pillar {
                facts.push(loyalty_label(lp).to_lowercase());
            }
            if !o.owner.is_empty() {
                facts.push(format!("owner {}", inline(&o.owner)));
            }
            format!("- **Opportunity**{}: {text}", paren(&facts))
        }
        CardBody::Quote { speaker } => {
            let who = if speaker.is_empty() { String::new() } else { format!(" — {}", inline(speaker)) };
            format!("- **Quote**: “{text}”{who}")
        }
        CardBody::Note => format!("- {text}"),
    }
}

/// The analysis (journey-core's insights): the findings, then the pillar heatmap.
fn insights(s: &mut String, j: &Journey) {
    let i = journey_core::insights::analyse(j);
    let _ = writeln!(s, "## Insights\n");
    for f in &i.findings {
        let mark = match f.level {
            journey_core::insights::Level::Warning => "⚠️ ",
            journey_core::insights::Level::Info => "",
        };
        let _ = writeln!(s, "- {mark}{}", inline(&f.message));
    }
    let stages = j.graph.order();
    if i.pillars.heatmap.iter().any(|c| c.severity > 0) {
        let _ = writeln!(s, "\n### Pain severity by stage and CX pillar\n");
        let pillars = journey_core::CxPillar::ALL;
        let head: Vec<&str> = pillars.iter().map(|p| p.label()).collect();
        let _ = writeln!(s, "| Stage | {} |\n|---|{}", head.join(" | "), "---:|".repeat(pillars.len()));
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

fn paren(facts: &[String]) -> String {
    if facts.is_empty() { String::new() } else { format!(" ({})", facts.join(", ")) }
}

pub fn to_markdown(j: &Journey) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", inline(&j.name));
    if !j.goal.is_empty() {
        let _ = writeln!(s, "**Goal:** {}\n", inline(&j.goal));
    }
    let stages = j.graph.ordered_stages();
    let stage_no = |id| stages.iter().position(|st| st.id == id).map_or(0, |i| i + 1);
    let stage_name = |id| j.graph.stage(id).map_or(String::new(), |st| inline(&st.name));
    let _ = writeln!(
        s,
        "{} stages · {} cards · emotion scale {} to {}\n",
        stages.len(),
        j.cards.len(),
        signed(j.scale.min),
        signed(j.scale.max)
    );

    if !j.personas.is_empty() {
        let _ = writeln!(s, "## Personas\n");
        for p in &j.personas {
            let role = if p.role.is_empty() { String::new() } else { format!(" — {}", inline(&p.role)) };
            let kind = p.value_type.map_or("", |v| match v {
                journey_core::CustomerValue::Spender => " (spender)",
                journey_core::CustomerValue::Sender => " (sender)",
            });
            let _ = writeln!(s, "### {}{role}{kind}\n", inline(&p.name));
            for (title, list) in [("Goals", &p.goals), ("Needs", &p.needs), ("Frustrations", &p.frustrations)] {
                if !list.is_empty() {
                    let items: Vec<String> = list.iter().map(|i| inline(i)).collect();
                    let _ = writeln!(s, "- **{title}:** {}", items.join("; "));
                }
            }
            if !p.quote.is_empty() {
                let _ = writeln!(s, "- **In their words:** “{}”", inline(&p.quote));
            }
            s.push('\n');
        }
    }

    insights(&mut s, j);

    let _ = writeln!(s, "## Stages\n");
    for (i, st) in stages.iter().enumerate() {
        let phase = st.phase.as_ref().map_or(String::new(), |p| format!(" · {}", inline(p.label())));
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
            let _ = writeln!(s, "**{}** ({})\n", inline(&lane.name), lane_kind_label(lane.kind).to_lowercase());
            for c in cards {
                let _ = writeln!(s, "{}", card_line(j, c));
            }
            s.push('\n');
        }
        if !any {
            let _ = writeln!(s, "*No cards yet.*\n");
        }
    }

    // The emotion curve as the map draws it: touchpoints in grid order.
    let l = layout(j);
    if let Some(curve) = l.curves.iter().find(|c| c.persona.is_none()).filter(|c| !c.points.is_empty()) {
        let _ = writeln!(s, "## Emotion along the journey\n");
        let _ = writeln!(s, "| # | Stage | Touchpoint | Score | Emotion |\n|---:|---|---|---:|---|");
        for (i, p) in curve.points.iter().enumerate() {
            let Some(c) = j.card(p.card) else { continue };
            let own = c.emotion().map_or("", |e| e.name.as_str());
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                i + 1,
                stage_name(c.stage),
                inline(&c.text),
                signed(p.score),
                inline(emotion_name(j, p.score, own))
            );
        }
        let scores: Vec<i32> = curve.points.iter().map(|p| p.score).collect();
        let mean = f64::from(scores.iter().sum::<i32>()) / scores.len() as f64;
        let low = curve.points.iter().min_by_key(|p| p.score).expect("not empty");
        let high = curve.points.iter().max_by_key(|p| p.score).expect("not empty");
        let text_of = |id| j.card(id).map_or(String::new(), |c| inline(&c.text));
        let _ = writeln!(s, "\n- **Average:** {mean:+.1} over {} touchpoints", scores.len());
        let _ = writeln!(s, "- **Lowest:** {} at “{}” ({})", signed(low.score), text_of(low.card), stage_name(j.card(low.card).map_or(low.card, |c| c.stage)));
        let _ = writeln!(s, "- **Highest:** {} at “{}” ({})", signed(high.score), text_of(high.card), stage_name(j.card(high.card).map_or(high.card, |c| c.stage)));
        let end = curve.points.last().expect("not empty");
        let _ = writeln!(s, "- **End:** {} at “{}”", signed(end.score), text_of(end.card));
        if let Some((a, b)) = curve.points.windows(2).map(|w| (&w[0], &w[1])).min_by_key(|(a, b)| b.score - a.score) {
            if b.score < a.score {
                let _ = writeln!(s, "- **Largest drop:** {} → {} from “{}” to “{}”", signed(a.score), signed(b.score), text_of(a.card), text_of(b.card));
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
        let _ = writeln!(s, "## Pain points by priority (severity × frequency)\n");
        let _ = writeln!(s, "| Rank | Pain point | Stage | Severity | Frequency | S×F | Pillar | Answered by |\n|---:|---|---|---:|---:|---:|---|---|");
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
                p.pillar.map_or("", |pl| pl.label()),
                if answers.is_empty() { "*nothing yet*".to_string() } else { answers.join("; ") }
            );
        }
        s.push('\n');
    }

    let opportunities: Vec<&Card> = j.cards.values().filter(|c| matches!(c.body, CardBody::Opportunity(_))).collect();
    if !opportunities.is_empty() {
        let _ = writeln!(s, "## Opportunities\n");
        let _ = writeln!(s, "| Opportunity | Stage | Value | Effort | Loyalty pillar | Answers |\n|---|---|---:|---:|---|---|");
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
                o.loyalty_pillar.map_or("", loyalty_label),
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
