// The studio window: loads the workspace through the backend, hands the chosen journey to the
// studio, and turns backend failures into readable messages (a screen when nothing can open,
// a dismissible notice otherwise).

import { useCallback, useEffect, useState } from "react";
import { useBackend } from "./backend";
import type { ApiError, Id, Notice, Said, WorkspaceInfo } from "./types";
import { ErrorScreen } from "./components/ErrorScreen";
import { toApiError } from "./editor/useEditor";
import { Studio } from "./Studio";
import { CrashBoundary } from "./components/CrashBoundary";
import { useT } from "./i18n";

export function App() {
  const backend = useBackend();
  const l10n = useT();
  const { t } = l10n;
  const language = l10n.language.code;
  // The native menus are the shell's: they follow the page's language.
  useEffect(() => { void backend.setLanguage(language).catch(() => {}); }, [backend, language]);
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [journeyId, setJourneyId] = useState<Id | null>(null);
  const [fatal, setFatal] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const loadWorkspace = useCallback(async () => {
    try {
      const next = await backend.workspaceInfo();
      performance.mark("info");
      setFatal(null);
      setInfo(next);
      setJourneyId((current) => (current && next.journeys.some((j) => j.id === current) ? current : next.journeys[0]?.id ?? null));
    } catch (e) {
      setInfo(null);
      setFatal(toApiError(e));
    }
  }, [backend]);

  // One sentence a line, in the window's language: an undo can keep several teammates' changes.
  const kept = useCallback((said: Said[]) => setNotice({ code: "info", message: said.map((s) => l10n.said(s)).join("\n") }), [l10n]);

  const journeysChanged = useCallback(async (select?: Id) => {
    await loadWorkspace();
    if (select) setJourneyId(select);
  }, [loadWorkspace]);

  useEffect(() => {
    void loadWorkspace();
    const unlisten = backend.onWorkspaceChanged(() => void loadWorkspace());
    const unlistenFailed = backend.onOpenFailed((error) => setNotice(error));
    // A panic in the shell: said in words, with the log it was written to.
    const unlistenCrash = backend.onCrashed(({ message, log }) => setNotice({ code: "crashed", message: log ? t("crash-details", { message, log }) : message }));
    return () => {
      void unlisten.then((f) => f());
      void unlistenFailed.then((f) => f());
      void unlistenCrash.then((f) => f());
    };
  }, [backend, loadWorkspace, t]);

  if (fatal) return <ErrorScreen error={fatal} />;
  if (!info) return <main className="loading" aria-busy="true">{t("opening-workspace")}</main>;
  return (
    <>
      {notice && (
        // What went well is a status; only a failure interrupts a screen reader.
        <div className={notice.code === "info" ? "notice info" : "notice"} role={notice.code === "info" ? "status" : "alert"}>
          <span dir="auto">{l10n.error(notice)}</span>
          {notice.code === "crashed" && <button type="button" onClick={() => void backend.openLogFolder().catch(() => {})}>{t("open-log-folder")}</button>}
          <button type="button" onClick={() => setNotice(null)} aria-label={t("dismiss")}>×</button>
        </div>
      )}
      <CrashBoundary>
        <Studio backend={backend} info={info} journeyId={journeyId} onSelectJourney={setJourneyId} onJourneysChanged={journeysChanged} onError={setNotice} onKept={kept} refreshKey={info} />
      </CrashBoundary>
    </>
  );
}
