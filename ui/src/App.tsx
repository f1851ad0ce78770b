// The studio window: loads the workspace through the backend, shows the chosen journey's map,
// and turns backend failures into readable messages.

import { useCallback, useEffect, useState } from "react";
import { BackendError, useBackend } from "./backend";
import type { ApiError, Id, JourneyView, WorkspaceInfo } from "./types";
import { JourneyMap } from "./components/JourneyMap";
import { ErrorScreen } from "./components/ErrorScreen";
import { TopBar } from "./components/TopBar";

function toApiError(e: unknown): ApiError {
  return e instanceof BackendError ? { code: e.code, message: e.message } : { code: "internal", message: String(e) };
}

export function App() {
  const backend = useBackend();
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [journeyId, setJourneyId] = useState<Id | null>(null);
  const [view, setView] = useState<JourneyView | null>(null);
  const [fatal, setFatal] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<ApiError | null>(null);

  const loadWorkspace = useCallback(async () => {
    try {
      const next = await backend.workspaceInfo();
      setFatal(null);
      setInfo(next);
      setJourneyId((current) => (current && next.journeys.some((j) => j.id === current) ? current : next.journeys[0]?.id ?? null));
    } catch (e) {
      setInfo(null);
      setView(null);
      setFatal(toApiError(e));
    }
  }, [backend]);

  const loadView = useCallback(async (id: Id) => {
    try {
      setView(await backend.journeyView(id));
    } catch (e) {
      setNotice(toApiError(e));
    }
  }, [backend]);

  useEffect(() => {
    void loadWorkspace();
    const unlisten = backend.onWorkspaceChanged(() => void loadWorkspace());
    const unlistenFailed = backend.onOpenFailed((error) => setNotice(error));
    return () => {
      void unlisten.then((f) => f());
      void unlistenFailed.then((f) => f());
    };
  }, [backend, loadWorkspace]);

  useEffect(() => {
    if (journeyId) void loadView(journeyId);
    else setView(null);
  }, [journeyId, loadView, info]);

  useEffect(() => {
    const unlisten = backend.onMenu(async (action) => {
      if (!journeyId || (action !== "undo" && action !== "redo")) return;
      try {
        await (action === "undo" ? backend.undo(journeyId) : backend.redo(journeyId));
        await loadView(journeyId);
      } catch (e) {
        setNotice(toApiError(e));
      }
    });
    return () => void unlisten.then((f) => f());
  }, [backend, journeyId, loadView]);

  if (fatal) return <ErrorScreen error={fatal} />;
  if (!info) return <main className="loading" aria-busy="true">Opening workspace…</main>;
  return (
    <div className="studio">
      <TopBar info={info} view={view} journeyId={journeyId} onSelect={setJourneyId} />
      {notice && (
        <div className="notice" role="alert">
          <span dir="auto">{notice.message}</span>
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss message">×</button>
        </div>
      )}
      <main className="canvas" tabIndex={-1}>
        {view ? <JourneyMap view={view} /> : info.journeys.length === 0 ? <p className="empty">This workspace has no journeys yet.</p> : null}
      </main>
    </div>
  );
}
