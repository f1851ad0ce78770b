//! Each analysis on small journeys built by hand, with the answers worked out here.

use std::collections::HashMap;

use super::*;
use crate::graph::{Flow, FlowKind, StageGraph};
use crate::model::*;

struct Build {
    j: Journey,
    stage: HashMap<&'static str, Id>,
    touchpoints: Id,
    pains: Id,
    opportunities: Id,
    rank: f64,
}

impl Build {
    /// Stages in the given order (ranks 0, 1, 2...) and flows between them by name.
    fn new(stages: &[&'static str], flows: &[(&str, &str, FlowKind)]) -> Build {
        let mut graph = StageGraph::default();
        let mut ids = HashMap::new();
        for (i, name) in stages.iter().enumerate() {
            let s = Stage { id: new_id(), name: (*name).into(), description: String::new(), phase: None, experience: None, metrics: Metrics::default(), rank: i as f64 };
            ids.insert(*name, s.id);
            graph.add_stage(s).unwrap();
        }
        let mut forward: Vec<&(&str, &str, FlowKind)> = flows.iter().collect();
        forward.sort_by_key(|f| f.2 == FlowKind::Repeat);
        for (from, to, kind) in forward {
            graph.add_flow(Flow { id: new_id(), from: ids[from], to: ids[to], kind: *kind, label: String::new() }).unwrap();
        }
        let lane = |name: &str, kind: LaneKind, rank: f64| Lane { id: new_id(), name: name.into(), kind, rank, color: String::new() };
        let lanes = vec![lane("Touchpoints", LaneKind::Touchpoints, 0.0), lane("Pains", LaneKind::PainPoints, 1.0), lane("Ideas", LaneKind::Opportunities, 2.0)];
        let (touchpoints, pains, opportunities) = (lanes[0].id, lanes[1].id, lanes[2].id);
        let j = Journey::new("Test", graph, lanes);
        Build { j, stage: ids, touchpoints, pains, opportunities, rank: 0.0 }
    }

    fn card(&mut self, stage: &str, lane: Id, text: &str, body: CardBody) -> Id {
        self.rank += 1.0;
        let c = Card { workshop: Default::default(), id: new_id(), stage: self.stage[stage], lane, rank: self.rank, text: text.into(), body };
        let id = c.id;
        self.j.cards.insert(id, c);
        id
    }

    fn tp(&mut self, stage: &str, score: Option<i32>) -> Id {
        let body = CardBody::Touchpoint(Touchpoint { emotion: score.map(|score| Emotion { score, name: String::new() }), ..Touchpoint::default() });
        self.card(stage, self.touchpoints, "tp", body)
    }

    fn tp_on(&mut self, stage: &str, channel: Option<Channel>, score: i32, moment_of_truth: bool) -> Id {
        let body = CardBody::Touchpoint(Touchpoint { channel, moment_of_truth, emotion: Some(Emotion { score, name: String::new() }), ..Touchpoint::default() });
        self.card(stage, self.touchpoints, "tp", body)
    }

    fn pain(&mut self, stage: &str, severity: u8, frequency: u8, pillar: Option<CxPillar>) -> Id {
        let body = CardBody::PainPoint(PainPoint { severity, frequency, pillar, friction: None, short_of: vec![] });
        self.card(stage, self.pains, "pain", body)
    }

    fn opportunity(&mut self, stage: &str, value: u8, effort: u8, answers: Vec<Id>) -> Id {
        let body = CardBody::Opportunity(Opportunity { answers, loyalty_pillar: None, value, effort, owner: String::new() });
        self.card(stage, self.opportunities, "idea", body)
    }

    fn ids(&self, names: &[&str]) -> Vec<Id> {
        names.iter().map(|n| self.stage[n]).collect()
    }
}

use FlowKind::{Branch, Next, Repeat};

#[test]
fn a_branch_gives_two_paths_and_the_worst_and_best_are_named() {
    let mut b = Build::new(&["A", "B", "C", "D"], &[("A", "B", Next), ("A", "C", Branch), ("B", "D", Next), ("C", "D", Next)]);
    b.tp("A", Some(0));
    b.tp("B", Some(-2));
    b.tp("C", Some(2));
    b.tp("D", Some(1));
    let p = analyse(&b.j).paths;
    assert_eq!(p.paths.len(), 2);
    assert_eq!(p.paths[0].stages, b.ids(&["A", "B", "D"]));
    assert_eq!(p.paths[1].stages, b.ids(&["A", "C", "D"]));
    // A-B-D: (0 - 2 + 1) / 3; A-C-D: (0 + 2 + 1) / 3.
    assert!((p.paths[0].mean.unwrap() + 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(p.paths[1].mean, Some(1.0));
    assert_eq!((p.worst_by_mean, p.worst_by_min, p.best), (Some(0), Some(0), Some(1)));
    assert_eq!(p.paths[0].min, Some(-2));
}

#[test]
fn nested_branches_list_every_route_once() {
    let flows = [("A", "B", Next), ("B", "C", Next), ("B", "D", Branch), ("C", "E", Next), ("D", "E", Next), ("A", "F", Branch), ("F", "E", Next)];
    let b = Build::new(&["A", "B", "C", "D", "F", "E"], &flows);
    let p = analyse(&b.j).paths;
    let routes: Vec<Vec<Id>> = p.paths.iter().map(|x| x.stages.clone()).collect();
    assert_eq!(routes, vec![b.ids(&["A", "B", "C", "E"]), b.ids(&["A", "B", "D", "E"]), b.ids(&["A", "F", "E"])]);
    assert!(!p.truncated);
    // No scores anywhere: no worst or best to name.
    assert_eq!((p.worst_by_mean, p.best), (None, None));
}

#[test]
fn a_repeat_loop_is_walked_once() {
    let b = Build::new(&["A", "B", "C"], &[("A", "B", Next), ("B", "C", Next), ("C", "A", Repeat)]);
    let repeat = b.j.graph.flows().find(|f| f.kind == Repeat).unwrap().id;
    let i = analyse(&b.j);
    assert_eq!(i.paths.paths.len(), 2);
    assert_eq!(i.paths.paths[0].stages, b.ids(&["A", "B", "C"]));
    assert_eq!(i.paths.paths[0].via_repeat, None);
    assert_eq!(i.paths.paths[1].stages, b.ids(&["A", "B", "C", "A", "B", "C"]));
    assert_eq!(i.paths.paths[1].via_repeat, Some(repeat));
    assert!(i.structure.has_repeat_loop);
    assert!(!i.findings.iter().any(|f| f.code == "noRepeatLoop"));
}

#[test]
fn an_unreachable_stage_and_a_dead_end_are_found() {
    // X has no flow in: it starts a second journey nobody reaches; B stops before the end.
    let b = Build::new(&["A", "B", "X"], &[("A", "B", Next)]);
    let s = analyse(&b.j).structure;
    assert_eq!(s.unreachable, b.ids(&["X"]));
    assert_eq!(s.dead_ends, b.ids(&["B"]));
    assert_eq!(s.without_touchpoints, b.ids(&["A", "B", "X"]));
    assert!(!s.has_repeat_loop);
}

#[test]
fn missing_connected_strategy_phases_are_named_only_when_phases_are_used() {
    let mut b = Build::new(&["A", "B"], &[("A", "B", Next)]);
    assert!(analyse(&b.j).structure.missing_phases.is_empty());
    for (name, phase) in [("A", Phase::Recognize), ("B", Phase::Respond)] {
        let mut st = b.j.graph.stage(b.stage[name]).unwrap().clone();
        st.phase = Some(phase);
        b.j.graph.replace_stage(st).unwrap();
    }
    assert_eq!(analyse(&b.j).structure.missing_phases, vec!["Request".to_string()]);
}

#[test]
fn equal_paths_tie_to_the_first_listed() {
    let mut b = Build::new(&["A", "B", "C", "D"], &[("A", "B", Next), ("A", "C", Branch), ("B", "D", Next), ("C", "D", Next)]);
    b.tp("B", Some(-1));
    b.tp("C", Some(-1));
    let p = analyse(&b.j).paths;
    assert_eq!((p.worst_by_mean, p.worst_by_min, p.best), (Some(0), Some(0), Some(0)));
}

#[test]
fn peak_end_drop_and_negative_moments_of_truth() {
    let mut b = Build::new(&["A", "B"], &[("A", "B", Next)]);
    let high = b.tp("A", Some(2));
    let dip = b.tp("A", Some(-1));
    let low = b.tp_on("B", None, -3, true);
    let last = b.tp("B", Some(1));
    let e = analyse(&b.j).emotion;
    assert_eq!(e.count, 4);
    assert_eq!(e.mean, Some(-0.25));
    // Drops: +2 → -1 is 3, -1 → -3 is 2; the rise to +1 is not a drop.
    let (from, to) = e.largest_drop.unwrap();
    assert_eq!((from.card, to.card), (high, dip));
    assert_eq!(e.peak.unwrap().card, low, "the most intense moment is the -3");
    assert_eq!(e.end.unwrap().card, last);
    assert_eq!(e.negative_moments_of_truth.iter().map(|m| m.card).collect::<Vec<_>>(), vec![low]);
    assert_eq!((e.highest.unwrap().card, e.lowest.unwrap().card), (high, low));
}

#[test]
fn pains_rank_by_weight_keeping_map_order_on_ties_and_unanswered_are_listed() {
    let mut b = Build::new(&["A", "B"], &[("A", "B", Next)]);
    let six_a = b.pain("A", 2, 3, None);
    let twenty = b.pain("B", 5, 4, None);
    let six_b = b.pain("B", 3, 2, None);
    b.opportunity("B", 5, 1, vec![twenty]);
    let p = analyse(&b.j).pains;
    assert_eq!(p.ranked.iter().map(|r| (r.card, r.weight)).collect::<Vec<_>>(), vec![(twenty, 20), (six_a, 6), (six_b, 6)]);
    assert_eq!(p.unanswered, vec![six_a, six_b]);
    assert_eq!(p.ranked[0].answered_by.len(), 1);
}

#[test]
fn opportunities_fall_in_the_value_effort_quadrants() {
    let mut b = Build::new(&["A"], &[]);
    let quick = b.opportunity("A", 5, 1, vec![]);
    b.opportunity("A", 4, 3, vec![]);
    b.opportunity("A", 3, 2, vec![]);
    b.opportunity("A", 2, 5, vec![]);
    let i = analyse(&b.j);
    let q: Vec<Quadrant> = i.pains.opportunities.iter().map(|o| o.quadrant).collect();
    assert_eq!(q, vec![Quadrant::QuickWin, Quadrant::MajorProject, Quadrant::FillIn, Quadrant::Thankless]);
    let wins = i.findings.iter().find(|f| f.code == "quickWins").unwrap();
    assert_eq!(wins.cards, vec![quick]);
}

#[test]
fn the_heatmap_sums_severity_per_stage_and_pillar() {
    let mut b = Build::new(&["A", "B"], &[("A", "B", Next)]);
    let x = b.pain("B", 4, 1, Some(CxPillar::Integrity));
    let y = b.pain("B", 2, 5, Some(CxPillar::Integrity));
    let untagged = b.pain("A", 5, 5, None);
    b.pain("A", 1, 1, Some(CxPillar::Empathy));
    let p = analyse(&b.j).pillars;
    assert_eq!(p.heatmap.len(), 2 * 6);
    let cell = |stage: &str, pillar| p.heatmap.iter().find(|c| c.stage == b.stage[stage] && c.pillar == pillar).unwrap();
    assert_eq!(cell("B", CxPillar::Integrity).severity, 6);
    assert_eq!(cell("B", CxPillar::Integrity).cards, vec![x, y]);
    assert_eq!(cell("A", CxPillar::Empathy).severity, 1);
    assert_eq!(cell("A", CxPillar::Integrity).severity, 0);
    assert_eq!(p.untagged_pains, vec![untagged]);
    assert_eq!(p.empty_loyalty_pillars.len(), 5);
}

#[test]
fn channel_switches_skip_touchpoints_without_a_channel() {
    let mut b = Build::new(&["A", "B"], &[("A", "B", Next)]);
    let w1 = b.tp_on("A", Some(Channel::Web), 0, false);
    let w2 = b.tp_on("A", Some(Channel::Web), 0, false);
    let ph = b.tp_on("B", Some(Channel::Phone), 0, false);
    b.tp_on("B", None, 0, false);
    let em = b.tp_on("B", Some(Channel::Email), 0, false);
    let c = analyse(&b.j).channels;
    let pairs: Vec<(Id, Id, &str, &str)> = c.switches.iter().map(|s| (s.from, s.to, s.from_channel.as_str(), s.to_channel.as_str())).collect();
    assert_eq!(pairs, vec![(w2, ph, "Web", "Phone"), (ph, em, "Phone", "Email")]);
    assert!(c.switches.iter().all(|s| s.from != w1));
}

#[test]
fn friction_is_counted_per_stage_and_kind() {
    let mut b = Build::new(&["A"], &[]);
    let mut add = |f: Friction| {
        let body = CardBody::PainPoint(PainPoint { severity: 3, frequency: 3, pillar: None, friction: Some(f), short_of: vec![] });
        b.card("A", b.pains, "p", body)
    };
    let r1 = add(Friction::RepeatedDataEntry);
    let h = add(Friction::HiddenCost);
    let r2 = add(Friction::RepeatedDataEntry);
    let f = analyse(&b.j).channels.friction;
    assert_eq!(f.iter().map(|x| (x.kind.as_str(), x.cards.clone())).collect::<Vec<_>>(), vec![("Repeated data entry", vec![r1, r2]), ("Hidden cost", vec![h])]);
}

#[test]
fn personas_differ_most_where_their_scores_are_farthest_apart() {
    let mut b = Build::new(&["A", "B"], &[("A", "B", Next)]);
    let spender = Persona { id: new_id(), name: "Spender".into(), role: String::new(), goals: vec![], needs: vec![], frustrations: vec![], quote: String::new(), value_type: Some(CustomerValue::Spender), color: String::new() };
    let mut sender = spender.clone();
    sender.id = new_id();
    sender.name = "Sender".into();
    b.j.personas = vec![spender, sender.clone()];
    let near = b.tp("A", Some(1));
    let far = b.tp("B", Some(2));
    for (card, score) in [(near, 0), (far, -2)] {
        if let CardBody::Touchpoint(t) = &mut b.j.cards.get_mut(&card).unwrap().body {
            t.persona_emotions.insert(sender.id, score);
        }
    }
    let g = analyse(&b.j).personas.gaps;
    assert_eq!(g.len(), 1);
    assert_eq!((g[0].card, g[0].a_score, g[0].b_score), (far, 2, -2));
    assert_eq!((g[0].a_name.as_str(), g[0].b_name.as_str()), ("Spender", "Sender"));
}

#[test]
fn the_sample_has_findings_that_point_at_real_stages_and_cards() {
    for j in crate::sample::sample_journeys() {
        let i = analyse(&j);
        assert!(!i.findings.is_empty());
        for f in &i.findings {
            assert!(f.stages.iter().all(|s| j.graph.contains_stage(*s)), "{f:?}");
            assert!(f.cards.iter().all(|c| j.card(*c).is_some()), "{f:?}");
        }
        // Warnings come first.
        assert!(i.findings.windows(2).all(|w| w[0].level <= w[1].level));
    }
    let meal_kit = &crate::sample::sample_journeys()[0];
    let codes: Vec<String> = analyse(meal_kit).findings.into_iter().map(|f| f.code).collect();
    for code in ["worstPath", "topPain", "peakEnd", "pillarHotspot"] {
        assert!(codes.iter().any(|c| c == code), "{code} missing from {codes:?}");
    }
}

#[test]
fn a_finding_is_a_message_id_with_arguments_that_reads_in_every_language() {
    let meal_kit = &crate::sample::sample_journeys()[0];
    let findings = analyse(meal_kit).findings;
    let en = journey_i18n::english_localizer();
    for f in &findings {
        // Every finding's message exists in every catalog (the catalog test holds them alike).
        assert!(en.has(&f.id), "{} has no message {}", f.code, f.id);
    }
    let hot = findings.iter().find(|f| f.code == "pillarHotspot").expect("the sample has a pillar hotspot");
    let Some(FindingArg::Term(pillar)) = hot.args.get("pillar") else { panic!("the pillar is not a term: {:?}", hot.args) };
    // The English sentence is the catalog's, with the pillar's English name ...
    assert!(hot.message.starts_with("Where it hurts most: "), "{}", hot.message);
    assert!(hot.message.contains(journey_i18n::english(pillar)), "{}", hot.message);
    // ... and the same finding said in Persian names the pillar in Persian.
    let fa = journey_i18n::Localizer::for_code("fa");
    let args: Vec<(&str, journey_i18n::Arg)> = hot.args.iter().map(|(k, v)| (k.as_str(), v.english())).collect();
    let mut args = args;
    for (k, v) in args.iter_mut() {
        if *k == "pillar" {
            *v = fa.text(pillar).into();
        }
    }
    let persian = fa.format(&hot.id, &args);
    assert!(persian.contains("بیشترین درد") && persian.contains(&fa.text(pillar)), "{persian}");
    // The JSON of `journey analyse --json` keeps the sentence and what it is made of.
    let json = serde_json::to_value(hot).unwrap();
    assert_eq!(json["id"], "finding-pillar-hotspot");
    assert_eq!(json["args"]["pillar"]["kind"], "term");
    assert!(json["message"].as_str().unwrap().starts_with("Where it hurts most"));
}
