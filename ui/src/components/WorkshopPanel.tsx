// Running a workshop from the window: start a session (participants join from their own
// browsers with the link, the QR code or the short code), open lanes for their cards, private
// mode and reveal, dot votes, the timer, lock, "follow me", and the session's record.

import { useCallback, useEffect, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import { useT } from "../i18n";
import type { ApiError, Id, Journey, WorkshopAction, WorkshopQr, WorkshopRecordLine, WorkshopSession, WorkshopTimer } from "../types";

interface Props {
  backend: Backend;
  journey: Journey;
  /** The stage the facilitator is showing (presentation view), offered to "follow me". */
  shownStage: Id | null;
  onError(e: ApiError): void;
}

/** A QR code drawn from its modules (made in Rust, offline); `label` names it for screen readers. */
export function QrCode({ qr, label }: { qr: WorkshopQr; label?: string }) {
  const { t } = useT();
  const quiet = 2;
  const n = qr.size + quiet * 2;
  const d = qr.rows.flatMap((row, y) => [...row].map((m, x) => (m === "1" ? `M${x + quiet} ${y + quiet}h1v1h-1z` : ""))).join("");
  return (
    <svg className="qr" viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label ?? t("workshop-qr")} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

export function Countdown({ timer }: { timer: WorkshopTimer }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!timer.endsAt) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [timer.endsAt]);
  const left = timer.endsAt ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
  const s = Math.ceil(left / 1000);
  const ended = timer.endsAt !== null && left === 0;
  useEffect(() => { if (ended) chime(); }, [ended]);
  return <span className={`countdown${left === 0 && timer.durationMs > 0 ? " done" : ""}`} aria-live="polite">{Math.floor(s / 60)}:{String(s % 60).padStart(2, "0")}</span>;
}

/** A short, soft tone made here (no sound file, works offline) when the timer runs out. */
function chime() {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 1.2);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 1.3);
  } catch {
    // No audio device: the countdown still turns red.
  }
}

export function WorkshopPanel({ backend, journey, shownStage, onError }: Props) {
  const { t, number } = useT();
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const [record, setRecord] = useState<WorkshopRecordLine[]>([]);
  const [loopback, setLoopback] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [banDevice, setBanDevice] = useState(false);
  const [voteLane, setVoteLane] = useState<string>("");
  const [dots, setDots] = useState(3);
  const [minutes, setMinutes] = useState(5);

  const refresh = useCallback(async () => {
    try {
      setSession(await backend.workshopView());
      setRecord(await backend.workshopRecord(journey.id));
    } catch (e) {
      onError(toApiError(e));
    }
  }, [backend, journey.id, onError]);

  useEffect(() => {
    void refresh();
    const unlisten = backend.onWorkshopChanged(() => void refresh());
    return () => void unlisten.then((f) => f());
  }, [backend, refresh]);

  const act = async (action: WorkshopAction) => {
    try {
      await backend.workshopAct(action);
      await refresh();
    } catch (e) {
      onError(toApiError(e));
    }
  };

  const start = async () => {
    try {
      // The session starts with the pain-point lanes open to participants (journey-workshop).
      setSession(await backend.workshopStart(journey.id, loopback));
    } catch (e) {
      onError(toApiError(e));
    }
  };

  const lanes = [...journey.lanes].sort((a, b) => a.rank - b.rank).filter((l) => l.kind !== "emotions");
  const text = (id: Id) => journey.cards.find((c) => c.id === id)?.text ?? t("card-removed");

  if (!session) {
    return (
      <aside className="inspector workshop-panel" aria-label={t("panel-workshop")}>
        <section className="inspector-section">
          <h3>{t("panel-workshop")}</h3>
          <p className="hint">{t("workshop-intro")}</p>
          <label className="field check"><input type="checkbox" checked={loopback} onChange={(e) => setLoopback(e.target.checked)} /> {t("workshop-loopback")}</label>
          <div className="actions"><button type="button" className="primary" onClick={() => void start()}>{t("workshop-start")}</button></div>
        </section>
        {record.length > 0 && <Record record={record} />}
      </aside>
    );
  }

  const { settings, vote, timer, participants, code } = session.session;
  const tally = vote ? [...vote.tally].sort((a, b) => b[1] - a[1]) : [];
  return (
    <aside className="inspector workshop-panel" aria-label={t("panel-workshop")}>
      <section className="inspector-section join-info">
        <h3>{t("workshop-join")}</h3>
        <div className="join-code-row">
          <div className="join-code" aria-label={t("workshop-join-code")}>{code}</div>
          <button type="button" title={t("workshop-new-code-title")} onClick={() => void act({ type: "rotateCode" })}>{t("workshop-new-code")}</button>
        </div>
        <a className="join-url" href={session.url} onClick={(e) => e.preventDefault()}>{session.url}</a>
        {session.qr && <QrCode qr={session.qr} />}
        <p className="hint">{t("workshop-participants", { count: participants.length })}</p>
        <ul className="participants">
          {participants.map((p) => (
            <li key={p.id}>
              <span className="participant-name" dir="auto">{p.name}</span>
              {/* Together at the row's end, so each row's actions read as that person's. */}
              <span className="participant-actions">
                <button type="button" className="link" onClick={() => void act({ type: "remove", participant: p.id })}>{t("workshop-remove")}</button>
                <button type="button" className="link" title={t("workshop-ban-title", { name: p.name })} onClick={() => void act({ type: "ban", participant: p.id, address: banDevice })}>{t("workshop-ban")}</button>
              </span>
            </li>
          ))}
        </ul>
        {participants.length > 0 && (
          <label className="field check"><input type="checkbox" checked={banDevice} onChange={(e) => setBanDevice(e.target.checked)} /> {t("workshop-ban-device")}</label>
        )}
      </section>

      <section className="inspector-section">
        <h3>{t("workshop-cards")}</h3>
        <fieldset className="open-lanes">
          <legend className="field-label">{t("workshop-open-lanes")}</legend>
          {lanes.map((l) => (
            <label key={l.id} className="field check">
              <input type="checkbox" checked={settings.openLanes.includes(l.id)} onChange={(e) =>
                void act({ type: "openLanes", lanes: e.target.checked ? [...settings.openLanes, l.id] : settings.openLanes.filter((x) => x !== l.id) })} />
              <span dir="auto">{l.name}</span>
            </label>
          ))}
        </fieldset>
        <label className="field check"><input type="checkbox" checked={settings.privateMode} onChange={(e) => void act({ type: "privateMode", on: e.target.checked })} /> {t("workshop-private")}</label>
        <div className="row">
          <button type="button" onClick={() => void act({ type: "reveal", anonymous })}>{t("workshop-reveal")}</button>
          <label className="field check"><input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t("workshop-anonymously")}</label>
        </div>
        <label className="field check"><input type="checkbox" checked={settings.locked} onChange={(e) => void act({ type: "lock", on: e.target.checked })} /> {t("workshop-lock")}</label>
        <label className="field check"><input type="checkbox" checked={settings.follow !== null} disabled={!shownStage && settings.follow === null}
          onChange={(e) => void act({ type: "follow", stage: e.target.checked ? shownStage : null })} /> {t("workshop-follow")}</label>
      </section>

      <section className="inspector-section">
        <h3>{t("workshop-vote")}</h3>
        {vote ? (
          <>
            <p className="hint">{t("workshop-vote-status", { voters: vote.voters, dots: vote.dots })}</p>
            <ol className="tally">
              {tally.map(([card, n]) => <li key={card}><b>{number(n)}</b> <span dir="auto">{text(card)}</span></li>)}
            </ol>
            <button type="button" className="primary" onClick={() => void act({ type: "closeVote" })}>{t("workshop-vote-close")}</button>
          </>
        ) : (
          <div className="row wrap">
            <select aria-label={t("workshop-vote-cards")} value={voteLane} onChange={(e) => setVoteLane(e.target.value)}>
              <option value="">{t("workshop-vote-whole-map")}</option>
              {lanes.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
            <label className="field inline">{t("workshop-dots")} <input type="number" min={1} max={20} value={dots} onChange={(e) => setDots(Number(e.target.value))} /></label>
            <button type="button" onClick={() => void act({ type: "openVote", lane: voteLane || null, dots })}>{t("workshop-vote-open")}</button>
          </div>
        )}
      </section>

      <section className="inspector-section">
        <h3>{t("workshop-timer")}</h3>
        <div className="row wrap">
          <Countdown timer={timer} />
          <label className="field inline">{t("workshop-minutes")} <input type="number" min={0.5} max={240} step={0.5} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} /></label>
          <button type="button" onClick={() => void act({ type: "setTimer", minutes })}>{t("workshop-timer-set")}</button>
          {timer.endsAt ? <button type="button" onClick={() => void act({ type: "pauseTimer" })}>{t("workshop-timer-pause")}</button>
            : <button type="button" disabled={timer.remainingMs === 0} onClick={() => void act({ type: "startTimer" })}>{t("workshop-timer-start")}</button>}
          <button type="button" disabled={timer.durationMs === 0} onClick={() => void act({ type: "extendTimer", minutes: 1 })}>{t("workshop-timer-extend")}</button>
        </div>
      </section>

      <section className="inspector-section">
        <button type="button" className="danger" onClick={() => void backend.workshopEnd().then(refresh, (e) => onError(toApiError(e)))}>{t("workshop-end")}</button>
      </section>
      <Record record={record} />
    </aside>
  );
}

function Record({ record }: { record: WorkshopRecordLine[] }) {
  const { t } = useT();
  return (
    <section className="inspector-section">
      <details>
        <summary>{t("workshop-record", { count: record.length })}</summary>
        <ol className="record">
          {record.slice(-200).map(([at, who, what], i) => <li key={i}><time>{at.slice(11, 16)}</time> <b dir="auto">{who}</b> <span dir="auto">{what}</span></li>)}
        </ol>
      </details>
    </section>
  );
}
