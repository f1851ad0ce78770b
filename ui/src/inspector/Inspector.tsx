// The panel at the right that edits every field of the selected item: a card (by kind), a
// stage (phase, connected experience, NPS/CSAT/CES), a lane, or, with nothing selected, the
// journey itself (name, goal, emotion scale). Each change is one edit.

import type { Card, CardBody, Changed, Direction, DirectionChoice, Edit, Journey, Lane, LaneKind, Measure, Metrics, Persona, Phase, Stage } from "../types";
import { putPersona, removeCard, removeLane, removeStage, setCardKind, setDirection, setJourney, setScale, updateCard, updateLane, updateStage } from "../editor/edits";
import { newId } from "../editor/ids";
import type { Selection } from "../editor/useEditor";
import { cardKindName, cardKinds, channelKinds, experiences, frictionKinds, laneKinds, loyaltyPillars, phaseKinds, pillars, shortageName, stepName } from "../components/labels";
import { useT } from "../i18n";
import { LIMITS, priorityOf } from "../rules";
import { relativeTime } from "../components/when";
import { CheckField, NumberField, ScaleField, Section, SelectField, TextField } from "./fields";

interface Props {
  journey: Journey;
  selection: Selection;
  readOnly: boolean;
  apply(edit: Edit): void;
  onDuplicate(): void;
  /** Moves the selected stage or lane one place (the studio says why when it cannot). */
  onMove(dir: -1 | 1): void;
  /** Who last changed the selected card, stage or lane (null: unknown, or nobody since it was made). */
  changed?: Changed | null;
  /** Which way the map runs now (the layout's): what "automatic" gives while it is chosen. */
  direction?: Direction;
}


export function Inspector({ journey, selection, readOnly, apply, onDuplicate, onMove, changed = null, direction = "ltr" }: Props) {
  const { t } = useT();
  let body: React.ReactNode;
  if (selection?.kind === "cards" && selection.ids.length === 1) {
    const card = journey.cards.find((c) => c.id === selection.ids[0]);
    body = card ? <CardInspector key={card.id} journey={journey} card={card} apply={apply} onDuplicate={onDuplicate} changed={changed} /> : null;
  } else if (selection?.kind === "cards" && selection.ids.length > 1) {
    body = (
      <Section title={t("cards-selected", { count: selection.ids.length })}>
        <p className="hint">{t("cards-selected-hint")}</p>
        <div className="actions">
          <button type="button" onClick={onDuplicate}>{t("duplicate")}</button>
          <button type="button" className="danger" onClick={() => apply({ type: "batch", edits: selection.ids.map(removeCard) })}>{t("delete")}</button>
        </div>
      </Section>
    );
  } else if (selection?.kind === "stage") {
    const stage = journey.stages.find((s) => s.id === selection.id);
    body = stage ? <StageInspector key={stage.id} stage={stage} apply={apply} onMove={onMove} changed={changed} /> : null;
  } else if (selection?.kind === "lane") {
    const lane = journey.lanes.find((l) => l.id === selection.id);
    body = lane ? <LaneInspector key={lane.id} lane={lane} apply={apply} onMove={onMove} changed={changed} /> : null;
  } else {
    body = <JourneyInspector journey={journey} direction={direction} apply={apply} />;
  }
  return (
    <aside className="inspector" aria-label={t("panel-inspector")}>
      <fieldset disabled={readOnly}>{body}</fieldset>
    </aside>
  );
}

/** "Last changed by Ana, 2 hours ago": after a merge, whose words these are. */
function LastChanged({ changed }: { changed: Changed | null }) {
  const l = useT();
  const { t } = l;
  const language = l.language.code === "en-XA" ? "en" : l.language.code;
  if (!changed) return null;
  const at = new Date(changed.at * 1000);
  return (
    <p className="changed-by">
      {/* The whole sentence is the <time>: languages put the name and the time in their own order. */}
      <time dateTime={at.toISOString()} title={at.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}>
        {t("last-changed", { who: changed.by, when: relativeTime(changed.at, Date.now(), language) })}
      </time>
    </p>
  );
}

function CardInspector({ journey, card, apply, onDuplicate, changed }: { journey: Journey; card: Card; apply(e: Edit): void; onDuplicate(): void; changed: Changed | null }) {
  const l = useT();
  const { t } = l;
  const put = (patch: Partial<Card>) => apply(updateCard({ ...card, ...patch }));
  const putBody = (patch: Partial<CardBody>) => put({ body: { ...card.body, ...patch } as CardBody });
  const b = card.body;
  const stage = journey.stages.find((s) => s.id === card.stage)?.name;
  const lane = journey.lanes.find((l) => l.id === card.lane)?.name;
  const scale = journey.scale;
  const scores: [string, string][] = [];
  for (let s = scale.max; s >= scale.min; s--) scores.push([String(s), `${l.number(s, { signDisplay: "exceptZero" })} ${stepName(l, scale, s) ?? ""}`]);
  return (
    <>
      <Section title={cardKindName(l, b.kind)}>
        <p className="where" dir="auto">{stage} · {lane}</p>
        <LastChanged changed={changed} />
        <TextField label={t("field-text")} value={card.text} multiline onCommit={(text) => put({ text })} />
        <SelectField label={t("field-kind")} value={b.kind} options={cardKinds(l)} onChange={(k) => k && k !== b.kind && apply(setCardKind(card.id, k))} />
      </Section>
      {b.kind === "touchpoint" && (
        <Section title={cardKindName(l, "touchpoint")}>
          <SelectField label={t("field-channel")} value={b.channel?.kind ?? ""} none={t("channel-none")} options={channelKinds(l)}
            onChange={(k) => putBody({ channel: k ? (k === "other" ? { kind: "other", label: (b.channel?.kind === "other" && b.channel.label) || t("channel-other") } : { kind: k }) : null })} />
          {b.channel?.kind === "other" && (
            <TextField label={t("field-channel-name")} required value={b.channel.label ?? ""} onCommit={(label) => putBody({ channel: { kind: "other", label } })} />
          )}
          <SelectField label={t("field-emotion")} value={b.emotion ? String(b.emotion.score) : ""} none={t("emotion-none")} options={scores}
            onChange={(v) => putBody({ emotion: v === "" ? null : { score: Number(v), name: b.emotion?.name ?? "" } })} />
          {b.emotion && (
            <TextField label={t("field-named-emotion")} placeholder={stepName(l, scale, b.emotion.score) ?? t("field-named-emotion.placeholder")} value={b.emotion.name}
              onCommit={(name) => putBody({ emotion: { score: b.emotion!.score, name } })} />
          )}
          <CheckField label={t("moment-of-truth")} checked={b.momentOfTruth} onChange={(momentOfTruth) => putBody({ momentOfTruth })} />
          <SelectField label={t("field-experience")} value={b.experience ?? ""} none={t("none")} options={experiences(l)}
            onChange={(v) => putBody({ experience: v || null })} />
          <TextField label={t("field-wanted")} value={b.sacrifice?.wanted ?? ""} placeholder={t("field-wanted.placeholder")}
            onCommit={(wanted) => putBody({ sacrifice: wanted || b.sacrifice?.accepted ? { wanted, accepted: b.sacrifice?.accepted ?? "" } : null })} />
          <TextField label={t("field-accepted")} value={b.sacrifice?.accepted ?? ""} placeholder={t("field-accepted.placeholder")}
            onCommit={(accepted) => putBody({ sacrifice: accepted || b.sacrifice?.wanted ? { wanted: b.sacrifice?.wanted ?? "", accepted } : null })} />
        </Section>
      )}
      {b.kind === "painPoint" && (
        <Section title={cardKindName(l, "painPoint")}>
          <ScaleField label={t("field-severity")} value={b.severity} low={t("severity-low")} high={t("severity-high")} onChange={(severity) => putBody({ severity })} />
          <ScaleField label={t("field-frequency")} value={b.frequency} low={t("frequency-low")} high={t("frequency-high")} onChange={(frequency) => putBody({ frequency })} />
          <p className="score">{t("pain-priority", { priority: priorityOf(b) })}</p>
          <SelectField label={t("field-pillar")} value={b.pillar ?? ""} none={t("none")} options={pillars(l)} onChange={(v) => putBody({ pillar: v || null })} />
          <SelectField label={t("field-friction")} value={b.friction?.kind ?? ""} none={t("none")} options={frictionKinds(l)}
            onChange={(k) => putBody({ friction: k ? (k === "other" ? { kind: "other", label: t("field-friction") } : { kind: k }) : null })} />
          {b.friction?.kind === "other" && (
            <TextField label={t("field-friction-name")} required value={b.friction.label ?? ""} onCommit={(label) => putBody({ friction: { kind: "other", label } })} />
          )}
          <div className="field">
            <span className="field-label">{t("field-short-of")}</span>
            <div className="checks">
              {(["time", "money", "effort", "information"] as const).map((s) => (
                <CheckField key={s} label={shortageName(l, s)} checked={b.shortOf.includes(s)}
                  onChange={(on) => putBody({ shortOf: on ? [...b.shortOf, s] : b.shortOf.filter((x) => x !== s) })} />
              ))}
            </div>
          </div>
        </Section>
      )}
      {b.kind === "opportunity" && (
        <Section title={cardKindName(l, "opportunity")}>
          <ScaleField label={t("field-value")} value={b.value} low={t("value-low")} high={t("value-high")} onChange={(value) => putBody({ value })} />
          <ScaleField label={t("field-effort")} value={b.effort} low={t("effort-low")} high={t("effort-high")} onChange={(effort) => putBody({ effort })} />
          <SelectField label={t("field-loyalty")} value={b.loyaltyPillar ?? ""} none={t("none")} options={loyaltyPillars(l)} onChange={(v) => putBody({ loyaltyPillar: v || null })} />
          <TextField label={t("field-owner")} value={b.owner} onCommit={(owner) => putBody({ owner })} />
          <div className="field">
            <span className="field-label">{t("field-answers")}</span>
            <div className="checks answers-list">
              {journey.cards.filter((c) => c.body.kind === "painPoint").map((p) => (
                <CheckField key={p.id} label={p.text || t("pain-untitled")} checked={b.answers.includes(p.id)}
                  onChange={(on) => putBody({ answers: on ? [...b.answers, p.id] : b.answers.filter((a) => a !== p.id) })} />
              ))}
            </div>
          </div>
        </Section>
      )}
      {b.kind === "quote" && (
        <Section title={cardKindName(l, "quote")}>
          <TextField label={t("field-speaker")} value={b.speaker} onCommit={(speaker) => putBody({ speaker })} />
        </Section>
      )}
      <div className="actions">
        <button type="button" onClick={onDuplicate}>{t("duplicate")}</button>
        <button type="button" className="danger" onClick={() => apply(removeCard(card.id))}>{t("card-delete")}</button>
      </div>
    </>
  );
}


/** A stage metric and its sample size, bounded by the core's limits (`LIMITS.nps` etc.). */
function MeasureFields({ label, value, onCommit, range }: { label: string; value: Measure | null | undefined; onCommit(m: Measure | null): void; range: { min: number; max: number } }) {
  const { t } = useT();
  return (
    <div className="field-pair">
      <NumberField label={label} value={value?.value ?? null} min={range.min} max={range.max} onCommit={(v) => onCommit(v === null ? null : { value: v, sampleSize: value?.sampleSize ?? 0 })} />
      <NumberField label={t("field-sample")} value={value ? value.sampleSize : null} min={0} onCommit={(n) => value && onCommit({ ...value, sampleSize: n ?? 0 })} />
    </div>
  );
}

function StageInspector({ stage, apply, onMove, changed }: { stage: Stage; apply(e: Edit): void; onMove(dir: -1 | 1): void; changed: Changed | null }) {
  const l = useT();
  const { t } = l;
  const put = (patch: Partial<Stage>) => apply(updateStage({ ...stage, ...patch }));
  const putMetrics = (patch: Partial<Metrics>) => put({ metrics: { ...stage.metrics, ...patch } });
  const phase = stage.phase;
  return (
    <>
      <Section title={t("inspector-stage")}>
        <LastChanged changed={changed} />
        <TextField label={t("field-name")} required value={stage.name} onCommit={(name) => put({ name })} />
        <TextField label={t("field-description")} multiline value={stage.description} onCommit={(description) => put({ description })} />
        <SelectField label={t("field-phase")} value={phase?.kind ?? ""} none={t("none")} options={[...phaseKinds(l), ["custom", t("phase-custom")]] as [string, string][]}
          onChange={(k) => put({ phase: k ? ({ kind: k, ...(k === "custom" ? { label: (phase?.kind === "custom" && phase.label) || t("lane-kind-custom") } : {}) } as Phase) : null })} />
        {phase?.kind === "custom" && <TextField label={t("field-phase-name")} required value={phase.label ?? ""} onCommit={(label) => put({ phase: { kind: "custom", label } })} />}
        <SelectField label={t("field-experience")} value={stage.experience ?? ""} none={t("none")} options={experiences(l)} onChange={(v) => put({ experience: v || null })} />
      </Section>
      <Section title={t("inspector-metrics")}>
        <MeasureFields label={t("metric-nps", { min: LIMITS.nps.min, max: LIMITS.nps.max })} range={LIMITS.nps} value={stage.metrics.nps} onCommit={(nps) => putMetrics({ nps })} />
        <MeasureFields label={t("metric-csat")} range={LIMITS.csat} value={stage.metrics.csat} onCommit={(csat) => putMetrics({ csat })} />
        <MeasureFields label={t("metric-ces", { min: LIMITS.ces.min, max: LIMITS.ces.max })} range={LIMITS.ces} value={stage.metrics.ces} onCommit={(ces) => putMetrics({ ces })} />
      </Section>
      <div className="actions">
        <button type="button" onClick={() => onMove(-1)} title={t("stage-move-left.title")}>{t("stage-move-left")}</button>
        <button type="button" onClick={() => onMove(1)} title={t("stage-move-right.title")}>{t("stage-move-right")}</button>
        <button type="button" className="danger" onClick={() => apply(removeStage(stage.id))}>{t("stage-delete")}</button>
      </div>
    </>
  );
}

function LaneInspector({ lane, apply, onMove, changed }: { lane: Lane; apply(e: Edit): void; onMove(dir: -1 | 1): void; changed: Changed | null }) {
  const l = useT();
  const { t } = l;
  const put = (patch: Partial<Lane>) => apply(updateLane({ ...lane, ...patch }));
  return (
    <>
      <Section title={t("inspector-lane")}>
        <LastChanged changed={changed} />
        <TextField label={t("field-name")} required value={lane.name} onCommit={(name) => put({ name })} />
        <SelectField label={t("field-kind")} value={lane.kind} options={laneKinds(l) as [LaneKind, string][]} onChange={(kind) => kind && put({ kind })} />
        <p className="hint">{t("lane-hint")}</p>
      </Section>
      <div className="actions">
        <button type="button" onClick={() => onMove(-1)} title={t("lane-move-up.title")}>{t("lane-move-up")}</button>
        <button type="button" onClick={() => onMove(1)} title={t("lane-move-down.title")}>{t("lane-move-down")}</button>
        <button type="button" className="danger" onClick={() => apply(removeLane(lane.id))}>{t("lane-delete")}</button>
      </div>
    </>
  );
}

function JourneyInspector({ journey, direction, apply }: { journey: Journey; direction: Direction; apply(e: Edit): void }) {
  const l = useT();
  const { t } = l;
  const scale = journey.scale;
  const steps: number[] = [];
  for (let s = scale.max; s >= scale.min; s--) steps.push(s);
  return (
    <>
      <Section title={t("inspector-journey")}>
        <TextField label={t("field-name")} required value={journey.name} onCommit={(name) => apply(setJourney(name, journey.goal))} />
        <TextField label={t("field-goal")} multiline value={journey.goal} onCommit={(goal) => apply(setJourney(journey.name, goal))} />
        {/* Automatic follows the text. The layout's direction is what the text gives only while
            automatic is in force; otherwise it is the choice, so "automatic" says no more. */}
        <SelectField<DirectionChoice> label={t("field-direction")} value={journey.direction ?? "auto"}
          options={[
            ["auto", t((journey.direction ?? "auto") !== "auto" ? "direction-auto" : direction === "rtl" ? "direction-auto-rtl" : "direction-auto-ltr")],
            ["ltr", t("direction-ltr")],
            ["rtl", t("direction-rtl")],
          ]}
          onChange={(v) => v && v !== (journey.direction ?? "auto") && apply(setDirection(v))} />
      </Section>
      <Section title={t("inspector-scale")}>
        <div className="field-pair">
          <NumberField label={t("scale-lowest")} value={scale.min} onCommit={(v) => v !== null && apply(setScale({ ...scale, min: v }))} />
          <NumberField label={t("scale-highest")} value={scale.max} onCommit={(v) => v !== null && apply(setScale({ ...scale, max: v }))} />
        </div>
        {steps.map((s) => (
          <TextField key={s} label={l.number(s, { signDisplay: "exceptZero" })} value={scale.names[s] ?? ""} placeholder={stepName(l, scale, s) ?? t("scale-step.placeholder")}
            onCommit={(name) => {
              const names = { ...scale.names };
              if (name) names[s] = name;
              else delete names[s];
              apply(setScale({ ...scale, names }));
            }} />
        ))}
      </Section>
      <Section title={t("inspector-personas")}>
        {journey.personas.map((p) => <PersonaFields key={p.id} persona={p} apply={apply} />)}
        <div className="actions">
          <button type="button" onClick={() => apply(putPersona({
            id: newId(), name: t("persona-new-name", { number: journey.personas.length + 1 }), role: "", goals: [], needs: [], frustrations: [],
            quote: "", valueType: null, color: PERSONA_COLORS[journey.personas.length % PERSONA_COLORS.length],
          }))}>{t("persona-add")}</button>
        </div>
      </Section>
      <p className="hint">{t("inspector-hint")}</p>
    </>
  );
}

/** Distinct curve colours for new personas. */
const PERSONA_COLORS = ["#2f6fde", "#d64545", "#1f9d6b", "#7a4fd0", "#e07a1f", "#0f8ea8"];

const lines = (list: string[]) => list.join("\n");
const unlines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** One persona: who travels the journey (goals, needs, frustrations one per line). */
function PersonaFields({ persona, apply }: { persona: Persona; apply(e: Edit): void }) {
  const { t } = useT();
  const put = (patch: Partial<Persona>) => apply(putPersona({ ...persona, ...patch }));
  return (
    <div className="persona-fields" data-persona-id={persona.id}>
      <TextField label={t("field-name")} required value={persona.name} onCommit={(name) => put({ name })} />
      <TextField label={t("persona-role")} value={persona.role} onCommit={(role) => put({ role })} />
      <TextField label={t("persona-quote")} value={persona.quote} onCommit={(quote) => put({ quote })} />
      <TextField label={t("persona-goals")} multiline value={lines(persona.goals)} onCommit={(v) => put({ goals: unlines(v) })} />
      <TextField label={t("persona-needs")} multiline value={lines(persona.needs)} onCommit={(v) => put({ needs: unlines(v) })} />
      <TextField label={t("persona-frustrations")} multiline value={lines(persona.frustrations)} onCommit={(v) => put({ frustrations: unlines(v) })} />
      <SelectField label={t("persona-value")} value={persona.valueType ?? ""} none={t("persona-value-none")} options={[["spender", t("persona-spender")], ["sender", t("persona-sender")]]}
        onChange={(v) => put({ valueType: (v || null) as Persona["valueType"] })} />
      <div className="field">
        <label>{t("persona-color")}</label>
        {/* Committed when the picker closes, not on every step of choosing a colour. */}
        <input key={persona.color} type="color" defaultValue={persona.color || "#2f6fde"} aria-label={t("persona-color-of", { name: persona.name })}
          onBlur={(e) => { if (e.target.value !== persona.color) put({ color: e.target.value }); }} />
      </div>
      <div className="actions">
        <button type="button" className="danger" onClick={() => apply({ type: "removePersona", id: persona.id })}>{t("persona-remove")}</button>
      </div>
    </div>
  );
}
