// Running a workshop from the window: start a session (participants join from their own
// browsers with the link, the QR code or the short code), open lanes for their cards, private
// mode and reveal, dot votes, the timer, lock, "follow me", and the session's record.

import { useCallback, useEffect, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../editor/useEditor";
import type { ApiError, Id, Journey, WorkshopAction, WorkshopQr, WorkshopRecordLine, WorkshopSession, WorkshopTimer } from "../types";

interface Props {
  backend: Backend;
  journey: Journey;
  /** The stage the facilitator is showing (presentation view), offered to "follow me". */
  shownStage: Id | null;
  onError(e: ApiError): void;
}

function QrCode({ qr }: { qr: WorkshopQr }) {
  const quiet = 2;
  const n = qr.size + quiet * 2;
  const d = qr.rows.flatMap((row, y) => [...row].map((m, x) => (m === "1" ? `M${x + quiet} ${y + quiet}h1v1h-1z` : ""))).join("");
  return (
    <svg className="qr" viewBox={`0 0 ${n} ${n}`} role="img" aria-label="QR code of the join link" shapeRendering="crispEdges">
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
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const [record, setRecord] = useState<WorkshopRecordLine[]>([]);
  const [loopback, setLoopback] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
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
  const text = (id: Id) => journey.cards.find((c) => c.id === id)?.text ?? "(removed card)";

  if (!session) {
    return (
      <aside className="inspector workshop-panel" aria-label="Workshop">
        <section className="inspector-section">
          <h3>Workshop</h3>
          <p className="hint">
            Run the session from here. Participants on the same Wi-Fi open a link (or scan a QR code) in any browser, enter
            their name and a short code, and add cards, vote and see the timer. No account and no internet needed.
          </p>
          <label className="field check"><input type="checkbox" checked={loopback} onChange={(e) => setLoopback(e.target.checked)} /> This computer only (to try it out)</label>
          <div className="actions"><button type="button" className="primary" onClick={() => void start()}>Start session</button></div>
        </section>
        {record.length > 0 && <Record record={record} />}
      </aside>
    );
  }

  const { settings, vote, timer, participants, code } = session.session;
  const tally = vote ? [...vote.tally].sort((a, b) => b[1] - a[1]) : [];
  return (
    <aside className="inspector workshop-panel" aria-label="Workshop">
      <section className="inspector-section join-info">
        <h3>Join</h3>
        <div className="join-code" aria-label="Join code">{code}</div>
        <a className="join-url" href={session.url} onClick={(e) => e.preventDefault()}>{session.url}</a>
        {session.qr && <QrCode qr={session.qr} />}
        <p className="hint">{participants.length} participant{participants.length === 1 ? "" : "s"}</p>
        <ul className="participants">
          {participants.map((p) => (
            <li key={p.id}><span dir="auto">{p.name}</span> <button type="button" className="link" onClick={() => void act({ type: "remove", participant: p.id })}>Remove</button></li>
          ))}
        </ul>
      </section>

      <section className="inspector-section">
        <h3>Cards from participants</h3>
        <fieldset className="open-lanes">
          <legend className="field-label">Lanes open for cards</legend>
          {lanes.map((l) => (
            <label key={l.id} className="field check">
              <input type="checkbox" checked={settings.openLanes.includes(l.id)} onChange={(e) =>
                void act({ type: "openLanes", lanes: e.target.checked ? [...settings.openLanes, l.id] : settings.openLanes.filter((x) => x !== l.id) })} />
              <span dir="auto">{l.name}</span>
            </label>
          ))}
        </fieldset>
        <label className="field check"><input type="checkbox" checked={settings.privateMode} onChange={(e) => void act({ type: "privateMode", on: e.target.checked })} /> Private mode: new cards stay hidden until revealed</label>
        <div className="row">
          <button type="button" onClick={() => void act({ type: "reveal", anonymous })}>Reveal private cards</button>
          <label className="field check"><input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> anonymously</label>
        </div>
        <label className="field check"><input type="checkbox" checked={settings.locked} onChange={(e) => void act({ type: "lock", on: e.target.checked })} /> Lock the board</label>
        <label className="field check"><input type="checkbox" checked={settings.follow !== null} disabled={!shownStage && settings.follow === null}
          onChange={(e) => void act({ type: "follow", stage: e.target.checked ? shownStage : null })} /> Participants follow my stage</label>
      </section>

      <section className="inspector-section">
        <h3>Dot vote</h3>
        {vote ? (
          <>
            <p className="hint">{vote.voters} voted · {vote.dots} dots each</p>
            <ol className="tally">
              {tally.map(([card, n]) => <li key={card}><b>{n}</b> <span dir="auto">{text(card)}</span></li>)}
            </ol>
            <button type="button" className="primary" onClick={() => void act({ type: "closeVote" })}>Close vote and save results</button>
          </>
        ) : (
          <div className="row wrap">
            <select aria-label="Cards to vote on" value={voteLane} onChange={(e) => setVoteLane(e.target.value)}>
              <option value="">The whole map</option>
              {lanes.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
            <label className="field inline">Dots <input type="number" min={1} max={20} value={dots} onChange={(e) => setDots(Number(e.target.value))} /></label>
            <button type="button" onClick={() => void act({ type: "openVote", lane: voteLane || null, dots })}>Open vote</button>
          </div>
        )}
      </section>

      <section className="inspector-section">
        <h3>Timer</h3>
        <div className="row wrap">
          <Countdown timer={timer} />
          <label className="field inline">Minutes <input type="number" min={0.5} max={240} step={0.5} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} /></label>
          <button type="button" onClick={() => void act({ type: "setTimer", minutes })}>Set</button>
          {timer.endsAt ? <button type="button" onClick={() => void act({ type: "pauseTimer" })}>Pause</button>
            : <button type="button" disabled={timer.remainingMs === 0} onClick={() => void act({ type: "startTimer" })}>Start</button>}
          <button type="button" disabled={timer.durationMs === 0} onClick={() => void act({ type: "extendTimer", minutes: 1 })}>+1 min</button>
        </div>
      </section>

      <section className="inspector-section">
        <button type="button" className="danger" onClick={() => void backend.workshopEnd().then(refresh, (e) => onError(toApiError(e)))}>End session</button>
      </section>
      <Record record={record} />
    </aside>
  );
}

function Record({ record }: { record: WorkshopRecordLine[] }) {
  return (
    <section className="inspector-section">
      <details>
        <summary>Session record ({record.length})</summary>
        <ol className="record">
          {record.slice(-200).map(([at, who, what], i) => <li key={i}><time>{at.slice(11, 16)}</time> <b dir="auto">{who}</b> <span dir="auto">{what}</span></li>)}
        </ol>
      </details>
    </section>
  );
}
