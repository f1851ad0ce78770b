// The presentation view for the room: one stage at a time in large type, no editing chrome,
// the emotion curve of the whole journey with this stage's moments emphasised, and this
// stage's pain points first. ← and → step through the stages the way the map runs (right to
// left, ← is the next stage); Escape leaves.

import { useT } from "../i18n";
import { phaseName } from "./labels";
import { useEffect } from "react";
import type { Card, Id, JourneyView, WorkshopTimer } from "../types";
import { emotionColor } from "./labels";
import { priorityOf } from "../rules";
import { Countdown } from "./WorkshopPanel";
import { stageOrder, stageSpan } from "../editor/geometry";

interface Props {
  view: JourneyView;
  stage: Id;
  timer: WorkshopTimer | null;
  onStage(id: Id): void;
  /** One stage on (1) or back (-1); computed from the latest stage, so quick presses all count. */
  onStep(delta: 1 | -1): void;
  onClose(): void;
}

export function Presentation({ view, stage, timer, onStage, onStep, onClose }: Props) {
  const l = useT();
  const { t } = l;
  const { journey, layout } = view;
  const order = stageOrder(layout);
  const at = Math.max(0, order.indexOf(stage));
  const current = journey.stages.find((s) => s.id === order[at]);
  const rtl = layout.direction === "rtl";

  useEffect(() => {
    const [ahead, back] = rtl ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
    const onKey = (e: KeyboardEvent) => {
      if (e.key === ahead || e.key === "PageDown" || e.key === " ") {
        e.preventDefault();
        e.stopPropagation();
        onStep(1);
      } else if (e.key === back || e.key === "PageUp") {
        e.preventDefault();
        e.stopPropagation();
        onStep(-1);
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    };
    // Capture: the map's own keys must not act behind the presentation.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [onStep, onClose, rtl]);

  // In full screen, Escape belongs to the browser (it leaves full screen without a key event):
  // leaving full screen leaves the presentation too.
  useEffect(() => {
    const onChange = () => { if (!document.fullscreenElement) onClose(); };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [onClose]);

  if (!current) return null;
  const lanes = [...journey.lanes].sort((a, b) => a.rank - b.rank);
  const here = (lane: Id) => journey.cards.filter((c) => c.stage === current.id && c.lane === lane).sort((a, b) => a.rank - b.rank);
  const pains = journey.cards.filter((c) => c.stage === current.id && c.body.kind === "painPoint")
    .sort((a, b) => weight(b) - weight(a));
  const main = layout.curves.find((c) => c.persona === null);
  const points = main?.points ?? [];
  const { min, max } = journey.scale;
  const W = 1000, H = 140;
  // The stages' span of the map onto the curve's width: mirrored there already when the map
  // runs right to left, so the curve does too.
  const [x0, x1] = stageSpan(layout);
  const xs = (x: number) => ((x - x0) / (x1 - x0 || 1)) * W;
  const ys = (s: number) => 14 + (1 - (s - min) / (max - min || 1)) * (H - 28);
  const stageOf = new Map(journey.cards.map((c) => [c.id, c.stage]));
  const col = layout.columns.find((c) => c.stage === order[at]);

  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label={t("presentation-label", { name: current.name })}>
      <header>
        <span className="step">{t("presentation-step", { at: at + 1, of: order.length })}</span>
        {current.phase && <span className={`phase-pill phase-${current.phase.kind}`}>{phaseName(l, current.phase)}</span>}
        <h1 dir="auto">{current.name}</h1>
        {timer && (timer.endsAt || timer.remainingMs > 0) && <Countdown timer={timer} />}
        <button type="button" onClick={onClose} aria-label={t("presentation-leave")}>✕</button>
      </header>
      {current.description && <p className="stage-description" dir="auto">{current.description}</p>}
      {points.length > 0 && col && (
        <svg className="presentation-curve" viewBox={`0 0 ${W} ${H}`} aria-label={t("lane-kind-emotions")}>
          <rect x={xs(col.x)} y={0} width={xs(col.x + col.width) - xs(col.x)} height={H} className="current-band" />
          <polyline points={points.map((p) => `${xs(p.x)},${ys(p.score)}`).join(" ")} className="line" />
          {points.map((p) => {
            const mine = stageOf.get(p.card) === current.id;
            return <circle key={p.card} cx={xs(p.x)} cy={ys(p.score)} r={mine ? 11 : 6} fill={emotionColor(p.score, min, max)} className={mine ? "mine" : ""} />;
          })}
        </svg>
      )}
      {pains.length > 0 && (
        <section className="presentation-pains">
          <h2>{t("lane-kind-pain-points")}</h2>
          <div className="big-cards">
            {pains.map((c) => <BigCard key={c.id} card={c} />)}
          </div>
        </section>
      )}
      <section className="presentation-lanes">
        {lanes.filter((x) => x.kind !== "painPoints" && x.kind !== "emotions" && here(x.id).length > 0).map((x) => (
          <div key={x.id} className="presentation-lane">
            <h2 dir="auto">{x.name}</h2>
            <div className="big-cards">{here(x.id).map((c) => <BigCard key={c.id} card={c} />)}</div>
          </div>
        ))}
      </section>
      <nav className="presentation-steps" aria-label={t("presentation-stages")} dir={layout.direction}>
        {order.map((id, i) => (
          <button key={id} type="button" aria-current={i === at} onClick={() => onStage(id)} dir="auto">
            {journey.stages.find((s) => s.id === id)?.name}
          </button>
        ))}
      </nav>
    </div>
  );
}

function weight(c: Card): number {
  return c.body.kind === "painPoint" ? priorityOf(c.body) : 0;
}

function BigCard({ card }: { card: Card }) {
  const l = useT();
  const b = card.body;
  return (
    <article className={`big-card kind-${b.kind}`}>
      {b.kind === "painPoint" && <span className="big-chip">{l.t("pain-badge-short", { severity: b.severity, frequency: b.frequency })}</span>}
      {b.kind === "touchpoint" && b.emotion && <span className="big-chip">{l.number(b.emotion.score, { signDisplay: "exceptZero" })}</span>}
      {card.workshop?.votes ? <span className="big-chip votes">{l.number(card.workshop.votes)} ●</span> : null}
      <p dir="auto">{card.text}</p>
    </article>
  );
}
