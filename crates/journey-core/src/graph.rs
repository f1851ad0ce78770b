//! The stage graph: stages are nodes of a petgraph `StableGraph`, flows are its edges.
//!
//! This module owns the graph invariants (no cycle of forward flows, repeat flows point back to
//! an earlier stage, no flow to a missing stage) and the grid order derived from the graph.
//! The grid the designer sees is only a view of this order; nothing else stores column order.

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

use crate::error::{EditError, GraphProblem};
use crate::model::{Id, Stage};

/// A directed connection between two stages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Flow {
    pub id: Id,
    pub from: Id,
    pub to: Id,
    pub kind: FlowKind,
    /// Condition of a branch ("if the box is damaged"); free text for the other kinds.
    #[serde(default)]
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum FlowKind {
    /// The usual way on.
    Next,
    /// An alternative path.
    Branch,
    /// The connected-strategy loop back to an earlier stage.
    Repeat,
}

impl FlowKind {
    pub fn is_forward(self) -> bool {
        !matches!(self, FlowKind::Repeat)
    }
}

/// Serialized shape of the graph: plain lists, so the JSON format does not depend on petgraph's
/// internal indices.
#[derive(Serialize, Deserialize, JsonSchema, ts_rs::TS)]
struct GraphData {
    stages: Vec<Stage>,
    flows: Vec<Flow>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(try_from = "GraphData", into = "GraphData")]
pub struct StageGraph {
    graph: StableDiGraph<Stage, Flow>,
    nodes: HashMap<Id, NodeIndex>,
    edges: HashMap<Id, EdgeIndex>,
}

/// The graph is written as its `GraphData` lists, so that is its schema too.
impl JsonSchema for StageGraph {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        GraphData::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        GraphData::json_schema(generator)
    }
}

/// ...and its TypeScript (the page's `Journey` has `stages` and `flows` lists). By hand because
/// ts-rs cannot flatten a field whose type is given with `#[ts(as = ...)]`.
impl ts_rs::TS for StageGraph {
    type WithoutGenerics = StageGraph;
    type OptionInnerType = StageGraph;

    fn name(cfg: &ts_rs::Config) -> String {
        <GraphData as ts_rs::TS>::name(cfg)
    }

    fn inline(cfg: &ts_rs::Config) -> String {
        <GraphData as ts_rs::TS>::inline(cfg)
    }

    fn inline_flattened(cfg: &ts_rs::Config) -> String {
        <GraphData as ts_rs::TS>::inline_flattened(cfg)
    }

    fn visit_dependencies(v: &mut impl ts_rs::TypeVisitor) {
        <GraphData as ts_rs::TS>::visit_dependencies(v)
    }
}

impl TryFrom<GraphData> for StageGraph {
    type Error = EditError;

    fn try_from(data: GraphData) -> Result<Self, EditError> {
        let mut g = StageGraph::default();
        for stage in data.stages {
            g.add_stage(stage)?;
        }
        // Forward flows first: a repeat flow is only valid once the path it closes exists.
        let (forward, repeat): (Vec<Flow>, Vec<Flow>) =
            data.flows.into_iter().partition(|f| f.kind.is_forward());
        for flow in forward.into_iter().chain(repeat) {
            g.add_flow(flow)?;
        }
        Ok(g)
    }
}

impl From<StageGraph> for GraphData {
    fn from(g: StageGraph) -> Self {
        let mut stages: Vec<Stage> = g.stages().cloned().collect();
        stages.sort_by_key(|s| s.id);
        let mut flows: Vec<Flow> = g.flows().cloned().collect();
        flows.sort_by_key(|f| f.id);
        GraphData { stages, flows }
    }
}

impl PartialEq for StageGraph {
    /// Same stages and flows, whatever node indices petgraph handed out.
    fn eq(&self, other: &Self) -> bool {
        if self.nodes.len() != other.nodes.len() || self.edges.len() != other.edges.len() {
            return false;
        }
        self.stages().all(|s| other.stage(s.id) == Some(s))
            && self.flows().all(|f| other.flow(f.id) == Some(f))
    }
}

impl StageGraph {
    pub fn stage_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn stages(&self) -> impl Iterator<Item = &Stage> {
        self.graph.node_weights()
    }

    pub fn flows(&self) -> impl Iterator<Item = &Flow> {
        self.graph.edge_weights()
    }

    pub fn stage(&self, id: Id) -> Option<&Stage> {
        self.nodes.get(&id).and_then(|n| self.graph.node_weight(*n))
    }

    /// A stage's name for messages and listings; empty for an id that is not in the graph.
    pub fn stage_name(&self, id: Id) -> String {
        self.stage(id).map(|s| s.name.clone()).unwrap_or_default()
    }

    pub fn flow(&self, id: Id) -> Option<&Flow> {
        self.edges.get(&id).and_then(|e| self.graph.edge_weight(*e))
    }

    pub fn contains_stage(&self, id: Id) -> bool {
        self.nodes.contains_key(&id)
    }

    /// Flows that start or end at `stage`.
    pub fn flows_of(&self, stage: Id) -> Vec<&Flow> {
        let Some(&n) = self.nodes.get(&stage) else { return Vec::new() };
        let mut out: Vec<&Flow> = self
            .graph
            .edges_directed(n, Direction::Outgoing)
            .chain(self.graph.edges_directed(n, Direction::Incoming))
            .map(|e| e.weight())
            .collect();
        out.sort_by_key(|f| f.id);
        out.dedup_by_key(|f| f.id);
        out
    }

    pub fn add_stage(&mut self, stage: Stage) -> Result<(), EditError> {
        if self.nodes.contains_key(&stage.id) {
            return Err(EditError::DuplicateId { what: "stage", id: stage.id });
        }
        let id = stage.id;
        let n = self.graph.add_node(stage);
        self.nodes.insert(id, n);
        Ok(())
    }

    /// Replaces a stage's fields; returns the previous value.
    pub fn replace_stage(&mut self, stage: Stage) -> Result<Stage, EditError> {
        let n = *self.nodes.get(&stage.id).ok_or(EditError::NotFound { what: "stage", id: stage.id })?;
        let slot = self.graph.node_weight_mut(n).expect("index map in sync with graph");
        Ok(std::mem::replace(slot, stage))
    }

    /// Removes a stage and every flow touching it; returns both so the removal can be undone.
    pub fn remove_stage(&mut self, id: Id) -> Result<(Stage, Vec<Flow>), EditError> {
        let n = *self.nodes.get(&id).ok_or(EditError::NotFound { what: "stage", id })?;
        let flows: Vec<Flow> = self.flows_of(id).into_iter().cloned().collect();
        for f in &flows {
            self.edges.remove(&f.id);
        }
        self.nodes.remove(&id);
        let stage = self.graph.remove_node(n).expect("index map in sync with graph");
        Ok((stage, flows))
    }

    /// Checks that `flow` could be added: both ends exist, it is not a duplicate, forward
    /// flows keep the graph acyclic and repeat flows point back to an earlier stage.
    pub fn check_flow(&self, flow: &Flow) -> Result<(), EditError> {
        if self.edges.contains_key(&flow.id) {
            return Err(EditError::DuplicateId { what: "flow", id: flow.id });
        }
        for end in [flow.from, flow.to] {
            if !self.nodes.contains_key(&end) {
                return Err(EditError::NotFound { what: "stage", id: end });
            }
        }
        if flow.from == flow.to {
            return Err(EditError::InvalidGraph(GraphProblem::FlowToItself { stage: self.stage_name(flow.from) }));
        }
        if self.flows().any(|f| f.from == flow.from && f.to == flow.to && f.kind == flow.kind) {
            return Err(EditError::InvalidGraph(GraphProblem::AlreadyConnected {
                from: self.stage_name(flow.from),
                to: self.stage_name(flow.to),
            }));
        }
        let to_reaches_from = self.reaches_forward(flow.to, flow.from);
        match flow.kind {
            FlowKind::Repeat if !to_reaches_from => Err(EditError::InvalidGraph(GraphProblem::RepeatNotBack {
                from: self.stage_name(flow.from),
                to: self.stage_name(flow.to),
            })),
            FlowKind::Next | FlowKind::Branch if to_reaches_from => Err(EditError::InvalidGraph(GraphProblem::WouldLoop {
                from: self.stage_name(flow.from),
                to: self.stage_name(flow.to),
            })),
            _ => Ok(()),
        }
    }

    pub fn add_flow(&mut self, flow: Flow) -> Result<(), EditError> {
        self.check_flow(&flow)?;
        let (a, b) = (self.nodes[&flow.from], self.nodes[&flow.to]);
        let id = flow.id;
        let e = self.graph.add_edge(a, b, flow);
        self.edges.insert(id, e);
        Ok(())
    }

    /// Changes only a flow's label (kind and ends are fixed; delete and re-add to change them).
    pub fn relabel_flow(&mut self, id: Id, label: String) -> Result<String, EditError> {
        let e = *self.edges.get(&id).ok_or(EditError::NotFound { what: "flow", id })?;
        let flow = self.graph.edge_weight_mut(e).expect("index map in sync with graph");
        Ok(std::mem::replace(&mut flow.label, label))
    }

    pub fn remove_flow(&mut self, id: Id) -> Result<Flow, EditError> {
        let e = self.edges.remove(&id).ok_or(EditError::NotFound { what: "flow", id })?;
        Ok(self.graph.remove_edge(e).expect("index map in sync with graph"))
    }

    /// Gives existing flows new ends (and labels) all at once: what moving a stage does. Each
    /// listed flow must exist and keep its kind; the result must keep forward flows acyclic and
    /// every repeat loop pointing back. Checked as a whole, so a repeat loop around the stretch
    /// is never lost to a half-rewired state. Returns the flows as they were; on error the graph
    /// is unchanged.
    pub fn rewire(&mut self, flows: &[Flow]) -> Result<Vec<Flow>, EditError> {
        let mut next = self.clone();
        let mut old = Vec::with_capacity(flows.len());
        for f in flows {
            let was = next.remove_flow(f.id)?;
            if was.kind != f.kind {
                return Err(EditError::InvalidGraph(GraphProblem::KindChanged));
            }
            old.push(was);
        }
        // Forward flows first: a repeat loop needs the path it closes.
        let mut adds: Vec<&Flow> = flows.iter().collect();
        adds.sort_by_key(|f| !f.kind.is_forward());
        for f in adds {
            next.add_flow(f.clone())?;
        }
        if let Some(f) = next.broken_repeats().first().and_then(|id| next.flow(*id)) {
            return Err(EditError::InvalidGraph(GraphProblem::RepeatWouldBreak {
                from: next.stage_name(f.from),
                to: next.stage_name(f.to),
            }));
        }
        *self = next;
        Ok(old)
    }

    /// Repeat flows that no longer go back to an earlier stage (after a forward flow or a stage
    /// on their path was removed). Removals take these with them so the invariant always holds.
    pub fn broken_repeats(&self) -> Vec<Id> {
        let mut out: Vec<Id> = self
            .flows()
            .filter(|f| f.kind == FlowKind::Repeat && !self.reaches_forward(f.to, f.from))
            .map(|f| f.id)
            .collect();
        out.sort();
        out
    }

    /// The kind a flow drawn from `from` to `to` gets when the user only says which stages it
    /// joins (`Edit::ConnectStages`): back to a stage that leads to `from` (or to `from` itself)
    /// it is a repeat loop; otherwise it is a forward flow, a branch when `from` already has a
    /// way on and the next step when it has none. The page's stage graph used to decide this by
    /// column order alone, which made a repeat loop (always refused) of a flow to a parallel
    /// branch drawn further left; reachability is the rule the graph itself checks.
    pub fn kind_for_new_flow(&self, from: Id, to: Id) -> FlowKind {
        if self.reaches_forward(to, from) {
            FlowKind::Repeat
        } else if self.flows().any(|f| f.from == from && f.kind.is_forward()) {
            FlowKind::Branch
        } else {
            FlowKind::Next
        }
    }

    /// True when `to` can be reached from `from` along forward (next/branch) flows.
    pub fn reaches_forward(&self, from: Id, to: Id) -> bool {
        let (Some(&start), Some(&goal)) = (self.nodes.get(&from), self.nodes.get(&to)) else {
            return false;
        };
        let mut seen = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            if n == goal {
                return true;
            }
            if !seen.insert(n) {
                continue;
            }
            for e in self.graph.edges_directed(n, Direction::Outgoing) {
                if e.weight().kind.is_forward() {
                    stack.push(e.target());
                }
            }
        }
        false
    }

    /// The grid's column order: a topological order of the forward flows in which stages the
    /// graph leaves unordered (parallel branches, disconnected stages) follow their `rank`, then
    /// their id. Deterministic, and an edit to one stage's text never reorders columns.
    pub fn order(&self) -> Vec<Id> {
        let key = |n: NodeIndex| {
            let s = &self.graph[n];
            (OrdF64(s.rank), s.id)
        };
        let mut indegree: HashMap<NodeIndex, usize> = HashMap::new();
        for n in self.graph.node_indices() {
            let d = self
                .graph
                .edges_directed(n, Direction::Incoming)
                .filter(|e| e.weight().kind.is_forward())
                .count();
            indegree.insert(n, d);
        }
        let mut ready: BTreeSet<((OrdF64, Id), NodeIndex)> = indegree
            .iter()
            .filter(|(_, d)| **d == 0)
            .map(|(n, _)| (key(*n), *n))
            .collect();
        let mut out = Vec::with_capacity(self.nodes.len());
        while let Some(first) = ready.pop_first() {
            let n = first.1;
            out.push(self.graph[n].id);
            for e in self.graph.edges_directed(n, Direction::Outgoing) {
                if !e.weight().kind.is_forward() {
                    continue;
                }
                let d = indegree.get_mut(&e.target()).expect("every node has a degree");
                *d -= 1;
                if *d == 0 {
                    ready.insert((key(e.target()), e.target()));
                }
            }
        }
        debug_assert_eq!(out.len(), self.nodes.len(), "forward flows are acyclic by construction");
        out
    }

    /// Stages in grid order.
    pub fn ordered_stages(&self) -> Vec<&Stage> {
        self.order().into_iter().filter_map(|id| self.stage(id)).collect()
    }
}

/// Total order on f64 for sort keys (ranks are finite; `total_cmp` keeps NaN deterministic).
#[derive(Debug, Clone, Copy, PartialEq)]
struct OrdF64(f64);
impl Eq for OrdF64 {}
impl PartialOrd for OrdF64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrdF64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}
