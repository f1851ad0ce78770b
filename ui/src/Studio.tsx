// One journey open for editing: toolbar, map, inspector, and the keyboard. Every gesture ends
// as one edit through the editor hook; nothing here changes a journey by itself.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApiError, Card, Id, JourneyDiff, JourneyView, VersionInfo, WorkspaceInfo } from "./types";
import type { Backend } from "./backend";
import { addCard, addLane, appendStage, batch, cellCards, duplicateOf, moveCard, newCard, newLane, removeCard, removeLane, moveLane, moveStage, moveStageBy, ranksAt, removeStage, setJourney, updateCard, updateLane, updateStage } from "./editor/edits";
import { currentPlace, neighbourCard, step, type Cell, type Direction, type DropTarget } from "./editor/geometry";
import { useEditor } from "./editor/useEditor";
import { copyCards, hasCopied, pasteAt } from "./editor/clipboard";
import { ADD_COLUMN, ADD_ROW, JourneyMap } from "./components/JourneyMap";
import { TopBar } from "./components/TopBar";
import { fitZoom, Toolbar, zoomStep } from "./components/Toolbar";
import { Inspector } from "./inspector/Inspector";
import { VersionsPanel } from "./components/VersionsPanel";
import { JourneyMenu } from "./components/JourneyMenu";
import { GraphView } from "./components/GraphView";
import { toApiError } from "./editor/useEditor";

interface Props {
  backend: Backend;
  info: WorkspaceInfo;
  journeyId: Id | null;
  onSelectJourney(id: Id): void;
  /** Reloads the workspace's journey list, then shows `select` when given. */
  onJourneysChanged(select?: Id): Promise<void>;
  onError(e: ApiError): void;
  /** Changes when the workspace reloads, so the view reloads too. */
  refreshKey: unknown;
}

/** Journeys with more cards than this draw only what is near the visible part of the map. */
const VIRTUALIZE_ABOVE = 400;
/** Granularity of the visible rectangle: the map redraws when it moves by this much. */
const VIEW_STEP = 240;

interface Rect { x: number; y: number; w: number; h: number }

/** What a large map draws before the canvas has been measured: the top-left corner. */
const FIRST_SCREEN: Rect = { x: 0, y: 0, w: 1920, h: 1200 };

const arrowKeys: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

/** True when a key press belongs to a text field, not to the map. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
}

export function Studio({ backend, info, journeyId, onSelectJourney, onJourneysChanged, onError, refreshKey }: Props) {
  const editor = useEditor(backend, journeyId, onError, refreshKey);
  const { view, selection, select, apply } = editor;
  const readOnly = info.readOnly;
  const [editing, setEditing] = useState<Id | null>(null);
  const [keyboardMove, setKeyboardMove] = useState<{ ids: Id[]; target: DropTarget } | null>(null);
  const [search, setSearch] = useState("");
  const [zoom, setZoom] = useState(1);
  const [side, setSide] = useState<"inspector" | "versions" | "none">("inspector");
  const [mode, setMode] = useState<"map" | "graph">("map");
  const [comparing, setComparing] = useState<{ version: VersionInfo; diff: JourneyDiff } | null>(null);
  const [viewing, setViewing] = useState<{ version: VersionInfo; view: JourneyView } | null>(null);
  const scroller = useRef<HTMLElement>(null);
  // The visible part of the map (map coordinates, in coarse steps), for drawing large maps.
  const [visible, setVisible] = useState<Rect | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const journey = view?.journey;

  // Large journeys draw only the cards near the visible part of the map, so opening and
  // dragging stay fast whatever their size; small ones draw everything (and every card stays
  // reachable for assistive technology).
  const virtualize = (view?.journey.cards.length ?? 0) > VIRTUALIZE_ABOVE;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !virtualize) {
      setVisible(null);
      return;
    }
    const step = (v: number) => Math.floor(v / VIEW_STEP) * VIEW_STEP;
    const update = () => {
      const next = {
        x: step(el.scrollLeft / zoom), y: step(el.scrollTop / zoom),
        w: step(el.clientWidth / zoom) + VIEW_STEP, h: step(el.clientHeight / zoom) + VIEW_STEP,
      };
      setVisible((cur) => (cur && cur.x === next.x && cur.y === next.y && cur.w === next.w && cur.h === next.h ? cur : next));
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [virtualize, zoom, mode]);

  const highlighted = useMemo(() => {
    const q = search.trim().toLocaleLowerCase();
    if (!q || !journey) return new Set<Id>();
    return new Set(journey.cards.filter((c) => c.text.toLocaleLowerCase().includes(q)).map((c) => c.id));
  }, [search, journey]);

  // A version comparison marks the cards that differ from it; a selected opportunity marks the
  // pain points it answers, and a selected pain point the opportunities answering it.
  const marks = useMemo(() => {
    const m = new Map<Id, string>();
    if (journey && selection?.kind === "cards" && selection.ids.length === 1) {
      const chosen = journey.cards.find((c) => c.id === selection.ids[0]);
      if (chosen?.body.kind === "opportunity") for (const id of chosen.body.answers) m.set(id, "linked");
      if (chosen?.body.kind === "painPoint") {
        for (const c of journey.cards) if (c.body.kind === "opportunity" && c.body.answers.includes(chosen.id)) m.set(c.id, "linked");
      }
    }
    for (const c of comparing?.diff.cards ?? []) {
      if (c.change === "added") m.set(c.id, "added");
      else if (c.change === "updated") m.set(c.id, [c.fields.length || c.reordered ? "changed" : "", c.moved ? "moved" : ""].filter(Boolean).join(" "));
    }
    return m;
  }, [comparing, journey, selection]);

  const viewVersion = useCallback(async (v: VersionInfo) => {
    try {
      setViewing({ version: v, view: await backend.versionView(v.id) });
      select(null);
    } catch (e) {
      onError(toApiError(e));
    }
  }, [backend, onError, select]);

  const restoreVersion = useCallback(async (v: VersionInfo) => {
    const ok = await editor.change((jid, revision) => backend.restoreVersion(jid, v.id, revision));
    if (ok) {
      setViewing(null);
      setComparing(null);
    }
    return ok;
  }, [backend, editor]);

  /** A change to the workspace's list of journeys; shows the new journey when there is one. */
  const journeyCall = useCallback(async (task: () => Promise<Id | undefined>) => {
    try {
      const id = await task();
      await onJourneysChanged(id);
    } catch (e) {
      onError(toApiError(e));
    }
  }, [onJourneysChanged, onError]);

  const newJourney = () => void journeyCall(() => backend.createJourney("New journey"));
  const duplicateJourney = () => {
    if (journeyId) void journeyCall(() => backend.duplicateJourney(journeyId, `${journey?.name ?? "Journey"} (copy)`));
  };

  const selectedCards: Card[] = useMemo(
    () => (journey && selection?.kind === "cards" ? journey.cards.filter((c) => selection.ids.includes(c.id)) : []),
    [journey, selection],
  );

  /** Moves cards to a drop target as one step; a group keeps its order. */
  const moveTo = useCallback(async (ids: Id[], target: DropTarget) => {
    if (!journey) return false;
    const moving = new Set(ids);
    // A group keeps its order and lands between the neighbours at the target.
    const ordered = journey.cards.filter((c) => moving.has(c.id)).sort((a, b) => a.rank - b.rank);
    const others = cellCards(journey, target.stage, target.lane, moving).map((c) => c.rank);
    const ranks = ranksAt(others, target.index, ordered.length);
    return apply(batch(ordered.map((c, i) => moveCard(c.id, target.stage, target.lane, ranks[i]))));
  }, [journey, apply]);

  const createCard = useCallback(async (cell: Cell, index?: number) => {
    if (!journey || readOnly) return;
    const card = newCard(journey, cell.stage, cell.lane, index);
    if (await apply(addCard(card))) {
      select({ kind: "cards", ids: [card.id] });
      setEditing(card.id);
    }
  }, [journey, readOnly, apply, select]);

  const duplicate = useCallback(async () => {
    if (!journey || selectedCards.length === 0) return;
    const copies = selectedCards.map((c) => duplicateOf(journey, c));
    if (await apply(batch(copies.map(addCard)))) select({ kind: "cards", ids: copies.map((c) => c.id) });
  }, [journey, selectedCards, apply, select]);

  const deleteSelection = useCallback(() => {
    if (!selection || readOnly) return;
    if (selection.kind === "cards" && selection.ids.length) void apply(batch(selection.ids.map(removeCard)));
    else if (selection.kind === "stage") void apply(removeStage(selection.id));
    else if (selection.kind === "lane") void apply(removeLane(selection.id));
    else return;
    select(null);
  }, [selection, readOnly, apply, select]);

  const addStageAtEnd = useCallback(async () => {
    if (!journey || !view) return;
    const order = view.layout.columns.map((c) => c.stage);
    const { stage, edit } = appendStage(journey, order, `Stage ${journey.stages.length + 1}`);
    if (await apply(edit)) {
      select({ kind: "stage", id: stage.id });
      setEditing(stage.id);
    }
  }, [journey, view, apply, select]);

  const addLaneAtEnd = useCallback(async () => {
    if (!journey) return;
    const lane = newLane(journey, "New lane", "custom");
    if (await apply(addLane(lane))) {
      select({ kind: "lane", id: lane.id });
      setEditing(lane.id);
    }
  }, [journey, apply, select]);

  /** Moves the selected stage (left/right along its chain) or lane (up/down). */
  const moveSelected = useCallback((dir: -1 | 1) => {
    if (!journey || !view || readOnly) return;
    if (selection?.kind === "lane") {
      const edit = moveLane(journey, selection.id, dir);
      if (edit) void apply(edit);
    } else if (selection?.kind === "stage") {
      const edit = moveStage(journey, view.layout.columns.map((c) => c.stage), selection.id, dir);
      if (typeof edit === "string") onError({ code: "invalid_graph", message: edit });
      else void apply(edit);
    }
  }, [journey, view, readOnly, selection, apply, onError]);

  const nudgeEmotion = useCallback((delta: number) => {
    if (!journey || selectedCards.length !== 1) return;
    const card = selectedCards[0];
    if (card.body.kind !== "touchpoint") return;
    const score = Math.max(journey.scale.min, Math.min(journey.scale.max, (card.body.emotion?.score ?? 0) + delta));
    if (score === card.body.emotion?.score) return;
    void apply(updateCard({ ...card, body: { ...card.body, emotion: { score, name: "" } } }));
  }, [journey, selectedCards, apply]);

  // Keyboard: every pointer gesture has a key.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === "f") {
        e.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
        return;
      }
      if (typingIn(e.target) || !journey || !view || viewing) return;
      if (mod && e.key.toLowerCase() === "z") {
        e.preventDefault();
        void (e.shiftKey ? editor.redo() : editor.undo());
        return;
      }
      if (mod && e.key.toLowerCase() === "y") {
        e.preventDefault();
        void editor.redo();
        return;
      }
      if (mod && (e.key === "=" || e.key === "+")) { e.preventDefault(); setZoom((z) => zoomStep(z, 1)); return; }
      if (mod && e.key === "-") { e.preventDefault(); setZoom((z) => zoomStep(z, -1)); return; }
      if (mod && e.key === "0") { e.preventDefault(); setZoom(1); return; }

      // The graph view handles its own keys (Delete removes the selected flow).
      if (mode === "graph") return;
      // A keyboard move in progress takes the arrows, Space/Enter and Escape.
      if (keyboardMove) {
        if (arrowKeys[e.key]) {
          e.preventDefault();
          setKeyboardMove({ ...keyboardMove, target: step(view.layout, journey, keyboardMove.target, arrowKeys[e.key], new Set(keyboardMove.ids)) });
        } else if (e.key === " " || e.key === "Enter") {
          e.preventDefault();
          void moveTo(keyboardMove.ids, keyboardMove.target);
          setKeyboardMove(null);
        } else if (e.key === "Escape") {
          e.preventDefault();
          setKeyboardMove(null);
        }
        return;
      }
      if (readOnly) return;
      if (e.altKey && (selection?.kind === "stage" || selection?.kind === "lane") && arrowKeys[e.key]) {
        e.preventDefault();
        const d = arrowKeys[e.key];
        if (selection.kind === "stage" && (d === "left" || d === "right")) moveSelected(d === "left" ? -1 : 1);
        if (selection.kind === "lane" && (d === "up" || d === "down")) moveSelected(d === "up" ? -1 : 1);
        return;
      }
      // Arrows move the selection between cards, so the map works without a mouse.
      if (arrowKeys[e.key] && !e.altKey && !mod) {
        e.preventDefault();
        const current = selectedCards[selectedCards.length - 1];
        const next = current
          ? neighbourCard(view.layout, current.id, arrowKeys[e.key])
          : [...view.layout.cards].sort((a, b) => a.x - b.x || a.y - b.y)[0]?.card ?? null;
        if (next) {
          select({ kind: "cards", ids: [next] });
          document.querySelector(`.card[data-card-id="${next}"]`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
        }
        return;
      }
      if (e.key === " " && selectedCards.length > 0) {
        e.preventDefault();
        const place = currentPlace(journey, selectedCards[0].id);
        if (place) setKeyboardMove({ ids: selectedCards.map((c) => c.id), target: place });
      } else if (e.key === "Delete" || e.key === "Backspace") {
        e.preventDefault();
        deleteSelection();
      } else if (e.key === "F2" || e.key === "Enter") {
        e.preventDefault();
        if (selection?.kind === "cards" && selection.ids.length === 1) setEditing(selection.ids[0]);
        else if (selection?.kind === "stage" || selection?.kind === "lane") setEditing(selection.id);
      } else if (mod && (e.key.toLowerCase() === "c" || e.key.toLowerCase() === "x") && selectedCards.length > 0) {
        e.preventDefault();
        copyCards(selectedCards);
        if (e.key.toLowerCase() === "x") deleteSelection();
      } else if (mod && e.key.toLowerCase() === "v" && hasCopied()) {
        e.preventDefault();
        // After the selected card, or at the end of the first cell.
        const anchor = selectedCards[selectedCards.length - 1];
        const target = anchor
          ? { stage: anchor.stage, lane: anchor.lane, index: cellCards(journey, anchor.stage, anchor.lane).findIndex((c) => c.id === anchor.id) + 1 }
          : { stage: view.layout.columns[0].stage, lane: view.layout.rows[0].lane, index: cellCards(journey, view.layout.columns[0].stage, view.layout.rows[0].lane).length };
        const { cards, edit } = pasteAt(journey, target);
        void apply(edit).then((ok) => { if (ok) select({ kind: "cards", ids: cards.map((c) => c.id) }); });
      } else if (mod && e.key.toLowerCase() === "d") {
        e.preventDefault();
        void duplicate();
      } else if (e.key.toLowerCase() === "n" && !mod) {
        e.preventDefault();
        const anchor = selectedCards[0];
        if (anchor) {
          const index = cellCards(journey, anchor.stage, anchor.lane).findIndex((c) => c.id === anchor.id) + 1;
          void createCard(anchor, index);
        } else if (view.layout.columns[0] && view.layout.rows[0]) {
          void createCard({ stage: view.layout.columns[0].stage, lane: view.layout.rows[0].lane });
        }
      } else if ((e.key === "+" || e.key === "=" || (e.altKey && e.key === "ArrowUp")) && !mod) {
        e.preventDefault();
        nudgeEmotion(1);
      } else if ((e.key === "-" || (e.altKey && e.key === "ArrowDown")) && !mod) {
        e.preventDefault();
        nudgeEmotion(-1);
      } else if (e.key === "Escape") {
        select(null);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [journey, view, viewing, mode, editor, keyboardMove, readOnly, selection, selectedCards, moveTo, deleteSelection, duplicate, createCard, nudgeEmotion, moveSelected, select]);

  // Native menu items arrive as events from the shell (src-tauri/src/menu.rs, PAGE_ACTIONS).
  const fitToWindow = useCallback(() => {
    const el = scroller.current;
    if (el && view) setZoom(fitZoom(el.clientWidth / (view.layout.width + ADD_COLUMN), el.clientHeight / (view.layout.height + ADD_ROW)));
  }, [view]);
  const menuRef = useRef<(action: string) => void>(() => {});
  menuRef.current = (action: string) => {
    const readOnlyNow = readOnly || viewing !== null;
    switch (action) {
      case "undo": void editor.undo(); break;
      case "redo": void editor.redo(); break;
      case "find": searchBox.current?.focus(); searchBox.current?.select(); break;
      // Ctrl+D while typing belongs to the text field, not to the selected cards.
      case "duplicate": if (!readOnlyNow && !typingIn(document.activeElement)) void duplicate(); break;
      case "zoom-in": setZoom((z) => zoomStep(z, 1)); break;
      case "zoom-out": setZoom((z) => zoomStep(z, -1)); break;
      case "zoom-reset": setZoom(1); break;
      case "fit": fitToWindow(); break;
      case "view-map": setMode("map"); break;
      case "view-graph": setMode("graph"); break;
      case "toggle-inspector": setSide((v) => (v === "inspector" ? "none" : "inspector")); break;
      case "toggle-versions": setSide((v) => (v === "versions" ? "inspector" : "versions")); break;
      case "journey-new": if (!readOnly) newJourney(); break;
      case "journey-duplicate": if (!readOnly) duplicateJourney(); break;
      case "add-stage": if (!readOnlyNow) void addStageAtEnd(); break;
      case "add-lane": if (!readOnlyNow) void addLaneAtEnd(); break;
    }
  };
  useEffect(() => {
    // The handler reads the latest state through a ref, so it is subscribed once.
    const unlisten = backend.onMenu((action) => menuRef.current(action));
    return () => void unlisten.then((f) => f());
  }, [backend]);

  // Stop a keyboard move or an edit when the journey changes underneath.
  useEffect(() => {
    setKeyboardMove(null);
    setEditing(null);
    setComparing(null);
    setViewing(null);
  }, [journeyId]);

  const commitText = useCallback((id: Id, text: string) => {
    setEditing(null);
    const card = journey?.cards.find((c) => c.id === id);
    if (card && card.text !== text) void apply(updateCard({ ...card, text }));
  }, [journey, apply]);

  const renameStage = useCallback((id: Id, name: string) => {
    setEditing(null);
    const stage = journey?.stages.find((s) => s.id === id);
    if (stage) void apply(updateStage({ ...stage, name }));
  }, [journey, apply]);

  const renameLane = useCallback((id: Id, name: string) => {
    setEditing(null);
    const lane = journey?.lanes.find((l) => l.id === id);
    if (lane) void apply(updateLane({ ...lane, name }));
  }, [journey, apply]);

  const score = useCallback(async (id: Id, value: number) => {
    const card = journey?.cards.find((c) => c.id === id);
    if (card?.body.kind === "touchpoint") return apply(updateCard({ ...card, body: { ...card.body, emotion: { score: value, name: "" } } }));
    return false;
  }, [journey, apply]);

  // The map shows either the journey now or a saved version being viewed.
  const shown = viewing?.view ?? view;

  return (
    <div className="studio">
      <TopBar info={info} view={view} menu={
        <JourneyMenu
          journeys={info.journeys}
          current={journeyId}
          currentName={journey?.name ?? ""}
          readOnly={readOnly}
          onSelect={onSelectJourney}
          onCreate={newJourney}
          onDuplicate={duplicateJourney}
          onRename={(name) => journey && void apply(setJourney(name, journey.goal)).then(async (ok) => { if (ok) await onJourneysChanged(); })}
          onDelete={() => journeyId && void journeyCall(async () => { await backend.deleteJourney(journeyId); return undefined; })}
        />
      } />
      <Toolbar
        canUndo={!!view?.canUndo && !readOnly}
        canRedo={!!view?.canRedo && !readOnly}
        onUndo={() => void editor.undo()}
        onRedo={() => void editor.redo()}
        search={search}
        onSearch={setSearch}
        matches={highlighted.size}
        searchBox={searchBox}
        zoom={zoom}
        onZoom={setZoom}
        onFit={fitToWindow}
        moving={keyboardMove !== null}
        readOnly={readOnly || viewing !== null}
        mode={mode}
        onMode={setMode}
        versionsOpen={side === "versions"}
        onToggleVersions={() => setSide((v) => (v === "versions" ? "inspector" : "versions"))}
        inspectorOpen={side === "inspector"}
        onToggleInspector={() => setSide((v) => (v === "inspector" ? "none" : "inspector"))}
      />
      {viewing && (
        <div className="version-banner" role="status">
          <span>Viewing version <b dir="auto">“{viewing.version.name}”</b> (read-only).</span>
          <button type="button" onClick={() => setViewing(null)}>Back to now</button>
          {!readOnly && <button type="button" onClick={() => void restoreVersion(viewing.version)}>Restore this version</button>}
        </div>
      )}
      <div className="workarea">
        <main className="canvas" ref={scroller} tabIndex={-1}
          // Pan with the middle mouse button (the wheel and scrollbars scroll as usual).
          onPointerDown={(e) => {
            if (e.button !== 1 || !scroller.current) return;
            e.preventDefault();
            const el = scroller.current;
            const start = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
            el.setPointerCapture(e.pointerId);
            el.classList.add("panning");
            const move = (m: PointerEvent) => el.scrollTo(start.left - (m.clientX - start.x), start.top - (m.clientY - start.y));
            const end = () => {
              el.classList.remove("panning");
              el.removeEventListener("pointermove", move);
              el.removeEventListener("pointerup", end);
              el.removeEventListener("pointercancel", end);
            };
            el.addEventListener("pointermove", move);
            el.addEventListener("pointerup", end);
            el.addEventListener("pointercancel", end);
          }}>
          {shown && mode === "graph" ? (
            <GraphView journey={shown.journey} order={shown.layout.columns.map((c) => c.stage)} readOnly={readOnly || viewing !== null} apply={apply} />
          ) : shown ? (
            <div className="zoom-box" style={{ width: (shown.layout.width + ADD_COLUMN) * zoom, height: (shown.layout.height + ADD_ROW) * zoom }}>
              <JourneyMap
                view={shown}
                selection={viewing ? null : selection}
                editing={editing}
                keyboardMove={keyboardMove}
                highlighted={highlighted}
                visible={virtualize ? visible ?? FIRST_SCREEN : null}
                marks={viewing ? new Map() : marks}
                readOnly={readOnly || viewing !== null}
                scroller={scroller}
                zoom={zoom}
                onSelect={(s) => select(s)}
                onMove={moveTo}
                onCreateCard={(cell, index) => void createCard(cell, index)}
                onCommitText={commitText}
                onScore={score}
                onRenameStage={renameStage}
                onRenameLane={renameLane}
                onAddStage={() => void addStageAtEnd()}
                onMoveStage={(id, steps) => {
                  if (!journey || !view) return;
                  const edit = moveStageBy(journey, view.layout.columns.map((c) => c.stage), id, steps);
                  if (typeof edit === "string") onError({ code: "invalid_graph", message: edit });
                  else void apply(edit);
                }}
                onAddLane={() => void addLaneAtEnd()}
                onStartEditing={(id) => {
                  if (journey?.cards.some((c) => c.id === id)) select({ kind: "cards", ids: [id] });
                  else if (journey?.stages.some((s) => s.id === id)) select({ kind: "stage", id });
                  else select({ kind: "lane", id });
                  setEditing(id);
                }}
                onStopEditing={() => setEditing(null)}
              />
            </div>
          ) : info.journeys.length === 0 ? <p className="empty">This workspace has no journeys yet.</p> : null}
        </main>
        {journey && journeyId && side === "versions" && (
          <VersionsPanel backend={backend} journeyId={journeyId} revision={view?.revision ?? 0} readOnly={readOnly}
            comparing={comparing} onCompare={setComparing} onView={(v) => void viewVersion(v)} onRestore={restoreVersion} onError={onError} />
        )}
        {journey && side === "inspector" && (
          <Inspector journey={journey} selection={viewing ? null : selection} readOnly={readOnly || viewing !== null} apply={(e) => void apply(e)} onDuplicate={() => void duplicate()} onMove={moveSelected} />
        )}
      </div>
    </div>
  );
}
