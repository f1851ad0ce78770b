// The journey grid: stages as columns (in the graph's order), lanes as rows, cards in cells,
// the emotion curve in its lane. Every position comes from the core's layout, the same
// geometry the exports use; this component only draws.

import type { JourneyView } from "../types";
import { CardFace } from "./CardFace";
import { EmotionCurve } from "./EmotionCurve";
import { FlowBand } from "./FlowBand";
import { laneKindLabel, phaseLabel } from "./labels";

export function JourneyMap({ view }: { view: JourneyView }) {
  const { journey, layout } = view;
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const lanes = new Map(journey.lanes.map((l) => [l.id, l]));
  const cards = new Map(journey.cards.map((c) => [c.id, c]));
  const top = layout.bodyTop;
  const bodyHeight = layout.height - top;
  return (
    <div className="map" style={{ width: layout.width }} role="grid" aria-label={`Journey map: ${journey.name}`}>
      <div className="map-head" style={{ height: top, width: layout.width }}>
        <div className="corner" style={{ width: layout.labelWidth, height: top }}>
          <span className="corner-stages">Stages →</span>
          <span className="corner-lanes">Lanes ↓</span>
        </div>
        <FlowBand layout={layout} />
        {layout.columns.map((col, i) => {
          const s = stages.get(col.stage);
          if (!s) return null;
          const phase = s.phase ? (s.phase.kind === "custom" ? s.phase.label : phaseLabel[s.phase.kind]) : null;
          const m = s.metrics;
          const metric = m.nps ? `NPS ${m.nps.value}` : m.csat ? `CSAT ${m.csat.value}%` : m.ces ? `CES ${m.ces.value}` : null;
          const sample = m.nps?.sampleSize ?? m.csat?.sampleSize ?? m.ces?.sampleSize;
          return (
            <div key={col.stage} className={`stage-header phase-${s.phase?.kind ?? "none"}`} style={{ left: col.x, top: layout.headerTop, width: col.width, height: top - layout.headerTop }} role="columnheader" title={s.description}>
              <div className="stage-meta">
                <span className="stage-index">{i + 1}</span>
                {phase && <span className="phase-pill">{phase}</span>}
                {metric && <span className="metric" title={sample ? `${sample} answers` : undefined}>{metric}</span>}
              </div>
              <h2 className="stage-name" dir="auto">{s.name}</h2>
            </div>
          );
        })}
      </div>
      <div className="map-body" style={{ height: bodyHeight, width: layout.width }}>
        {layout.columns.map((col, i) => (
          <div key={col.stage} className={`column-stripe ${i % 2 ? "odd" : ""}`} style={{ left: col.x, width: col.width, height: bodyHeight }} />
        ))}
        <div className="lane-labels" style={{ width: layout.labelWidth, height: bodyHeight }}>
          {layout.rows.map((row) => {
            const lane = lanes.get(row.lane);
            if (!lane) return null;
            return (
              <div key={row.lane} className={`lane-label lane-${lane.kind}`} style={{ top: row.y - top, height: row.height }} role="rowheader">
                <span className="lane-name" dir="auto">{lane.name}</span>
                <span className="lane-kind">{laneKindLabel[lane.kind]}</span>
              </div>
            );
          })}
        </div>
        {layout.rows.map((row) => (
          <div key={row.lane} className={`row-line lane-${lanes.get(row.lane)?.kind}`} style={{ top: row.y - top + row.height - 1, width: layout.width }} />
        ))}
        {layout.visibilityLine !== null && (
          <div className="visibility-line" style={{ top: layout.visibilityLine - top, width: layout.width }}>
            <span>Line of visibility</span>
          </div>
        )}
        <EmotionCurve journey={journey} layout={layout} top={top} />
        {layout.cards.map((box) => {
          const card = cards.get(box.card);
          return card ? <CardFace key={box.card} card={card} journey={journey} box={box} top={top} /> : null;
        })}
      </div>
    </div>
  );
}
