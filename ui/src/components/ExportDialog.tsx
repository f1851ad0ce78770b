// File > Export: choose a format and its options; the shell asks where to save (native
// dialog), writes the file on a worker thread and reports progress here. A long export can be
// cancelled; the window stays usable meanwhile.

import { useEffect, useRef, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { ApiError, ExportFormat, Id, PageSize } from "../types";
import { useT } from "../i18n";

// Each format's name and description are messages `format-<format>` and `format-<format>.what`.
const FORMATS: ExportFormat[] = ["pdf", "png", "svg", "html", "csv", "md", "json", "mermaid", "ojf", "xlsx"];

// Each page size's description is message `pages-<size>`.
const PAGES: PageSize[] = ["fit", "a4", "a3", "letter"];

type State =
  | { kind: "choosing" }
  | { kind: "running"; done: number }
  | { kind: "finished"; path: string }
  | { kind: "failed"; error: ApiError };

interface Props {
  backend: Backend;
  journeyId: Id;
  journeyName: string;
  onClose(): void;
}

export function ExportDialog({ backend, journeyId, journeyName, onClose }: Props) {
  const l10n = useT();
  const { t, number } = l10n;
  // The pseudo-locale is a test of the window's layout; an export in it would be English anyway.
  // Latin digits, when chosen in Preferences, go as the tag's `-u-nu-latn` (journey-i18n reads it).
  const code = l10n.language.code === "en-XA" ? "en" : l10n.language.code;
  const language = l10n.latinDigits ? `${code}-u-nu-latn` : code;
  const [format, setFormat] = useState<ExportFormat>("pdf");
  const [pages, setPages] = useState<PageSize>("fit");
  const [scale, setScale] = useState(2);
  const [state, setState] = useState<State>({ kind: "choosing" });
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    const unlisten = backend.onExportProgress((done) => setState((s) => (s.kind === "running" ? { kind: "running", done } : s)));
    return () => void unlisten.then((f) => f());
  }, [backend]);

  const running = state.kind === "running";
  const start = async () => {
    setState({ kind: "running", done: 0 });
    try {
      const path = await backend.exportJourney(journeyId, format, { pages, scale, language });
      setState(path ? { kind: "finished", path } : { kind: "choosing" });
    } catch (e) {
      setState({ kind: "failed", error: toApiError(e) });
    }
  };
  const close = () => {
    if (running) void backend.cancelExport();
    else onClose();
  };

  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") close(); }}>
        <h2 id="export-title">{t("export-title", { name: journeyName })}</h2>
        <fieldset className="formats" disabled={running}>
          <legend>{t("export-format")}</legend>
          {FORMATS.map((f, i) => (
            <label key={f} className={format === f ? "on" : ""}>
              <input ref={i === 0 ? first : undefined} type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <b>{t(`format-${f}`)}</b>
              <span>{t(`format-${f}.what`)}</span>
            </label>
          ))}
        </fieldset>
        {format === "pdf" && (
          <label className="field">
            <span className="field-label">{t("export-pages")}</span>
            <select value={pages} disabled={running} onChange={(e) => setPages(e.target.value as PageSize)}>
              {PAGES.map((p) => <option key={p} value={p}>{t(`pages-${p}`)}</option>)}
            </select>
          </label>
        )}
        {format === "png" && (
          <label className="field">
            <span className="field-label">{t("export-size")}</span>
            <select value={scale} disabled={running} onChange={(e) => setScale(Number(e.target.value))}>
              <option value={1}>{t("export-scale-1")}</option>
              <option value={2}>{t("export-scale-2")}</option>
              <option value={4}>{t("export-scale-4")}</option>
            </select>
          </label>
        )}
        <div className="export-status" role="status" aria-live="polite">
          {state.kind === "running" && (
            <>
              <progress max={1} value={state.done} aria-label={t("export-progress")} />
              <span>{number(state.done, { style: "percent" })}</span>
            </>
          )}
          {state.kind === "finished" && <span className="ok">{t("export-saved", { path: state.path })}</span>}
          {state.kind === "failed" && <span className="problem">{l10n.error(state.error)}</span>}
        </div>
        <div className="actions">
          {running ? (
            <button type="button" onClick={() => void backend.cancelExport()}>{t("export-cancel")}</button>
          ) : (
            <>
              <button type="button" onClick={onClose}>{state.kind === "finished" ? t("close") : t("cancel")}</button>
              <button type="button" className="primary" onClick={() => void start()}>{t("export-start")}</button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
