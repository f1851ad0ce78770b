// The merge report (File > Merge a Copy…): what each journey received from the copy, and what the
// merge left to decide. Deciding is never a special path: each button is an ordinary edit of the
// open journey through the editor, or selects what the user should change; the store works out
// the list again after every change, so the dialog shows the open journey's list as it is now.
// Other journeys' items are the report's; the dialog offers to open the journey to decide them.

import { useEffect, useId, useRef } from "react";
import type { Edit, Id, Journey, JourneyMerge, MergeReport, RepairNote } from "../types";
import type { Selection } from "../editor/useEditor";
import { batch, removeCard, removeFlow } from "../editor/edits";
import { localization, useT, type Localization } from "../i18n";

/** One way to resolve an item: an edit, or a selection for the user to change by hand. */
export type RepairAction = { label: string } & ({ edit: Edit } | { select: Selection });


/**
 * The buttons an item gets. `order` is the map's column order: a flow can become a repeat loop
 * only when it points back.
 */
export function repairActions(note: RepairNote, journey: Journey, order: Id[], { t }: Pick<Localization, "t"> = localization("en")): RepairAction[] {
  const r = note.repair;
  const shown = (ids: Id[]) => ids.filter((id) => journey.cards.some((c) => c.id === id));
  const selectCard = (id: Id, label = t("repair-select-cards", { count: 1 })): RepairAction[] =>
    journey.cards.some((c) => c.id === id) ? [{ label, select: { kind: "cards", ids: [id] } }] : [];
  switch (r.kind) {
    case "unplacedLane":
    case "unplacedStage": {
      const cards = shown(r.cards);
      if (cards.length === 0) return [];
      return [
        { label: t("repair-select-cards", { count: cards.length }), select: { kind: "cards", ids: cards } },
        { label: t("repair-delete-cards", { count: cards.length }), edit: batch(cards.map(removeCard)) },
      ];
    }
    case "suspendedFlow": {
      const actions: RepairAction[] = [{ label: t("repair-remove-flow"), edit: removeFlow(r.flow.id) }];
      const from = order.indexOf(r.flow.from);
      const to = order.indexOf(r.flow.to);
      // The same flow (same id) again, as a repeat loop: the store writes its new kind.
      if (r.flow.kind !== "repeat" && from >= 0 && to >= 0 && to < from) {
        actions.push({ label: t("repair-make-repeat"), edit: { type: "addFlow", flow: { ...r.flow, kind: "repeat" } } });
      }
      return actions;
    }
    case "danglingFlow":
      return [{ label: t("repair-remove-flow"), edit: removeFlow(r.flow) }];
    case "droppedLink":
      return selectCard(r.card, t("repair-select-opportunity"));
    case "droppedPersonaScore":
    case "scoreOutsideScale":
      return selectCard(r.card);
    case "invalidScale":
      return [{ label: t("repair-show-scale"), select: { kind: "journey" } }];
    case "text":
    case "invalidValue": {
      const id = r.entity;
      if (journey.cards.some((c) => c.id === id)) return selectCard(id);
      if (journey.stages.some((s) => s.id === id)) return [{ label: t("repair-select-stage"), select: { kind: "stage", id } }];
      if (journey.lanes.some((l) => l.id === id)) return [{ label: t("repair-select-lane"), select: { kind: "lane", id } }];
      // The journey's own fields and its personas are edited with nothing selected.
      if (id === journey.id || journey.personas.some((p) => p.id === id)) return [{ label: t("repair-show-journey"), select: { kind: "journey" } }];
      return [];
    }
    case "overLimit":
      // What is not shown cannot be selected; the sentence says what to delete.
      return [];
  }
}

/** "12 changes from Ben (10) and Ana (2)". */
export function incomingSentence(m: JourneyMerge, l: Localization = localization("en")): string {
  const { t } = l;
  const names = m.authors.map(([who, n]) => (m.authors.length > 1 ? t("merge-author-count", { who: who || t("merge-someone"), count: n }) : who || t("merge-someone")));
  const conjunction = new Intl.ListFormat(l.language.code === "en-XA" ? "en" : l.language.code, { type: "conjunction" });
  return names.length ? t("merge-incoming-from", { count: m.incoming, from: conjunction.format(names) }) : t("merge-incoming", { count: m.incoming });
}

function whatHappened(m: JourneyMerge, l: Localization): string {
  const { t } = l;
  if (m.removed) return t("merge-removed");
  if (m.keptApart) return t("merge-kept-apart");
  if (m.added) return t("merge-added", { incoming: incomingSentence(m, l) });
  return t("merge-came-in", { incoming: incomingSentence(m, l) });
}

interface Props {
  /** What the merge brought; null when opened later from the top bar, for the open journey only. */
  report: MergeReport | null;
  /** The open journey, and what it still needs decided (the store's list, kept current). */
  journey: Journey | null;
  order: Id[];
  repairs: RepairNote[];
  readOnly: boolean;
  onApply(edit: Edit): Promise<boolean>;
  /** Selects what an item is about (the dialog closes so the user can act on it). */
  onSelect(s: Selection): void;
  onShowJourney(id: Id): void;
  onClose(): void;
}

export function MergeReportDialog({ report, journey, order, repairs, readOnly, onApply, onSelect, onShowJourney, onClose }: Props) {
  const l = useT();
  const { t } = l;
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const open = journey?.id ?? null;
  // Opened from the top bar (or a suspended flow on the map): the open journey's list alone,
  // as it was on opening, so deciding the last item says that all are decided.
  const atOpening = useRef(repairs).current;
  const journeys = report?.journeys ?? (journey ? [{ id: journey.id, name: journey.name, incoming: 0, authors: [], added: false, removed: false, keptApart: false, repairs: atOpening }] : []);
  const decide = (note: RepairNote) => journey && !readOnly ? repairActions(note, journey, order, l) : [];
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog merge-report" role="dialog" aria-modal="true" aria-labelledby="merge-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="merge-title">{report ? t("merge-report") : t("merge-after")}</h2>
        {report && report.journeys.length === 0 && <p>{t("merge-nothing")}</p>}
        {journeys.map((m) => (
          <section key={m.id} className="merged-journey" aria-labelledby={`merged-${m.id}`} data-journey-id={m.id}>
            <h3 id={`merged-${m.id}`} dir="auto">{m.name}</h3>
            {report && <p className="merge-what">{whatHappened(m, l)}</p>}
            {m.id === open
              ? <Decisions notes={repairs} before={m.repairs.length} actions={decide} onApply={onApply} onSelect={onSelect} />
              : !m.removed && m.repairs.length > 0 && (
                <>
                  <Decisions notes={m.repairs} before={m.repairs.length} actions={() => []} onApply={onApply} onSelect={onSelect} />
                  <button type="button" onClick={() => onShowJourney(m.id)}>{t("merge-open-journey")}</button>
                </>
              )}
          </section>
        ))}
        <div className="actions"><button ref={close} type="button" onClick={onClose}>{t("close")}</button></div>
      </div>
    </div>
  );
}

function Decisions({ notes, before, actions, onApply, onSelect }: {
  notes: RepairNote[];
  /** How many there were after the merge: when all are decided, the dialog says so. */
  before: number;
  actions(note: RepairNote): RepairAction[];
  onApply(edit: Edit): Promise<boolean>;
  onSelect(s: Selection): void;
}) {
  const { t } = useT();
  if (notes.length === 0) return before > 0 ? <p className="merge-done">{t("merge-done")}</p> : null;
  return (
    <>
      <h4>{t("merge-items", { count: notes.length })}</h4>
      <ul className="repairs">
        {notes.map((note, i) => <Decision key={`${note.repair.kind}-${i}-${note.sentence}`} note={note} actions={actions(note)} onApply={onApply} onSelect={onSelect} />)}
      </ul>
    </>
  );
}

/** A repair in `l`'s language: the core's message (`repair-*`) with its arguments; its English
 *  sentence when the catalog has no such message (a newer studio's repair). */
export function repairSentence(l: Localization, note: RepairNote): string {
  return l.has(note.said.id) ? l.said(note.said) : note.sentence;
}

function Decision({ note, actions, onApply, onSelect }: { note: RepairNote; actions: RepairAction[]; onApply(edit: Edit): Promise<boolean>; onSelect(s: Selection): void }) {
  const l = useT();
  // Several items can offer "Remove the flow": each button is described by its own sentence.
  const sentence = useId();
  return (
    <li className="repair" data-repair={note.repair.kind}>
      <p id={sentence} dir="auto">{repairSentence(l, note)}</p>
      {actions.length > 0 && (
        <div className="repair-actions">
          {actions.map((a) => (
            <button key={a.label} type="button" aria-describedby={sentence}
              onClick={() => ("edit" in a ? void onApply(a.edit) : onSelect(a.select))}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
