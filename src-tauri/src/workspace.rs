//! Each window's workspace, and opening/creating files (from the command line, a second start,
//! the menu's native dialogs or the recent list). A file is open in at most one window, so it
//! never has two writers: opening it again brings its window forward. A file that fails to open
//! in an empty window is remembered with its error so the window can say what happened instead
//! of showing a blank page.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::{AppHandle, Emitter, EventTarget, Manager, Runtime};

use journey_core::{layout, sample, Id};
use journey_store::Store;

use crate::api::{ApiError, ApiResult, JourneyView, WorkspaceInfo};

/// The window the app opens with (tauri.conf.json); later windows are `workspace-N`
/// (capabilities/main.json grants both the same, minimal, permissions).
pub const FIRST_WINDOW: &str = "main";

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The workspaces of all windows, by window label.
#[derive(Default)]
pub struct Workspaces {
    windows: Mutex<HashMap<String, Arc<Workspace>>>,
    /// The window that last had the focus: menu actions go to it.
    focused: Mutex<Option<String>>,
    opened: AtomicU32,
}

impl Workspaces {
    /// The window's workspace (empty until a file is opened in it).
    pub fn of(&self, label: &str) -> Arc<Workspace> {
        lock(&self.windows).entry(label.to_string()).or_default().clone()
    }

    /// The window holding `path`, if one does.
    fn window_with(&self, path: &Path) -> Option<String> {
        lock(&self.windows).iter().find(|(_, ws)| ws.is_open(path)).map(|(label, _)| label.clone())
    }

    /// The window is gone: its store is dropped (and the file's lock released) once nothing
    /// else holds it.
    pub fn forget(&self, label: &str) {
        lock(&self.windows).remove(label);
        let mut focused = lock(&self.focused);
        if focused.as_deref() == Some(label) {
            *focused = None;
        }
    }

    pub fn focus(&self, label: &str) {
        *lock(&self.focused) = Some(label.to_string());
    }

    /// The window menu actions are for: the last focused one that still exists.
    pub fn focused<R: Runtime>(&self, app: &AppHandle<R>) -> Option<String> {
        let remembered = lock(&self.focused).clone();
        remembered
            .filter(|l| app.get_webview_window(l).is_some())
            .or_else(|| app.webview_windows().into_keys().min())
    }

    fn next_label(&self) -> String {
        format!("workspace-{}", self.opened.fetch_add(1, Ordering::Relaxed) + 2)
    }
}

/// One window's workspace.
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
        match &mut *lock(&self.slot) {
            Slot::Open(store) => f(store),
            Slot::Failed(e) => Err(e.clone()),
            Slot::Empty => Err(ApiError::code("no_workspace", &[])),
        }
    }

    fn set(&self, slot: Slot) {
        *lock(&self.slot) = slot;
    }

    fn has_store(&self) -> bool {
        matches!(&*lock(&self.slot), Slot::Open(_))
    }

    /// True when `path` is the file open here.
    fn is_open(&self, path: &Path) -> bool {
        let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        matches!(&*lock(&self.slot), Slot::Open(store) if same(store.path(), path))
    }
}

/// A command's workspace: the one of the window that invoked it. Commands take this instead of
/// app-wide state, so two windows never see each other's file.
pub struct Ws {
    pub label: String,
    workspace: Arc<Workspace>,
}

impl std::ops::Deref for Ws {
    type Target = Workspace;
    fn deref(&self) -> &Workspace {
        &self.workspace
    }
}

impl Ws {
    pub fn shared(&self) -> Arc<Workspace> {
        self.workspace.clone()
    }
}

impl<'de, R: Runtime> CommandArg<'de, R> for Ws {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let webview = command.message.webview();
        let label = webview.label().to_string();
        let workspace = webview.state::<Workspaces>().of(&label);
        Ok(Ws { label, workspace })
    }
}

/// Sends an event to one window only.
pub fn emit_to<S: serde::Serialize + Clone>(app: &AppHandle, label: &str, event: &str, payload: S) {
    // A failure to emit only delays the page's redraw to the next user action, so it is not an
    // error worth surfacing.
    let _ = app.emit_to(EventTarget::webview_window(label), event, payload);
}

pub fn info(store: &mut Store) -> ApiResult<WorkspaceInfo> {
    Ok(WorkspaceInfo {
        path: store.path().display().to_string(),
        file_name: file_name(store.path()),
        title: window_title(store),
        read_only: store.is_read_only(),
        journeys: store.journeys()?,
    })
}

pub fn view(store: &mut Store, id: Id) -> ApiResult<JourneyView> {
    let (can_undo, can_redo) = store.history(id)?;
    // The store keeps the layout it hands out here: the next change is a patch against it.
    let (journey, layout, revision) = store.view(id)?;
    Ok(JourneyView { layout, journey: journey.clone(), revision, can_undo, can_redo })
}

/// A saved version, shown read-only: no undo or redo.
pub fn version_view(store: &mut Store, version: Id) -> ApiResult<JourneyView> {
    let (info, journey) = store.version(version)?;
    Ok(JourneyView { layout: layout(&journey), journey, revision: info.revision, can_undo: false, can_redo: false })
}

/// The window's title: the native title bar shows it, and the page sets it as its document title.
fn window_title(store: &Store) -> String {
    let read_only = if store.is_read_only() { " (read-only)" } else { "" };
    format!("{}{read_only} — Journey Studio", file_name(store.path()))
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// First start: the default file is created from the sample if missing; a file named on the
/// command line is opened as it is (never created or "fixed").
pub fn open_at_start(app: &AppHandle, path: PathBuf) {
    let is_default = app.path().app_data_dir().map(|d| path.starts_with(d)).unwrap_or(false);
    let result = if is_default { Store::open_or_create_sample(&path) } else { Store::open(&path) };
    install(app, FIRST_WINDOW, &path, result);
}

/// Opens `path` for the window `from` (the one whose menu was used, or the focused one for a
/// second start): in that window when it has no workspace yet, else in a new window.
pub fn open(app: &AppHandle, path: PathBuf, from: &str) {
    // The open store holds the file's lock, so opening it a second time would report it as in
    // use by another process; opening the open file again brings its window forward.
    if let Some(label) = app.state::<Workspaces>().window_with(&path) {
        show(app, &label);
        emit_to(app, &label, "workspace-changed", ());
        return;
    }
    install(app, from, &path, Store::open(&path));
}

/// File > New: a new workspace holding one starter journey.
pub fn create(app: &AppHandle, path: PathBuf, from: &str) {
    let result = Store::create(&path).and_then(|mut store| {
        store.add_journey(&sample::starter_journey("New journey"))?;
        Ok(store)
    });
    install(app, from, &path, result);
}

/// Brings a window to the front.
pub fn show(app: &AppHandle, label: &str) {
    if let Some(w) = app.get_webview_window(label) {
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

fn install(app: &AppHandle, from: &str, path: &Path, result: journey_store::Result<Store>) {
    let workspaces = app.state::<Workspaces>();
    let here = workspaces.of(from);
    let store = match result {
        Ok(store) => store,
        Err(e) => {
            let error: ApiError = e.into();
            if here.has_store() {
                // The other file did not open: keep working in this one and say why.
                emit_to(app, from, "open-failed", error);
            } else {
                here.set(Slot::Failed(error));
                emit_to(app, from, "workspace-changed", ());
            }
            return;
        }
    };
    let title = window_title(&store);
    let label = if here.has_store() {
        // The window's own file stays open in it; the new one gets a window of its own.
        let label = workspaces.next_label();
        workspaces.of(&label).set(Slot::Open(store));
        if let Err(e) = new_window(app, &label, &title) {
            workspaces.forget(&label);
            emit_to(app, from, "open-failed", ApiError::code("window_failed", &[("detail", e.to_string().into())]));
            return;
        }
        label
    } else {
        here.set(Slot::Open(store));
        if let Some(window) = app.get_webview_window(from) {
            let _ = window.set_title(&title);
        }
        from.to_string()
    };
    crate::recent::remember(app, path);
    crate::menu::refresh_recent(app);
    crate::teamsync::start(app, &label);
    emit_to(app, &label, "workspace-changed", ());
}

/// A window like the first one (tauri.conf.json), showing the workspace already installed for
/// its label, so the page finds it on its first call.
fn new_window(app: &AppHandle, label: &str, title: &str) -> tauri::Result<()> {
    tauri::WebviewWindowBuilder::new(app, label, tauri::WebviewUrl::default())
        .title(title)
        .inner_size(1366.0, 820.0)
        .min_inner_size(900.0, 560.0)
        .build()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_window_has_its_own_workspace_and_a_closed_window_lets_go_of_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.journeys"), dir.path().join("b.journeys"));
        let workspaces = Workspaces::default();
        workspaces.of("main").set(Slot::Open(Store::open_or_create_sample(&a).unwrap()));
        workspaces.of("workspace-2").set(Slot::Open(Store::open_or_create_sample(&b).unwrap()));

        assert!(Arc::ptr_eq(&workspaces.of("main"), &workspaces.of("main")));
        assert_eq!(workspaces.window_with(&a).as_deref(), Some("main"));
        assert_eq!(workspaces.window_with(&b).as_deref(), Some("workspace-2"));
        // The other window's file is not this window's.
        let info_a = workspaces.of("main").with(info).unwrap();
        assert!(info_a.path.ends_with("a.journeys"), "{}", info_a.path);

        // While open, the file is locked against a second writer; once its window is gone, not.
        assert_eq!(Store::open(&b).err().map(|e| e.code()), Some("locked"));
        workspaces.forget("workspace-2");
        assert_eq!(workspaces.window_with(&b), None);
        assert!(Store::open(&b).is_ok());
        // A window that never opened a file says so in words.
        assert_eq!(workspaces.of("workspace-9").with(info).unwrap_err().code, "no_workspace");
    }

    #[test]
    fn new_windows_get_distinct_labels_the_capability_covers() {
        let workspaces = Workspaces::default();
        let (x, y) = (workspaces.next_label(), workspaces.next_label());
        assert_ne!(x, y);
        let capability: serde_json::Value = serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
        let windows: Vec<&str> = capability["windows"].as_array().unwrap().iter().filter_map(|w| w.as_str()).collect();
        assert!(windows.contains(&FIRST_WINDOW));
        for label in [x, y] {
            assert!(windows.iter().any(|w| w.strip_suffix('*').is_some_and(|p| label.starts_with(p))), "{label} not granted by {windows:?}");
        }
    }
}
