// The import report after File > Import...: what the file held that did not come in as written
// (a scale assumed, lane kinds guessed, fields with no home). The notes are the importer's
// (journey-export), the same ones `journey import` prints, sent as catalog messages and said
// here in the window's language.

import { useEffect, useRef } from "react";
import { useT } from "../i18n";
import type { Said } from "../types";

export function ImportReportDialog({ notes, onClose }: { notes: Said[]; onClose(): void }) {
  const l = useT();
  const { t } = l;
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog import-report" role="dialog" aria-modal="true" aria-labelledby="import-report-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="import-report-title">{t("import-report-title")}</h2>
        <p>{t("import-report-intro")}</p>
        {/* A long report scrolls inside the dialog, so its title and Close button stay in view. */}
        <ul style={{ maxHeight: "60vh", overflowY: "auto" }}>
          {notes.map((n, i) => <li key={i}>{l.said(n)}</li>)}
        </ul>
        <div className="actions"><button ref={close} type="button" onClick={onClose}>{t("close")}</button></div>
      </div>
    </div>
  );
}
