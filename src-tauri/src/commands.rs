//! Tauri commands: one expression each over the workspace and the crates.

use tauri::{AppHandle, State};

use journey_core::insights::Insights;
use journey_core::{Edit, Id, JourneyDiff};
use journey_export::templates::{self, TemplateInfo};
use journey_store::{Applied, Changed, MergeReport, RepairNote, VersionInfo, VersionSide};

use crate::api::{ApiError, ApiResult, Checked, ImportReport, JourneyView, WorkspaceInfo};
use crate::transfer::Exports;
use crate::workspace::Ws;

#[tauri::command]
pub fn workspace_info(ws: Ws) -> ApiResult<WorkspaceInfo> {
    ws.with(crate::workspace::info)
}

#[tauri::command]
pub fn journey_view(ws: Ws, journey_id: Checked<Id>) -> ApiResult<JourneyView> {
    let journey_id = journey_id.get("journeyId")?;
    let view = ws.with(|store| crate::workspace::view(store, journey_id))?;
    // The journey's Automerge document is read on its first change (0.6 s at 10,000 cards);
    // read it now, while the user looks at the map, so the first edit does not pay for it.
    // A command that comes meanwhile waits for the store as it would for any other.
    let workspace = ws.shared();
    std::thread::spawn(move || {
        let _ = workspace.with(|store| Ok(store.load_document(journey_id)?));
    });
    Ok(view)
}

// Edits, undo and redo also tell a running workshop session, so participants see them.

#[tauri::command]
pub fn apply_edit(app: AppHandle, ws: Ws, journey_id: Checked<Id>, edit: Checked<Edit>, base_revision: Option<u64>) -> ApiResult<Applied> {
    let journey_id = journey_id.get("journeyId")?;
    let edit = edit.get("edit")?;
    edited(&app, &ws, ws.with(|store| Ok(store.apply(journey_id, &edit, base_revision)?)))
}

#[tauri::command]
pub fn undo(app: AppHandle, ws: Ws, journey_id: Checked<Id>) -> ApiResult<Applied> {
    let journey_id = journey_id.get("journeyId")?;
    edited(&app, &ws, ws.with(|store| Ok(store.undo(journey_id)?)))
}

#[tauri::command]
pub fn redo(app: AppHandle, ws: Ws, journey_id: Checked<Id>) -> ApiResult<Applied> {
    let journey_id = journey_id.get("journeyId")?;
    edited(&app, &ws, ws.with(|store| Ok(store.redo(journey_id)?)))
}

fn edited(app: &AppHandle, ws: &Ws, result: ApiResult<Applied>) -> ApiResult<Applied> {
    if let Ok(applied) = &result {
        crate::workshop::notify(app, &ws.label, &applied.change);
    }
    result
}

#[tauri::command]
pub fn workshop_start(app: AppHandle, ws: Ws, journey_id: Checked<Id>, loopback: bool) -> ApiResult<crate::api::SessionView> {
    let journey_id = journey_id.get("journeyId")?;
    crate::workshop::start(&app, &ws, journey_id, loopback)
}

#[tauri::command]
pub fn workshop_view(app: AppHandle, ws: Ws) -> ApiResult<Option<crate::api::SessionView>> {
    crate::workshop::view(&app, &ws.label)
}

#[tauri::command]
pub fn workshop_act(app: AppHandle, ws: Ws, action: Checked<journey_workshop::Action>) -> ApiResult<()> {
    let action = action.get("action")?;
    crate::workshop::act(&app, &ws.label, action)
}

#[tauri::command]
pub fn workshop_end(app: AppHandle, ws: Ws) -> ApiResult<()> {
    crate::workshop::end(&app, &ws.label)
}

/// The journey's workshop record, oldest first: [time, who, what].
#[tauri::command]
pub fn workshop_record(ws: Ws, journey_id: Checked<Id>) -> ApiResult<Vec<crate::api::RecordLine>> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(store.workshop_log(journey_id)?.into_iter().map(Into::into).collect()))
}

#[tauri::command]
pub fn save_version(ws: Ws, journey_id: Checked<Id>, name: String) -> ApiResult<VersionInfo> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(store.save_version(journey_id, &name)?))
}

#[tauri::command]
pub fn list_versions(ws: Ws, journey_id: Checked<Id>) -> ApiResult<Vec<VersionInfo>> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(store.versions(journey_id)?))
}

#[tauri::command]
pub fn version_view(ws: Ws, version_id: Checked<Id>) -> ApiResult<JourneyView> {
    let version_id = version_id.get("versionId")?;
    ws.with(|store| crate::workspace::version_view(store, version_id))
}

#[tauri::command]
pub fn restore_version(app: AppHandle, ws: Ws, journey_id: Checked<Id>, version_id: Checked<Id>, base_revision: Option<u64>) -> ApiResult<Applied> {
    let journey_id = journey_id.get("journeyId")?;
    let version_id = version_id.get("versionId")?;
    edited(&app, &ws, ws.with(|store| Ok(store.restore_version(journey_id, version_id, base_revision)?)))
}

#[tauri::command]
pub fn delete_version(ws: Ws, version_id: Checked<Id>) -> ApiResult<()> {
    let version_id = version_id.get("versionId")?;
    ws.with(|store| Ok(store.delete_version(version_id)?))
}

#[tauri::command]
pub fn diff_versions(ws: Ws, journey_id: Checked<Id>, from: Checked<VersionSide>, to: Checked<VersionSide>) -> ApiResult<JourneyDiff> {
    let journey_id = journey_id.get("journeyId")?;
    let from = from.get("from")?;
    let to = to.get("to")?;
    ws.with(|store| Ok(store.diff(journey_id, from, to)?))
}

/// A new journey: from a template (bundled id, or "user:…" for the user's own), or the
/// classic five stages. A bundled template comes in the window's `language`; the user's own as
/// they saved it.
#[tauri::command]
pub fn create_journey(app: tauri::AppHandle, ws: Ws, name: String, template: Option<String>, language: Option<String>) -> ApiResult<Id> {
    let id = template.as_deref().unwrap_or("classic-five");
    let bundled = language.and_then(|code| journey_core::templates::template_in(id, &journey_i18n::Localizer::for_code(&code)));
    let journey = match bundled {
        Some(t) => journey_core::templates::instantiate(&t.journey, &name),
        None => templates::create_from(user_templates(&app).as_deref(), id, &name).map_err(|m| ApiError::said("invalid_input", "error-invalid-template", &[("detail", m.into())]))?,
    };
    ws.with(|store| Ok(store.add_journey(&journey)?))
}

#[tauri::command]
pub fn list_templates(app: tauri::AppHandle) -> Vec<TemplateInfo> {
    templates::list(user_templates(&app).as_deref())
}

#[tauri::command]
pub fn save_as_template(app: tauri::AppHandle, ws: Ws, journey_id: Checked<Id>, name: String) -> ApiResult<TemplateInfo> {
    let journey_id = journey_id.get("journeyId")?;
    let dir = user_templates(&app).ok_or_else(|| ApiError::said("io_error", "error-io-error-settings", &[]))?;
    let journey = ws.with(|store| Ok(store.journey(journey_id)?.0.clone()))?;
    templates::save(&dir, &journey, &name).map_err(|m| ApiError::code("io_error", &[("detail", m.into())]))
}

#[tauri::command]
pub fn journey_insights(ws: Ws, journey_id: Checked<Id>) -> ApiResult<Insights> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(journey_core::insights::analyse(store.journey(journey_id)?.0)))
}

/// The user's own templates live in the app's config folder, outside any workspace.
fn user_templates(app: &tauri::AppHandle) -> Option<std::path::PathBuf> {
    use tauri::Manager;
    app.path().app_config_dir().ok().map(|d| d.join("templates"))
}

#[tauri::command]
pub fn duplicate_journey(ws: Ws, journey_id: Checked<Id>, name: String) -> ApiResult<Id> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(store.duplicate_journey(journey_id, &name)?))
}

#[tauri::command]
pub fn delete_journey(ws: Ws, journey_id: Checked<Id>) -> ApiResult<()> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(store.remove_journey(journey_id)?))
}

#[tauri::command]
pub async fn export_journey(
    app: tauri::AppHandle,
    ws: Ws,
    exports: State<'_, Exports>,
    journey_id: Checked<Id>,
    format: String,
    pages: Option<String>,
    scale: Option<f32>,
    language: Option<String>,
) -> ApiResult<Option<String>> {
    let journey_id = journey_id.get("journeyId")?;
    let opts = crate::transfer::options(&format, pages.as_deref(), scale, language.as_deref())?;
    crate::transfer::export_journey(app, &ws, &exports, journey_id, opts).await
}

#[tauri::command]
pub fn cancel_export(exports: State<'_, Exports>) {
    crate::transfer::cancel(&exports)
}

#[tauri::command]
pub async fn import_journeys(app: tauri::AppHandle, ws: Ws) -> ApiResult<ImportReport> {
    crate::transfer::import_journeys(app, &ws).await
}

/// File > Merge a Copy: the shell asks for the file; None when the dialog was closed. The page
/// loads the workspace's journeys again afterwards.
#[tauri::command]
pub async fn merge_copy(app: tauri::AppHandle, ws: Ws) -> ApiResult<Option<MergeReport>> {
    crate::transfer::merge_copy(app, &ws).await
}

/// What still needs a decision in a journey after a merge (empty normally).
#[tauri::command]
pub fn journey_repairs(ws: Ws, journey_id: Checked<Id>) -> ApiResult<Vec<RepairNote>> {
    let journey_id = journey_id.get("journeyId")?;
    ws.with(|store| Ok(store.repairs(journey_id)?))
}

/// Who last changed a card, stage, lane or persona (the journey's own id: its header), and when.
#[tauri::command]
pub fn last_changed(ws: Ws, journey_id: Checked<Id>, entity_id: Checked<Id>) -> ApiResult<Option<Changed>> {
    let journey_id = journey_id.get("journeyId")?;
    let entity_id = entity_id.get("entityId")?;
    ws.with(|store| Ok(store.changed(journey_id, entity_id)?))
}

/// The page's language (chosen in Preferences, or the system's): the native menus follow it.
#[tauri::command]
pub fn set_language(app: AppHandle, code: String) -> ApiResult<()> {
    crate::menu::set_language(&app, &code).map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))
}

/// Opens the folder holding the crash log in the desktop's file manager.
#[tauri::command]
pub fn open_log_folder(app: AppHandle) -> ApiResult<()> {
    let dir = crate::crashlog::log_dir(&app).ok_or_else(|| ApiError::said("io_error", "error-io-error-no-log-folder", &[]))?;
    std::fs::create_dir_all(&dir).map_err(|e| ApiError::code("io_error", &[("detail", e.to_string().into())]))?;
    std::process::Command::new("xdg-open")
        .arg(&dir)
        .spawn()
        .map(|_| ())
        .map_err(|e| ApiError::said("io_error", "error-io-error-log-folder", &[("path", dir.display().to_string().into()), ("detail", e.to_string().into())]))
}

/// The page drew its first journey. Logged with the time since the process started; when
/// `JOURNEY_STUDIO_READY_FILE` is set (`make bench-app`), the milliseconds are written there.
#[tauri::command]
pub fn app_ready() {
    let ms = crate::started().elapsed().as_secs_f64() * 1000.0;
    eprintln!("journey-studio: ready in {ms:.0} ms");
    if let Some(path) = std::env::var_os("JOURNEY_STUDIO_READY_FILE") {
        let _ = std::fs::write(path, format!("{ms:.1}"));
    }
}
