//! Moving a stage along the grid. Column order is derived from the flows (`StageGraph::order`),
//! not stored, so a stage moves by giving the `next` flows around it new ends:
//! A→B→C→D with C moved one place left becomes A→C→B→D. The flows keep their ids, kinds and
//! labels, which makes a move repeatable: redoing it from the same state gives the same graph,
//! so the inverse logged the first time stays valid.
//!
//! Inside branches a stage has no single neighbour to trade places with, and a repeat loop
//! between the two stages would end up pointing forward; both are refused with a sentence that
//! says where to make the change instead (the stage graph view).

use std::collections::BTreeMap;

use crate::error::{EditError, End, Field, GraphProblem, Problem};
use crate::graph::{Flow, FlowKind, StageGraph};
use crate::model::Id;

/// The flows, with their new ends, that move stage `id` by `steps` columns (negative: left).
/// Every step is checked on the graph as the previous steps left it.
pub(crate) fn plan_stage_move(graph: &StageGraph, id: Id, steps: i32) -> Result<Vec<Flow>, EditError> {
    if !graph.contains_stage(id) {
        return Err(EditError::NotFound { what: "stage", id });
    }
    if steps == 0 || steps.unsigned_abs() as usize >= graph.stage_count() {
        return Err(EditError::invalid(
            Field::StageMove,
            Problem::StageMoveRange { max: graph.stage_count().saturating_sub(1), steps },
        ));
    }
    let dir = steps.signum();
    let mut work = graph.clone();
    let mut changed: BTreeMap<Id, Flow> = BTreeMap::new();
    for _ in 0..steps.unsigned_abs() {
        let swap = one_step(&work, id, dir)?;
        work.rewire(&swap)?;
        for f in swap {
            changed.insert(f.id, f);
        }
    }
    // A flow changed twice is listed once, with its final ends; one that came back to where it
    // started is left out.
    Ok(changed.into_values().filter(|f| graph.flow(f.id) != Some(f)).collect())
}

/// The rewiring that swaps stage `id` with its neighbour in direction `dir` (-1 or 1).
fn one_step(g: &StageGraph, id: Id, dir: i32) -> Result<Vec<Flow>, EditError> {
    let order = g.order();
    let i = order.iter().position(|s| *s == id).expect("checked: the stage exists");
    let Some(&other) = i.checked_add_signed(dir as isize).and_then(|j| order.get(j)) else {
        let end = if dir < 0 { End::First } else { End::Last };
        return Err(EditError::InvalidGraph(GraphProblem::StageAtEnd { stage: g.stage_name(id), end }));
    };
    // `a` comes right before `b`.
    let (a, b) = if dir < 0 { (other, id) } else { (id, other) };
    let forward: Vec<&Flow> = g.flows().filter(|f| f.kind.is_forward()).collect();
    let into = |s: Id| forward.iter().filter(move |f| f.to == s).copied().collect::<Vec<_>>();
    let out_of = |s: Id| forward.iter().filter(move |f| f.from == s).copied().collect::<Vec<_>>();
    let (into_a, out_of_a, into_b, out_of_b) = (into(a), out_of(a), into(b), out_of(b));
    let link = out_of_a.iter().find(|f| f.to == b).copied();
    let straight = link.is_some_and(|l| l.kind == FlowKind::Next)
        && out_of_a.len() == 1
        && into_b.len() == 1
        && into_a.len() <= 1
        && out_of_b.len() <= 1
        && into_a.iter().chain(&out_of_b).all(|f| f.kind == FlowKind::Next);
    let Some(link) = link.filter(|_| straight) else {
        return Err(EditError::InvalidGraph(GraphProblem::NotInLine { a: g.stage_name(a), b: g.stage_name(b) }));
    };
    if g.flows().any(|f| f.kind == FlowKind::Repeat && [a, b].contains(&f.from) && [a, b].contains(&f.to)) {
        return Err(EditError::InvalidGraph(GraphProblem::RepeatJoins { a: g.stage_name(a), b: g.stage_name(b) }));
    }
    let mut out = vec![Flow { from: b, to: a, ..link.clone() }];
    out.extend(into_a.iter().map(|f| Flow { to: b, ..(*f).clone() }));
    out.extend(out_of_b.iter().map(|f| Flow { from: a, ..(*f).clone() }));
    Ok(out)
}
