//! The single analyses: structure, emotion, pains, pillars, channels and personas.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::Serialize;

use crate::graph::FlowKind;
use crate::model::{Card, CardBody, CxPillar, Id, Journey, LoyaltyPillar, Phase};

use super::Touchpoints;

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StructureReport {
    /// Stages no forward path from the start reaches.
    pub unreachable: Vec<Id>,
    /// Stages other than the last with no flow leading on.
    pub dead_ends: Vec<Id>,
    /// Stages holding no touchpoint card.
    pub without_touchpoints: Vec<Id>,
    /// Connected-strategy phases (Recognize, Request, Respond) no stage is tagged with; only
    /// checked when the journey uses those phases at all.
    pub missing_phases: Vec<String>,
    pub has_repeat_loop: bool,
}

pub fn structure(j: &Journey, tps: &Touchpoints) -> StructureReport {
    let order = j.graph.order();
    let reached = super::paths::reachable(j);
    let unreachable = order.iter().copied().filter(|s| !reached.contains(s)).collect();
    let last = order.last().copied();
    let dead_ends = order
        .iter()
        .copied()
        .filter(|s| Some(*s) != last && !j.graph.flows().any(|f| f.from == *s && f.kind.is_forward()))
        .collect();
    let without_touchpoints = order.iter().copied().filter(|s| tps.count_in(*s) == 0).collect();
    let phases: Vec<&Phase> = j.graph.stages().filter_map(|s| s.phase.as_ref()).collect();
    let connected = [Phase::Recognize, Phase::Request, Phase::Respond];
    let missing_phases = if phases.iter().any(|p| connected.contains(p)) {
        connected.iter().filter(|p| !phases.contains(p)).map(|p| p.label().to_string()).collect()
    } else {
        Vec::new()
    };
    let has_repeat_loop = j.graph.flows().any(|f| f.kind == FlowKind::Repeat);
    StructureReport { unreachable, dead_ends, without_touchpoints, missing_phases, has_repeat_loop }
}

/// A touchpoint and its score.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Moment {
    pub card: Id,
    pub stage: Id,
    pub score: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SacrificeEntry {
    pub card: Id,
    pub stage: Id,
    pub wanted: String,
    pub accepted: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EmotionReport {
    /// Scored touchpoints along the curve.
    pub count: usize,
    pub mean: Option<f64>,
    pub highest: Option<Moment>,
    pub lowest: Option<Moment>,
    /// The most intense moment (farthest from neutral; the low one on a tie), for the peak-end
    /// rule: people remember the peak and the end.
    pub peak: Option<Moment>,
    pub end: Option<Moment>,
    /// The steepest fall between consecutive touchpoints (before, after).
    pub largest_drop: Option<(Moment, Moment)>,
    pub negative_moments_of_truth: Vec<Moment>,
    pub sacrifices: Vec<SacrificeEntry>,
}

fn moment(c: &Card, score: i32) -> Moment {
    Moment { card: c.id, stage: c.stage, score }
}

/// The scale's neutral point: 0 when the scale spans it, else its middle.
pub fn neutral(j: &Journey) -> f64 {
    if j.scale.contains(0) { 0.0 } else { f64::from(j.scale.min + j.scale.max) / 2.0 }
}

pub fn emotion(j: &Journey, tps: &Touchpoints) -> EmotionReport {
    let scored = tps.scored();
    let neutral = neutral(j);
    let mean = (!scored.is_empty()).then(|| f64::from(scored.iter().map(|(_, s)| *s).sum::<i32>()) / scored.len() as f64);
    // First of equals wins, so the answer does not depend on iteration details.
    let pick = |better: &dyn Fn(i32, i32) -> bool| {
        scored.iter().fold(None::<(&Card, i32)>, |best, (c, s)| match best {
            Some((_, b)) if !better(*s, b) => best,
            _ => Some((c, *s)),
        })
    };
    let highest = pick(&|a, b| a > b).map(|(c, s)| moment(c, s));
    let lowest = pick(&|a, b| a < b).map(|(c, s)| moment(c, s));
    let intensity = |s: i32| (f64::from(s) - neutral).abs();
    let peak = pick(&|a, b| intensity(a) > intensity(b) || (intensity(a) == intensity(b) && a < b && f64::from(b) > neutral))
        .map(|(c, s)| moment(c, s));
    let end = scored.last().map(|(c, s)| moment(c, *s));
    let largest_drop = scored
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|((_, a), (_, b))| b < a)
        .fold(None::<((&Card, i32), (&Card, i32))>, |best, pair| match best {
            Some((x, y)) if (x.1 - y.1) >= (pair.0 .1 - pair.1 .1) => Some((x, y)),
            _ => Some(pair),
        })
        .map(|((a, sa), (b, sb))| (moment(a, sa), moment(b, sb)));
    let negative_moments_of_truth = scored
        .iter()
        .filter(|(c, s)| matches!(&c.body, CardBody::Touchpoint(t) if t.moment_of_truth) && f64::from(*s) < neutral)
        .map(|(c, s)| moment(c, *s))
        .collect();
    let sacrifices = tps
        .cards
        .iter()
        .filter_map(|c| match &c.body {
            CardBody::Touchpoint(t) => t.sacrifice.as_ref().filter(|s| !s.wanted.trim().is_empty() || !s.accepted.trim().is_empty()).map(|s| {
                SacrificeEntry { card: c.id, stage: c.stage, wanted: s.wanted.clone(), accepted: s.accepted.clone() }
            }),
            _ => None,
        })
        .collect();
    EmotionReport { count: scored.len(), mean, highest, lowest, peak, end, largest_drop, negative_moments_of_truth, sacrifices }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PainRank {
    pub card: Id,
    pub stage: Id,
    pub severity: u8,
    pub frequency: u8,
    /// Severity × frequency.
    pub weight: u32,
    /// Opportunities that answer this pain.
    pub answered_by: Vec<Id>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Quadrant {
    /// Value 4-5, effort 1-2.
    QuickWin,
    /// Value 4-5, effort 3-5.
    MajorProject,
    /// Value 1-3, effort 1-2.
    FillIn,
    /// Value 1-3, effort 3-5.
    Thankless,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OpportunityPoint {
    pub card: Id,
    pub stage: Id,
    pub value: u8,
    pub effort: u8,
    pub quadrant: Quadrant,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PainReport {
    /// Pains by severity × frequency, highest first (ties: earlier stage, then rank).
    pub ranked: Vec<PainRank>,
    /// Pains no opportunity answers, in the order of `ranked`.
    pub unanswered: Vec<Id>,
    /// Opportunities on the value / effort matrix.
    pub opportunities: Vec<OpportunityPoint>,
}

pub fn quadrant(value: u8, effort: u8) -> Quadrant {
    match (value >= 4, effort <= 2) {
        (true, true) => Quadrant::QuickWin,
        (true, false) => Quadrant::MajorProject,
        (false, true) => Quadrant::FillIn,
        (false, false) => Quadrant::Thankless,
    }
}

fn stage_positions(j: &Journey) -> HashMap<Id, usize> {
    j.graph.order().into_iter().enumerate().map(|(i, s)| (s, i)).collect()
}

/// Cards in map order: stage order, then rank, then id.
fn in_map_order<'a>(j: &'a Journey, pos: &HashMap<Id, usize>, keep: impl Fn(&Card) -> bool) -> Vec<&'a Card> {
    let mut cards: Vec<&Card> = j.cards.values().filter(|c| keep(c)).collect();
    cards.sort_by(|a, b| pos.get(&a.stage).cmp(&pos.get(&b.stage)).then(a.rank.total_cmp(&b.rank)).then(a.id.cmp(&b.id)));
    cards
}

pub fn pains(j: &Journey) -> PainReport {
    let pos = stage_positions(j);
    let opportunities = in_map_order(j, &pos, |c| matches!(c.body, CardBody::Opportunity(_)));
    let mut ranked: Vec<PainRank> = in_map_order(j, &pos, |c| matches!(c.body, CardBody::PainPoint(_)))
        .into_iter()
        .filter_map(|c| match &c.body {
            CardBody::PainPoint(p) => Some(PainRank {
                card: c.id,
                stage: c.stage,
                severity: p.severity,
                frequency: p.frequency,
                weight: p.priority(),
                answered_by: opportunities
                    .iter()
                    .filter(|o| matches!(&o.body, CardBody::Opportunity(op) if op.answers.contains(&c.id)))
                    .map(|o| o.id)
                    .collect(),
            }),
            _ => None,
        })
        .collect();
    // A stable sort keeps map order among equal weights.
    ranked.sort_by_key(|p| std::cmp::Reverse(p.weight));
    let unanswered = ranked.iter().filter(|p| p.answered_by.is_empty()).map(|p| p.card).collect();
    let opportunities = opportunities
        .into_iter()
        .filter_map(|c| match &c.body {
            CardBody::Opportunity(o) => Some(OpportunityPoint { card: c.id, stage: c.stage, value: o.value, effort: o.effort, quadrant: quadrant(o.value, o.effort) }),
            _ => None,
        })
        .collect();
    PainReport { ranked, unanswered, opportunities }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HeatCell {
    pub stage: Id,
    pub pillar: CxPillar,
    /// Sum of the severities of the pains in this stage tagged with this pillar.
    pub severity: u32,
    pub cards: Vec<Id>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PillarReport {
    /// One cell per stage (grid order) and pillar (`CxPillar::ALL` order), zeros included.
    pub heatmap: Vec<HeatCell>,
    /// Pains tagged with no pillar.
    pub untagged_pains: Vec<Id>,
    /// Opportunities per loyalty pillar (all five, in order).
    pub loyalty: Vec<(LoyaltyPillar, usize)>,
    pub empty_loyalty_pillars: Vec<LoyaltyPillar>,
}

pub fn pillars(j: &Journey) -> PillarReport {
    let pos = stage_positions(j);
    let mut cells: BTreeMap<(usize, usize), (u32, Vec<Id>)> = BTreeMap::new();
    let mut untagged_pains = Vec::new();
    for c in in_map_order(j, &pos, |c| matches!(c.body, CardBody::PainPoint(_))) {
        let CardBody::PainPoint(p) = &c.body else { continue };
        match p.pillar {
            Some(pillar) => {
                let k = CxPillar::ALL.iter().position(|x| *x == pillar).expect("ALL lists every pillar");
                let cell = cells.entry((pos[&c.stage], k)).or_default();
                cell.0 += u32::from(p.severity);
                cell.1.push(c.id);
            }
            None => untagged_pains.push(c.id),
        }
    }
    let order = j.graph.order();
    let mut heatmap = Vec::with_capacity(order.len() * 6);
    for (i, stage) in order.iter().enumerate() {
        for (k, pillar) in CxPillar::ALL.iter().enumerate() {
            let (severity, cards) = cells.remove(&(i, k)).unwrap_or_default();
            heatmap.push(HeatCell { stage: *stage, pillar: *pillar, severity, cards });
        }
    }
    let loyalty: Vec<(LoyaltyPillar, usize)> = LoyaltyPillar::ALL
        .iter()
        .map(|p| (*p, j.cards.values().filter(|c| matches!(&c.body, CardBody::Opportunity(o) if o.loyalty_pillar == Some(*p))).count()))
        .collect();
    let empty_loyalty_pillars = loyalty.iter().filter(|(_, n)| *n == 0).map(|(p, _)| *p).collect();
    PillarReport { heatmap, untagged_pains, loyalty, empty_loyalty_pillars }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChannelSwitch {
    pub from: Id,
    pub to: Id,
    pub from_channel: String,
    pub to_channel: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FrictionCount {
    pub stage: Id,
    /// The friction kind in words ("Repeated data entry"...).
    pub kind: String,
    pub cards: Vec<Id>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChannelReport {
    /// Consecutive touchpoints (along the curve) on different channels; touchpoints without a
    /// channel are skipped.
    pub switches: Vec<ChannelSwitch>,
    /// Cards tagged with a friction kind, per stage and kind.
    pub friction: Vec<FrictionCount>,
}

pub fn channels(j: &Journey, tps: &Touchpoints) -> ChannelReport {
    let with_channel: Vec<(&Card, String)> = tps
        .cards
        .iter()
        .filter_map(|c| match &c.body {
            CardBody::Touchpoint(t) => t.channel.as_ref().map(|ch| (*c, ch.label().to_string())),
            _ => None,
        })
        .collect();
    let switches = with_channel
        .windows(2)
        .filter(|w| w[0].1 != w[1].1)
        .map(|w| ChannelSwitch { from: w[0].0.id, to: w[1].0.id, from_channel: w[0].1.clone(), to_channel: w[1].1.clone() })
        .collect();
    let pos = stage_positions(j);
    let mut friction: Vec<FrictionCount> = Vec::new();
    for c in in_map_order(j, &pos, |c| matches!(&c.body, CardBody::PainPoint(p) if p.friction.is_some())) {
        let CardBody::PainPoint(p) = &c.body else { continue };
        let kind = p.friction.as_ref().expect("filtered").label().to_string();
        match friction.iter_mut().find(|f| f.stage == c.stage && f.kind == kind) {
            Some(f) => f.cards.push(c.id),
            None => friction.push(FrictionCount { stage: c.stage, kind, cards: vec![c.id] }),
        }
    }
    ChannelReport { switches, friction }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonaGap {
    /// None stands for the journey's own scores (its first persona, if any).
    pub a: Option<Id>,
    pub b: Id,
    pub a_name: String,
    pub b_name: String,
    pub card: Id,
    pub stage: Id,
    pub a_score: i32,
    pub b_score: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonaReport {
    /// For each pair of curves, the touchpoint where they differ most; largest gap first.
    pub gaps: Vec<PersonaGap>,
}

pub fn personas(j: &Journey, tps: &Touchpoints) -> PersonaReport {
    // The journey's own scores are the first persona's; each other persona has its own.
    let main_name = j.personas.first().map_or_else(|| "The journey".to_string(), |p| p.name.clone());
    let mut curves: Vec<(Option<Id>, String)> = vec![(None, main_name)];
    curves.extend(j.personas.iter().skip(1).map(|p| (Some(p.id), p.name.clone())));
    let score = |c: &Card, who: Option<Id>| match &c.body {
        CardBody::Touchpoint(t) => match who {
            None => t.emotion.as_ref().map(|e| e.score),
            Some(p) => t.persona_emotions.get(&p).copied(),
        },
        _ => None,
    };
    let mut gaps = Vec::new();
    for (i, (a, a_name)) in curves.iter().enumerate() {
        for (b, b_name) in curves.iter().skip(i + 1) {
            let b = b.expect("only the first curve is the journey's own");
            let widest = tps
                .cards
                .iter()
                .filter_map(|c| Some((*c, score(c, *a)?, score(c, Some(b))?)))
                .fold(None::<(&Card, i32, i32)>, |best, cur| match best {
                    Some(x) if (x.1 - x.2).abs() >= (cur.1 - cur.2).abs() => Some(x),
                    _ => Some(cur),
                });
            if let Some((c, sa, sb)) = widest.filter(|(_, sa, sb)| sa != sb) {
                gaps.push(PersonaGap { a: *a, b, a_name: a_name.clone(), b_name: b_name.clone(), card: c.id, stage: c.stage, a_score: sa, b_score: sb });
            }
        }
    }
    gaps.sort_by_key(|g| std::cmp::Reverse((g.a_score - g.b_score).abs()));
    PersonaReport { gaps }
}
