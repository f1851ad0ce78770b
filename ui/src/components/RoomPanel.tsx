// "In this room", in the Share dialog: the studio accepts teammates on the same Wi-Fi directly,
// for a room without internet or team server. Open, it shows what a teammate types (the address
// and the short code), says whether nearby studios can find it, and offers the invitation itself
// (text and QR code) for those who would rather paste. The room closes with Stop or the window.
// The room itself is the shell's (journey-sync's room.rs).

import { useEffect, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { RoomView } from "../types";
import { useT } from "../i18n";
import { QrCode } from "./WorkshopPanel";

export function RoomPanel({ backend }: { backend: Backend }) {
  const { t, error: said } = useT();
  const [room, setRoom] = useState<RoomView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    backend.roomView().then((r) => live && setRoom(r)).catch(() => {});
    return () => { live = false; };
  }, [backend]);
  async function run(what: () => Promise<RoomView | null>) {
    setBusy(true);
    setError(null);
    try {
      setRoom(await what());
    } catch (err) {
      setError(said(toApiError(err)));
    } finally {
      setBusy(false);
    }
  }
  const start = () => run(() => backend.roomStart());
  const stop = () => run(async () => { await backend.roomStop(); return null; });
  return (
    <section className="room-panel" aria-labelledby="room-title">
      <h3 id="room-title">{t("room-title")}</h3>
      {!room && (
        <>
          <p className="share-explain">{t("room-explain")}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void start()}>{busy ? t("room-opening") : t("room-start")}</button>
          </div>
        </>
      )}
      {room && (
        <div className="room-open">
          <p className="share-explain">{t("room-open-explain")}</p>
          <dl className="room-typed">
            <dt>{t("room-address")}</dt>
            <dd className="room-address" dir="ltr">{room.address}</dd>
            <dt>{t("room-code")}</dt>
            <dd className="room-code" dir="ltr">{room.code}</dd>
          </dl>
          <p className="room-found">{room.advertised ? t("room-advertised", { name: room.name }) : t("room-not-advertised")}</p>
          {!room.onTeamServer && <p className="room-only">{t("room-only")}</p>}
          <details className="room-invitation">
            <summary>{t("room-invitation")}</summary>
            <textarea readOnly dir="ltr" rows={3} aria-label={t("room-invitation")} value={room.invitation.text} onFocus={(e) => e.currentTarget.select()} />
            {room.invitation.qr && <QrCode qr={room.invitation.qr} label={t("room-invitation")} />}
          </details>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void stop()}>{t("room-stop")}</button>
          </div>
        </div>
      )}
      {error && <p className="share-error" role="alert">{error}</p>}
    </section>
  );
}
