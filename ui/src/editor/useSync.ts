// Live sync as the window shows it: the connection's state (null when the workspace is not
// shared), who else is in the open journey, and telling them where we are (the open journey and
// the selection) whenever that changes. The shell does the syncing; this only listens and says.

import { useEffect, useState } from "react";
import type { Backend } from "../backend";
import type { Id, InJourney, Peer, SyncStatus } from "../types";
import type { Selection } from "./useEditor";

export interface SyncView {
  status: SyncStatus | null;
  /** Teammates in the open journey now. */
  peers: Peer[];
}

function selected(selection: Selection): Id[] {
  if (!selection) return [];
  if (selection.kind === "cards") return selection.ids;
  if (selection.kind === "stage" || selection.kind === "lane") return [selection.id];
  return [];
}

export function useSync(backend: Backend, journeyId: Id | null, selection: Selection): SyncView {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [presence, setPresence] = useState<InJourney | null>(null);
  useEffect(() => {
    let live = true;
    const ask = () => backend.syncStatus().then((s) => live && s && setStatus(s)).catch(() => {});
    void ask();
    const offStatus = backend.onSyncStatus((s) => setStatus(s));
    const offPresence = backend.onSyncPresence((p) => setPresence(p));
    // Asked again once listening, and now and then: the shell starts syncing on its own thread,
    // so its first events can come before the page listens, and a missed one is not sent again.
    void offStatus.then(() => ask());
    const every = window.setInterval(() => void ask(), 3000);
    return () => {
      live = false;
      window.clearInterval(every);
      void offStatus.then((f) => f());
      void offPresence.then((f) => f());
    };
  }, [backend]);
  const ids = selected(selection);
  const key = ids.join(",");
  // Said whether or not the workspace is shared yet: the shell keeps it for a sync that starts.
  useEffect(() => {
    backend.syncFocus(journeyId, ids).catch(() => {});
    // `key` stands for `ids`: a new array of the same selection is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend, journeyId, key]);
  // Asked now and then too: a teammate who stays put is not announced again.
  const shared = status !== null;
  useEffect(() => {
    if (!shared || !journeyId) return;
    let live = true;
    const ask = () => backend.syncPeers(journeyId).then((peers) => live && setPresence({ journey: journeyId, peers })).catch(() => {});
    void ask();
    const every = window.setInterval(() => void ask(), 3000);
    return () => { live = false; window.clearInterval(every); };
  }, [backend, journeyId, shared]);
  const peers = presence && presence.journey === journeyId ? presence.peers : [];
  return { status, peers };
}
