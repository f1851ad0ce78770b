// The band above the stage headers that shows the stage graph: branches as dashed arcs,
// repeat loops as arcs curving back, "next" as short arrows between neighbouring columns.
// Flows a merge suspended (kept in the document, left out of the graph and its layout) are
// drawn here too, from the open journey's list of what the merge left to decide: muted, finely
// dashed arcs between their stages' columns, each named by its item's sentence; choosing one
// opens that list.

import { useT, type Localization } from "../i18n";
import type { Flow, Layout, RepairNote } from "../types";
import { repairSentence } from "./MergeReportDialog";

const arrowColors = { next: "#9aa3b5", branch: "#7a4fd0", repeat: "#e07a1f", suspended: "#b3b9c6" };

/** A flow the merge suspended, with the sentence the merge report says about it. */
export interface SuspendedFlow {
  flow: Flow;
  sentence: string;
}

/** The suspended flows among what a merge left to decide, each named in `l`'s language. */
export function suspendedFlows(repairs: readonly RepairNote[], l: Localization): SuspendedFlow[] {
  return repairs.flatMap((n) => (n.repair.kind === "suspendedFlow" ? [{ flow: n.repair.flow, sentence: repairSentence(l, n) }] : []));
}

interface Props {
  layout: Layout;
  suspended?: readonly SuspendedFlow[];
  /** A suspended flow chosen: show what the merge left to decide. */
  onShowSuspended?(): void;
}

export function FlowBand({ layout, suspended = [], onShowSuspended }: Props) {
  const { t } = useT();
  const h = layout.headerTop;
  const columnWidth = layout.columns[0]?.width ?? 0;
  const centre = new Map(layout.columns.map((c) => [c.stage, c.x + c.width / 2]));
  return (
    <svg className="flow-band" width={layout.width} height={h} aria-label={t("stage-flows")}>
      <defs>
        {/* One marker per colour: WebKitGTK does not support fill="context-stroke". */}
        {Object.entries(arrowColors).map(([kind, color]) => (
          <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            {/* A suspended flow's head is open: it is not a way the journey goes (yet). */}
            {kind === "suspended"
              ? <path d="M1 1 7 4 1 7" fill="none" stroke={color} strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
              : <path d="M0 0 8 4 0 8z" fill={color} />}
          </marker>
        ))}
      </defs>
      {layout.flows.map((f) => {
        // A flow to the next stage is a short arrow the way it goes: leftwards when the map
        // runs right to left (its columns come from the core's layout, mirrored there).
        const way = f.toX < f.fromX ? -1 : 1;
        const adjacent = Math.abs(Math.abs(f.toX - f.fromX) - columnWidth) < 1;
        if (f.kind === "next" && adjacent) {
          const x1 = f.fromX + way * (columnWidth / 2 - 14);
          return <line key={f.flow} x1={x1} x2={x1 + way * 20} y1={h - 10} y2={h - 10} className="flow next" markerEnd="url(#arrow-next)" data-flow-id={f.flow} />;
        }
        const lift = f.kind === "repeat" ? h - 6 : Math.min(h - 8, 14 + Math.abs(f.toX - f.fromX) / 40);
        const d = `M ${f.fromX} ${h - 4} C ${f.fromX} ${h - lift}, ${f.toX} ${h - lift}, ${f.toX} ${h - 4}`;
        const mid = (f.fromX + f.toX) / 2;
        return (
          <g key={f.flow} className={`flow ${f.kind}`}>
            <path d={d} markerEnd={`url(#arrow-${f.kind})`} />
            {f.label && (
              // Both control points share a height, so the arc peaks at 3/4 of its lift. Each
              // label sits just over its own arc: a repeat loop's over the high arc, a branch's
              // over its low one, so labels never share a line and no arc crosses letters.
              <text x={mid} y={Math.max(12, h - 4 - 0.75 * (lift - 4) - 5)} textAnchor="middle" className="flow-label">
                {f.kind === "repeat" ? "↺ " : ""}
                {f.label}
              </text>
            )}
          </g>
        );
      })}
      {suspended.map(({ flow, sentence }) => {
        const fromX = centre.get(flow.from);
        const toX = centre.get(flow.to);
        // A flow whose stage is not drawn (a dangling one is its own item) has nowhere to go.
        if (fromX === undefined || toX === undefined) return null;
        const d = suspendedPath(fromX, toX, h);
        const open = onShowSuspended;
        return (
          <g key={flow.id} className="flow suspended" data-flow-id={flow.id} role={open ? "button" : "img"} aria-label={sentence}
            aria-haspopup={open ? "dialog" : undefined} tabIndex={open ? 0 : undefined}
            onClick={open} onKeyDown={open && ((e) => {
              if (e.key !== "Enter" && e.key !== " ") return;
              // The map's own keys (Space lifts a card) must not see it.
              e.preventDefault();
              e.stopPropagation();
              open();
            })}>
            <title>{sentence}</title>
            {/* A wide invisible stroke along the arc, so a thin dashed line is easy to hit. */}
            <path className="flow-hit" d={d} />
            <path className="flow-line" d={d} markerEnd="url(#arrow-suspended)" />
          </g>
        );
      })}
    </svg>
  );
}

/** How far a suspended flow's ends sit inside its columns' centres. */
const INSET = 10;

/**
 * The arc of a suspended flow. A suspended flow often joins the same two stages as a drawn one
 * in the other direction (the loop it would close), and must not hide under it: it rises about
 * half as high as a branch of the same span would, and its ends sit a little inside the
 * columns' centres, where the drawn flow's ends are. One that leads back to its own stage is a
 * small loop over the column.
 */
export function suspendedPath(fromX: number, toX: number, h: number): string {
  const span = Math.abs(toX - fromX);
  if (span < 1) {
    const top = h - Math.min(h - 8, 26);
    return `M ${fromX - 10} ${h - 4} C ${fromX - 10} ${top}, ${fromX + 10} ${top}, ${fromX + 10} ${h - 4}`;
  }
  const lift = Math.max(12, Math.min(h - 8, 14 + span / 40) * 0.55);
  const inset = span > 6 * INSET ? Math.sign(toX - fromX) * INSET : 0;
  const [a, b] = [fromX + inset, toX - inset];
  return `M ${a} ${h - 4} C ${a} ${h - lift}, ${b} ${h - lift}, ${b} ${h - 4}`;
}
