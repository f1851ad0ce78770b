// The row under the top bar: undo/redo, search (Ctrl+F), zoom and fit, and a hint while a card
// is being moved with the keyboard.

const ZOOM_MIN = 0.3;
const ZOOM_MAX = 2;

/** The zoom one step (10 %) in or out, kept in range and free of float noise. */
export function zoomStep(z: number, dir: 1 | -1): number {
  return Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, +(z + dir * 0.1).toFixed(2)));
}

/** The zoom that fits the map: the smaller of the two ratios, never above actual size. */
export function fitZoom(widthRatio: number, heightRatio: number): number {
  return Math.max(ZOOM_MIN, Math.min(1, +Math.min(widthRatio, heightRatio).toFixed(2)));
}

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  search: string;
  onSearch(q: string): void;
  matches: number;
  searchBox: React.RefObject<HTMLInputElement | null>;
  zoom: number;
  onZoom(z: number): void;
  onFit(): void;
  moving: boolean;
  readOnly: boolean;
  mode: "map" | "graph";
  onMode(m: "map" | "graph"): void;
  versionsOpen: boolean;
  onToggleVersions(): void;
  insightsOpen: boolean;
  onToggleInsights(): void;
  workshopOpen: boolean;
  onToggleWorkshop(): void;
  onPresent(): void;
  inspectorOpen: boolean;
  onToggleInspector(): void;
}

export function Toolbar(p: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="segmented" role="radiogroup" aria-label="View">
        <button type="button" role="radio" aria-checked={p.mode === "map"} className={p.mode === "map" ? "on" : ""} onClick={() => p.onMode("map")}>Map</button>
        <button type="button" role="radio" aria-checked={p.mode === "graph"} className={p.mode === "graph" ? "on" : ""} onClick={() => p.onMode("graph")}>Stage graph</button>
      </div>
      <span className="toolbar-sep" />
      <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">↶ Undo</button>
      <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷ Redo</button>
      <span className="toolbar-sep" />
      <label className="search">
        <span className="visually-hidden">Search cards</span>
        <input
          ref={p.searchBox}
          type="search"
          dir="auto"
          placeholder="Search cards (Ctrl+F)"
          value={p.search}
          onChange={(e) => p.onSearch(e.target.value)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === "Escape") {
              p.onSearch("");
              (e.target as HTMLInputElement).blur();
            }
          }}
        />
        {p.search.trim() && <span className="matches" aria-live="polite">{p.matches} {p.matches === 1 ? "match" : "matches"}</span>}
      </label>
      <span className="toolbar-hint" aria-live="polite">
        {p.mode === "graph"
          ? "Drag between stages to connect them · Delete removes the selected flow"
          : p.readOnly
            ? "Read-only: changes are off"
            : p.moving
              ? "Moving: arrows choose the place, Space drops, Esc cancels"
              : "Double-click a cell to add a card · Space then arrows to move one · Delete removes"}
      </span>
      <span className="spacer" />
      {p.mode === "map" && (
        <>
          <button type="button" onClick={() => p.onZoom(zoomStep(p.zoom, -1))} aria-label="Zoom out" title="Zoom out (Ctrl+−)">−</button>
          <button type="button" className="zoom-level" onClick={() => p.onZoom(1)} title="Actual size (Ctrl+0)">{Math.round(p.zoom * 100)}%</button>
          <button type="button" onClick={() => p.onZoom(zoomStep(p.zoom, 1))} aria-label="Zoom in" title="Zoom in (Ctrl+=)">+</button>
          <button type="button" onClick={p.onFit} title="Fit the map to the window">Fit</button>
        </>
      )}
      <span className="toolbar-sep" />
      <button type="button" className={p.inspectorOpen ? "on" : ""} aria-pressed={p.inspectorOpen} onClick={p.onToggleInspector} title="Show or hide the inspector (more room for the map)">Inspector</button>
      <button type="button" onClick={p.onPresent} title="Show the journey to the room, stage by stage">Present</button>
      <button type="button" className={p.workshopOpen ? "on" : ""} aria-pressed={p.workshopOpen} onClick={p.onToggleWorkshop} title="Run a workshop: participants join from their browsers">Workshop</button>
      <button type="button" className={p.insightsOpen ? "on" : ""} aria-pressed={p.insightsOpen} onClick={p.onToggleInsights} title="What the map says: paths, pains, pillars">Insights</button>
      <button type="button" className={p.versionsOpen ? "on" : ""} aria-pressed={p.versionsOpen} onClick={p.onToggleVersions} title="Named versions of this journey">Versions</button>
    </div>
  );
}
