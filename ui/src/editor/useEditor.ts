// The editing session of one journey: the current view, the selection, and the one path by
// which anything changes: build an Edit, send it to the store with the revision it was made
// against, redraw from the store's answer. Errors come back as readable notices.

import { useCallback, useEffect, useRef, useState } from "react";
import { BackendError, type Backend } from "../backend";
import { loadFacesFor } from "../fonts";
import type { ApiError, Edit, Id, JourneyView } from "../types";

export type Selection =
  | { kind: "cards"; ids: Id[] }
  | { kind: "stage"; id: Id }
  | { kind: "lane"; id: Id }
  | { kind: "journey" }
  | null;

export function toApiError(e: unknown): ApiError {
  return e instanceof BackendError ? { code: e.code, message: e.message } : { code: "internal", message: String(e) };
}

export interface Editor {
  view: JourneyView | null;
  selection: Selection;
  select(s: Selection): void;
  /** Applies an edit; resolves to true when the store accepted it. */
  apply(edit: Edit): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Any other change through the store (restoring a version): queued like an edit, then redrawn. */
  change(task: (journeyId: Id, revision: number | undefined) => Promise<unknown>): Promise<boolean>;
  reload(): Promise<void>;
  busy: boolean;
}

export function useEditor(backend: Backend, journeyId: Id | null, onError: (e: ApiError) => void, refreshKey: unknown): Editor {
  const [view, setView] = useState<JourneyView | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [busy, setBusy] = useState(false);
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

  const run = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const apply = useCallback(
    (edit: Edit) =>
      run(async () => {
        if (!journeyId) return false;
        setBusy(true);
        try {
          await backend.applyEdit(journeyId, edit, viewRef.current?.revision);
          await reload();
          return true;
        } catch (e) {
          const err = toApiError(e);
          onError(err);
          if (err.code === "stale") await reload();
          return false;
        } finally {
          setBusy(false);
        }
      }),
    [backend, journeyId, onError, reload, run],
  );

  const history = useCallback(
    (which: "undo" | "redo") =>
      run(async () => {
        if (!journeyId) return;
        try {
          await (which === "undo" ? backend.undo(journeyId) : backend.redo(journeyId));
          await reload();
        } catch (e) {
          onError(toApiError(e));
        }
      }),
    [backend, journeyId, onError, reload, run],
  );

  const change = useCallback(
    (task: (journeyId: Id, revision: number | undefined) => Promise<unknown>) =>
      run(async () => {
        if (!journeyId) return false;
        try {
          await task(journeyId, viewRef.current?.revision);
          await reload();
          return true;
        } catch (e) {
          onError(toApiError(e));
          return false;
        }
      }),
    [journeyId, onError, reload, run],
  );

  return {
    view,
    selection,
    change,
    select: setSelection,
    apply,
    undo: () => history("undo"),
    redo: () => history("redo"),
    reload,
    busy,
  };
}
