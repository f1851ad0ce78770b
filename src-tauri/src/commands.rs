//! Tauri commands: one expression each over the workspace and the crates.

use tauri::State;

use journey_core::{Edit, Id};
use journey_store::Applied;

use crate::api::{ApiResult, JourneyView, WorkspaceInfo};
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
