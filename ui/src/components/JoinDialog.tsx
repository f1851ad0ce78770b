// File > Join a Shared Workspace…: the invitation a teammate sent, pasted; or a room nearby (a
// teammate's studio accepting the room on this Wi-Fi), picked from those heard on the network or
// typed as the address its host shows, with the room's code. Either way the shell asks where the
// new file goes, makes it, syncs it once and opens it in a window of its own.

import { useEffect, useRef, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { NearbyRoom } from "../types";
import { useT } from "../i18n";

/** How often the rooms heard on the network are asked for while the dialog is open. */
const NEARBY_EVERY_MS = 2000;

export function JoinDialog({ backend, onClose }: { backend: Backend; onClose(): void }) {
  const { t, error: said } = useT();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rooms, setRooms] = useState<NearbyRoom[]>([]);
  const [address, setAddress] = useState("");
  const [code, setCode] = useState("");
  const [roomError, setRoomError] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  const codeField = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const ask = () => backend.roomsNearby().then((r) => live && setRooms(r)).catch(() => {});
    void ask();
    const every = window.setInterval(() => void ask(), NEARBY_EVERY_MS);
    return () => { live = false; window.clearInterval(every); };
  }, [backend]);
  async function attempt(what: () => Promise<string | null>, fail: (m: string | null) => void) {
    setBusy(true);
    fail(null);
    try {
      const path = await what();
      if (path) onClose();
    } catch (err) {
      fail(said(toApiError(err)));
    } finally {
      setBusy(false);
    }
  }
  function join(e: React.FormEvent) {
    e.preventDefault();
    void attempt(() => backend.joinWorkspace(text.trim()), setError);
  }
  function joinRoom(e: React.FormEvent) {
    e.preventDefault();
    void attempt(() => backend.joinRoom(address.trim(), code.trim()), setRoomError);
  }
  function pick(room: NearbyRoom) {
    setAddress(room.address);
    codeField.current?.focus();
  }
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog join" role="dialog" aria-modal="true" aria-labelledby="join-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="join-title">{t("shared-join-title")}</h2>
        <p className="share-explain">{t("shared-join-explain")}</p>
        <form onSubmit={join}>
          <label className="field">
            <span className="field-label">{t("shared-join-invitation")}</span>
            <textarea ref={first} dir="ltr" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          {error && <p className="share-error" role="alert">{error}</p>}
          <div className="actions">
            <button type="submit" disabled={busy || text.trim() === ""}>{busy ? t("shared-join-joining") : t("shared-join-start")}</button>
          </div>
        </form>
        <section className="join-room" aria-labelledby="join-room-title">
          <h3 id="join-room-title">{t("join-room-title")}</h3>
          <p className="share-explain">{t("join-room-explain")}</p>
          {rooms.length === 0
            ? <p className="rooms-none">{t("join-room-none")}</p>
            : (
              <ul className="rooms-nearby" aria-label={t("join-room-nearby")}>
                {rooms.map((r) => (
                  <li key={`${r.address} ${r.name}`}>
                    <button type="button" aria-pressed={address === r.address} onClick={() => pick(r)}>
                      <span className="room-name">{r.name}</span>
                      <span className="room-where" dir="ltr">{r.host} · {r.address}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          <form onSubmit={joinRoom} className="join-room-form">
            <label className="field">
              <span className="field-label">{t("join-room-address")}</span>
              <input type="text" dir="ltr" inputMode="url" autoComplete="off" spellCheck={false} value={address} onChange={(e) => setAddress(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">{t("join-room-code")}</span>
              <input ref={codeField} className="room-code-field" type="text" dir="ltr" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12}
                value={code} onChange={(e) => setCode(e.target.value)} />
            </label>
            {roomError && <p className="share-error" role="alert">{roomError}</p>}
            <div className="actions">
              <button type="submit" disabled={busy || address.trim() === "" || code.trim() === ""}>{busy ? t("shared-join-joining") : t("join-room-start")}</button>
            </div>
          </form>
        </section>
        <div className="actions">
          <button type="button" onClick={onClose}>{t("shared-join-close")}</button>
        </div>
      </div>
    </div>
  );
}
