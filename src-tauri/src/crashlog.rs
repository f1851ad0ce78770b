//! A panic anywhere in the shell is written to a log file in the platform's log folder
//! (`$XDG_DATA_HOME/studio.journey.desktop/logs/` on Linux; rotated at 1 MB, one old file kept)
//! and reported in the window, which offers to open the folder. The workspace is untouched: the
//! store commits whole transactions, and the workspace lock survives a poisoned mutex.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tauri::{AppHandle, Emitter, Manager};

const LOG: &str = "journey-studio.log";
const MAX_BYTES: u64 = 1_000_000;

static APP: OnceLock<AppHandle> = OnceLock::new();

pub fn log_dir(app: &AppHandle) -> Option<PathBuf> {
    app.path().app_log_dir().ok()
}

/// Appends `text` to the log, moving a full log to `.1` first.
pub fn append(dir: &Path, text: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(LOG);
    if std::fs::metadata(&path).map(|m| m.len() > MAX_BYTES).unwrap_or(false) {
        std::fs::rename(&path, dir.join(format!("{LOG}.1")))?;
    }
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(&path)?;
    writeln!(f, "{text}")?;
    f.sync_all()?;
    Ok(path)
}

/// Installs the hook: the default message still goes to stderr, then the log and the window.
pub fn install(app: &AppHandle) {
    let _ = APP.set(app.clone());
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default(info);
        let Some(app) = APP.get() else { return };
        let at = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let thread = std::thread::current().name().unwrap_or("unnamed").to_string();
        let entry = format!("[{at}] panic in thread '{thread}': {info}\n{}", std::backtrace::Backtrace::force_capture());
        let written = log_dir(app).and_then(|d| append(&d, &entry).ok());
        let _ = app.emit(
            "crashed",
            journey_api::Crash {
                message: format!("Something went wrong inside Journey Studio ({info}). Your work is saved: every change was written when it was made."),
                log: written.map(|p| p.display().to_string()),
            },
        );
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_rotates_at_its_limit_and_keeps_one_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let big = "x".repeat(600_000);
        append(dir.path(), &big).unwrap();
        append(dir.path(), &big).unwrap();
        // Over 1 MB now: the next entry starts a new file.
        let path = append(dir.path(), "newest").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "newest\n");
        assert!(std::fs::metadata(dir.path().join("journey-studio.log.1")).unwrap().len() > 1_000_000);
    }
}
