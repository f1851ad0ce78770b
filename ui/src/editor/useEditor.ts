// The editing session of one journey: the current view, the selection, and the one path by
// which anything changes: build an Edit, send it to the store with the revision it was made
// against, and apply the store's answer (a `Change`) to the view held. Changes made outside the
// page (workshop guests, later teammates) arrive as `journey-changed` events and take the same
// path (`receive`). The whole journey is loaded only on opening or switching journeys, and when
// a change does not fit the revision held (logged). Errors come back as readable notices.

import { announce } from "../components/Announcer";
import { useT } from "../i18n";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { BackendError, type Backend } from "../backend";
import { loadFacesFor } from "../fonts";
import type { ApiError, Applied, Edit, Id, JourneyView, Said } from "../types";
import { applyChange, ChangeDoesNotFit } from "./patch";

export type Selection =
  | { kind: "cards"; ids: Id[] }
  | { kind: "stage"; id: Id }
  | { kind: "lane"; id: Id }
  | { kind: "journey" }
  | null;

/** What `make bench-edit` sets and reads in the real window (tests/e2e/bench-edit.mjs). */
interface BenchHooks {
  fullReload?: boolean;
  /** When the last edit was sent and answered, and when the view it gave was committed. */
  sentAt?: number;
  answeredAt?: number;
  painted?: { revision: number; at: number; committedAt: number; frameAt: number };
}
function benchHooks(): BenchHooks {
  const g = globalThis as { __journeyBench?: BenchHooks };
  return (g.__journeyBench ??= {});
}

export function toApiError(e: unknown): ApiError {
  return e instanceof BackendError ? e.apiError : { code: "internal", message: String(e) };
}

export interface Editor {
  view: JourneyView | null;
  selection: Selection;
  select(s: Selection): void;
  /** Applies an edit; resolves to true when the store accepted it. */
  apply(edit: Edit): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Any other change through the store (restoring a version): queued like an edit, then applied. */
  change(task: (journeyId: Id, revision: number | undefined) => Promise<Applied>): Promise<boolean>;
  /** Applies a change the store reported (our own answer or an outside change). */
  receive(applied: Applied): void;
  reload(): Promise<void>;
}

export function useEditor(
  backend: Backend,
  journeyId: Id | null,
  onError: (e: ApiError) => void,
  refreshKey: unknown,
  /** Told what an undo or redo left alone because a teammate changed it since (sentences). */
  onKept?: (kept: Said[]) => void,
): Editor {
  const { t } = useT();
  const [view, setView] = useState<JourneyView | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const viewRef = useRef<JourneyView | null>(null);
  viewRef.current = view;
  // Edits are sent one at a time, in order: each is made against the revision the previous
  // one produced, so a fast sequence of keys never trips the store's stale-revision check.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The journey whose script faces were loaded (fonts.ts): checked once per journey opened.
  const facesFor = useRef<Id | null>(null);

  const reload = useCallback(async () => {
    if (!journeyId) {
      setView(null);
      return;
    }
    try {
      const next = await backend.journeyView(journeyId);
      performance.mark("view-data");
      if (facesFor.current !== journeyId) {
        facesFor.current = journeyId;
        await loadFacesFor(next.journey);
      }
      viewRef.current = next;
      setView(next);
    } catch (e) {
      onError(toApiError(e));
    }
  }, [backend, journeyId, onError]);

  useEffect(() => {
    void reload();
  }, [reload, refreshKey]);

  useEffect(() => setSelection(null), [journeyId]);

  // The one path by which a change reaches the view. A change for another journey is not ours to
  // draw (switching to it loads it whole); one made on another revision than the one held means
  // something was missed, so the view is loaded again, and the console says so.
  const receive = useCallback((applied: Applied) => {
    const held = viewRef.current;
    if (!held || applied.change.journey !== held.journey.id) return;
    // `make bench-edit` measures the old path (a full reload per change) in the same run.
    if (benchHooks().fullReload) {
      void reload();
      return;
    }
    let next: JourneyView;
    try {
      next = applyChange(held, applied);
    } catch (e) {
      if (!(e instanceof ChangeDoesNotFit)) throw e;
      console.warn(`journey-studio: ${e.message}; reloading the journey`);
      void reload();
      return;
    }
    if (next !== held) {
      viewRef.current = next;
      setView(next);
    }
  }, [reload]);

  // When a view has been drawn, note after its frame is painted (`make bench-edit` reads it). A
  // layout effect: it runs as soon as the DOM holds the view, before the frame is painted.
  useLayoutEffect(() => {
    if (!view) return;
    const revision = view.revision;
    const committedAt = performance.now();
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      const after = new MessageChannel();
      after.port1.onmessage = () => { benchHooks().painted = { revision, at: performance.now(), committedAt, frameAt }; };
      after.port2.postMessage(null);
    });
  }, [view]);

  useEffect(() => {
    // A change made outside this window is said, since nothing on screen draws attention to it.
    const unlisten = backend.onJourneyChanged((applied) => {
      receive(applied);
      announce(t("announce-remote"));
    });
    return () => void unlisten.then((f) => f());
  }, [backend, receive, t]);

  const run = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const apply = useCallback(
    (edit: Edit) =>
      run(async () => {
        if (!journeyId) return false;
        try {
          const hooks = benchHooks();
          hooks.sentAt = performance.now();
          const answer = await backend.applyEdit(journeyId, edit, viewRef.current?.revision);
          hooks.answeredAt = performance.now();
          receive(answer);
          return true;
        } catch (e) {
          const err = toApiError(e);
          onError(err);
          if (err.code === "stale") await reload();
          return false;
        }
      }),
    [backend, journeyId, onError, reload, receive, run],
  );

  const history = useCallback(
    (which: "undo" | "redo") =>
      run(async () => {
        if (!journeyId) return;
        try {
          const answer = await (which === "undo" ? backend.undo(journeyId) : backend.redo(journeyId));
          receive(answer);
          // Otherwise the user would wonder why part of their undo did not happen.
          if (answer.skipped.length > 0) onKept?.(answer.skipped);
        } catch (e) {
          onError(toApiError(e));
        }
      }),
    [backend, journeyId, onError, onKept, receive, run],
  );

  const change = useCallback(
    (task: (journeyId: Id, revision: number | undefined) => Promise<Applied>) =>
      run(async () => {
        if (!journeyId) return false;
        try {
          receive(await task(journeyId, viewRef.current?.revision));
          return true;
        } catch (e) {
          onError(toApiError(e));
          return false;
        }
      }),
    [journeyId, onError, receive, run],
  );

  return {
    view,
    selection,
    change,
    receive,
    select: setSelection,
    apply,
    undo: () => history("undo"),
    redo: () => history("redo"),
    reload,
  };
}
