// Merging a copy of the workspace, from the page's side: ask the shell to merge (it picks the
// file), reload what the window shows, keep the report for the dialog, and keep the open
// journey's list of what the merge left to decide current as the user decides it.

import { useCallback, useEffect, useRef, useState } from "react";
import type { Backend } from "../backend";
import type { ApiError, Id, MergeReport, RepairNote } from "../types";
import { toApiError } from "./useEditor";

export interface Merge {
  /** What the open journey still needs decided (empty normally). */
  repairs: RepairNote[];
  /** The last merge's report while its dialog is open; null: the dialog shows the open journey only. */
  report: MergeReport | null;
  open: boolean;
  mergeCopy(): Promise<void>;
  /** Opens the dialog on what the open journey needs decided (the top bar's notice). */
  showDecisions(): void;
  close(): void;
}

export function useMerge(
  backend: Backend,
  journeyId: Id | null,
  /** The open journey's revision: the list is asked for again after each change while it is not empty. */
  revision: number | undefined,
  /** Changes when the workspace reloads (after a merge too). */
  refreshKey: unknown,
  onJourneysChanged: () => Promise<void>,
  onError: (e: ApiError) => void,
): Merge {
  const [repairs, setRepairs] = useState<RepairNote[]>([]);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [open, setOpen] = useState(false);
  // An answer for a journey no longer open is dropped.
  const current = useRef(journeyId);
  current.current = journeyId;

  const load = useCallback(async () => {
    const asked = journeyId;
    if (!asked) return setRepairs([]);
    try {
      const list = await backend.journeyRepairs(asked);
      if (current.current === asked) setRepairs(list);
    } catch {
      // Not knowing what needs a decision is no reason to interrupt the user; the map is right.
      if (current.current === asked) setRepairs([]);
    }
  }, [backend, journeyId]);

  // Another journey starts with nothing to decide until the store says; the same journey keeps
  // its list while the workspace reloads (a merge seeds it from its report, below), so the
  // dialog never says "all decided" just because the store has not answered yet.
  const listed = useRef(journeyId);
  useEffect(() => {
    if (listed.current !== journeyId) {
      listed.current = journeyId;
      setRepairs([]);
    }
    void load();
  }, [load, refreshKey, journeyId]);

  // A teammate's changes that came by live sync are repaired as a merge's: what needs a decision
  // in the open journey comes with them.
  useEffect(() => {
    const off = backend.onSyncReceived((r) => {
      if (r.journey && r.journey === current.current && r.repairs.length > 0) setRepairs(r.repairs);
    });
    return () => { void off.then((f) => f()); };
  }, [backend]);

  // Only a merge (or a sync) makes items to decide (every edit is validated), so after an edit there is
  // something to ask only while something was left: no extra call per edit otherwise.
  const pending = repairs.length > 0;
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    if (pending) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);

  const mergeCopy = useCallback(async () => {
    try {
      const answer = await backend.mergeCopy();
      if (!answer) return; // the dialog was closed
      // What the open journey needs decided now is in the report, until the store is asked again.
      const mine = answer.journeys.find((j) => j.id === current.current);
      if (mine) setRepairs(mine.removed ? [] : mine.repairs);
      // The simplest correct thing: the journey list and the open journey are loaded again.
      await onJourneysChanged();
      setReport(answer);
      setOpen(true);
    } catch (e) {
      onError(toApiError(e));
    }
  }, [backend, onJourneysChanged, onError]);

  return {
    repairs,
    report: open ? report : null,
    open,
    mergeCopy,
    showDecisions: useCallback(() => { setReport(null); setOpen(true); }, []),
    close: useCallback(() => { setOpen(false); setReport(null); }, []),
  };
}
