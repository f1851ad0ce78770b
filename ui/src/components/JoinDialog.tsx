// File > Join a Shared Workspace…: the invitation a teammate sent, pasted; the shell asks where
// the new file goes, makes it, syncs it once and opens it in a window of its own.

import { useEffect, useRef, useState } from "react";
import type { Backend } from "../backend";
import { BackendError } from "../backend";
import { useT } from "../i18n";

export function JoinDialog({ backend, onClose }: { backend: Backend; onClose(): void }) {
  const { t } = useT();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  async function join(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const path = await backend.joinWorkspace(text.trim());
      if (path) onClose();
    } catch (err) {
      setError(err instanceof BackendError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog join" role="dialog" aria-modal="true" aria-labelledby="join-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="join-title">{t("shared-join-title")}</h2>
        <p className="share-explain">{t("shared-join-explain")}</p>
        <form onSubmit={(e) => void join(e)}>
          <label className="field">
            <span className="field-label">{t("shared-join-invitation")}</span>
            <textarea ref={first} dir="ltr" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          {error && <p className="share-error" role="alert">{error}</p>}
          <div className="actions">
            <button type="submit" disabled={busy || text.trim() === ""}>{busy ? t("shared-join-joining") : t("shared-join-start")}</button>
            <button type="button" onClick={onClose}>{t("shared-join-close")}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
