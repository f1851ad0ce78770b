//! The desktop shell. It owns windows, menus, native dialogs and the app's own settings (recent
//! files); everything about journeys is delegated to journey-core and journey-store. Commands
//! are one expression: parse, call a crate, map the error to `{ code, message }`.

mod api;
mod commands;
mod crashlog;
mod menu;
mod recent;
mod room;
mod teamsync;
mod transfer;
mod workshop;
mod workspace;

use std::path::PathBuf;
use tauri::Manager;

use workspace::Workspaces;

/// The workspace file the app opens when none is named: created from the bundled sample on
/// first start, in the platform data folder (`$XDG_DATA_HOME/studio.journey.desktop/` on Linux).
const DEFAULT_FILE: &str = "journeys.journeys";

/// When the process started, for the ready time (`commands::app_ready`).
pub fn started() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}

/// Without a GPU (no DRM render node: a virtual display, most VMs, some remote sessions)
/// WebKit's accelerated compositing runs on a software OpenGL rasteriser, which costs memory and
/// start-up time for no gain (measured in the README, "Start-up and memory"); there the page is
/// drawn the plain way. `JOURNEY_STUDIO_GPU=1` keeps compositing on regardless; a
/// `WEBKIT_DISABLE_COMPOSITING_MODE` the user set is left alone.
fn choose_rendering() {
    #[cfg(target_os = "linux")]
    {
        let has_render_node = std::fs::read_dir("/dev/dri")
            .map(|d| d.flatten().any(|e| e.file_name().to_string_lossy().starts_with("renderD")))
            .unwrap_or(false);
        let decided = std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_some() || std::env::var_os("JOURNEY_STUDIO_GPU").is_some_and(|v| v == "1");
        if !has_render_node && !decided {
            // Still single-threaded here: nothing else reads the environment yet.
            std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
        }
    }
}

/// The file named on a command line (the first argument that is not an option), for the first
/// start and for a second start handing over its file alike.
fn file_argument(args: impl Iterator<Item = std::ffi::OsString>) -> Option<PathBuf> {
    args.skip(1).find(|a| !a.to_string_lossy().starts_with('-')).map(PathBuf::from)
}

/// Raises the soft open-file limit to the hard one. Desktops start programs at 1,024, which a
/// room's connections to the workshop server (and WebKit's own files) could use up; the server
/// caps its connections well below (journey_workshop::guard), and this leaves the window more.
fn raise_open_file_limit() {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let now = getrlimit(Resource::Nofile);
    if now.current < now.maximum {
        let _ = setrlimit(Resource::Nofile, Rlimit { current: now.maximum, maximum: now.maximum });
    }
}

pub fn run() {
    started();
    raise_open_file_limit();
    choose_rendering();
    let requested = file_argument(std::env::args_os());
    tauri::Builder::default()
        // First: a second start hands its file to the running studio and exits, so one file
        // never has two writers. The file opens in a window of its own (or its window comes
        // forward if it is open already).
        .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| {
            let Some(from) = app.state::<Workspaces>().focused(app) else { return };
            match file_argument(argv.into_iter().map(Into::into)) {
                Some(path) => workspace::open(app, path, &from),
                None => workspace::show(app, &from),
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(Workspaces::default())
        .manage(transfer::Exports::default())
        .manage(workshop::Workshops::default())
        .manage(teamsync::Syncs::default())
        .manage(room::Rooms::default())
        .setup(move |app| {
            let path = match requested.clone() {
                Some(p) => p,
                None => app.path().app_data_dir()?.join(DEFAULT_FILE),
            };
            let handle = app.handle().clone();
            crashlog::install(&handle);
            workspace::open_at_start(&handle, path);
            menu::install(&handle)?;
            Ok(())
        })
        .on_menu_event(menu::on_event)
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::Focused(true) => window.state::<Workspaces>().focus(window.label()),
            // A closed window ends its workshop session and lets go of its file.
            tauri::WindowEvent::Destroyed => {
                let _ = workshop::end(window.app_handle(), window.label());
                room::stop(window.app_handle(), window.label());
                teamsync::stop(window.app_handle(), window.label());
                window.state::<Workspaces>().forget(window.label());
            }
            _ => {}
        })
        .invoke_handler(tauri::generate_handler![
            teamsync::sync_status,
            teamsync::share_workspace,
            teamsync::shared_invitation,
            teamsync::join_workspace,
            teamsync::sync_focus,
            teamsync::sync_peers,
            room::room_start,
            room::room_view,
            room::room_stop,
            room::rooms_nearby,
            room::join_room,
            commands::workspace_info,
            commands::journey_view,
            commands::apply_edit,
            commands::undo,
            commands::redo,
            commands::save_version,
            commands::list_versions,
            commands::version_view,
            commands::restore_version,
            commands::delete_version,
            commands::diff_versions,
            commands::create_journey,
            commands::duplicate_journey,
            commands::delete_journey,
            commands::export_journey,
            commands::list_templates,
            commands::save_as_template,
            commands::journey_insights,
            commands::workshop_start,
            commands::workshop_view,
            commands::workshop_act,
            commands::workshop_end,
            commands::workshop_record,
            commands::open_log_folder,
            commands::set_language,
            commands::app_ready,
            commands::cancel_export,
            commands::import_journeys,
            commands::merge_copy,
            commands::journey_repairs,
            commands::last_changed,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}
