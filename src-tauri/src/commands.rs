//! Tauri commands: one expression each over the workspace and the crates.

use tauri::State;

use journey_core::{Edit, Id, JourneyDiff};
use journey_store::{Applied, VersionInfo, VersionSide};

use crate::api::{ApiResult, JourneyView, WorkspaceInfo};
use crate::transfer::Exports;
use crate::workspace::Workspace;

#[tauri::command]
pub fn workspace_info(ws: State<'_, Workspace>) -> ApiResult<WorkspaceInfo> {
    ws.with(|store| crate::workspace::info(store))
}

#[tauri::command]
pub fn journey_view(ws: State<'_, Workspace>, journey_id: Id) -> ApiResult<JourneyView> {
    ws.with(|store| crate::workspace::view(store, journey_id))
}

#[tauri::command]
pub fn apply_edit(ws: State<'_, Workspace>, journey_id: Id, edit: Edit, base_revision: Option<u64>) -> ApiResult<Applied> {
    ws.with(|store| Ok(store.apply(journey_id, &edit, base_revision)?))
}

#[tauri::command]
pub fn undo(ws: State<'_, Workspace>, journey_id: Id) -> ApiResult<Applied> {
    ws.with(|store| Ok(store.undo(journey_id)?))
}

#[tauri::command]
pub fn redo(ws: State<'_, Workspace>, journey_id: Id) -> ApiResult<Applied> {
    ws.with(|store| Ok(store.redo(journey_id)?))
}

#[tauri::command]
pub fn save_version(ws: State<'_, Workspace>, journey_id: Id, name: String) -> ApiResult<VersionInfo> {
    ws.with(|store| Ok(store.save_version(journey_id, &name)?))
}

#[tauri::command]
pub fn list_versions(ws: State<'_, Workspace>, journey_id: Id) -> ApiResult<Vec<VersionInfo>> {
    ws.with(|store| Ok(store.versions(journey_id)?))
}

#[tauri::command]
pub fn version_view(ws: State<'_, Workspace>, version_id: Id) -> ApiResult<JourneyView> {
    ws.with(|store| crate::workspace::version_view(store, version_id))
}

#[tauri::command]
pub fn restore_version(ws: State<'_, Workspace>, journey_id: Id, version_id: Id, base_revision: Option<u64>) -> ApiResult<Applied> {
    ws.with(|store| Ok(store.restore_version(journey_id, version_id, base_revision)?))
}

#[tauri::command]
pub fn delete_version(ws: State<'_, Workspace>, version_id: Id) -> ApiResult<()> {
    ws.with(|store| Ok(store.delete_version(version_id)?))
}

#[tauri::command]
pub fn diff_versions(ws: State<'_, Workspace>, journey_id: Id, from: VersionSide, to: VersionSide) -> ApiResult<JourneyDiff> {
    ws.with(|store| Ok(store.diff(journey_id, from, to)?))
}

#[tauri::command]
pub fn create_journey(ws: State<'_, Workspace>, name: String) -> ApiResult<Id> {
    ws.with(|store| Ok(store.add_journey(&journey_core::sample::starter_journey(&name))?))
}

#[tauri::command]
pub fn duplicate_journey(ws: State<'_, Workspace>, journey_id: Id, name: String) -> ApiResult<Id> {
    ws.with(|store| Ok(store.duplicate_journey(journey_id, &name)?))
}

#[tauri::command]
pub fn delete_journey(ws: State<'_, Workspace>, journey_id: Id) -> ApiResult<()> {
    ws.with(|store| Ok(store.remove_journey(journey_id)?))
}

#[tauri::command]
pub async fn export_journey(
    app: tauri::AppHandle,
    ws: State<'_, Workspace>,
    exports: State<'_, Exports>,
    journey_id: Id,
    format: String,
    pages: Option<String>,
    scale: Option<f32>,
) -> ApiResult<Option<String>> {
    crate::transfer::export_journey(app, &ws, &exports, journey_id, crate::transfer::options(&format, pages.as_deref(), scale)?).await
}

#[tauri::command]
pub fn cancel_export(exports: State<'_, Exports>) {
    crate::transfer::cancel(&exports)
}

#[tauri::command]
pub async fn import_journeys(app: tauri::AppHandle, ws: State<'_, Workspace>) -> ApiResult<Vec<Id>> {
    crate::transfer::import_journeys(app, &ws).await
}
