//! The recent-files list: a small JSON file in the app's config folder (app state, not
//! workspace data, so it lives outside any workspace).

use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager};

const MAX: usize = 10;

fn store_path(app: &AppHandle) -> Option<PathBuf> {
    app.path().app_config_dir().ok().map(|d| d.join("recent.json"))
}

pub fn list(app: &AppHandle) -> Vec<PathBuf> {
    store_path(app)
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|bytes| serde_json::from_slice::<Vec<PathBuf>>(&bytes).ok())
        .unwrap_or_default()
}

/// Keeps only the entries `keep` accepts.
pub fn retain(app: &AppHandle, keep: impl Fn(&Path) -> bool) {
    let mut items = list(app);
    items.retain(|p| keep(p));
    write(app, &items);
}

fn write(app: &AppHandle, items: &[PathBuf]) {
    let Some(file) = store_path(app) else { return };
    if let Some(dir) = file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(json) = serde_json::to_vec_pretty(items) {
        let _ = std::fs::write(file, json);
    }
}

pub fn remember(app: &AppHandle, path: &Path) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut items = list(app);
    items.retain(|p| p != &path);
    items.insert(0, path);
    items.truncate(MAX);
    // Losing the recent list is an inconvenience, never a reason to fail opening a file.
    write(app, &items);
}
