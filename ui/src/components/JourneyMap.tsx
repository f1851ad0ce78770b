// The journey grid: stages as columns (in the graph's order), lanes as rows, cards in cells,
// the emotion curve in its lane. Every position comes from the core's layout, the same
// geometry the exports use. This component draws and turns pointer gestures into intents
// (select, move, create, rename, score); the studio turns intents into edits.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Id, JourneyView, Peer } from "../types";
import { dropTargetAt, indicatorFor, stageOrder, type Cell, type DropTarget } from "../editor/geometry";
import type { Selection } from "../editor/useEditor";
import { CardFace, WatcherTag, type Watcher } from "./CardFace";
import { EmotionCurve } from "./EmotionCurve";
import { FlowBand, type SuspendedFlow } from "./FlowBand";
import { InlineName } from "./InlineName";
import { laneKindName, phaseName } from "./labels";
import { useT } from "../i18n";

export interface MapIntents {
  onSelect(s: Selection, additive: boolean): void;
  /** Resolves once the store answered and the view shows the result. */
  onMove(ids: Id[], target: DropTarget): Promise<unknown>;
  onCreateCard(cell: Cell, index: number): void;
  onCommitText(card: Id, text: string): void;
  onScore(card: Id, score: number): Promise<unknown>;
  onRenameStage(id: Id, name: string): void;
  onRenameLane(id: Id, name: string): void;
  onAddStage(): void;
  /** A stage header dragged `steps` columns (negative: left). */
  onMoveStage(id: Id, steps: number): void;
  onAddLane(): void;
  onStartEditing(id: Id): void;
  onStopEditing(): void;
  /** A flow the merge suspended was chosen: show what the merge left to decide. */
  onShowDecisions?(): void;
}

interface Props extends MapIntents {
  view: JourneyView;
  selection: Selection;
  /** The card whose text is being edited, or the stage/lane being renamed. */
  editing: Id | null;
  /** A keyboard move in progress: the cards and where they would land. */
  keyboardMove: { ids: Id[]; target: DropTarget } | null;
  /** Cards matching the search or pointed at by an insight. */
  highlighted: ReadonlySet<Id>;
  /** Stages an insight points at (a path, a finding). */
  focusStages?: ReadonlySet<Id>;
  /** When set, only cards within (or near) this part of the map are drawn. */
  visible: { x: number; y: number; w: number; h: number } | null;
  /** Cards marked by a version comparison. */
  marks: ReadonlyMap<Id, string>;
  readOnly: boolean;
  /** The scrolling element, for auto-scroll near its edges while dragging. */
  scroller: React.RefObject<HTMLElement | null>;
  zoom: number;
  /** Flows a merge suspended: not in the layout, drawn dashed in the flow band until decided. */
  suspended?: readonly SuspendedFlow[];
  /** Teammates in this journey (live sync): what each has selected is outlined in their colour. */
  peers?: readonly Peer[];
}

const NO_WATCHERS: ReadonlyMap<Id, Watcher[]> = new Map();

/** Who has each card or stage selected; rebuilt only when that changes, not at every poll. */
function useWatchers(peers: readonly Peer[] | undefined): ReadonlyMap<Id, Watcher[]> {
  const key = (peers ?? []).map((p) => `${p.name}\u0000${p.colour}\u0000${p.selection.join(",")}`).join("\u0001");
  return useMemo(() => {
    if (!peers?.length) return NO_WATCHERS;
    const of = new Map<Id, Watcher[]>();
    for (const p of peers) {
      for (const id of p.selection) {
        const list = of.get(id) ?? [];
        if (!list.some((w) => w.name === p.name)) list.push({ name: p.name, colour: p.colour });
        of.set(id, list);
      }
    }
    return of;
    // `key` stands for `peers`: the same people on the same things is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** Room around the visible part of a large map in which cards are still drawn. */
const MARGIN = 480;

function near(box: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; w: number; h: number }): boolean {
  return box.x + box.width > v.x - MARGIN && box.x < v.x + v.w + MARGIN && box.y + box.height > v.y - MARGIN && box.y < v.y + v.h + MARGIN;
}

/** The boxes to draw: all of them, or those in view plus the ones being edited, moved or chosen. */
function drawnBoxes<B extends { card: Id }>(inView: B[] | null, all: B[], visible: unknown, busy: (Id | null)[]): B[] {
  if (!visible || !inView) return all;
  const extra = new Set(busy.filter((id): id is Id => id !== null));
  for (const b of inView) extra.delete(b.card);
  if (extra.size === 0) return inView;
  return [...inView, ...all.filter((b) => extra.has(b.card))];
}

/** Pixels the pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 4;
/** Distance from the scroller's edge where auto-scroll starts, and its top speed per frame. */
const EDGE = 48;
const EDGE_SPEED = 18;
/** Room right of the last stage and below the last lane for the add buttons. */
export const ADD_COLUMN = 132;
export const ADD_ROW = 44;

interface Drag {
  ids: Id[];
  pointer: number;
  startX: number;
  startY: number;
  clientX: number;
  clientY: number;
  active: boolean;
  target: DropTarget | null;
  /** Scroll position at the start, so the ghost follows the pointer while the canvas scrolls. */
  scrollLeft: number;
  scrollTop: number;
  /** Where each dragged card's box was at the press: a teammate's change that moves the card
   *  meanwhile moves its box, not the card in the designer's hand. */
  from: ReadonlyMap<Id, { x: number; y: number }>;
}

const NO_STAGES: ReadonlySet<Id> = new Set();

export function JourneyMap(props: Props) {
  const { view, selection, editing, keyboardMove, highlighted, marks, readOnly, scroller, zoom, visible } = props;
  const l = useT();
  const { t } = l;
  const focusStages = props.focusStages ?? NO_STAGES;
  const watchers = useWatchers(props.peers);
  const { journey, layout } = view;
  // Indexes by id, rebuilt only when a change replaced the list (patches keep untouched lists).
  const stages = useMemo(() => new Map(journey.stages.map((s) => [s.id, s])), [journey.stages]);
  const lanes = useMemo(() => new Map(journey.lanes.map((l) => [l.id, l])), [journey.lanes]);
  const cards = useMemo(() => new Map(journey.cards.map((c) => [c.id, c])), [journey.cards]);
  const top = layout.bodyTop;
  const bodyHeight = layout.height - top;
  // A right-to-left map (the core's layout says which way it runs) has its lane labels at the
  // right and its first stage beside them; the room for adding a stage is then at the left.
  const rtl = layout.direction === "rtl";
  const readingIndex = useMemo(() => new Map(stageOrder(layout).map((s, i) => [s, i])), [layout]);
  const mapRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;
  const selectedCards = new Set(selection?.kind === "cards" ? selection.ids : []);
  // Rubber band: a press on the empty map and a drag selects every card the rectangle touches.
  // A stage header being dragged sideways to reorder the stages.
  const [headerDrag, setHeaderDrag] = useState<{ id: Id; pointer: number; startX: number; x: number; from: number } | null>(null);
  const [band, setBand] = useState<{ pointer: number; x0: number; y0: number; x1: number; y1: number; base: Id[] } | null>(null);

  /** Map coordinates of a pointer position (the map may be scrolled and zoomed). */
  const toMap = useCallback((clientX: number, clientY: number) => {
    const r = mapRef.current!.getBoundingClientRect();
    return { x: (clientX - r.left) / zoom, y: (clientY - r.top) / zoom };
  }, [zoom]);

  const retarget = useCallback((d: Drag): Drag => {
    const p = toMap(d.clientX, d.clientY);
    return { ...d, target: dropTargetAt(layout, journey, p.x, p.y, new Set(d.ids)) };
  }, [toMap, layout, journey]);

  // Auto-scroll while a drag is near the scroller's edges.
  useEffect(() => {
    if (!drag?.active) return;
    let frame = 0;
    const tick = () => {
      const d = dragRef.current;
      const el = scroller.current;
      // pointer -1: dropped, waiting for the redraw; no more scrolling.
      if (d?.active && d.pointer !== -1 && el) {
        const r = el.getBoundingClientRect();
        const speed = (dist: number) => (dist < EDGE ? Math.ceil(((EDGE - dist) / EDGE) * EDGE_SPEED) : 0);
        const dx = speed(r.right - d.clientX) - speed(d.clientX - r.left);
        const dy = speed(r.bottom - d.clientY) - speed(d.clientY - r.top);
        if (dx || dy) {
          el.scrollBy(dx, dy);
          setDrag((cur) => (cur ? retarget(cur) : cur));
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [drag?.active, scroller, retarget]);

  const onCardPointerDown = (e: React.PointerEvent, id: Id) => {
    if (e.button !== 0 || editing === id) return;
    e.stopPropagation();
    const additive = e.shiftKey || e.ctrlKey || e.metaKey;
    if (additive) {
      props.onSelect({ kind: "cards", ids: selectedCards.has(id) ? [...selectedCards].filter((c) => c !== id) : [...selectedCards, id] }, true);
      return;
    }
    // Pressing a card of a multi-selection drags the whole group.
    const ids = selectedCards.has(id) ? [...selectedCards] : [id];
    if (!selectedCards.has(id)) props.onSelect({ kind: "cards", ids: [id] }, false);
    if (readOnly) return;
    // The pointer is captured once this becomes a drag (onPointerMove), not at the press: a
    // captured pointer's click and double-click go to the map, and a double-click must reach
    // the card to edit its text.
    const el = scroller.current;
    const held = new Set(ids);
    const from = new Map(layout.cards.filter((b) => held.has(b.card)).map((b) => [b.card, { x: b.x, y: b.y }]));
    setDrag({
      ids, pointer: e.pointerId, startX: e.clientX, startY: e.clientY, clientX: e.clientX, clientY: e.clientY,
      active: false, target: null, scrollLeft: el?.scrollLeft ?? 0, scrollTop: el?.scrollTop ?? 0, from,
    });
  };

  const onBodyPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest("[data-card-id],[data-point-for],button,textarea,input,.lane-labels")) return;
    const additive = e.shiftKey || e.ctrlKey || e.metaKey;
    if (!additive) props.onSelect(null, false);
    const p = toMap(e.clientX, e.clientY);
    mapRef.current?.setPointerCapture?.(e.pointerId);
    setBand({ pointer: e.pointerId, x0: p.x, y0: p.y, x1: p.x, y1: p.y, base: additive ? [...selectedCards] : [] });
  };

  const bandRect = (b: NonNullable<typeof band>) => ({
    x: Math.min(b.x0, b.x1), y: Math.min(b.y0, b.y1), w: Math.abs(b.x1 - b.x0), h: Math.abs(b.y1 - b.y0),
  });

  /** The column under map x `x`: a header dropped there takes that column's place. */
  const columnAt = (x: number) => {
    if (x < (layout.columns[0]?.x ?? 0)) return 0;
    const i = layout.columns.findIndex((c) => x < c.x + c.width);
    return i < 0 ? layout.columns.length - 1 : i;
  };

  const onPointerMove = (e: React.PointerEvent) => {
    if (headerDrag && e.pointerId === headerDrag.pointer) {
      // Released outside the map before it became a drag: nothing to move.
      if (e.buttons === 0) return setHeaderDrag(null);
      const x = toMap(e.clientX, e.clientY).x;
      // Captured once it is a drag (as for cards, so a double-click still renames the stage).
      if (Math.abs(x - headerDrag.startX) >= DRAG_THRESHOLD) mapRef.current?.setPointerCapture?.(e.pointerId);
      setHeaderDrag({ ...headerDrag, x });
      return;
    }
    if (band && e.pointerId === band.pointer) {
      const p = toMap(e.clientX, e.clientY);
      setBand({ ...band, x1: p.x, y1: p.y });
      return;
    }
    const d = dragRef.current;
    if (!d || e.pointerId !== d.pointer) return;
    if (e.buttons === 0 && d.pointer !== -1) return setDrag(null);
    const moved = Math.hypot(e.clientX - d.startX, e.clientY - d.startY) >= DRAG_THRESHOLD;
    // Captured on the map: the card's own element is re-rendered while it moves.
    if (moved && !d.active) mapRef.current?.setPointerCapture?.(e.pointerId);
    setDrag(retarget({ ...d, clientX: e.clientX, clientY: e.clientY, active: d.active || moved }));
  };

  const onPointerUp = (e: React.PointerEvent) => {
    if (headerDrag && e.pointerId === headerDrag.pointer) {
      setHeaderDrag(null);
      const moved = Math.abs(headerDrag.x - headerDrag.startX) >= DRAG_THRESHOLD;
      const to = columnAt(headerDrag.x);
      // `from` and `to` are column places left to right; a move is counted in stage order.
      if (moved && to !== headerDrag.from) props.onMoveStage(headerDrag.id, rtl ? headerDrag.from - to : to - headerDrag.from);
      return;
    }
    if (band && e.pointerId === band.pointer) {
      const r = bandRect(band);
      setBand(null);
      if (r.w < DRAG_THRESHOLD && r.h < DRAG_THRESHOLD) return;
      const hit = layout.cards
        .filter((b) => b.x < r.x + r.w && b.x + b.width > r.x && b.y < r.y + r.h && b.y + b.height > r.y)
        .map((b) => b.card);
      const ids = [...new Set([...band.base, ...hit])];
      props.onSelect(ids.length ? { kind: "cards", ids } : null, true);
      return;
    }
    const d = dragRef.current;
    if (!d || e.pointerId !== d.pointer) return;
    if (d.active && d.target) {
      // Keep the ghost where it was dropped until the redrawn map shows the card there, so the
      // card does not jump back for a moment.
      setDrag({ ...d, pointer: -1 });
      void props.onMove(d.ids, d.target).finally(() => setDrag(null));
    } else {
      setDrag(null);
    }
  };

  const onDoubleClickBody = (e: React.MouseEvent) => {
    if (readOnly) return;
    const p = toMap(e.clientX, e.clientY);
    const cardEl = (e.target as HTMLElement).closest("[data-card-id]");
    if (cardEl) return;
    const t = dropTargetAt(layout, journey, p.x, p.y, new Set());
    if (t) props.onCreateCard(t, t.index);
  };

  const offsetFor = (d: Drag) => {
    const el = scroller.current;
    return {
      dx: (d.clientX - d.startX + (el ? el.scrollLeft - d.scrollLeft : 0)) / zoom,
      dy: (d.clientY - d.startY + (el ? el.scrollTop - d.scrollTop : 0)) / zoom,
    };
  };
  const dragging = drag?.active ? new Set(drag.ids) : null;
  // Off-screen cards of a large map are skipped (worked out once per layout and view, not per
  // render), unless something is happening to them.
  const inView = useMemo(() => visible && layout.cards.filter((box) => near(box, visible)), [layout.cards, visible]);
  const dragOffset = drag?.active ? offsetFor(drag) : null;
  const lifted = new Set(keyboardMove?.ids ?? []);
  const indicator = drag?.active && drag.target
    ? indicatorFor(layout, journey, drag.target, new Set(drag.ids))
    : keyboardMove
      ? indicatorFor(layout, journey, keyboardMove.target, lifted)
      : null;

  return (
    <div
      ref={mapRef}
      className={`map${rtl ? " rtl" : ""}${drag?.active ? " is-dragging" : ""}`}
      style={{
        width: rtl ? layout.width : layout.width + ADD_COLUMN, height: layout.height + ADD_ROW,
        marginLeft: rtl ? ADD_COLUMN * zoom : undefined, transform: zoom !== 1 ? `scale(${zoom})` : undefined,
      }}
      data-direction={layout.direction}
      // A labelled region, not an ARIA grid: the map is absolutely placed boxes with no rows to
      // own its cells, so a grid role would promise a structure screen readers cannot find. The
      // cards are the selectable options of one listbox below.
      role="region"
      aria-label={t("map-label", { name: journey.name })}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => { setDrag(null); setBand(null); }}
    >
      <div className="map-head" style={{ height: top, width: rtl ? layout.width : layout.width + ADD_COLUMN }}>
        <div className="corner" dir={layout.direction} style={{ width: layout.labelWidth, height: top, marginLeft: layout.labelX }}>
          <span className="corner-stages">{t(rtl ? "map-corner-stages-rtl" : "map-corner-stages")}</span>
          <span className="corner-lanes">{t("map-corner-lanes")}</span>
        </div>
        <FlowBand layout={layout} suspended={props.suspended} onShowSuspended={props.onShowDecisions} />
        {/* In reading order (the first stage first, whichever side it is drawn on): a screen
            reader and the keyboard's Tab go through the stages as the journey runs. `i` stays the
            column's place from the left, as the layout lists them. */}
        {(rtl ? [...layout.columns].reverse() : layout.columns).map((col, r) => {
          const i = rtl ? layout.columns.length - 1 - r : r;
          const s = stages.get(col.stage);
          const number = (readingIndex.get(col.stage) ?? i) + 1;
          if (!s) return null;
          const phase = s.phase ? phaseName(l, s.phase) : null;
          const m = s.metrics;
          const metric = m.nps ? `NPS ${m.nps.value}` : m.csat ? `CSAT ${m.csat.value}%` : m.ces ? `CES ${m.ces.value}` : null;
          const sample = m.nps?.sampleSize ?? m.csat?.sampleSize ?? m.ces?.sampleSize;
          const isSelected = selection?.kind === "stage" && selection.id === s.id;
          const watching = watchers.get(s.id);
          return (
            <div
              key={col.stage}
              className={`stage-header phase-${s.phase?.kind ?? "none"}${isSelected ? " selected" : ""}${headerDrag?.id === s.id ? " dragging" : ""}${focusStages.has(s.id) ? " focused" : ""}${watching ? " watched" : ""}`}
              style={{
                left: col.x, top: layout.headerTop, width: col.width, height: top - layout.headerTop,
                transform: headerDrag?.id === s.id ? `translateX(${headerDrag.x - headerDrag.startX}px)` : undefined,
                ...(watching ? { "--watcher": watching[0].colour } : {}),
              } as React.CSSProperties}
              title={s.description}
              data-stage-id={s.id}
              dir={layout.direction}
              onPointerDown={(e) => {
                e.stopPropagation();
                props.onSelect({ kind: "stage", id: s.id }, false);
                if (e.button !== 0 || readOnly || editing === s.id) return;
                const x = toMap(e.clientX, e.clientY).x;
                setHeaderDrag({ id: s.id, pointer: e.pointerId, startX: x, x, from: i });
              }}
              onDoubleClick={() => !readOnly && props.onStartEditing(s.id)}
            >
              {watching && <WatcherTag watchers={watching} />}
              {watching && <span className="visually-hidden">{t("peer-selected", { names: l.list(watching.map((w) => w.name)) })}</span>}
              <div className="stage-meta">
                <span className="stage-index">{l.number(number)}</span>
                {phase && <span className="phase-pill">{phase}</span>}
                {metric && <span className="metric" title={sample ? t("metric-answers", { count: sample }) : undefined}>{metric}</span>}
              </div>
              {editing === s.id ? (
                <InlineName className="stage-name-editor" value={s.name} label={t("stage-name")} onCommit={(name) => props.onRenameStage(s.id, name)} onCancel={props.onStopEditing} />
              ) : (
                <h2 className="stage-name" dir="auto">{s.name}</h2>
              )}
            </div>
          );
        })}
        {headerDrag && Math.abs(headerDrag.x - headerDrag.startX) >= DRAG_THRESHOLD && (() => {
          const to = columnAt(headerDrag.x);
          const col = layout.columns[to];
          const x = to > headerDrag.from ? col.x + col.width : col.x;
          return <div className="column-drop" style={{ left: x - 2, top: layout.headerTop, height: top - layout.headerTop }} aria-hidden="true" />;
        })()}
        {!readOnly && (
          <button type="button" className="add-stage" style={{ left: rtl ? 8 - ADD_COLUMN : layout.width + 8, top: layout.headerTop + 10 }} onClick={props.onAddStage}>
            {t("add-stage")}
          </button>
        )}
      </div>
      <div className="map-body" style={{ height: bodyHeight + ADD_ROW, width: layout.width }} onDoubleClick={onDoubleClickBody}
        onPointerDown={onBodyPointerDown}>
        {layout.columns.map((col, i) => (
          <div key={col.stage} className={`column-stripe ${(readingIndex.get(col.stage) ?? i) % 2 ? "odd" : ""}${focusStages.has(col.stage) ? " focused" : ""}`} style={{ left: col.x, width: col.width, height: bodyHeight }} />
        ))}
        <div className="lane-labels" dir={layout.direction} style={{ width: layout.labelWidth, height: bodyHeight + ADD_ROW, marginLeft: layout.labelX }}>
          {layout.rows.map((row) => {
            const lane = lanes.get(row.lane);
            if (!lane) return null;
            const isSelected = selection?.kind === "lane" && selection.id === lane.id;
            return (
              <div
                key={row.lane}
                className={`lane-label lane-${lane.kind}${isSelected ? " selected" : ""}`}
                style={{ top: row.y - top, height: row.height }}
                data-lane-id={lane.id}
                onPointerDown={(e) => { e.stopPropagation(); props.onSelect({ kind: "lane", id: lane.id }, false); }}
                onDoubleClick={(e) => { e.stopPropagation(); if (!readOnly) props.onStartEditing(lane.id); }}
              >
                {editing === lane.id ? (
                  <InlineName className="lane-name-editor" value={lane.name} label={t("lane-name")} onCommit={(name) => props.onRenameLane(lane.id, name)} onCancel={props.onStopEditing} />
                ) : (
                  <span className="lane-name" dir="auto">{lane.name}</span>
                )}
                <span className="lane-kind">{laneKindName(l, lane.kind)}</span>
              </div>
            );
          })}
          {!readOnly && (
            <button type="button" className="add-lane" style={{ top: bodyHeight + 8 }} onClick={props.onAddLane}>
              {t("add-lane")}
            </button>
          )}
        </div>
        {layout.rows.map((row) => (
          <div key={row.lane} className={`row-line lane-${lanes.get(row.lane)?.kind}`} style={{ top: row.y - top + row.height - 1, width: layout.width }} />
        ))}
        {layout.visibilityLine !== null && (
          <div className="visibility-line" style={{ top: layout.visibilityLine - top, width: layout.width }}>
            <span>{t("visibility-line")}</span>
          </div>
        )}
        <EmotionCurve journey={journey} layout={layout} top={top} readOnly={readOnly} toMap={toMap} onScore={props.onScore} visible={visible} cardsById={cards}
          onSelectCard={(id) => props.onSelect({ kind: "cards", ids: [id] }, false)} />
        {/* display: contents: the listbox adds no box, so the cards stay placed by the layout. */}
        <div className="cards" role="listbox" aria-multiselectable="true" aria-label={t("map-cards")}>
        {drawnBoxes(inView, layout.cards, visible, [editing, ...selectedCards, ...lifted, ...(dragging ?? [])]).map((box) => {
          const card = cards.get(box.card);
          if (!card) return null;
          const isDragged = dragging?.has(card.id) ?? false;
          const pressedAt = isDragged ? drag?.from.get(card.id) : undefined;
          return (
            <div key={box.card} className="card-slot" role="none" onPointerDown={(e) => onCardPointerDown(e, card.id)}
              onDoubleClick={(e) => { e.stopPropagation(); if (!readOnly) props.onStartEditing(card.id); }}>
              <CardFace
                card={card}
                scale={journey.scale}
                box={pressedAt ? { ...box, ...pressedAt } : box}
                top={top}
                selected={selectedCards.has(card.id)}
                lifted={lifted.has(card.id) || isDragged}
                offset={isDragged ? dragOffset : null}
                highlighted={highlighted.has(card.id)}
                mark={marks.get(card.id)}
                editing={editing === card.id}
                onCommitText={editing === card.id ? (text) => props.onCommitText(card.id, text) : undefined}
                onCancelText={editing === card.id ? props.onStopEditing : undefined}
                watchers={watchers.get(card.id)}
              />
            </div>
          );
        })}
        </div>
        {band && (() => {
          const r = bandRect(band);
          return <div className="rubber-band" style={{ left: r.x, top: r.y - top, width: r.w, height: r.h }} aria-hidden="true" />;
        })()}
        {indicator && (
          <div className="drop-indicator" style={{ left: indicator.x, top: indicator.y - top - 2, width: indicator.width }} aria-hidden="true" />
        )}
      </div>
    </div>
  );
}
