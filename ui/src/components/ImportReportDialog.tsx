// The import report after File > Import...: what the file held that did not come in as written
// (a scale assumed, lane kinds guessed, fields with no home). The sentences are the importer's
// (journey-export), the same ones `journey import` prints.

import { useEffect, useRef } from "react";
import { useT } from "../i18n";

export function ImportReportDialog({ notes, onClose }: { notes: string[]; onClose(): void }) {
  const { t } = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog import-report" role="dialog" aria-modal="true" aria-labelledby="import-report-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="import-report-title">{t("import-report-title")}</h2>
        <p>{t("import-report-intro")}</p>
        {/* The importer writes English; the list keeps its direction in a right-to-left window.
            A long report scrolls inside the dialog, so its title and Close button stay in view. */}
        <ul dir="ltr" style={{ maxHeight: "60vh", overflowY: "auto" }}>
          {notes.map((n, i) => <li key={i}>{n}</li>)}
        </ul>
        <div className="actions"><button ref={close} type="button" onClick={onClose}>{t("close")}</button></div>
      </div>
    </div>
  );
}
