//! Paths through the stage graph: every way from the start to an end along next and branch
//! flows, each repeat loop walked at most once, with the emotion a customer feels along it.

use std::collections::{HashMap, HashSet};

use schemars::JsonSchema;
use serde::Serialize;

use crate::graph::FlowKind;
use crate::model::{Id, Journey};

use super::Touchpoints;

/// At most this many paths are listed; a graph with more says so (`truncated`).
pub const MAX_PATHS: usize = 500;

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JourneyPath {
    /// Stages in the order walked (a stage appears twice when a repeat loop is walked).
    pub stages: Vec<Id>,
    /// The repeat flow walked, if any.
    pub via_repeat: Option<Id>,
    /// Emotion scores of the touchpoints along the path, in order.
    pub scores: Vec<i32>,
    /// Mean and lowest score; None when no touchpoint on the path has a score.
    pub mean: Option<f64>,
    pub min: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PathsReport {
    pub paths: Vec<JourneyPath>,
    /// True when the graph has more paths than `MAX_PATHS`.
    pub truncated: bool,
    /// Index in `paths` of the path with the lowest mean emotion, and of the lowest minimum.
    pub worst_by_mean: Option<usize>,
    pub worst_by_min: Option<usize>,
    /// Index of the path with the highest mean emotion.
    pub best: Option<usize>,
}

/// The stages the walk starts from: the first stage in grid order (where the map begins).
pub fn start(j: &Journey) -> Option<Id> {
    j.graph.order().first().copied()
}

pub fn paths(j: &Journey, tps: &Touchpoints) -> PathsReport {
    let mut forward: HashMap<Id, Vec<Id>> = HashMap::new();
    let mut repeats: HashMap<Id, Vec<(Id, Id)>> = HashMap::new();
    let order = j.graph.order();
    let position: HashMap<Id, usize> = order.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    for f in j.graph.flows() {
        match f.kind {
            FlowKind::Repeat => repeats.entry(f.from).or_default().push((f.id, f.to)),
            _ => forward.entry(f.from).or_default().push(f.to),
        }
    }
    // Deterministic: successors in grid order.
    for next in forward.values_mut() {
        next.sort_by_key(|s| position.get(s).copied().unwrap_or(usize::MAX));
    }
    let mut out = Vec::new();
    let mut truncated = false;
    if let Some(first) = start(j) {
        let mut walk = vec![first];
        let mut used = None;
        extend(&forward, &repeats, &mut walk, &mut used, &mut out, &mut truncated);
    }
    // Straight routes first, then the ones that walk the repeat loop (each group in walk order).
    out.sort_by_key(|(_, via)| via.is_some());
    let paths: Vec<JourneyPath> = out
        .into_iter()
        .map(|(stages, via_repeat)| {
            let scores: Vec<i32> = stages.iter().flat_map(|s| tps.scores_in(*s)).collect();
            let mean = (!scores.is_empty()).then(|| f64::from(scores.iter().sum::<i32>()) / scores.len() as f64);
            let min = scores.iter().copied().min();
            JourneyPath { stages, via_repeat, scores, mean, min }
        })
        .collect();
    let scored = || paths.iter().enumerate().filter(|(_, p)| p.mean.is_some());
    // Ties go to the earlier path (the one listed first: fewer detours).
    let worst_by_mean = scored().min_by(|a, b| a.1.mean.partial_cmp(&b.1.mean).expect("finite").then(a.0.cmp(&b.0))).map(|(i, _)| i);
    let worst_by_min = scored().min_by(|a, b| a.1.min.cmp(&b.1.min).then(a.0.cmp(&b.0))).map(|(i, _)| i);
    let best = scored().max_by(|a, b| a.1.mean.partial_cmp(&b.1.mean).expect("finite").then(b.0.cmp(&a.0))).map(|(i, _)| i);
    PathsReport { paths, truncated, worst_by_mean, worst_by_min, best }
}

/// Depth-first: a path ends where no forward flow leads on; a repeat loop may be taken once
/// per path (then the walk goes on from its target), which is how a returning customer goes.
fn extend(
    forward: &HashMap<Id, Vec<Id>>,
    repeats: &HashMap<Id, Vec<(Id, Id)>>,
    walk: &mut Vec<Id>,
    used: &mut Option<Id>,
    out: &mut Vec<(Vec<Id>, Option<Id>)>,
    truncated: &mut bool,
) {
    if out.len() >= MAX_PATHS {
        *truncated = true;
        return;
    }
    let here = *walk.last().expect("a walk has a stage");
    let next = forward.get(&here).map(Vec::as_slice).unwrap_or_default();
    let loops: Vec<(Id, Id)> = if used.is_none() { repeats.get(&here).cloned().unwrap_or_default() } else { Vec::new() };
    if next.is_empty() {
        out.push((walk.clone(), *used));
    }
    for s in next {
        walk.push(*s);
        extend(forward, repeats, walk, used, out, truncated);
        walk.pop();
    }
    for (flow, target) in loops {
        *used = Some(flow);
        walk.push(target);
        extend(forward, repeats, walk, used, out, truncated);
        walk.pop();
        *used = None;
    }
}

/// Stages reachable from the start along forward flows.
pub fn reachable(j: &Journey) -> HashSet<Id> {
    let mut seen = HashSet::new();
    let Some(first) = start(j) else { return seen };
    let mut stack = vec![first];
    while let Some(s) = stack.pop() {
        if !seen.insert(s) {
            continue;
        }
        for f in j.graph.flows() {
            if f.from == s && f.kind.is_forward() {
                stack.push(f.to);
            }
        }
    }
    seen
}
