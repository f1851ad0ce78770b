// File > Export: choose a format and its options; the shell asks where to save (native
// dialog), writes the file on a worker thread and reports progress here. A long export can be
// cancelled; the window stays usable meanwhile.

import { useEffect, useRef, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { ApiError, ExportFormat, Id, PageSize } from "../types";

const FORMATS: { format: ExportFormat; name: string; what: string }[] = [
  { format: "pdf", name: "PDF", what: "Vector document for printing and mail; text stays searchable." },
  { format: "png", name: "PNG", what: "A picture for slides and chats, at any size." },
  { format: "svg", name: "SVG", what: "Vector picture; opens in browsers and design tools, and imports back." },
  { format: "html", name: "Web page", what: "One file that opens offline in any browser, with pan and zoom." },
  { format: "csv", name: "CSV", what: "One row per card, for spreadsheets." },
  { format: "md", name: "Markdown", what: "A readable report: persona, stages, emotions, pains by priority." },
  { format: "json", name: "JSON", what: "The complete journey; imports back exactly." },
  { format: "mermaid", name: "Mermaid", what: "Journey diagram text for documentation sites." },
];

const PAGES: { value: PageSize; label: string }[] = [
  { value: "fit", label: "One page, the size of the map" },
  { value: "a4", label: "A4 pages (true size, with overview)" },
  { value: "a3", label: "A3 pages (true size, with overview)" },
  { value: "letter", label: "Letter pages (true size, with overview)" },
];

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
      const path = await backend.exportJourney(journeyId, format, { pages, scale });
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
        <h2 id="export-title">Export <span dir="auto">“{journeyName}”</span></h2>
        <fieldset className="formats" disabled={running}>
          <legend>Format</legend>
          {FORMATS.map((f, i) => (
            <label key={f.format} className={format === f.format ? "on" : ""}>
              <input ref={i === 0 ? first : undefined} type="radio" name="format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} />
              <b>{f.name}</b>
              <span>{f.what}</span>
            </label>
          ))}
        </fieldset>
        {format === "pdf" && (
          <label className="field">
            <span className="field-label">Pages</span>
            <select value={pages} disabled={running} onChange={(e) => setPages(e.target.value as PageSize)}>
              {PAGES.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </select>
          </label>
        )}
        {format === "png" && (
          <label className="field">
            <span className="field-label">Size</span>
            <select value={scale} disabled={running} onChange={(e) => setScale(Number(e.target.value))}>
              <option value={1}>1× (screen size)</option>
              <option value={2}>2× (sharp on high-resolution screens)</option>
              <option value={4}>4× (posters and print)</option>
            </select>
          </label>
        )}
        <div className="export-status" role="status" aria-live="polite">
          {state.kind === "running" && (
            <>
              <progress max={1} value={state.done} aria-label="Export progress" />
              <span>{Math.round(state.done * 100)}%</span>
            </>
          )}
          {state.kind === "finished" && <span className="ok">Saved to <b dir="auto">{state.path}</b></span>}
          {state.kind === "failed" && <span className="problem">{state.error.message}</span>}
        </div>
        <div className="actions">
          {running ? (
            <button type="button" onClick={() => void backend.cancelExport()}>Cancel export</button>
          ) : (
            <>
              <button type="button" onClick={onClose}>{state.kind === "finished" ? "Close" : "Cancel"}</button>
              <button type="button" className="primary" onClick={() => void start()}>Export…</button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
