//! The open workspace of the window, and opening/creating files (from the command line, the
//! menu's native dialogs or the recent list). A file that fails to open is remembered with its
//! error so the window can say what happened instead of showing a blank page.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager};

use journey_core::{layout, sample, Id};
use journey_store::Store;

use crate::api::{ApiError, ApiResult, JourneyView, WorkspaceInfo};

#[derive(Default)]
pub struct Workspace {
    slot: Mutex<Slot>,
}

#[derive(Default)]
enum Slot {
    #[default]
    Empty,
    Open(Store),
    Failed(ApiError),
}

impl Workspace {
    /// Runs `f` on the open store, or answers why there is none.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> ApiResult<T>) -> ApiResult<T> {
        let mut slot = self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match &mut *slot {
            Slot::Open(store) => f(store),
            Slot::Failed(e) => Err(e.clone()),
            Slot::Empty => Err(ApiError::new("no_workspace", "No workspace is open. Use File > Open or File > New.")),
        }
    }

    fn set(&self, slot: Slot) {
        *self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = slot;
    }

    fn has_store(&self) -> bool {
        matches!(&*self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()), Slot::Open(_))
    }

    /// True when `path` is the file already open here.
    fn is_open(&self, path: &Path) -> bool {
        let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        matches!(&*self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()), Slot::Open(store) if same(store.path(), path))
    }
}

pub fn info(store: &mut Store) -> ApiResult<WorkspaceInfo> {
    Ok(WorkspaceInfo {
        path: store.path().display().to_string(),
        file_name: file_name(store.path()),
        read_only: store.is_read_only(),
        journeys: store.journeys()?,
    })
}

pub fn view(store: &mut Store, id: Id) -> ApiResult<JourneyView> {
    let (can_undo, can_redo) = store.history(id)?;
    let (journey, revision) = store.journey(id)?;
    Ok(JourneyView { layout: layout(journey), journey: journey.clone(), revision, can_undo, can_redo })
}

/// A saved version, shown read-only: no undo or redo.
pub fn version_view(store: &mut Store, version: Id) -> ApiResult<JourneyView> {
    let (info, journey) = store.version(version)?;
    Ok(JourneyView { layout: layout(&journey), journey, revision: info.revision, can_undo: false, can_redo: false })
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// First start: the default file is created from the sample if missing; a file named on the
/// command line is opened as it is (never created or "fixed").
pub fn open_at_start(app: &AppHandle, path: PathBuf) {
    let is_default = app.path().app_data_dir().map(|d| path.starts_with(d)).unwrap_or(false);
    let result = if is_default { Store::open_or_create_sample(&path) } else { Store::open(&path) };
    install(app, &path, result);
}

pub fn open(app: &AppHandle, path: PathBuf) {
    // The open store holds the file's lock, so opening it a second time would report it as in
    // use by another process; choosing the open file again just shows it.
    if app.state::<Workspace>().is_open(&path) {
        let _ = app.emit("workspace-changed", ());
        return;
    }
    install(app, &path, Store::open(&path));
}

/// File > New: a new workspace holding one starter journey.
pub fn create(app: &AppHandle, path: PathBuf) {
    let result = Store::create(&path).and_then(|mut store| {
        store.add_journey(&sample::starter_journey("New journey"))?;
        Ok(store)
    });
    install(app, &path, result);
}

fn install(app: &AppHandle, path: &Path, result: journey_store::Result<Store>) {
    let ws = app.state::<Workspace>();
    let title = match result {
        Ok(store) => {
            let read_only = if store.is_read_only() { " (read-only)" } else { "" };
            ws.set(Slot::Open(store));
            crate::recent::remember(app, path);
            format!("{}{read_only} — Journey Studio", file_name(path))
        }
        Err(e) => {
            let error: ApiError = e.into();
            if ws.has_store() {
                // File > Open or New failed while a workspace is open: keep working in it and
                // say why the other file did not open.
                let _ = app.emit("open-failed", error);
                return;
            }
            ws.set(Slot::Failed(error));
            "Journey Studio".to_string()
        }
    };
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&title);
    }
    crate::menu::refresh_recent(app);
    // The page reloads its view on this event; a failure to emit only delays that to the next
    // user action, so it is not an error worth surfacing.
    let _ = app.emit("workspace-changed", ());
}
