// The stage graph as a graph: stages as nodes placed by depth along the forward flows, flows as
// edges (next, labelled branches, repeat loops back). Drag from a stage's right handle to
// another stage to connect them (the core picks the flow's kind: a repeat loop back, a branch
// when the stage already has a way on, else the next step); select an edge and press Delete to
// remove it; double-click an edge to label it. Every change is an edit; the model refuses
// invalid graphs and says why.

import { useCallback, useMemo, useState } from "react";
import {
  Background, Controls, Handle, MarkerType, Position, ReactFlow,
  type Connection, type Edge, type EdgeMouseHandler, type Node, type NodeProps,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import type { Edit, FlowKind, Id, Journey } from "../types";
import { connectStages, relabelFlow, removeFlow } from "../editor/edits";
import { phaseName } from "./labels";
import { useT } from "../i18n";

interface Props {
  journey: Journey;
  /** Stage ids in the grid's order (the layout's columns). */
  order: Id[];
  readOnly: boolean;
  apply(edit: Edit): Promise<boolean>;
}

const colors: Record<FlowKind, string> = { next: "#8792a8", branch: "#7a4fd0", repeat: "#e07a1f" };
const COLUMN = 240;
const ROW = 150;

/** Depth of each stage: the longest chain of forward flows leading to it. */
export function depths(journey: Journey, order: Id[]): Map<Id, number> {
  const depth = new Map<Id, number>(order.map((id) => [id, 0]));
  // `order` is a topological order of the forward flows, so one pass settles every depth.
  for (const id of order) {
    for (const f of journey.flows) {
      if (f.from === id && f.kind !== "repeat") depth.set(f.to, Math.max(depth.get(f.to) ?? 0, (depth.get(id) ?? 0) + 1));
    }
  }
  return depth;
}

/** Row of each stage: the main line is row 0; a stage reached only by branches sits one row
 *  below the lowest stage branching into it, so branches read as side paths. */
export function rows(journey: Journey, order: Id[]): Map<Id, number> {
  const row = new Map<Id, number>();
  for (const id of order) {
    const into = journey.flows.filter((f) => f.to === id && f.kind !== "repeat");
    const next = into.filter((f) => f.kind === "next");
    if (into.length === 0) row.set(id, 0);
    else if (next.length > 0) row.set(id, Math.min(...next.map((f) => row.get(f.from) ?? 0)));
    else row.set(id, Math.max(...into.map((f) => row.get(f.from) ?? 0)) + 1);
  }
  return row;
}

function StageNode({ data }: NodeProps<Node<{ name: string; phase: string | null; index: number; cards: number }>>) {
  const { t, number } = useT();
  return (
    <div className="graph-stage">
      <Handle type="target" position={Position.Left} id="in" />
      {/* Drawing-only anchors: branches leave and arrive over the top, repeat loops below. */}
      <Handle type="source" position={Position.Top} id="branch-out" isConnectable={false} className="quiet-handle" style={{ left: "70%" }} />
      <Handle type="target" position={Position.Top} id="branch-in" isConnectable={false} className="quiet-handle" style={{ left: "30%" }} />
      <Handle type="source" position={Position.Bottom} id="loop-out" isConnectable={false} className="quiet-handle" style={{ left: "70%" }} />
      <Handle type="target" position={Position.Bottom} id="loop-in" isConnectable={false} className="quiet-handle" style={{ left: "30%" }} />
      <div className="graph-stage-meta">
        <span className="stage-index">{number(data.index)}</span>
        {data.phase && <span className="phase-pill">{data.phase}</span>}
      </div>
      <div className="graph-stage-name" dir="auto">{data.name}</div>
      <div className="graph-stage-cards">{t("graph-cards", { count: data.cards })}</div>
      <Handle type="source" position={Position.Right} id="out" />
    </div>
  );
}

const nodeTypes = { stage: StageNode };

export function GraphView({ journey, order, readOnly, apply }: Props) {
  const l = useT();
  const { t } = l;
  const [labelling, setLabelling] = useState<{ id: Id; label: string } | null>(null);

  const nodes: Node[] = useMemo(() => {
    const depth = depths(journey, order);
    const row = rows(journey, order);
    // Two stages at the same depth and row move apart downwards.
    const taken = new Set<string>();
    return order.map((id, i) => {
      const s = journey.stages.find((x) => x.id === id)!;
      const d = depth.get(id) ?? 0;
      let r = row.get(id) ?? 0;
      while (taken.has(`${d}:${r}`)) r += 1;
      taken.add(`${d}:${r}`);
      return {
        id,
        type: "stage",
        position: { x: d * COLUMN, y: r * ROW },
        data: {
          name: s.name,
          phase: s.phase ? phaseName(l, s.phase) : null,
          index: i + 1,
          cards: journey.cards.filter((c) => c.stage === id).length,
        },
        draggable: false,
        deletable: false,
      };
    });
  }, [journey, order]);

  const edges: Edge[] = useMemo(() => journey.flows.map((f) => ({
    id: f.id,
    source: f.from,
    target: f.to,
    sourceHandle: f.kind === "next" ? "out" : f.kind === "branch" ? "branch-out" : "loop-out",
    targetHandle: f.kind === "next" ? "in" : f.kind === "branch" ? "branch-in" : "loop-in",
    label: f.label || (f.kind === "repeat" ? "repeat" : undefined),
    className: `graph-flow ${f.kind}`,
    type: f.kind === "next" ? "default" : "smoothstep",
    pathOptions: { offset: f.kind === "repeat" ? 40 : 28, borderRadius: 14 },
    animated: f.kind === "repeat",
    style: { stroke: colors[f.kind], strokeWidth: f.kind === "next" ? 1.6 : 2.2, strokeDasharray: f.kind === "branch" ? "6 4" : undefined },
    markerEnd: { type: MarkerType.ArrowClosed, color: colors[f.kind] },
    labelStyle: { fill: colors[f.kind], fontWeight: 700 },
    labelBgPadding: [6, 3] as [number, number],
    deletable: !readOnly,
    data: { kind: f.kind },
  })), [journey, readOnly]);

  const onConnect = useCallback((c: Connection) => {
    if (readOnly || !c.source || !c.target) return;
    void apply(connectStages(c.source, c.target));
  }, [apply, readOnly]);

  const onEdgesDelete = useCallback((gone: Edge[]) => {
    if (readOnly || gone.length === 0) return;
    void apply(gone.length === 1 ? removeFlow(gone[0].id) : { type: "batch", edits: gone.map((e) => removeFlow(e.id)) });
  }, [apply, readOnly]);

  const onEdgeDoubleClick: EdgeMouseHandler = useCallback((_e, edge) => {
    if (readOnly) return;
    const flow = journey.flows.find((f) => f.id === edge.id);
    if (flow) setLabelling({ id: flow.id, label: flow.label });
  }, [journey, readOnly]);

  return (
    <div className="graph-view" aria-label={t("view-graph")}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onConnect={onConnect}
        onEdgesDelete={onEdgesDelete}
        onEdgeDoubleClick={onEdgeDoubleClick}
        nodesDraggable={false}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ["Delete", "Backspace"]}
        // Start at a readable size from the first stage; the Fit control shows the whole graph.
        defaultViewport={{ x: 32, y: 72, zoom: 0.9 }}
        fitViewOptions={{ padding: 0.15 }}
        proOptions={{ hideAttribution: true }}
        minZoom={0.2}
      >
        <Background gap={24} color="#e3e7ee" />
        <Controls showInteractive={false} />
      </ReactFlow>
      <div className="graph-legend">
        <span><i style={{ background: colors.next }} /> {t("flow-next")}</span>
        <span><i style={{ background: colors.branch }} /> {t("flow-branch")}</span>
        <span><i style={{ background: colors.repeat }} /> {t("flow-repeat")}</span>
        <span className="hint">{t("graph-hint")}</span>
      </div>
      {labelling && (
        <form className="flow-label-editor" onSubmit={(e) => {
          e.preventDefault();
          void apply(relabelFlow(labelling.id, labelling.label.trim()));
          setLabelling(null);
        }}>
          <label className="field">
            <span className="field-label">{t("flow-label")}</span>
            <input autoFocus type="text" dir="auto" value={labelling.label} placeholder={t("flow-label.placeholder")}
              onChange={(e) => setLabelling({ ...labelling, label: e.target.value })}
              onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") setLabelling(null); }} />
          </label>
          <div className="actions"><button type="submit">{t("version-save")}</button><button type="button" onClick={() => setLabelling(null)}>{t("cancel")}</button></div>
        </form>
      )}
    </div>
  );
}
