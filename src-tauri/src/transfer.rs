//! Export, import and merging a copy from the window. The page asks; the shell chooses the file
//! in a native dialog (the page never names a path), does the work on a worker thread so the
//! window stays responsive, reports progress as "export-progress" events, and stops when asked
//! to cancel.
//!
//! Tests cannot drive native dialogs: when `JOURNEY_STUDIO_DIALOG_DIR` is set (end-to-end
//! tests only), a save goes to that folder under the suggested name and an open takes the
//! file named by `JOURNEY_STUDIO_DIALOG_FILE`, with no dialog shown.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use journey_core::Id;
use journey_export::{export, ExportOptions, Format, ImportFormat, Job};
use journey_store::MergeReport;

use crate::api::{ApiError, ApiResult, ImportReport};
use crate::workspace::Ws;

/// The export in progress, if any: one at a time, cancellable.
#[derive(Default)]
pub struct Exports {
    running: AtomicBool,
    cancel: Arc<AtomicBool>,
}

// `From<ExportError> for ApiError` lives with ApiError in journey-api (the orphan rule).

/// Parses what the page sent: unknown names and out-of-range scales are refused in words; the
/// labels and report texts come in `language` (the window's; the system's when it sent none).
pub fn options(format: &str, pages: Option<&str>, scale: Option<f32>, language: Option<&str>) -> ApiResult<ExportOptions> {
    let invalid = |m: String| ApiError::said("invalid_input", "error-invalid-export", &[("detail", m.into())]);
    let language = language.map_or_else(journey_i18n::system_language, |code| journey_i18n::negotiate([code]));
    Ok(ExportOptions::parse(Format::named(format).map_err(invalid)?, pages, scale).map_err(invalid)?.in_language(language))
}

/// The save dialog's name for a format: the export dialog's own (`format-<name>` in studio.ftl).
fn format_label(f: Format, language: journey_i18n::Language) -> String {
    journey_i18n::localizer(language).text(&format!("format-{}", f.name()))
}

fn test_dialog_dir() -> Option<PathBuf> {
    std::env::var_os("JOURNEY_STUDIO_DIALOG_DIR").map(PathBuf::from)
}

/// Exports a journey to a file the user chooses; answers the path, or None when the user
/// closed the dialog.
pub async fn export_journey(app: AppHandle, ws: &Ws, exports: &Exports, journey_id: Id, opts: ExportOptions) -> ApiResult<Option<String>> {
    let journey = ws.with(|store| Ok(store.journey(journey_id)?.0.clone()))?;
    let ext = opts.format.extension();
    let suggested = format!("{}.{ext}", export::file_stem(&journey.name));
    let words = journey_i18n::localizer(opts.language);
    let title = words.format("export-title", &[("name", journey.name.as_str().into())]);
    let Some(path) = pick_save(&app, &title, &suggested, &format_label(opts.format, opts.language), ext).await? else { return Ok(None) };
    if exports.running.swap(true, Ordering::SeqCst) {
        return Err(ApiError::said("busy", "error-export-busy", &[]));
    }
    exports.cancel.store(false, Ordering::SeqCst);
    let cancel = exports.cancel.clone();
    let target = path.clone();
    let label = ws.label.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        // Progress in whole percents, so a long export sends at most a hundred events.
        let last = AtomicU32::new(u32::MAX);
        let job = Job::new(
            |done| {
                let pct = (done * 100.0).round() as u32;
                if last.swap(pct, Ordering::Relaxed) != pct {
                    crate::workspace::emit_to(&app, &label, "export-progress", done);
                }
            },
            &cancel,
        );
        journey_export::export_file(&journey, &opts, &target, &job)
    })
    .await;
    exports.running.store(false, Ordering::SeqCst);
    result.map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))??;
    Ok(Some(path.display().to_string()))
}

pub fn cancel(exports: &Exports) {
    exports.cancel.store(true, Ordering::SeqCst);
}

/// Where the user says a new file goes, in a native save dialog (None when it was closed), with
/// `ext` added when they typed none; in end-to-end tests, `suggested` in the folder
/// `JOURNEY_STUDIO_DIALOG_DIR` names.
pub async fn pick_save(app: &AppHandle, title: &str, suggested: &str, filter: &str, ext: &str) -> ApiResult<Option<PathBuf>> {
    let chosen = match test_dialog_dir() {
        Some(dir) => Some(dir.join(suggested)),
        None => {
            let dialog = app.dialog().file().set_title(title).set_file_name(suggested).add_filter(filter, &[ext]);
            tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
                .await
                .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))?
                .and_then(|p| p.into_path().ok())
        }
    };
    Ok(chosen.map(|mut path| {
        if path.extension().is_none() {
            path.set_extension(ext);
        }
        path
    }))
}

/// The file the user picks in a native open dialog (None when it was closed); in end-to-end
/// tests, the one `JOURNEY_STUDIO_DIALOG_FILE` names.
async fn pick_file(app: &AppHandle, title: &str, filter: &str, extensions: &[&str]) -> ApiResult<Option<PathBuf>> {
    if test_dialog_dir().is_some() {
        return Ok(std::env::var_os("JOURNEY_STUDIO_DIALOG_FILE").map(PathBuf::from));
    }
    let dialog = app.dialog().file().set_title(title).add_filter(filter, extensions);
    Ok(tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))?
        .and_then(|p| p.into_path().ok()))
}

/// Imports journeys from a file the user chooses into the open workspace; answers their ids
/// (empty when the user closed the dialog) with the import report. A bad file changes nothing.
pub async fn import_journeys(app: AppHandle, ws: &Ws) -> ApiResult<ImportReport> {
    let chosen = pick_file(
        &app,
        "Import journeys",
        "Journeys (JSON, CSV, Mermaid, OpenJourney, Excel, or a Journey Studio SVG or HTML export)",
        &["json", "csv", "mmd", "mermaid", "ojf", "xlsx", "svg", "html", "htm"],
    )
    .await?;
    let Some(path) = chosen else { return Ok(ImportReport::default()) };
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let format = ImportFormat::from_path(&path)
        .ok_or_else(|| ApiError::said("invalid_input", "error-import-format", &[("name", name.as_str().into())]))?;
    let bytes = std::fs::read(&path).map_err(|e| ApiError::said("io_error", "error-io-error-read", &[("name", name.as_str().into()), ("detail", e.to_string().into())]))?;
    // Workbooks are binary; the other formats must be UTF-8, which the importer checks.
    // The refusal and the report are catalog messages: the page says them in its language.
    let (journeys, notes) = journey_export::import_bytes_reported(&bytes, format).map_err(|e| ApiError::import_failed(&name, &e))?;
    let journeys = ws.with(|store| Ok(store.import_journeys(&journeys)?))?;
    Ok(ImportReport::new(journeys, &notes))
}

/// Brings every change of another copy of this workspace (a `.journeys` file the user chooses)
/// into it; answers what came in, or None when the user closed the dialog. The store refuses a
/// file of another workspace, a damaged or a newer one, and then nothing changes.
pub async fn merge_copy(app: AppHandle, ws: &Ws) -> ApiResult<Option<MergeReport>> {
    // A merge changes journeys without a `Change` to send, so participants of a running session
    // would go on drawing what was there before it.
    if crate::workshop::running_in(&app, &ws.label) {
        return Err(ApiError::said("busy", "error-busy-merge", &[]));
    }
    let Some(path) = pick_file(&app, "Merge a copy of this workspace", "Journey Studio workspace", &["journeys"]).await? else {
        return Ok(None);
    };
    // Reading and merging every journey of the copy can take a while: off the async runtime.
    let workspace = ws.shared();
    tauri::async_runtime::spawn_blocking(move || workspace.with(|store| Ok(Some(store.merge_copy(&path)?))))
        .await
        .map_err(|e| ApiError::code("internal", &[("detail", e.to_string().into())]))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_options_are_refused_in_words() {
        assert_eq!(options("docx", None, None, None).unwrap_err().code, "invalid_input");
        assert!(options("pdf", Some("a5"), None, None).unwrap_err().message.contains("a5"));
        assert!(options("png", None, Some(100.0), None).unwrap_err().message.contains("between 0.25 and 8"));
        assert!(options("png", None, Some(f32::NAN), None).is_err());
        let ok = options("pdf", Some("a3"), None, Some("fa")).unwrap();
        assert_eq!(ok.language.code, "fa", "the window's language reaches the export");
        assert_eq!(ok.pages, journey_export::pdf::Pages::Tiled(journey_export::pdf::Paper::A3));
    }

    #[test]
    fn export_errors_reach_the_page_with_a_code() {
        use journey_export::ExportError;
        let e: ApiError = ExportError::Cancelled.into();
        assert_eq!(e.code, "cancelled");
        let e: ApiError = ExportError::Io(std::io::Error::from(std::io::ErrorKind::StorageFull)).into();
        assert_eq!(e.code, "io_error");
        assert!(e.message.contains("free some space"), "{}", e.message);
    }
}
