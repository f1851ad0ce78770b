// What the map says (journey-core's insights): findings first, then the paths with their
// emotion, the stage × CX-pillar heatmap of pain severity, the value/effort matrix and the
// loyalty pillars. Choosing a finding or a path shows what it is about on the map.

import { useEffect, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { ApiError, CxPillar, Id, Insights, Journey } from "../types";
import { loyaltyLabel, pillarLabel } from "./labels";

export interface Focus { stages: Id[]; cards: Id[] }

interface Props {
  backend: Backend;
  journey: Journey;
  /** Changes whenever the journey does, so the analysis is redone. */
  revision: number;
  focus: Focus | null;
  onFocus(f: Focus | null): void;
}

const PILLARS: CxPillar[] = ["personalization", "integrity", "expectations", "resolution", "timeAndEffort", "empathy"];
const QUADRANTS: { key: string; label: string }[] = [
  { key: "quickWin", label: "Quick wins" },
  { key: "majorProject", label: "Major projects" },
  { key: "fillIn", label: "Fill-ins" },
  { key: "thankless", label: "Thankless" },
];

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

export function InsightsPanel({ backend, journey, revision, focus, onFocus }: Props) {
  const [insights, setInsights] = useState<Insights | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    backend.journeyInsights(journey.id).then(
      (i) => { if (live) { setInsights(i); setError(null); } },
      (e) => { if (live) setError(toApiError(e)); },
    );
    return () => { live = false; };
  }, [backend, journey.id, revision]);

  if (error) return <aside className="inspector insights-panel" aria-label="Insights"><p className="problem">{error.message}</p></aside>;
  if (!insights) return <aside className="inspector insights-panel" aria-label="Insights"><p className="hint">Reading the map…</p></aside>;

  const stageName = (id: Id) => journey.stages.find((s) => s.id === id)?.name ?? "?";
  const cardText = (id: Id) => journey.cards.find((c) => c.id === id)?.text ?? "";
  const isFocused = (f: Focus) => focus !== null && focus.stages.join() === f.stages.join() && focus.cards.join() === f.cards.join();
  const toggle = (f: Focus) => onFocus(isFocused(f) ? null : f);
  const order = [...new Set(insights.pillars.heatmap.map((c) => c.stage))];
  const hottest = Math.max(1, ...insights.pillars.heatmap.map((c) => c.severity));
  const { paths } = insights;

  return (
    <aside className="inspector insights-panel" aria-label="Insights">
      <section className="inspector-section">
        <h3>Findings</h3>
        <ul className="findings">
          {insights.findings.map((f, i) => {
            const target = { stages: f.stages, cards: f.cards };
            const pointsAt = f.stages.length + f.cards.length > 0;
            return (
              <li key={i} className={`finding ${f.level}`}>
                <button type="button" disabled={!pointsAt} aria-pressed={pointsAt ? isFocused(target) : undefined}
                  onClick={() => toggle(target)} title={pointsAt ? "Show on the map" : undefined}>
                  <span className="finding-mark" aria-label={f.level === "warning" ? "Warning" : "Note"}>{f.level === "warning" ? "!" : "i"}</span>
                  <span dir="auto">{f.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="inspector-section">
        <h3>Paths {paths.truncated && <small>(first {paths.paths.length})</small>}</h3>
        <ol className="paths">
          {paths.paths.map((p, i) => {
            const target = { stages: p.stages, cards: [] };
            const tags = [i === paths.worstByMean && "worst", i === paths.worstByMin && "lowest point", i === paths.best && "best"].filter(Boolean);
            return (
              <li key={i}>
                <button type="button" aria-pressed={isFocused(target)} onClick={() => toggle(target)}>
                  <span className="path-route" dir="auto">{p.stages.map(stageName).join(" → ")}</span>
                  <span className="path-figures">
                    {p.mean === null ? "no scores" : `mean ${p.mean >= 0 ? "+" : ""}${p.mean.toFixed(1)} · low ${signed(p.min ?? 0)}`}
                    {p.viaRepeat && " · repeats"}
                    {tags.map((t) => <b key={String(t)} className={`path-tag ${t === "best" ? "good" : "bad"}`}>{t}</b>)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </section>

      <section className="inspector-section">
        <h3>Where it hurts: pain severity by stage and CX pillar</h3>
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {PILLARS.map((p) => <th key={p} scope="col" title={pillarLabel[p]}><span>{pillarLabel[p]}</span></th>)}
            </tr>
          </thead>
          <tbody>
            {order.map((stage) => (
              <tr key={stage}>
                <th scope="row" dir="auto">{stageName(stage)}</th>
                {PILLARS.map((p) => {
                  const cell = insights.pillars.heatmap.find((c) => c.stage === stage && c.pillar === p);
                  const v = cell?.severity ?? 0;
                  const target = { stages: [stage], cards: cell?.cards ?? [] };
                  return (
                    <td key={p} style={v ? { background: `rgba(214, 69, 69, ${0.15 + 0.75 * (v / hottest)})`, color: v / hottest > 0.55 ? "#fff" : undefined } : undefined}>
                      {v > 0 ? (
                        <button type="button" aria-label={`${pillarLabel[p]} in ${stageName(stage)}: severity ${v}`} onClick={() => toggle(target)}>{v}</button>
                      ) : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {insights.pillars.untaggedPains.length > 0 && (
          <p className="hint">{insights.pillars.untaggedPains.length} pain point(s) have no pillar yet.</p>
        )}
      </section>

      <section className="inspector-section">
        <h3>Opportunities: value and effort</h3>
        <div className="quadrants">
          {QUADRANTS.map((q) => {
            const items = insights.pains.opportunities.filter((o) => o.quadrant === q.key);
            return (
              <div key={q.key} className={`quadrant ${q.key}`}>
                <b>{q.label}</b>
                {items.length === 0 ? <span className="hint">none</span> : items.map((o) => (
                  <button key={o.card} type="button" dir="auto" onClick={() => toggle({ stages: [], cards: [o.card] })}>
                    {cardText(o.card) || "(empty card)"} <small>V{o.value} E{o.effort}</small>
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      </section>

      <section className="inspector-section">
        <h3>Loyalty pillars</h3>
        <ul className="loyalty">
          {insights.pillars.loyalty.map(([p, n]) => (
            <li key={p} className={n === 0 ? "empty" : ""}>{loyaltyLabel[p] ?? p} <b>{n}</b></li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
