// The band above the stage headers that shows the stage graph: branches as dashed arcs,
// repeat loops as arcs curving back, "next" as short arrows between neighbouring columns.

import type { Layout } from "../types";

const arrowColors = { next: "#9aa3b5", branch: "#7a4fd0", repeat: "#e07a1f" };

export function FlowBand({ layout }: { layout: Layout }) {
  const h = layout.headerTop;
  const columnWidth = layout.columns[0]?.width ?? 0;
  return (
    <svg className="flow-band" width={layout.width} height={h} aria-label="Stage flows">
      <defs>
        {/* One marker per colour: WebKitGTK does not support fill="context-stroke". */}
        {Object.entries(arrowColors).map(([kind, color]) => (
          <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0 0 8 4 0 8z" fill={color} />
          </marker>
        ))}
      </defs>
      {layout.flows.map((f) => {
        const adjacent = Math.abs(f.toX - f.fromX - columnWidth) < 1;
        if (f.kind === "next" && adjacent) {
          const x1 = f.fromX + columnWidth / 2 - 14;
          return <line key={f.flow} x1={x1} x2={x1 + 20} y1={h - 10} y2={h - 10} className="flow next" markerEnd="url(#arrow-next)" />;
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
    </svg>
  );
}
