// The panel at the right that edits every field of the selected item: a card (by kind), a
// stage (phase, connected experience, NPS/CSAT/CES), a lane, or, with nothing selected, the
// journey itself (name, goal, emotion scale). Each change is one edit.

import type { Card, CardBody, CardKind, Changed, ConnectedExperience, Edit, Journey, Lane, LaneKind, Measure, Metrics, Persona, Phase, Stage } from "../types";
import { putPersona, removeCard, removeLane, removeStage, setCardKind, setJourney, setScale, updateCard, updateLane, updateStage } from "../editor/edits";
import { newId } from "../editor/ids";
import type { Selection } from "../editor/useEditor";
import { channelLabel, frictionLabel, laneKindLabel, loyaltyLabel, phaseLabel, pillarLabel } from "../components/labels";
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
}

// Keyed by a generated union, so a select offers exactly the values the core accepts.
const entries = <K extends string>(r: Record<K, string>) => Object.entries(r) as [K, string][];

const kindLabel: Record<CardKind, string> = {
  touchpoint: "Touchpoint", painPoint: "Pain point", opportunity: "Opportunity", note: "Note", quote: "Quote",
};

const experienceLabel: Record<ConnectedExperience, string> = {
  respondToDesire: "Respond to desire", curatedOffering: "Curated offering",
  coachBehavior: "Coach behaviour", automaticExecution: "Automatic execution",
};

export function Inspector({ journey, selection, readOnly, apply, onDuplicate, onMove, changed = null }: Props) {
  let body: React.ReactNode;
  if (selection?.kind === "cards" && selection.ids.length === 1) {
    const card = journey.cards.find((c) => c.id === selection.ids[0]);
    body = card ? <CardInspector key={card.id} journey={journey} card={card} apply={apply} onDuplicate={onDuplicate} changed={changed} /> : null;
  } else if (selection?.kind === "cards" && selection.ids.length > 1) {
    body = (
      <Section title={`${selection.ids.length} cards selected`}>
        <p className="hint">Drag any of them to move the group, or press <kbd>Delete</kbd> to delete them all.</p>
        <div className="actions">
          <button type="button" onClick={onDuplicate}>Duplicate</button>
          <button type="button" className="danger" onClick={() => apply({ type: "batch", edits: selection.ids.map(removeCard) })}>Delete</button>
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
    body = <JourneyInspector journey={journey} apply={apply} />;
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <fieldset disabled={readOnly}>{body}</fieldset>
    </aside>
  );
}

/** "Last changed by Ana, 2 hours ago": after a merge, whose words these are. */
function LastChanged({ changed }: { changed: Changed | null }) {
  if (!changed) return null;
  const at = new Date(changed.at * 1000);
  return (
    <p className="changed-by">
      Last changed by <span dir="auto">{changed.by}</span>,{" "}
      <time dateTime={at.toISOString()} title={at.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}>{relativeTime(changed.at)}</time>
    </p>
  );
}

function CardInspector({ journey, card, apply, onDuplicate, changed }: { journey: Journey; card: Card; apply(e: Edit): void; onDuplicate(): void; changed: Changed | null }) {
  const put = (patch: Partial<Card>) => apply(updateCard({ ...card, ...patch }));
  const putBody = (patch: Partial<CardBody>) => put({ body: { ...card.body, ...patch } as CardBody });
  const b = card.body;
  const stage = journey.stages.find((s) => s.id === card.stage)?.name;
  const lane = journey.lanes.find((l) => l.id === card.lane)?.name;
  const scale = journey.scale;
  const scores: [string, string][] = [];
  for (let s = scale.max; s >= scale.min; s--) scores.push([String(s), `${s > 0 ? "+" : ""}${s} ${scale.names[s] ?? ""}`]);
  return (
    <>
      <Section title={kindLabel[b.kind]}>
        <p className="where" dir="auto">{stage} · {lane}</p>
        <LastChanged changed={changed} />
        <TextField label="Text" value={card.text} multiline onCommit={(text) => put({ text })} />
        <SelectField label="Kind" value={b.kind} options={entries(kindLabel)} onChange={(k) => k && k !== b.kind && apply(setCardKind(card.id, k))} />
      </Section>
      {b.kind === "touchpoint" && (
        <Section title="Touchpoint">
          <SelectField label="Channel" value={b.channel?.kind ?? ""} none="No channel" options={entries(channelLabel)}
            onChange={(k) => putBody({ channel: k ? (k === "other" ? { kind: "other", label: (b.channel?.kind === "other" && b.channel.label) || "Other" } : { kind: k }) : null })} />
          {b.channel?.kind === "other" && (
            <TextField label="Channel name" required value={b.channel.label ?? ""} onCommit={(label) => putBody({ channel: { kind: "other", label } })} />
          )}
          <SelectField label="Emotion" value={b.emotion ? String(b.emotion.score) : ""} none="Not scored" options={scores}
            onChange={(v) => putBody({ emotion: v === "" ? null : { score: Number(v), name: b.emotion?.name ?? "" } })} />
          {b.emotion && (
            <TextField label="Named emotion" placeholder={scale.names[b.emotion.score] ?? "e.g. relieved"} value={b.emotion.name}
              onCommit={(name) => putBody({ emotion: { score: b.emotion!.score, name } })} />
          )}
          <CheckField label="Moment of truth" checked={b.momentOfTruth} onChange={(momentOfTruth) => putBody({ momentOfTruth })} />
          <SelectField label="Connected experience" value={b.experience ?? ""} none="None" options={entries(experienceLabel)}
            onChange={(v) => putBody({ experience: v || null })} />
          <TextField label="Customer wanted" value={b.sacrifice?.wanted ?? ""} placeholder="What the customer really wanted"
            onCommit={(wanted) => putBody({ sacrifice: wanted || b.sacrifice?.accepted ? { wanted, accepted: b.sacrifice?.accepted ?? "" } : null })} />
          <TextField label="Customer accepted" value={b.sacrifice?.accepted ?? ""} placeholder="What they settled for"
            onCommit={(accepted) => putBody({ sacrifice: accepted || b.sacrifice?.wanted ? { wanted: b.sacrifice?.wanted ?? "", accepted } : null })} />
        </Section>
      )}
      {b.kind === "painPoint" && (
        <Section title="Pain point">
          <ScaleField label="Severity" value={b.severity} low="minor" high="severe" onChange={(severity) => putBody({ severity })} />
          <ScaleField label="Frequency" value={b.frequency} low="rare" high="every time" onChange={(frequency) => putBody({ frequency })} />
          <p className="score">Priority {priorityOf(b)} (severity × frequency)</p>
          <SelectField label="CX pillar" value={b.pillar ?? ""} none="None" options={entries(pillarLabel)} onChange={(v) => putBody({ pillar: v || null })} />
          <SelectField label="Friction" value={b.friction?.kind ?? ""} none="None" options={entries(frictionLabel)}
            onChange={(k) => putBody({ friction: k ? (k === "other" ? { kind: "other", label: "Friction" } : { kind: k }) : null })} />
          {b.friction?.kind === "other" && (
            <TextField label="Friction name" required value={b.friction.label ?? ""} onCommit={(label) => putBody({ friction: { kind: "other", label } })} />
          )}
          <div className="field">
            <span className="field-label">Customer is short of</span>
            <div className="checks">
              {(["time", "money", "effort", "information"] as const).map((s) => (
                <CheckField key={s} label={s[0].toUpperCase() + s.slice(1)} checked={b.shortOf.includes(s)}
                  onChange={(on) => putBody({ shortOf: on ? [...b.shortOf, s] : b.shortOf.filter((x) => x !== s) })} />
              ))}
            </div>
          </div>
        </Section>
      )}
      {b.kind === "opportunity" && (
        <Section title="Opportunity">
          <ScaleField label="Value" value={b.value} low="little" high="a lot" onChange={(value) => putBody({ value })} />
          <ScaleField label="Effort" value={b.effort} low="quick" high="a project" onChange={(effort) => putBody({ effort })} />
          <SelectField label="Loyalty pillar" value={b.loyaltyPillar ?? ""} none="None" options={entries(loyaltyLabel)} onChange={(v) => putBody({ loyaltyPillar: v || null })} />
          <TextField label="Owner" value={b.owner} onCommit={(owner) => putBody({ owner })} />
          <div className="field">
            <span className="field-label">Answers these pain points</span>
            <div className="checks answers-list">
              {journey.cards.filter((c) => c.body.kind === "painPoint").map((p) => (
                <CheckField key={p.id} label={p.text || "Untitled pain point"} checked={b.answers.includes(p.id)}
                  onChange={(on) => putBody({ answers: on ? [...b.answers, p.id] : b.answers.filter((a) => a !== p.id) })} />
              ))}
            </div>
          </div>
        </Section>
      )}
      {b.kind === "quote" && (
        <Section title="Quote">
          <TextField label="Speaker" value={b.speaker} onCommit={(speaker) => putBody({ speaker })} />
        </Section>
      )}
      <div className="actions">
        <button type="button" onClick={onDuplicate}>Duplicate</button>
        <button type="button" className="danger" onClick={() => apply(removeCard(card.id))}>Delete card</button>
      </div>
    </>
  );
}

/** A number with a typographic minus, as labels show it. */
const signed = (n: number) => (n < 0 ? `−${-n}` : String(n));

/** A stage metric and its sample size, bounded by the core's limits (`LIMITS.nps` etc.). */
function MeasureFields({ label, value, onCommit, range }: { label: string; value: Measure | null | undefined; onCommit(m: Measure | null): void; range: { min: number; max: number } }) {
  return (
    <div className="field-pair">
      <NumberField label={label} value={value?.value ?? null} min={range.min} max={range.max} onCommit={(v) => onCommit(v === null ? null : { value: v, sampleSize: value?.sampleSize ?? 0 })} />
      <NumberField label="Answers" value={value ? value.sampleSize : null} min={0} onCommit={(n) => value && onCommit({ ...value, sampleSize: n ?? 0 })} />
    </div>
  );
}

function StageInspector({ stage, apply, onMove, changed }: { stage: Stage; apply(e: Edit): void; onMove(dir: -1 | 1): void; changed: Changed | null }) {
  const put = (patch: Partial<Stage>) => apply(updateStage({ ...stage, ...patch }));
  const putMetrics = (patch: Partial<Metrics>) => put({ metrics: { ...stage.metrics, ...patch } });
  const phase = stage.phase;
  return (
    <>
      <Section title="Stage">
        <LastChanged changed={changed} />
        <TextField label="Name" required value={stage.name} onCommit={(name) => put({ name })} />
        <TextField label="Description" multiline value={stage.description} onCommit={(description) => put({ description })} />
        <SelectField label="Phase" value={phase?.kind ?? ""} none="None" options={[...entries(phaseLabel), ["custom", "Custom…"]] as [string, string][]}
          onChange={(k) => put({ phase: k ? ({ kind: k, ...(k === "custom" ? { label: (phase?.kind === "custom" && phase.label) || "Custom" } : {}) } as Phase) : null })} />
        {phase?.kind === "custom" && <TextField label="Phase name" required value={phase.label ?? ""} onCommit={(label) => put({ phase: { kind: "custom", label } })} />}
        <SelectField label="Connected experience" value={stage.experience ?? ""} none="None" options={entries(experienceLabel)} onChange={(v) => put({ experience: v || null })} />
      </Section>
      <Section title="Metrics">
        <MeasureFields label={`NPS (${signed(LIMITS.nps.min)} to ${signed(LIMITS.nps.max)})`} range={LIMITS.nps} value={stage.metrics.nps} onCommit={(nps) => putMetrics({ nps })} />
        <MeasureFields label="CSAT (%)" range={LIMITS.csat} value={stage.metrics.csat} onCommit={(csat) => putMetrics({ csat })} />
        <MeasureFields label={`CES (${signed(LIMITS.ces.min)} to ${signed(LIMITS.ces.max)})`} range={LIMITS.ces} value={stage.metrics.ces} onCommit={(ces) => putMetrics({ ces })} />
      </Section>
      <div className="actions">
        <button type="button" onClick={() => onMove(-1)} title="Alt+←">← Move left</button>
        <button type="button" onClick={() => onMove(1)} title="Alt+→">Move right →</button>
        <button type="button" className="danger" onClick={() => apply(removeStage(stage.id))}>Delete stage and its cards</button>
      </div>
    </>
  );
}

function LaneInspector({ lane, apply, onMove, changed }: { lane: Lane; apply(e: Edit): void; onMove(dir: -1 | 1): void; changed: Changed | null }) {
  const put = (patch: Partial<Lane>) => apply(updateLane({ ...lane, ...patch }));
  return (
    <>
      <Section title="Lane">
        <LastChanged changed={changed} />
        <TextField label="Name" required value={lane.name} onCommit={(name) => put({ name })} />
        <SelectField label="Kind" value={lane.kind} options={entries(laneKindLabel) as [LaneKind, string][]} onChange={(kind) => kind && put({ kind })} />
        <p className="hint">Backstage and support lanes sit below the line of visibility.</p>
      </Section>
      <div className="actions">
        <button type="button" onClick={() => onMove(-1)} title="Alt+↑">↑ Move up</button>
        <button type="button" onClick={() => onMove(1)} title="Alt+↓">Move down ↓</button>
        <button type="button" className="danger" onClick={() => apply(removeLane(lane.id))}>Delete lane and its cards</button>
      </div>
    </>
  );
}

function JourneyInspector({ journey, apply }: { journey: Journey; apply(e: Edit): void }) {
  const scale = journey.scale;
  const steps: number[] = [];
  for (let s = scale.max; s >= scale.min; s--) steps.push(s);
  return (
    <>
      <Section title="Journey">
        <TextField label="Name" required value={journey.name} onCommit={(name) => apply(setJourney(name, journey.goal))} />
        <TextField label="Goal" multiline value={journey.goal} onCommit={(goal) => apply(setJourney(journey.name, goal))} />
      </Section>
      <Section title="Emotion scale">
        <div className="field-pair">
          <NumberField label="Lowest" value={scale.min} onCommit={(v) => v !== null && apply(setScale({ ...scale, min: v }))} />
          <NumberField label="Highest" value={scale.max} onCommit={(v) => v !== null && apply(setScale({ ...scale, max: v }))} />
        </div>
        {steps.map((s) => (
          <TextField key={s} label={`${s > 0 ? "+" : ""}${s}`} value={scale.names[s] ?? ""} placeholder="Name this step"
            onCommit={(name) => {
              const names = { ...scale.names };
              if (name) names[s] = name;
              else delete names[s];
              apply(setScale({ ...scale, names }));
            }} />
        ))}
      </Section>
      <Section title="Personas">
        {journey.personas.map((p) => <PersonaFields key={p.id} persona={p} apply={apply} />)}
        <div className="actions">
          <button type="button" onClick={() => apply(putPersona({
            id: newId(), name: `Persona ${journey.personas.length + 1}`, role: "", goals: [], needs: [], frustrations: [],
            quote: "", valueType: null, color: PERSONA_COLORS[journey.personas.length % PERSONA_COLORS.length],
          }))}>Add persona</button>
        </div>
      </Section>
      <p className="hint">Select a card, stage or lane to edit it. Double-click an empty cell to add a card.</p>
    </>
  );
}

/** Distinct curve colours for new personas. */
const PERSONA_COLORS = ["#2f6fde", "#d64545", "#1f9d6b", "#7a4fd0", "#e07a1f", "#0f8ea8"];

const lines = (list: string[]) => list.join("\n");
const unlines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** One persona: who travels the journey (goals, needs, frustrations one per line). */
function PersonaFields({ persona, apply }: { persona: Persona; apply(e: Edit): void }) {
  const put = (patch: Partial<Persona>) => apply(putPersona({ ...persona, ...patch }));
  return (
    <div className="persona-fields" data-persona-id={persona.id}>
      <TextField label="Name" required value={persona.name} onCommit={(name) => put({ name })} />
      <TextField label="Role" value={persona.role} onCommit={(role) => put({ role })} />
      <TextField label="Quote" value={persona.quote} onCommit={(quote) => put({ quote })} />
      <TextField label="Goals (one per line)" multiline value={lines(persona.goals)} onCommit={(t) => put({ goals: unlines(t) })} />
      <TextField label="Needs (one per line)" multiline value={lines(persona.needs)} onCommit={(t) => put({ needs: unlines(t) })} />
      <TextField label="Frustrations (one per line)" multiline value={lines(persona.frustrations)} onCommit={(t) => put({ frustrations: unlines(t) })} />
      <SelectField label="Customer value" value={persona.valueType ?? ""} none="Not set" options={[["spender", "Spender (spends most)"], ["sender", "Sender (refers others)"]]}
        onChange={(v) => put({ valueType: (v || null) as Persona["valueType"] })} />
      <div className="field">
        <label>Curve colour</label>
        {/* Committed when the picker closes, not on every step of choosing a colour. */}
        <input key={persona.color} type="color" defaultValue={persona.color || "#2f6fde"} aria-label={`Curve colour of ${persona.name}`}
          onBlur={(e) => { if (e.target.value !== persona.color) put({ color: e.target.value }); }} />
      </div>
      <div className="actions">
        <button type="button" className="danger" onClick={() => apply({ type: "removePersona", id: persona.id })}>Remove persona</button>
      </div>
    </div>
  );
}
