// The map's keyboard: every pointer gesture has a key (README, "Keys"). The handler is
// subscribed once and reads the latest state through a ref, so a re-render never drops or
// doubles it.

import { useEffect, useRef } from "react";
import type { Id, Journey, JourneyView } from "../types";
import { currentPlace, forwardOf, neighbourCard, step, type Direction, type DropTarget } from "./geometry";
import type { Editor } from "./useEditor";
import type { MapActions } from "./useMapActions";

const arrowKeys: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

/** True when a key press belongs to a text field, not to the map. */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
}

export interface KeyboardMove { ids: Id[]; target: DropTarget }

/**
 * Moves dropped and sent. The card stays lifted at its target until the store's answer is drawn,
 * so it does not jump back for a frame and the window paints once, not twice; keys are ignored
 * meanwhile. Kept beside the state rather than in it: marking a move dropped must not cost a
 * render of the whole map.
 */
const dropped = new WeakSet<KeyboardMove>();

export interface MapKeyState {
  editor: Editor;
  actions: MapActions;
  /** False while a saved version is shown, or the map is not the current view. */
  active: boolean;
  /** The graph view handles its own keys beyond undo, redo, zoom and find. */
  graphMode: boolean;
  readOnly: boolean;
  keyboardMove: KeyboardMove | null;
  setKeyboardMove(m: KeyboardMove | null): void;
  startEditing(id: Id): void;
  focusSearch(): void;
  zoom(step: 1 | -1 | 0): void;
}

export function useMapKeys(state: MapKeyState) {
  const ref = useRef(state);
  ref.current = state;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleKey(e, ref.current);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

function handleKey(e: KeyboardEvent, s: MapKeyState) {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  const take = () => e.preventDefault();
  if (mod && key === "f") { take(); s.focusSearch(); return; }
  const view: JourneyView | null = s.editor.view;
  if (typingIn(e.target) || !view || !s.active) return;
  const journey: Journey = view.journey;
  if (mod && key === "z") { take(); void (e.shiftKey ? s.editor.redo() : s.editor.undo()); return; }
  if (mod && key === "y") { take(); void s.editor.redo(); return; }
  if (mod && (e.key === "=" || e.key === "+")) { take(); s.zoom(1); return; }
  if (mod && e.key === "-") { take(); s.zoom(-1); return; }
  if (mod && e.key === "0") { take(); s.zoom(0); return; }
  if (s.graphMode) return;

  const { actions, keyboardMove } = s;
  // A keyboard move in progress takes the arrows, Space/Enter and Escape.
  if (keyboardMove) {
    if (dropped.has(keyboardMove)) {
      if (arrowKeys[e.key] || e.key === " " || e.key === "Enter" || e.key === "Escape") take();
      return;
    }
    if (arrowKeys[e.key]) {
      take();
      s.setKeyboardMove({ ...keyboardMove, target: step(view.layout, journey, keyboardMove.target, arrowKeys[e.key], new Set(keyboardMove.ids)) });
    } else if (e.key === " " || e.key === "Enter") {
      take();
      dropped.add(keyboardMove);
      void actions.moveTo(keyboardMove.ids, keyboardMove.target).finally(() => s.setKeyboardMove(null));
    } else if (e.key === "Escape") {
      take();
      s.setKeyboardMove(null);
    }
    return;
  }
  const selection = s.editor.selection;
  const selected = actions.selectedCards;
  // Arrows move the selection between cards, so the map works without a mouse.
  if (arrowKeys[e.key] && !e.altKey && !mod) {
    take();
    const current = selected[selected.length - 1];
    const next = current
      ? neighbourCard(view.layout, current.id, arrowKeys[e.key])
      // Nothing selected: the first card in reading order (top right on a right-to-left map).
      : [...view.layout.cards].sort((a, b) => (view.layout.direction === "rtl" ? b.x - a.x : a.x - b.x) || a.y - b.y)[0]?.card ?? null;
    if (next) {
      s.editor.select({ kind: "cards", ids: [next] });
      document.querySelector(`.card[data-card-id="${next}"]`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    return;
  }
  if (mod && key === "c") { if (actions.copy(false)) take(); return; }
  if (e.key === "Escape") { s.editor.select(null); return; }
  if (s.readOnly) return;

  if (e.altKey && (selection?.kind === "stage" || selection?.kind === "lane") && arrowKeys[e.key]) {
    take();
    const d = arrowKeys[e.key];
    // The stage moves the way the arrow points: right to left, ArrowLeft is later in the journey.
    if (selection.kind === "stage" && (d === "left" || d === "right")) actions.moveSelected(forwardOf(view.layout, d));
    if (selection.kind === "lane" && (d === "up" || d === "down")) actions.moveSelected(d === "up" ? -1 : 1);
    return;
  }
  if (e.key === " " && selected.length > 0) {
    take();
    const place = currentPlace(journey, selected[0].id);
    if (place) s.setKeyboardMove({ ids: selected.map((c) => c.id), target: place });
  } else if (e.key === "Delete" || e.key === "Backspace") {
    take();
    actions.deleteSelection();
  } else if (e.key === "F2" || e.key === "Enter") {
    take();
    if (selection?.kind === "cards" && selection.ids.length === 1) s.startEditing(selection.ids[0]);
    else if (selection?.kind === "stage" || selection?.kind === "lane") s.startEditing(selection.id);
  } else if (mod && key === "x") {
    if (actions.copy(true)) take();
  } else if (mod && key === "v") {
    if (actions.paste()) take();
  } else if (mod && key === "d") {
    take();
    void actions.duplicate();
  } else if (key === "n" && !mod) {
    take();
    actions.createNext();
  } else if ((e.key === "+" || e.key === "=" || (e.altKey && e.key === "ArrowUp")) && !mod) {
    take();
    actions.nudgeEmotion(1);
  } else if ((e.key === "-" || (e.altKey && e.key === "ArrowDown")) && !mod) {
    take();
    actions.nudgeEmotion(-1);
  }
}
