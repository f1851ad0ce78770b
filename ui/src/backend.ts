// The one module that talks to the Tauri shell. Components receive a `Backend` (see
// BackendContext) and never import @tauri-apps themselves, so tests swap in a fake.

import { invoke } from "@tauri-apps/api/core";
import type { EventCallback, UnlistenFn } from "@tauri-apps/api/event";
import { getCurrentWebviewWindow } from "@tauri-apps/api/webviewWindow";
import { createContext, useContext } from "react";
import type { Applied, ApiError, Changed, Crash, Edit, ErrorCode, ExportFormat, Id, ImportReport, InJourney, Peer, Received, Insights, JourneyDiff, JourneyView, MenuAction, MergeReport, NearbyRoom, PageSize, RepairNote, RoomView, SharedInvitation, SyncStatus, TemplateInfo, VersionInfo, VersionSide, WorkshopAction, WorkshopRecordLine, WorkshopSession, WorkspaceInfo } from "./types";

export interface Backend {
  workspaceInfo(): Promise<WorkspaceInfo>;
  journeyView(journeyId: Id): Promise<JourneyView>;
  applyEdit(journeyId: Id, edit: Edit, baseRevision?: number): Promise<Applied>;
  undo(journeyId: Id): Promise<Applied>;
  redo(journeyId: Id): Promise<Applied>;
  /** A new journey from a template (default: the classic five stages). */
  /** A new journey; a bundled template comes in `language` (the window's). */
  createJourney(name: string, template?: string, language?: string): Promise<Id>;
  listTemplates(): Promise<TemplateInfo[]>;
  /** Saves the journey as one of the user's own templates (kept outside any workspace). */
  saveAsTemplate(journeyId: Id, name: string): Promise<TemplateInfo>;
  journeyInsights(journeyId: Id): Promise<Insights>;
  duplicateJourney(journeyId: Id, name: string): Promise<Id>;
  deleteJourney(journeyId: Id): Promise<void>;
  saveVersion(journeyId: Id, name: string): Promise<VersionInfo>;
  listVersions(journeyId: Id): Promise<VersionInfo[]>;
  /** A saved version as a read-only view. */
  versionView(versionId: Id): Promise<JourneyView>;
  restoreVersion(journeyId: Id, versionId: Id, baseRevision?: number): Promise<Applied>;
  deleteVersion(versionId: Id): Promise<void>;
  diffVersions(journeyId: Id, from: VersionSide, to: VersionSide): Promise<JourneyDiff>;
  /**
   * Exports a journey to a file the user picks in the shell's save dialog; resolves to the path
   * written, or null when the dialog was closed. Rejects with code "cancelled" after cancelExport.
   */
  /** Exports to a file the user picks; labels and report texts in `language` (the window's). */
  exportJourney(journeyId: Id, format: ExportFormat, options?: { pages?: PageSize; scale?: number; language?: string }): Promise<string | null>;
  cancelExport(): Promise<void>;
  /**
   * Imports journeys from a file the user picks; resolves to their ids (empty: dialog closed)
   * and the import report: what did not come in as the file had it.
   */
  importJourneys(): Promise<ImportReport>;
  /**
   * Merges another copy of this workspace, picked in the shell's open dialog, into it; resolves
   * to what came in, or null when the dialog was closed. Rejects (code "unrelated_copy",
   * "corrupt", "newer_version"...) and changes nothing for a file it cannot merge.
   */
  mergeCopy(): Promise<MergeReport | null>;
  /** What still needs a decision in a journey after a merge (empty normally). */
  journeyRepairs(journeyId: Id): Promise<RepairNote[]>;
  /** Who last changed a card, stage, lane or persona of a journey, and when; null: nobody since it was made. */
  lastChanged(journeyId: Id, entityId: Id): Promise<Changed | null>;
  /** Progress of the running export, 0 to 1. */
  onExportProgress(handler: (done: number) => void): Promise<() => void>;
  /** Starts a workshop session on a journey (`loopback`: this computer only). */
  workshopStart(journeyId: Id, loopback: boolean): Promise<WorkshopSession>;
  workshopView(): Promise<WorkshopSession | null>;
  workshopAct(action: WorkshopAction): Promise<void>;
  workshopEnd(): Promise<void>;
  /** The journey's workshop record: [time, who, what], oldest first. */
  workshopRecord(journeyId: Id): Promise<WorkshopRecordLine[]>;
  /** A journey of this window's workspace changed outside the page (a workshop participant, a teammate). */
  onJourneyChanged(handler: (applied: Applied) => void): Promise<() => void>;
  /** The window's live sync; null when its workspace is not shared. */
  syncStatus(): Promise<SyncStatus | null>;
  onSyncStatus(handler: (status: SyncStatus) => void): Promise<() => void>;
  /** Who is in a journey now (sent when someone comes, goes or selects something else). */
  onSyncPresence(handler: (presence: InJourney) => void): Promise<() => void>;
  /** Who else is in a journey now (what the last `onSyncPresence` said). */
  syncPeers(journeyId: Id): Promise<Peer[]>;
  /** A teammate's changes were taken in (with what they need decided, as after a merge). */
  onSyncReceived(handler: (received: Received) => void): Promise<() => void>;
  /** Tells teammates which journey is open here and what is selected in it. */
  syncFocus(journeyId: Id | null, selection: Id[]): Promise<void>;
  /** The workspace's invitation, when it is shared already. */
  sharedInvitation(): Promise<SharedInvitation | null>;
  /** Shares the workspace on a team server (wss://host:port; its certificate's fingerprint if known); syncing starts. */
  shareWorkspace(server: string, fingerprint?: string): Promise<SharedInvitation>;
  /** Joins the workspace an invitation names into a new file (the shell asks where) and opens it; null: the dialog was closed. */
  joinWorkspace(invitation: string): Promise<string | null>;
  /** Accepts teammates in this room: opens the window's room on the LAN (or answers the one open). */
  roomStart(): Promise<RoomView>;
  /** The window's open room, or null. */
  roomView(): Promise<RoomView | null>;
  /** Closes the window's room; its code stops working. */
  roomStop(): Promise<void>;
  /** Rooms heard on the local network now. */
  roomsNearby(): Promise<NearbyRoom[]>;
  /** Joins the room at `address` (host:port) with the code its host shows, into a new file; null: the dialog was closed. */
  joinRoom(address: string, code: string): Promise<string | null>;
  /** A participant did something, or the session changed. */
  onWorkshopChanged(handler: () => void): Promise<() => void>;
  /** The shell hit an internal error (a panic): what to say, and the log file it wrote. */
  onCrashed(handler: (crash: Crash) => void): Promise<() => void>;
  openLogFolder(): Promise<void>;
  /** Tells the shell the window's language, so the native menus speak it too. */
  setLanguage(code: string): Promise<void>;
  /** The first journey is on screen (start-up time, `make bench-app`). */
  ready(): Promise<void>;
  /** Called when the shell opened another file; returns an unsubscribe function. */
  onWorkspaceChanged(handler: () => void): Promise<() => void>;
  /** Another file failed to open while this workspace stays open. */
  onOpenFailed(handler: (error: ApiError) => void): Promise<() => void>;
  /** Menu actions the page handles (undo, redo). */
  onMenu(handler: (action: MenuAction) => void): Promise<() => void>;
}

/** A failed backend call, with the shell's stable code. */
export class BackendError extends Error {
  readonly code: ErrorCode;
  /** The catalog message that says it in the window's language, and its arguments. */
  readonly id?: string;
  readonly args?: ApiError["args"];
  constructor(e: ApiError) {
    super(e.message);
    this.code = e.code;
    this.id = e.id;
    this.args = e.args;
  }

  get apiError(): ApiError {
    return { code: this.code, message: this.message, id: this.id, args: this.args };
  }
}

function asBackendError(e: unknown): BackendError {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    return new BackendError(e as ApiError);
  }
  return new BackendError({ code: "internal", message: String(e) });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asBackendError(e);
  }
}

// Events for this window only: the shell sends each window the events of its own workspace
// (several files can be open, one per window); app-wide ones such as "crashed" reach all.
function on<T>(event: string, handler: EventCallback<T>): Promise<UnlistenFn> {
  return getCurrentWebviewWindow().listen<T>(event, handler);
}

export const tauriBackend: Backend = {
  workspaceInfo: () => call("workspace_info"),
  journeyView: (journeyId) => call("journey_view", { journeyId }),
  applyEdit: (journeyId, edit, baseRevision) => call("apply_edit", { journeyId, edit, baseRevision }),
  undo: (journeyId) => call("undo", { journeyId }),
  redo: (journeyId) => call("redo", { journeyId }),
  createJourney: (name, template, language) => call("create_journey", { name, template, language }),
  listTemplates: () => call("list_templates"),
  saveAsTemplate: (journeyId, name) => call("save_as_template", { journeyId, name }),
  journeyInsights: (journeyId) => call("journey_insights", { journeyId }),
  duplicateJourney: (journeyId, name) => call("duplicate_journey", { journeyId, name }),
  deleteJourney: (journeyId) => call("delete_journey", { journeyId }),
  saveVersion: (journeyId, name) => call("save_version", { journeyId, name }),
  listVersions: (journeyId) => call("list_versions", { journeyId }),
  versionView: (versionId) => call("version_view", { versionId }),
  restoreVersion: (journeyId, versionId, baseRevision) => call("restore_version", { journeyId, versionId, baseRevision }),
  deleteVersion: (versionId) => call("delete_version", { versionId }),
  diffVersions: (journeyId, from, to) => call("diff_versions", { journeyId, from, to }),
  exportJourney: (journeyId, format, options) => call("export_journey", { journeyId, format, pages: options?.pages, scale: options?.scale, language: options?.language }),
  cancelExport: () => call("cancel_export"),
  importJourneys: () => call("import_journeys"),
  mergeCopy: () => call("merge_copy"),
  journeyRepairs: (journeyId) => call("journey_repairs", { journeyId }),
  lastChanged: (journeyId, entityId) => call("last_changed", { journeyId, entityId }),
  onExportProgress: (handler) => on<number>("export-progress", (event) => handler(event.payload)),
  workshopStart: (journeyId, loopback) => call("workshop_start", { journeyId, loopback }),
  workshopView: () => call("workshop_view"),
  workshopAct: (action) => call("workshop_act", { action }),
  workshopEnd: () => call("workshop_end"),
  workshopRecord: (journeyId) => call("workshop_record", { journeyId }),
  onJourneyChanged: (handler) => on<Applied>("journey-changed", (event) => handler(event.payload)),
  syncStatus: () => call("sync_status"),
  onSyncStatus: (handler) => on<SyncStatus>("sync-status", (event) => handler(event.payload)),
  onSyncPresence: (handler) => on<InJourney>("sync-presence", (event) => handler(event.payload)),
  syncPeers: (journeyId) => call("sync_peers", { journeyId }),
  onSyncReceived: (handler) => on<Received>("sync-received", (event) => handler(event.payload)),
  syncFocus: (journeyId, selection) => call("sync_focus", { journeyId, selection }),
  sharedInvitation: () => call("shared_invitation"),
  shareWorkspace: (server, fingerprint) => call("share_workspace", { server, fingerprint: fingerprint || null }),
  joinWorkspace: (invitation) => call("join_workspace", { invitation }),
  roomStart: () => call("room_start"),
  roomView: () => call("room_view"),
  roomStop: () => call("room_stop"),
  roomsNearby: () => call("rooms_nearby"),
  joinRoom: (address, code) => call("join_room", { address, code }),
  onWorkshopChanged: (handler) => on("workshop-changed", () => handler()),
  onCrashed: (handler) => on<Crash>("crashed", (event) => handler(event.payload)),
  openLogFolder: () => call("open_log_folder"),
  setLanguage: (code) => call("set_language", { code }),
  ready: () => call("app_ready"),
  onWorkspaceChanged: (handler) => on("workspace-changed", () => handler()),
  onOpenFailed: (handler) => on<ApiError>("open-failed", (event) => handler(event.payload)),
  onMenu: (handler) => on<MenuAction>("menu", (event) => handler(event.payload)),
};

export const BackendContext = createContext<Backend>(tauriBackend);
export const useBackend = () => useContext(BackendContext);
