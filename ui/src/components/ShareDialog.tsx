// File > Share This Workspace…: shares the workspace on the team's server and shows the
// invitation teammates join with (the line to send, and its QR code). A workspace shared already
// shows its invitation at once. Below, the room (RoomPanel): teammates on the same Wi-Fi sync
// with this studio directly. The sharing itself is the shell's (journey-sync).

import { useEffect, useRef, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { SharedInvitation } from "../types";
import { useT } from "../i18n";
import { QrCode } from "./WorkshopPanel";
import { RoomPanel } from "./RoomPanel";

export function ShareDialog({ backend, onClose }: { backend: Backend; onClose(): void }) {
  const { t, error: said } = useT();
  const [invitation, setInvitation] = useState<SharedInvitation | null>(null);
  const [server, setServer] = useState("");
  const [fingerprint, setFingerprint] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    backend.sharedInvitation().then((i) => {
      if (!live) return;
      setInvitation(i);
      if (i) setServer(i.server);
    }).catch(() => {});
    first.current?.focus();
    return () => { live = false; };
  }, [backend]);
  async function share(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setInvitation(await backend.shareWorkspace(server.trim(), fingerprint.trim() || undefined));
    } catch (err) {
      setError(said(toApiError(err)));
    } finally {
      setBusy(false);
    }
  }
  async function copy() {
    if (!invitation) return;
    await navigator.clipboard?.writeText(invitation.text).catch(() => {});
    setCopied(true);
  }
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog share" role="dialog" aria-modal="true" aria-labelledby="share-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="share-title">{t("share-title")}</h2>
        <p className="share-explain">{t("share-explain")}</p>
        <form onSubmit={(e) => void share(e)}>
          <label className="field">
            <span className="field-label">{t("share-server")}</span>
            <input ref={first} type="text" inputMode="url" dir="ltr" value={server} required onChange={(e) => setServer(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t("share-fingerprint")}</span>
            <input type="text" dir="ltr" value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} />
          </label>
          {error && <p className="share-error" role="alert">{error}</p>}
          <div className="actions">
            <button type="submit" disabled={busy || server.trim() === ""}>{busy ? t("share-sharing") : t("share-start")}</button>
          </div>
        </form>
        {invitation && (
          <div className="share-invitation">
            <label className="field">
              <span className="field-label">{t("share-invitation")}</span>
              <textarea readOnly dir="ltr" rows={3} value={invitation.text} onFocus={(e) => e.currentTarget.select()} />
            </label>
            {invitation.qr && <QrCode qr={invitation.qr} label={t("share-invitation")} />}
            <div className="actions">
              <button type="button" onClick={() => void copy()}>{copied ? t("share-copied") : t("share-copy")}</button>
            </div>
          </div>
        )}
        <RoomPanel backend={backend} />
        <div className="actions"><button type="button" onClick={onClose}>{t("share-close")}</button></div>
      </div>
    </div>
  );
}
