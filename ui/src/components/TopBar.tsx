// The bar above the map: journey name and goal, persona, the journeys menu and the file.

import { useEffect, useMemo } from "react";
import type { JourneyView, Peer, SyncStatus, WorkspaceInfo } from "../types";
import { useT } from "../i18n";

interface Props {
  info: WorkspaceInfo;
  view: JourneyView | null;
  /** The journeys menu (switch, new, duplicate, rename, delete). */
  menu: React.ReactNode;
  /** How many items a merge left to decide in the open journey; the notice opens them. */
  decisions: number;
  onDecisions(): void;
  /** Live sync: the connection (null: not shared) and who else is in this journey. */
  sync?: { status: SyncStatus | null; peers: Peer[] };
}

/** The connection's state in a few words; the full sentence (why, what to do) is its title. */
function SyncBadge({ status, peers }: { status: SyncStatus; peers: Peer[] }) {
  const l = useT();
  const { t } = l;
  const label = status.state === "connected"
    ? (status.pending > 0 ? t("sync-pending", { count: status.pending }) : t("sync-connected"))
    : t(`sync-${status.state}`);
  // Why, in the window's language (the catalogs' message; the English sentence for one not yet
  // translated).
  const sentence = status.state === "offline" || status.state === "failed"
    ? l.error({ message: status.sentence, id: status.said?.id, args: status.said?.args })
    : undefined;
  return (
    <div className={`sync sync-${status.state}`} role="status" title={sentence}>
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-label">{label}</span>
      {peers.length > 0 && (
        <span className="peers" aria-label={t("sync-here", { count: peers.length })}>
          {peers.map((p) => (
            <span key={p.session} className="peer" style={{ background: p.colour }} title={p.name} dir="auto">{p.name.slice(0, 1)}</span>
          ))}
        </span>
      )}
    </div>
  );
}

export function TopBar({ info, view, menu, decisions, onDecisions, sync }: Props) {
  const j = view?.journey;
  const { t } = useT();
  // The page's title is the native window's (the shell writes both from one place); window
  // lists and assistive technology read this one.
  const title = info.title;
  useEffect(() => {
    document.title = title;
  }, [title]);
  const persona = j?.personas[0];
  // Counted once per change of the cards (a patch keeps the list when no card changed).
  const cards = j?.cards;
  const kinds = useMemo(() => cards && {
    touchpoints: cards.filter((c) => c.body.kind === "touchpoint").length,
    pains: cards.filter((c) => c.body.kind === "painPoint").length,
  }, [cards]);
  const counts = j && kinds && { stages: j.stages.length, ...kinds };
  const toDecide = t("merge-to-decide", { count: decisions });
  return (
    <header className="topbar">
      <div className="brand" aria-hidden="true">
        <svg viewBox="0 0 32 32" width="26" height="26">
          <rect x="1" y="1" width="30" height="30" rx="7" fill="#1f4e8c" />
          <polyline points="6,20 11,13 16,19 21,23 26,11" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinejoin="round" strokeLinecap="round" />
        </svg>
      </div>
      <div className="title-block">
        <h1 className="journey-name" dir="auto">{j?.name ?? t("app-name")}</h1>
        {j?.goal && <p className="journey-goal" dir="auto">{j.goal}</p>}
      </div>
      {persona && (
        <div className="persona" title={persona.quote}>
          <span className="avatar" style={{ background: persona.color || "#2f6fde" }}>{persona.name.slice(0, 1)}</span>
          <span className="persona-text">
            <strong dir="auto">{persona.name}</strong>
            <span dir="auto">{persona.role}{persona.valueType ? ` · ${t(`persona-value-${persona.valueType}`)}` : ""}</span>
          </span>
        </div>
      )}
      {counts && (
        <div className="counts" aria-label={t("journey-summary")}>
          <span>{t("count-stages", { count: counts.stages })}</span>
          <span>{t("count-touchpoints", { count: counts.touchpoints })}</span>
          <span>{t("count-pains", { count: counts.pains })}</span>
        </div>
      )}
      <div className="spacer" />
      {/* Stays until every item is decided, so a merge's loose ends are not forgotten. */}
      {decisions > 0 && (
        <button type="button" className="merge-decisions" aria-haspopup="dialog" title={toDecide} onClick={onDecisions}>{toDecide}</button>
      )}
      {sync?.status && <SyncBadge status={sync.status} peers={sync.peers} />}
      {menu}
      <div className="file" title={info.path}>
        <span className="file-name">{info.fileName}</span>
        <span className="file-state">{info.readOnly ? t("file-read-only") : t("file-saved")}</span>
      </div>
    </header>
  );
}
