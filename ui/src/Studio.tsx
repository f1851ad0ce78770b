// One journey open for editing: toolbar, map, inspector, and the keyboard. Every gesture ends
// as one edit through the editor hook; nothing here changes a journey by itself.

import { useT } from "./i18n";
import { PreferencesDialog } from "./components/PreferencesDialog";
import { Announcer } from "./components/Announcer";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApiError, Id, JourneyDiff, JourneyView, MenuAction, Said, VersionInfo, WorkshopSession, WorkspaceInfo } from "./types";
import type { Backend } from "./backend";
import { moveStage, setJourney, updateCard, updateLane, updateStage } from "./editor/edits";
import { useEditor } from "./editor/useEditor";
import { useMapActions } from "./editor/useMapActions";
import { stageOrder } from "./editor/geometry";
import { typingIn, useMapKeys, type KeyboardMove } from "./editor/useMapKeys";
import { ADD_COLUMN, ADD_ROW, JourneyMap } from "./components/JourneyMap";
import { TopBar } from "./components/TopBar";
import { fitZoom, Toolbar, zoomStep } from "./components/Toolbar";
import { Inspector } from "./inspector/Inspector";
import { VersionsPanel } from "./components/VersionsPanel";
import { JourneyMenu } from "./components/JourneyMenu";
import { ExportDialog } from "./components/ExportDialog";
import { InsightsPanel, type Focus } from "./components/InsightsPanel";
import { WorkshopPanel } from "./components/WorkshopPanel";
import { Presentation } from "./components/Presentation";
import { ShortcutsDialog } from "./components/ShortcutsDialog";
import { ImportReportDialog } from "./components/ImportReportDialog";
import { MergeReportDialog } from "./components/MergeReportDialog";
import { suspendedFlows } from "./components/FlowBand";
import { toApiError, type Selection } from "./editor/useEditor";
import { useMerge } from "./editor/useMerge";
import { useLastChanged } from "./inspector/useLastChanged";
import { useSync } from "./editor/useSync";
import { ShareDialog } from "./components/ShareDialog";
import { JoinDialog } from "./components/JoinDialog";

// The stage graph (React Flow) is a third of the page's script and is not on screen at start:
// loaded when first shown, so start-up parses less.
const GraphView = lazy(() => import("./components/GraphView").then((m) => ({ default: m.GraphView })));

interface Props {
  backend: Backend;
  info: WorkspaceInfo;
  journeyId: Id | null;
  onSelectJourney(id: Id): void;
  /** Reloads the workspace's journey list, then shows `select` when given. */
  onJourneysChanged(select?: Id): Promise<void>;
  onError(e: ApiError): void;
  /** What an undo or redo kept of a teammate's change (catalog messages). */
  onKept(kept: Said[]): void;
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

export function Studio({ backend, info, journeyId, onSelectJourney, onJourneysChanged, onError, onKept, refreshKey }: Props) {
  const l10n = useT();
  const { t } = l10n;
  // The bundled templates' words come in the window's language (the pseudo-locale's are English).
  const language = l10n.language.code === "en-XA" ? "en" : l10n.language.code;
  const editor = useEditor(backend, journeyId, onError, refreshKey, onKept);
  const { view, selection, select, apply } = editor;
  const readOnly = info.readOnly;
  const [editing, setEditing] = useState<Id | null>(null);
  const [keyboardMove, setKeyboardMove] = useState<KeyboardMove | null>(null);
  const [search, setSearch] = useState("");
  const [zoom, setZoom] = useState(1);
  const [side, setSide] = useState<"inspector" | "versions" | "insights" | "workshop" | "none">("inspector");
  // The stage shown in the presentation view, or null when not presenting.
  const [presenting, setPresenting] = useState<Id | null>(null);
  const [workshop, setWorkshop] = useState<WorkshopSession | null>(null);
  // What an insight points at, shown on the map while the Insights panel is open.
  const [focus, setFocus] = useState<Focus | null>(null);
  const [mode, setMode] = useState<"map" | "graph">("map");
  const [exporting, setExporting] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const [preferences, setPreferences] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [joining, setJoining] = useState(false);
  const [importNotes, setImportNotes] = useState<Said[] | null>(null);
  const [comparing, setComparing] = useState<{ version: VersionInfo; diff: JourneyDiff } | null>(null);
  const [viewing, setViewing] = useState<{ version: VersionInfo; view: JourneyView } | null>(null);
  const scroller = useRef<HTMLElement>(null);
  // The visible part of the map (map coordinates, in coarse steps), for drawing large maps.
  const [visible, setVisible] = useState<Rect | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const journey = view?.journey;
  const merge = useMerge(backend, journeyId, view?.revision, refreshKey, onJourneysChanged, onError);
  const changed = useLastChanged(backend, journeyId, selection, view?.revision);
  const sync = useSync(backend, journeyId, viewing ? null : selection);
  // Flows the merge suspended, drawn dashed on the map until they are decided.
  const suspended = useMemo(() => suspendedFlows(merge.repairs, l10n), [merge.repairs, l10n]);

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

  // A right-to-left map starts where it is read: scrolled to its right end, where the lane
  // labels and the first stage are (the canvas keeps a left-to-right scroll origin, so the rest
  // of the map's geometry reads the same whichever way it runs).
  const direction = view?.layout.direction;
  const shownJourney = view?.journey.id;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !shownJourney) return;
    if (direction === "rtl") el.scrollLeft = el.scrollWidth;
  }, [shownJourney, direction, mode]);

  // Tell the shell once the first journey is drawn (after paint), for the start-up figure.
  const told = useRef(false);
  useEffect(() => {
    if (!view || told.current) return;
    told.current = true;
    performance.mark("view");
    requestAnimationFrame(() => requestAnimationFrame(() => {
      performance.mark("drawn");
      void backend.ready().catch(() => {});
    }));
  }, [view, backend]);

  // A session change: redraw the session panel. (A participant's card or vote reaches the map
  // as a `journey-changed` patch through useEditor, like any edit.)
  useEffect(() => {
    const session = () => backend.workshopView().then(setWorkshop, () => setWorkshop(null));
    session();
    const unlisten = backend.onWorkshopChanged(session);
    return () => void unlisten.then((f) => f());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend, journeyId]);

  /** Shows `stage` in the presentation. */
  const showStage = useCallback((stage: Id) => setPresenting(stage), []);
  const order = view && stageOrder(view.layout);
  const orderKey = order?.join();
  const stepStage = useCallback((delta: 1 | -1) => {
    const o = orderKey?.split(",") ?? [];
    setPresenting((cur) => {
      const i = cur ? o.indexOf(cur) : -1;
      return o[Math.max(0, Math.min(o.length - 1, i + delta))] ?? cur;
    });
  }, [orderKey]);
  // Participants who follow the facilitator see the stage being presented.
  const following = workshop?.session.settings.follow ?? null;
  useEffect(() => {
    if (presenting && following && following !== presenting) void backend.workshopAct({ type: "follow", stage: presenting }).catch(() => {});
  }, [backend, presenting, following]);
  const closePresentation = useCallback(() => {
    setPresenting(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }, []);
  const present = (on: boolean) => {
    if (!on) {
      setPresenting(null);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      return;
    }
    const first = (selection?.kind === "stage" ? selection.id : null) ?? (view && stageOrder(view.layout)[0]) ?? null;
    if (!first) return;
    showStage(first);
    // Full screen where the platform allows it; the view works in the window too.
    void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  // Search matches, and the cards an insight points at while the Insights panel is open.
  const shownFocus = side === "insights" ? focus : null;
  const highlighted = useMemo(() => {
    const q = search.trim().toLocaleLowerCase();
    const matches = !q || !journey ? [] : journey.cards.filter((c) => c.text.toLocaleLowerCase().includes(q)).map((c) => c.id);
    return new Set<Id>([...matches, ...(shownFocus?.cards ?? [])]);
  }, [search, journey, shownFocus]);
  const focusStages = useMemo(() => new Set<Id>(shownFocus?.stages ?? []), [shownFocus]);
  /** Shows what an insight is about: its stages and cards marked, the first one scrolled to. */
  const showFocus = useCallback((f: Focus | null) => {
    setFocus(f);
    const first = f?.cards[0] ? `.card[data-card-id="${f.cards[0]}"]` : f?.stages[0] ? `.stage-header[data-stage-id="${f.stages[0]}"]` : null;
    if (first) requestAnimationFrame(() => document.querySelector(first)?.scrollIntoView({ block: "nearest", inline: "center" }));
  }, []);

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

  const newJourney = (name = t("journey-new-name"), template?: string) => {
    // The six-pillars audit is read through its heatmap: start with the Insights panel open.
    if (template === "six-pillars-audit") setSide("insights");
    void journeyCall(() => backend.createJourney(name, template, language));
  };
  const saveTemplate = async (name: string) => {
    if (!journeyId) return;
    try {
      await backend.saveAsTemplate(journeyId, name);
    } catch (e) {
      onError(toApiError(e));
    }
  };
  // The shell asks for the file; the first imported journey is shown, with the import report
  // when the file held something that did not come in as written.
  const importJourneys = () => void journeyCall(async () => {
    const report = await backend.importJourneys();
    if (report.notes.length > 0) setImportNotes(report.notes);
    return report.journeys[0];
  });
  const mergeCopy = () => void merge.mergeCopy();
  /** An item of the merge report chose what to change: show it in the inspector, on screen. */
  const selectToDecide = (s: Selection) => {
    merge.close();
    select(s);
    setSide("inspector");
    const first = s?.kind === "cards" ? `.card[data-card-id="${s.ids[0]}"]` : s?.kind === "stage" ? `.stage-header[data-stage-id="${s.id}"]` : null;
    if (first) requestAnimationFrame(() => document.querySelector(first)?.scrollIntoView({ block: "nearest", inline: "center" }));
  };
  const duplicateJourney = () => {
    if (journeyId) void journeyCall(() => backend.duplicateJourney(journeyId, `${journey?.name ?? "Journey"} (copy)`));
  };

  const actions = useMapActions(editor, readOnly || viewing !== null, setEditing);
  const { moveTo, createCard, duplicate, addStageAtEnd, addLaneAtEnd, moveSelected } = actions;
  const focusSearch = () => {
    searchBox.current?.focus();
    searchBox.current?.select();
  };
  useMapKeys({
    editor, actions, readOnly, keyboardMove, setKeyboardMove, startEditing: setEditing, focusSearch,
    active: viewing === null,
    graphMode: mode === "graph",
    zoom: (dir) => setZoom((z) => (dir === 0 ? 1 : zoomStep(z, dir))),
  });

  // Native menu items arrive as events from the shell (src-tauri/src/menu.rs, PAGE_ACTIONS).
  const fitToWindow = useCallback(() => {
    const el = scroller.current;
    if (el && view) setZoom(fitZoom(el.clientWidth / (view.layout.width + ADD_COLUMN), el.clientHeight / (view.layout.height + ADD_ROW)));
  }, [view]);
  // Typed by the shell's list (journey-api's PAGE_ACTIONS): a case it never sends does not compile.
  const menuRef = useRef<(action: MenuAction) => void>(() => {});
  menuRef.current = (action: MenuAction) => {
    const readOnlyNow = readOnly || viewing !== null;
    switch (action) {
      case "undo": void editor.undo(); break;
      case "redo": void editor.redo(); break;
      case "find": focusSearch(); break;
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
      case "present": present(true); break;
      case "shortcuts": setShortcuts(true); break;
      case "preferences": setPreferences(true); break;
      case "share": if (!readOnly) setSharing(true); break;
      case "join": setJoining(true); break;
      // In a text field the menu's Cut/Copy/Paste/Delete edit the text; on the map, the cards.
      case "cut": if (typingIn(document.activeElement)) document.execCommand("cut"); else if (!readOnlyNow) actions.copy(true); break;
      case "copy": if (typingIn(document.activeElement)) document.execCommand("copy"); else actions.copy(false); break;
      case "paste": if (typingIn(document.activeElement)) document.execCommand("paste"); else if (!readOnlyNow) actions.paste(); break;
      case "delete": if (typingIn(document.activeElement)) document.execCommand("delete"); else if (!readOnlyNow) actions.deleteSelection(); break;
      case "toggle-workshop": setSide((v) => (v === "workshop" ? "inspector" : "workshop")); break;
      case "toggle-insights": setSide((v) => (v === "insights" ? "inspector" : "insights")); break;
      case "journey-new": if (!readOnly) newJourney(); break;
      case "import": if (!readOnly) importJourneys(); break;
      case "merge-copy": if (!readOnly) mergeCopy(); break;
      case "export": if (journeyId) setExporting(true); break;
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
    setFocus(null);
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
      {presenting && view && (
        <Presentation view={view} stage={presenting} timer={workshop?.session.timer ?? null}
          onStage={showStage} onStep={stepStage} onClose={closePresentation} />
      )}
      {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
      {importNotes && <ImportReportDialog notes={importNotes} onClose={() => setImportNotes(null)} />}
      {preferences && <PreferencesDialog onClose={() => setPreferences(false)} />}
      {sharing && <ShareDialog backend={backend} onClose={() => setSharing(false)} />}
      {joining && <JoinDialog backend={backend} onClose={() => setJoining(false)} />}
      <Announcer />
      {merge.open && (
        <MergeReportDialog report={merge.report} journey={journey ?? null} order={order ?? []} repairs={merge.repairs}
          readOnly={readOnly || viewing !== null} onApply={apply} onSelect={selectToDecide} onShowJourney={onSelectJourney} onClose={merge.close} />
      )}
      {exporting && journeyId && (
        <ExportDialog backend={backend} journeyId={journeyId} journeyName={journey?.name ?? ""} onClose={() => setExporting(false)} />
      )}
      <TopBar info={info} view={view} decisions={merge.repairs.length} onDecisions={merge.showDecisions} sync={sync} menu={
        <JourneyMenu
          journeys={info.journeys}
          current={journeyId}
          currentName={journey?.name ?? ""}
          readOnly={readOnly}
          onSelect={onSelectJourney}
          onCreate={newJourney}
          onSaveTemplate={saveTemplate}
          onDuplicate={duplicateJourney}
          onRename={(name) => journey && void apply(setJourney(name, journey.goal)).then(async (ok) => { if (ok) await onJourneysChanged(); })}
          onDelete={() => journeyId && void journeyCall(async () => { await backend.deleteJourney(journeyId); return undefined; })}
          onImport={importJourneys}
          onMerge={mergeCopy}
          onShare={() => setSharing(true)}
          onJoin={() => setJoining(true)}
          onExport={() => setExporting(true)}
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
        workshopOpen={side === "workshop"}
        onToggleWorkshop={() => setSide((v) => (v === "workshop" ? "inspector" : "workshop"))}
        onPresent={() => present(true)}
        insightsOpen={side === "insights"}
        onToggleInsights={() => setSide((v) => (v === "insights" ? "inspector" : "insights"))}
        versionsOpen={side === "versions"}
        onToggleVersions={() => setSide((v) => (v === "versions" ? "inspector" : "versions"))}
        inspectorOpen={side === "inspector"}
        onToggleInspector={() => setSide((v) => (v === "inspector" ? "none" : "inspector"))}
        onPreferences={() => setPreferences(true)}
      />
      {viewing && (
        <div className="version-banner" role="status">
          <span>{t("viewing-version", { name: viewing.version.name })}</span>
          <button type="button" onClick={() => setViewing(null)}>{t("viewing-back")}</button>
          {!readOnly && <button type="button" onClick={() => void restoreVersion(viewing.version)}>{t("viewing-restore")}</button>}
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
            <Suspense fallback={<div className="loading" aria-busy="true">{t("graph-loading")}</div>}>
              <GraphView journey={shown.journey} order={stageOrder(shown.layout)} readOnly={readOnly || viewing !== null} apply={apply} />
            </Suspense>
          ) : shown ? (
            <div className="zoom-box" style={{ width: (shown.layout.width + ADD_COLUMN) * zoom, height: (shown.layout.height + ADD_ROW) * zoom }}>
              <JourneyMap
                view={shown}
                selection={viewing ? null : selection}
                editing={editing}
                keyboardMove={keyboardMove}
                highlighted={highlighted}
                focusStages={focusStages}
                visible={virtualize ? visible ?? FIRST_SCREEN : null}
                marks={viewing ? new Map() : marks}
                readOnly={readOnly || viewing !== null}
                scroller={scroller}
                zoom={zoom}
                // A version being viewed is not the journey the merge's list is about.
                suspended={viewing ? undefined : suspended}
                peers={viewing ? undefined : sync.peers}
                onShowDecisions={merge.showDecisions}
                onSelect={(s) => select(s)}
                onMove={moveTo}
                onCreateCard={(cell, index) => void createCard(cell, index)}
                onCommitText={commitText}
                onScore={score}
                onRenameStage={renameStage}
                onRenameLane={renameLane}
                onAddStage={() => void addStageAtEnd()}
                onMoveStage={(id, steps) => void apply(moveStage(id, steps))}
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
          ) : info.journeys.length === 0 ? <p className="empty">{t("workspace-empty")}</p> : null}
        </main>
        {journey && journeyId && side === "versions" && (
          <VersionsPanel backend={backend} journeyId={journeyId} revision={view?.revision ?? 0} readOnly={readOnly}
            comparing={comparing} onCompare={setComparing} onView={(v) => void viewVersion(v)} onRestore={restoreVersion} onError={onError} />
        )}
        {journey && side === "workshop" && (
          <WorkshopPanel backend={backend} journey={journey} shownStage={presenting ?? (selection?.kind === "stage" ? selection.id : null)} onError={onError} />
        )}
        {journey && view && side === "insights" && (
          <InsightsPanel backend={backend} journey={journey} revision={view.revision} focus={focus} onFocus={showFocus} />
        )}
        {journey && side === "inspector" && (
          <Inspector journey={journey} selection={viewing ? null : selection} readOnly={readOnly || viewing !== null} apply={(e) => void apply(e)} onDuplicate={() => void duplicate()} onMove={moveSelected} changed={viewing ? null : changed} direction={view?.layout.direction} />
        )}
      </div>
    </div>
  );
}
