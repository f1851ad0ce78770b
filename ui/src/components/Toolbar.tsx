// The row under the top bar: undo/redo, search (Ctrl+F), zoom and fit, and a hint while a card
// is being moved with the keyboard.

import { useT } from "../i18n";

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
  onPreferences(): void;
}

export function Toolbar(p: Props) {
  const { t, number } = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar-label")}>
      <div className="segmented" role="radiogroup" aria-label={t("toolbar-view")}>
        <button type="button" role="radio" aria-checked={p.mode === "map"} className={p.mode === "map" ? "on" : ""} onClick={() => p.onMode("map")}>{t("view-map")}</button>
        <button type="button" role="radio" aria-checked={p.mode === "graph"} className={p.mode === "graph" ? "on" : ""} onClick={() => p.onMode("graph")}>{t("view-graph")}</button>
      </div>
      <span className="toolbar-sep" />
      <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title={t("undo.title")} aria-label={t("undo")}>↶ {t("undo")}</button>
      <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title={t("redo.title")} aria-label={t("redo")}>↷ {t("redo")}</button>
      <span className="toolbar-sep" />
      <label className="search">
        <span className="visually-hidden">{t("search-label")}</span>
        <input
          ref={p.searchBox}
          type="search"
          dir="auto"
          placeholder={t("search-placeholder")}
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
        {p.search.trim() && <span className="matches" aria-live="polite">{t("search-matches", { count: p.matches })}</span>}
      </label>
      <span className="toolbar-hint" aria-live="polite">
        {p.mode === "graph"
          ? t("hint-graph")
          : p.readOnly
            ? t("hint-read-only")
            : p.moving
              ? t("hint-moving")
              : t("hint-map")}
      </span>
      <span className="spacer" />
      {p.mode === "map" && (
        <>
          <button type="button" onClick={() => p.onZoom(zoomStep(p.zoom, -1))} aria-label={t("zoom-out")} title={t("zoom-out.title")}>−</button>
          <button type="button" className="zoom-level" onClick={() => p.onZoom(1)} title={t("zoom-actual.title")}>{number(p.zoom, { style: "percent" })}</button>
          <button type="button" onClick={() => p.onZoom(zoomStep(p.zoom, 1))} aria-label={t("zoom-in")} title={t("zoom-in.title")}>+</button>
          <button type="button" onClick={p.onFit} title={t("zoom-fit.title")}>{t("zoom-fit")}</button>
        </>
      )}
      <span className="toolbar-sep" />
      <button type="button" className={p.inspectorOpen ? "on" : ""} aria-pressed={p.inspectorOpen} onClick={p.onToggleInspector} title={t("panel-inspector.title")}>{t("panel-inspector")}</button>
      <button type="button" onClick={p.onPresent} title={t("present.title")}>{t("present")}</button>
      <button type="button" className={p.workshopOpen ? "on" : ""} aria-pressed={p.workshopOpen} onClick={p.onToggleWorkshop} title={t("panel-workshop.title")}>{t("panel-workshop")}</button>
      <button type="button" className={p.insightsOpen ? "on" : ""} aria-pressed={p.insightsOpen} onClick={p.onToggleInsights} title={t("panel-insights.title")}>{t("panel-insights")}</button>
      <button type="button" className={p.versionsOpen ? "on" : ""} aria-pressed={p.versionsOpen} onClick={p.onToggleVersions} title={t("panel-versions.title")}>{t("panel-versions")}</button>
      <button type="button" className="preferences-button" onClick={p.onPreferences} aria-label={t("preferences-open")} title={t("preferences-open")}>⚙</button>
    </div>
  );
}
