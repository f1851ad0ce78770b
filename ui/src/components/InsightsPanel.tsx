// What the map says (journey-core's insights): findings first, then the paths with their
// emotion, the stage × CX-pillar heatmap of pain severity, the value/effort matrix and the
// loyalty pillars. Choosing a finding or a path shows what it is about on the map.

import { useEffect, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { ApiError, CxPillar, Finding, Id, Insights, Journey } from "../types";
import type { Localization } from "../i18n";
import { loyaltyName, pillarName } from "./labels";
import { useT } from "../i18n";

export interface Focus { stages: Id[]; cards: Id[] }

/** A finding in the window's language: the core's message id with its arguments (a term by its
 *  catalog word, a list joined as the language joins lists); the core's English sentence when
 *  the catalog has no such message. */
export function findingText(l: Localization, f: Finding): string {
  if (!l.has(f.id)) return f.message;
  const args: Record<string, string | number> = {};
  for (const [k, a] of Object.entries(f.args)) {
    switch (a.kind) {
      case "number": case "text": args[k] = a.value; break;
      // Signed as journey-i18n's `NumberFormat::SCORE` and `signed(1)` write them, in the
      // language's digits.
      case "score": args[k] = l.number(a.value, { signDisplay: "exceptZero", maximumFractionDigits: 0 }); break;
      case "mean": args[k] = l.number(a.value, { signDisplay: "exceptZero", minimumFractionDigits: 1, maximumFractionDigits: 1 }); break;
      case "term": args[k] = l.t(a.value); break;
      case "list": args[k] = l.list(a.value); break;
      case "terms": args[k] = l.list(a.value.map((id: string) => l.t(id))); break;
    }
  }
  return l.t(f.id, args);
}

interface Props {
  backend: Backend;
  journey: Journey;
  /** Changes whenever the journey does, so the analysis is redone. */
  revision: number;
  focus: Focus | null;
  onFocus(f: Focus | null): void;
}

const PILLARS: CxPillar[] = ["personalization", "integrity", "expectations", "resolution", "timeAndEffort", "empathy"];
// Each quadrant's name is message `quadrant-<key>`.
const QUADRANTS = ["quickWin", "majorProject", "fillIn", "thankless"];

export function InsightsPanel({ backend, journey, revision, focus, onFocus }: Props) {
  const l = useT();
  const { t, number } = l;
  const signed = (n: number) => number(n, { signDisplay: "exceptZero" });
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

  if (error) return <aside className="inspector insights-panel" aria-label={t("panel-insights")}><p className="problem">{l.error(error)}</p></aside>;
  if (!insights) return <aside className="inspector insights-panel" aria-label={t("panel-insights")}><p className="hint">{t("insights-reading")}</p></aside>;

  const stageName = (id: Id) => journey.stages.find((s) => s.id === id)?.name ?? "?";
  const cardText = (id: Id) => journey.cards.find((c) => c.id === id)?.text ?? "";
  const isFocused = (f: Focus) => focus !== null && focus.stages.join() === f.stages.join() && focus.cards.join() === f.cards.join();
  const toggle = (f: Focus) => onFocus(isFocused(f) ? null : f);
  const order = [...new Set(insights.pillars.heatmap.map((c) => c.stage))];
  const hottest = Math.max(1, ...insights.pillars.heatmap.map((c) => c.severity));
  const { paths } = insights;

  return (
    <aside className="inspector insights-panel" aria-label={t("panel-insights")}>
      <section className="inspector-section">
        <h3>{t("insights-findings")}</h3>
        <ul className="findings">
          {insights.findings.map((f, i) => {
            const target = { stages: f.stages, cards: f.cards };
            const pointsAt = f.stages.length + f.cards.length > 0;
            return (
              <li key={i} className={`finding ${f.level}`}>
                <button type="button" disabled={!pointsAt} aria-pressed={pointsAt ? isFocused(target) : undefined}
                  onClick={() => toggle(target)} title={pointsAt ? t("insights-show") : undefined}>
                  <span className="finding-mark" aria-label={f.level === "warning" ? t("finding-warning") : t("finding-note")}>{f.level === "warning" ? "!" : "i"}</span>
                  <span dir="auto">{findingText(l, f)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="inspector-section">
        <h3>{t("insights-paths")} {paths.truncated && <small>{t("insights-paths-first", { count: paths.paths.length })}</small>}</h3>
        <ol className="paths">
          {paths.paths.map((p, i) => {
            const target = { stages: p.stages, cards: [] };
            const tags = [i === paths.worstByMean && "worst", i === paths.worstByMin && "lowest", i === paths.best && "best"].filter((x): x is string => !!x);
            return (
              <li key={i}>
                <button type="button" aria-pressed={isFocused(target)} onClick={() => toggle(target)}>
                  <span className="path-route" dir="auto">{p.stages.map(stageName).join(" → ")}</span>
                  <span className="path-figures">
                    {p.mean === null ? t("path-no-scores") : t("path-figures", {
                      mean: number(p.mean, { signDisplay: "always", minimumFractionDigits: 1, maximumFractionDigits: 1 }), low: signed(p.min ?? 0),
                    })}
                    {p.viaRepeat && ` · ${t("path-repeats")}`}
                    {tags.map((tag) => <b key={tag} className={`path-tag ${tag === "best" ? "good" : "bad"}`}>{t(`path-tag-${tag}`)}</b>)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </section>

      <section className="inspector-section">
        <h3>{t("insights-heatmap")}</h3>
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">{t("insights-stage")}</th>
              {PILLARS.map((p) => <th key={p} scope="col" title={pillarName(l, p)}><span>{pillarName(l, p)}</span></th>)}
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
                        <button type="button" aria-label={t("heatmap-cell", { pillar: pillarName(l, p), stage: stageName(stage), severity: v })} onClick={() => toggle(target)}>{number(v)}</button>
                      ) : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {insights.pillars.untaggedPains.length > 0 && (
          <p className="hint">{t("insights-untagged", { count: insights.pillars.untaggedPains.length })}</p>
        )}
      </section>

      <section className="inspector-section">
        <h3>{t("insights-matrix")}</h3>
        <div className="quadrants">
          {QUADRANTS.map((q) => {
            const items = insights.pains.opportunities.filter((o) => o.quadrant === q);
            return (
              <div key={q} className={`quadrant ${q}`}>
                <b>{t(`quadrant-${q}`)}</b>
                {items.length === 0 ? <span className="hint">{t("quadrant-none")}</span> : items.map((o) => (
                  <button key={o.card} type="button" dir="auto" onClick={() => toggle({ stages: [], cards: [o.card] })}>
                    {cardText(o.card) || t("card-empty")} <small>{t("value-effort-short", { value: o.value, effort: o.effort })}</small>
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      </section>

      <section className="inspector-section">
        <h3>{t("insights-loyalty")}</h3>
        <ul className="loyalty">
          {insights.pillars.loyalty.map(([p, n]) => (
            <li key={p} className={n === 0 ? "empty" : ""}>{loyaltyName(l, p)} <b>{number(n)}</b></li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
