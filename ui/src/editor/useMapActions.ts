// What the map's gestures do, as edits: moving, creating, duplicating, deleting, pasting cards,
// adding and reordering stages and lanes, nudging an emotion. The mouse (JourneyMap), the keys
// (useMapKeys) and the native menu all call these, so each gesture has one meaning. They name
// cells and places; ranks, new cards' bodies and a paste's fitting are the core's (edits.ts).

import { announce } from "../components/Announcer";
import { useT } from "../i18n";
import { useCallback, useMemo } from "react";
import type { Card, Id } from "../types";
import {
  addLane, appendStage, batch, cellCards, createCard as createCardEdit, duplicateCards, moveLane, moveStage, newLane,
  placeCards, removeCard, removeLane, removeStage, updateCard,
} from "./edits";
import { newId } from "./ids";
import { stageOrder, type Cell, type DropTarget } from "./geometry";
import { copyCards, hasCopied, pasteAt } from "./clipboard";
import type { Editor } from "./useEditor";

export interface MapActions {
  selectedCards: Card[];
  moveTo(ids: Id[], target: DropTarget): Promise<boolean>;
  createCard(cell: Cell, index?: number): Promise<void>;
  /** A new card after the selected one, or in the first cell. */
  createNext(): void;
  duplicate(): Promise<void>;
  deleteSelection(): void;
  addStageAtEnd(): Promise<void>;
  addLaneAtEnd(): Promise<void>;
  /** Moves the selected stage (left/right along its chain) or lane (up/down). */
  moveSelected(dir: -1 | 1): void;
  nudgeEmotion(delta: number): void;
  copy(cut: boolean): boolean;
  paste(): boolean;
}

export function useMapActions(editor: Editor, readOnly: boolean, startEditing: (id: Id) => void): MapActions {
  const { t } = useT();
  const { view, selection, select, apply } = editor;
  const journey = view?.journey;

  const selectedCards: Card[] = useMemo(
    () => (journey && selection?.kind === "cards" ? journey.cards.filter((c) => selection.ids.includes(c.id)) : []),
    [journey, selection],
  );

  // `target.index` counts the cell's cards other than the moving ones, as the core does.
  const moveTo = useCallback(async (ids: Id[], target: DropTarget) => {
    if (!journey || ids.length === 0) return false;
    const done = await apply(placeCards(ids, target.stage, target.lane, target.index));
    if (done) {
      const stage = journey.stages.find((s) => s.id === target.stage)?.name ?? "";
      const lane = journey.lanes.find((l) => l.id === target.lane)?.name ?? "";
      announce(t("announce-moved", { count: ids.length, stage, lane }));
    }
    return done;
  }, [journey, apply, t]);

  const createCard = useCallback(async (cell: Cell, index?: number) => {
    if (!journey || readOnly) return;
    const id = newId();
    if (await apply(createCardEdit(id, cell.stage, cell.lane, index ?? null))) {
      select({ kind: "cards", ids: [id] });
      startEditing(id);
    }
  }, [journey, readOnly, apply, select, startEditing]);

  const createNext = useCallback(() => {
    if (!journey || !view) return;
    const anchor = selectedCards[0];
    if (anchor) {
      const index = cellCards(journey, anchor.stage, anchor.lane).findIndex((c) => c.id === anchor.id) + 1;
      void createCard(anchor, index);
    } else if (view.layout.columns[0] && view.layout.rows[0]) {
      void createCard({ stage: stageOrder(view.layout)[0], lane: view.layout.rows[0].lane });
    }
  }, [journey, view, selectedCards, createCard]);

  const duplicate = useCallback(async () => {
    if (!journey || readOnly || selectedCards.length === 0) return;
    const copies = selectedCards.map(() => newId());
    if (await apply(duplicateCards(selectedCards.map((c) => c.id), copies))) select({ kind: "cards", ids: copies });
  }, [journey, readOnly, selectedCards, apply, select]);

  const deleteSelection = useCallback(() => {
    if (!selection || readOnly) return;
    if (selection.kind === "cards" && selection.ids.length) void apply(batch(selection.ids.map(removeCard)));
    else if (selection.kind === "stage") void apply(removeStage(selection.id));
    else if (selection.kind === "lane") void apply(removeLane(selection.id));
    else return;
    select(null);
  }, [selection, readOnly, apply, select]);

  const addStageAtEnd = useCallback(async () => {
    if (!journey || !view || readOnly) return;
    const order = stageOrder(view.layout);
    const { stage, edit } = appendStage(journey, order, t("stage-new-name", { number: journey.stages.length + 1 }));
    if (await apply(edit)) {
      select({ kind: "stage", id: stage.id });
      startEditing(stage.id);
    }
  }, [journey, view, readOnly, apply, select, startEditing, t]);

  const addLaneAtEnd = useCallback(async () => {
    if (!journey || readOnly) return;
    const lane = newLane(journey, t("lane-new-name"), "custom");
    if (await apply(addLane(lane))) {
      select({ kind: "lane", id: lane.id });
      startEditing(lane.id);
    }
  }, [journey, readOnly, apply, select, startEditing, t]);

  const moveSelected = useCallback((dir: -1 | 1) => {
    if (!journey || !view || readOnly) return;
    if (selection?.kind === "lane") {
      void apply(moveLane(selection.id, dir));
    } else if (selection?.kind === "stage") {
      void apply(moveStage(selection.id, dir));
    }
  }, [journey, view, readOnly, selection, apply]);

  const nudgeEmotion = useCallback((delta: number) => {
    if (!journey || readOnly || selectedCards.length !== 1) return;
    const card = selectedCards[0];
    if (card.body.kind !== "touchpoint") return;
    const score = Math.max(journey.scale.min, Math.min(journey.scale.max, (card.body.emotion?.score ?? 0) + delta));
    if (score === card.body.emotion?.score) return;
    void apply(updateCard({ ...card, body: { ...card.body, emotion: { score, name: "" } } }));
  }, [journey, readOnly, selectedCards, apply]);

  const copy = useCallback((cut: boolean) => {
    if (selectedCards.length === 0) return false;
    copyCards(selectedCards);
    if (cut) deleteSelection();
    return true;
  }, [selectedCards, deleteSelection]);

  const paste = useCallback(() => {
    if (!journey || !view || readOnly || !hasCopied()) return false;
    // After the selected card, or at the end of the first cell.
    const anchor = selectedCards[selectedCards.length - 1];
    const first = { stage: stageOrder(view.layout)[0], lane: view.layout.rows[0]?.lane };
    if (!anchor && (!first.stage || !first.lane)) return false;
    const target = anchor
      ? { stage: anchor.stage, lane: anchor.lane, index: cellCards(journey, anchor.stage, anchor.lane).findIndex((c) => c.id === anchor.id) + 1 }
      : { stage: first.stage, lane: first.lane, index: cellCards(journey, first.stage, first.lane).length };
    const { ids, edit } = pasteAt(target);
    void apply(edit).then((ok) => { if (ok) select({ kind: "cards", ids }); });
    return true;
  }, [journey, view, readOnly, selectedCards, apply, select]);

  return { selectedCards, moveTo, createCard, createNext, duplicate, deleteSelection, addStageAtEnd, addLaneAtEnd, moveSelected, nudgeEmotion, copy, paste };
}
