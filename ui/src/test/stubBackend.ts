// A backend over one journey view that stores nothing and calls no shell: the common base of
// the component tests' fake backend (fixture.tsx) and the browser harness's recording backend
// (harness/main.tsx). Each passes only what it does differently, so a method added to
// `Backend` is stubbed here once instead of drifting apart in two copies.

import type { Backend } from "../backend";
import type { Applied, Id, JourneyView } from "../types";

/** A store's answer that moves `journey` from revision `base` to `base + 1` and changes nothing. */
export function unchanged(journey: Id, base: number, canUndo = true, canRedo = false): Applied {
  return {
    revision: base + 1, canUndo, canRedo, skipped: [],
    change: {
      journey, baseRevision: base, revision: base + 1, header: null,
      personas: [], removedPersonas: [], stages: [], removedStages: [], flows: [], removedFlows: [],
      lanes: [], removedLanes: [], cards: [], removedCards: [],
      layout: { size: null, columns: [], removedColumns: [], rows: [], removedRows: [], cards: [], removedCards: [], curves: null, curvePoints: [], flows: [], removedFlows: [] },
    },
  };
}

/** Answers that count revisions up from the view's, as the store does. */
export function revisions(view: JourneyView) {
  let revision = view.revision;
  return (canUndo = true, canRedo = false) => unchanged(view.journey.id, revision++, canUndo, canRedo);
}

export function stubBackend(view: JourneyView, file: string, overrides: Partial<Backend> = {}): Backend {
  const next = revisions(view);
  const applied = async () => next();
  const noEvents = async () => () => {};
  return {
    workspaceInfo: async () => ({ path: `/tmp/${file}`, fileName: file, title: `${file} — Journey Studio`, readOnly: false, journeys: [{ id: view.journey.id, name: view.journey.name }] }),
    journeyView: async () => view,
    applyEdit: applied,
    undo: applied,
    redo: applied,
    createJourney: async () => view.journey.id,
    listTemplates: async () => [],
    saveAsTemplate: async (_id, name) => ({ id: "user:stub", name, description: "Your template", builtin: false }),
    journeyInsights: async () => { throw new Error("no insights here"); },
    duplicateJourney: async () => view.journey.id,
    deleteJourney: async () => {},
    saveVersion: async (journeyId, name) => ({ id: "v1", journeyId, name, revision: view.revision, at: "2026-11-25 10:00:00", cards: view.journey.cards.length }),
    listVersions: async () => [],
    versionView: async () => view,
    restoreVersion: applied,
    deleteVersion: async () => {},
    diffVersions: async () => ({ cards: [], emotions: [], stages: [], lanes: [], flowsAdded: 0, flowsRemoved: 0, flowsChanged: 0, journeyChanged: false }),
    exportJourney: async () => null,
    cancelExport: async () => {},
    importJourneys: async () => ({ journeys: [], notes: [] }),
    mergeCopy: async () => null,
    journeyRepairs: async () => [],
    lastChanged: async () => null,
    workshopStart: async () => { throw new Error("no workshop here"); },
    workshopView: async () => null,
    workshopAct: async () => {},
    workshopEnd: async () => {},
    workshopRecord: async () => [],
    openLogFolder: async () => {},
    setLanguage: async () => {},
    ready: async () => {},
    onJourneyChanged: noEvents,
    syncStatus: async () => null,
    onSyncStatus: noEvents,
    onSyncPresence: noEvents,
    onSyncReceived: noEvents,
    syncPeers: async () => [],
    syncFocus: async () => {},
    sharedInvitation: async () => null,
    shareWorkspace: async () => { throw new Error("no team server here"); },
    joinWorkspace: async () => null,
    roomStart: async () => { throw new Error("no room here"); },
    roomView: async () => null,
    roomStop: async () => {},
    roomsNearby: async () => [],
    joinRoom: async () => null,
    onWorkshopChanged: noEvents,
    onCrashed: noEvents,
    onExportProgress: noEvents,
    onWorkspaceChanged: noEvents,
    onOpenFailed: noEvents,
    onMenu: noEvents,
    ...overrides,
  };
}
