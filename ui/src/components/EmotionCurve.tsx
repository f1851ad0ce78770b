// The emotion lane: scale guides and one smooth curve per persona through the touchpoints'
// scores, at the points the core's layout computed.

import { useT } from "../i18n";
import { stepName } from "./labels";
import { useMemo, useRef, useState } from "react";
import { EMOTION_PAD, curveBand, scoreAt, stageSpan } from "../editor/geometry";
import type { Card, Id, Journey, Layout } from "../types";
import { emotionColor } from "./labels";

interface Props {
  journey: Journey;
  layout: Layout;
  top: number;
  readOnly?: boolean;
  /** Page to map coordinates. */
  toMap?: (clientX: number, clientY: number) => { x: number; y: number };
  /** A point was dragged to a new score (one edit, on release). */
  onScore?: (card: Id, score: number) => Promise<unknown>;
  onSelectCard?: (card: Id) => void;
  /** The journey's cards by id, if the caller has that index already. */
  cardsById?: ReadonlyMap<Id, Card>;
  /** When set (large maps), only the points near this part of the map are drawn. */
  visible?: { x: number; w: number } | null;
}

/** Room either side of the visible part in which points are still drawn. */
const MARGIN = 480;

/**
 * The points of a curve worth drawing: all of them, or those near the visible part of the map
 * plus one neighbour each side, so the curve runs on past the edges of the view.
 */
export function nearby<P extends { x: number }>(points: P[], visible: { x: number; w: number } | null | undefined): P[] {
  if (!visible) return points;
  const lo = visible.x - MARGIN;
  const hi = visible.x + visible.w + MARGIN;
  let first = points.findIndex((p) => p.x >= lo);
  if (first === -1) return points.slice(-1);
  let last = first;
  while (last < points.length && points[last].x <= hi) last++;
  first = Math.max(0, first - 1);
  return points.slice(first, Math.min(points.length, last + 1));
}

/** A smooth path through points (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points: { x: number; y: number }[]): string {
  if (points.length === 0) return "";
  let d = `M ${points[0].x} ${points[0].y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    // Control points stay between the two ends in x (as in the SVG export): the curve never
    // runs back, even where two touchpoints sit close together after a wide gap.
    const within = (x: number) => Math.min(Math.max(x, p1.x), Math.max(p1.x, p2.x));
    const c1 = { x: within(p1.x + (p2.x - p0.x) / 6), y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: within(p2.x - (p3.x - p1.x) / 6), y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${p2.x} ${p2.y}`;
  }
  return d;
}

export function EmotionCurve({ journey, layout, top, readOnly, toMap, onScore, onSelectCard, visible, cardsById }: Props) {
  const l = useT();
  const { t } = l;
  // The point being dragged and the score it would get; the curve follows it live.
  const [drag, setDrag] = useState<{ card: Id; score: number } | null>(null);
  // Curves switched off in the legend ("main" is the journey's own scores).
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const start = useRef<number | null>(null);
  // The map's index of cards by id when it has one (rebuilding it costs O(cards) per change).
  const own = useMemo(() => (cardsById ? null : new Map(journey.cards.map((c) => [c.id, c]))), [cardsById, journey.cards]);
  const cardText: ReadonlyMap<Id, Card> = cardsById ?? own!;
  if (layout.curves.length === 0) return null;
  const row = layout.rows.find((r) => r.lane === layout.curves[0].lane);
  if (!row) return null;
  const { min, max } = journey.scale;
  const pad = EMOTION_PAD;
  const band = curveBand(row);
  const yOf = (score: number) => band.y - top + pad + (1 - (score - min) / (max - min || 1)) * (band.height - 2 * pad);
  const guides = [max, 0 >= min && 0 <= max ? 0 : Math.round((min + max) / 2), min];
  const personaColor = (id: string | null) =>
    id ? journey.personas.find((p) => p.id === id)?.color || "#7a4fd0" : journey.personas[0]?.color || "#2f6fde";
  const main = hidden.has("main") ? undefined : layout.curves.find((c) => c.persona === null);
  const curveName = (id: string | null) =>
    id ? journey.personas.find((p) => p.id === id)?.name ?? t("inspector-personas") : journey.personas[0]?.name ?? t("inspector-journey");
  const toggle = (key: string) => setHidden((h) => {
    const next = new Set(h);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  });
  const editable = !readOnly && onScore && toMap && main;
  const rtl = layout.direction === "rtl";
  const span = stageSpan(layout);
  const clamp = (v: number) => Math.max(min, Math.min(max, v));
  return (
    <>
    <svg className="emotion-curve" width={layout.width} height={layout.height - top} aria-label={t("lane-kind-emotions")}>
      {guides.map((g) => (
        <g key={g}>
          <line x1={span[0]} x2={span[1]} y1={yOf(g)} y2={yOf(g)} className={g === 0 ? "guide zero" : "guide"} />
          {/* Beside the lane labels: at the right end of the stages on a right-to-left map. */}
          <text x={rtl ? span[1] - 6 : span[0] + 6} y={yOf(g) - 4} className="guide-label" textAnchor={rtl ? "end" : undefined}>
            {l.number(g, { signDisplay: "exceptZero" })} {stepName(l, journey.scale, g) ?? ""}
          </text>
        </g>
      ))}
      {layout.curves.filter((c) => !hidden.has(c.persona ?? "main")).map((curve) => {
        // Only the main curve (the journey's own scores) is dragged; persona curves show.
        const points = nearby(curve.points, visible).map((p) =>
          drag && curve.persona === null && p.card === drag.card ? { ...p, score: drag.score, y: yOf(drag.score) + top } : p);
        return (
          <g key={curve.persona ?? "main"}>
            <path d={smoothPath(points.map((p) => ({ x: p.x, y: p.y - top })))} className="curve" stroke={personaColor(curve.persona)} />
            {points.map((p) => {
              const card = cardText.get(p.card);
              const own = card?.body.kind === "touchpoint" ? card.body.emotion?.name : "";
              const name = (drag?.card === p.card ? "" : own) || stepName(l, journey.scale, p.score) || "";
              const below = p.score >= (min + max) / 2;
              return (
                <g key={p.card} className={`point${drag?.card === p.card ? " dragging" : ""}`} data-card-id={p.card} data-score={p.score}>
                  <circle cx={p.x} cy={p.y - top} r={drag?.card === p.card ? 9 : 7} fill={emotionColor(p.score, min, max)} />
                  <text x={p.x} y={p.y - top + (below ? 20 : -12)} textAnchor="middle" className="point-label">
                    {drag?.card === p.card ? `${p.score > 0 ? "+" : ""}${p.score} ${name}` : name}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
    {layout.curves.length > 1 && (
      <div className="curve-legend" dir={layout.direction} role="group" aria-label={t("curve-legend")}
        style={rtl ? { right: layout.width - span[1] + 8, top: band.y - top + 4 } : { left: span[0] + 8, top: band.y - top + 4 }}>
        {layout.curves.map((c) => {
          const key = c.persona ?? "main";
          return (
            <label key={key} className={hidden.has(key) ? "off" : ""}>
              <input type="checkbox" checked={!hidden.has(key)} onChange={() => toggle(key)} />
              <i style={{ background: personaColor(c.persona) }} />
              <span dir="auto">{curveName(c.persona)}</span>
            </label>
          );
        })}
      </div>
    )}
    {/* Handles are HTML over the points: WebKit does not hit-test inside an SVG whose root
        ignores the pointer, and a slider role gives each point its keyboard (arrows). */}
    {editable && nearby(main.points, visible).map((p) => {
      const card = cardText.get(p.card);
      const score = drag?.card === p.card ? drag.score : p.score;
      return (
        <div
          key={p.card}
          className="emotion-handle"
          style={{ left: p.x - 14, top: yOf(score) - 14 }}
          role="slider"
          tabIndex={0}
          aria-label={t("curve-point", { text: card?.text ?? "" })}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={score}
          aria-valuetext={`${l.number(score, { signDisplay: "exceptZero" })} ${stepName(l, journey.scale, score) ?? ""}`.trim()}
          data-point-for={p.card}
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            e.stopPropagation();
            e.currentTarget.setPointerCapture?.(e.pointerId);
            start.current = p.score;
            onSelectCard?.(p.card);
            setDrag({ card: p.card, score: p.score });
          }}
          onPointerMove={(e) => {
            if (!drag || drag.card !== p.card) return;
            const next = scoreAt(layout, journey, row.lane, toMap(e.clientX, e.clientY).y);
            if (next !== drag.score) setDrag({ card: p.card, score: next });
          }}
          onPointerUp={() => {
            if (drag && drag.card === p.card && drag.score !== start.current) {
              // The point stays at its new height until the redrawn curve has it there.
              void onScore(p.card, drag.score).finally(() => setDrag(null));
            } else {
              setDrag(null);
            }
          }}
          onPointerCancel={() => setDrag(null)}
          onKeyDown={(e) => {
            const delta = e.key === "ArrowUp" ? 1 : e.key === "ArrowDown" ? -1 : 0;
            if (!delta) return;
            e.preventDefault();
            e.stopPropagation();
            if (clamp(p.score + delta) !== p.score) void onScore(p.card, clamp(p.score + delta));
          }}
        />
      );
    })}
    </>
  );
}
