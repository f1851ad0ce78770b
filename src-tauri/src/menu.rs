//! The native menu bar. File actions open native dialogs here in the shell, so the page never
//! sees or chooses paths; edit actions are forwarded to the page, which knows the open journey.

use tauri::menu::{Menu, MenuEvent, MenuItemBuilder, PredefinedMenuItem, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_dialog::DialogExt;

use crate::workspace::{emit_to, Workspaces};
// The items the page carries out (sent to it as "menu" events); in journey-api so the page's
// `MenuAction` type is generated from the same list.
use journey_api::PAGE_ACTIONS;

const RECENT_PREFIX: &str = "recent:";

pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let new = MenuItemBuilder::with_id("new", "New Workspace…").accelerator("CmdOrCtrl+N").build(app)?;
    let open = MenuItemBuilder::with_id("open", "Open…").accelerator("CmdOrCtrl+O").build(app)?;
    let recent = recent_submenu(app)?;
    let import = page_item(app, "import", "Import Journeys…", Some("CmdOrCtrl+I"))?;
    let merge = page_item(app, "merge-copy", "Merge a Copy…", None)?;
    let export = page_item(app, "export", "Export…", Some("CmdOrCtrl+E"))?;
    let close = MenuItemBuilder::with_id("close", "Close Window").accelerator("CmdOrCtrl+W").build(app)?;
    let quit = MenuItemBuilder::with_id("quit", "Quit").accelerator("CmdOrCtrl+Q").build(app)?;
    let file = SubmenuBuilder::new(app, "File")
        .item(&new)
        .item(&open)
        .item(&recent)
        .separator()
        .item(&import)
        .item(&merge)
        .item(&export)
        .separator()
        .item(&close)
        .item(&quit)
        .build()?;
    let undo = MenuItemBuilder::with_id("undo", "Undo").accelerator("CmdOrCtrl+Z").build(app)?;
    let redo = MenuItemBuilder::with_id("redo", "Redo").accelerator("CmdOrCtrl+Shift+Z").build(app)?;
    let find = page_item(app, "find", "Find…", Some("CmdOrCtrl+F"))?;
    let duplicate = page_item(app, "duplicate", "Duplicate", Some("CmdOrCtrl+D"))?;
    // Cut, Copy, Paste and Delete act on the selected cards (or the focused text field); they
    // carry no accelerators here because GTK would take Ctrl+C/X/V and Delete away from the
    // text fields: the page handles those keys itself (README, "Keys").
    let edit = SubmenuBuilder::new(app, "Edit")
        .item(&undo)
        .item(&redo)
        .separator()
        .item(&page_item(app, "cut", "Cut", None)?)
        .item(&page_item(app, "copy", "Copy", None)?)
        .item(&page_item(app, "paste", "Paste", None)?)
        .item(&page_item(app, "delete", "Delete", None)?)
        .item(&duplicate)
        .separator()
        .item(&find)
        .separator()
        .item(&page_item(app, "preferences", "Preferences…", Some("CmdOrCtrl+,"))?)
        .build()?;
    let view = SubmenuBuilder::new(app, "View")
        .item(&page_item(app, "zoom-in", "Zoom In", Some("CmdOrCtrl+="))?)
        .item(&page_item(app, "zoom-out", "Zoom Out", Some("CmdOrCtrl+-"))?)
        .item(&page_item(app, "zoom-reset", "Actual Size", Some("CmdOrCtrl+0"))?)
        .item(&page_item(app, "fit", "Fit to Window", None)?)
        .separator()
        .item(&page_item(app, "view-map", "Journey Map", Some("CmdOrCtrl+1"))?)
        .item(&page_item(app, "view-graph", "Stage Graph", Some("CmdOrCtrl+2"))?)
        .separator()
        .item(&page_item(app, "toggle-inspector", "Inspector", None)?)
        .item(&page_item(app, "present", "Presentation", Some("F5"))?)
        .item(&page_item(app, "toggle-workshop", "Workshop", None)?)
        .item(&page_item(app, "toggle-insights", "Insights", None)?)
        .item(&page_item(app, "toggle-versions", "Versions", None)?)
        .build()?;
    let journey = SubmenuBuilder::new(app, "Journey")
        .item(&page_item(app, "journey-new", "New Journey", None)?)
        .item(&page_item(app, "journey-duplicate", "Duplicate Journey", None)?)
        .item(&page_item(app, "add-stage", "Add Stage", None)?)
        .item(&page_item(app, "add-lane", "Add Lane", None)?)
        .build()?;
    let about = PredefinedMenuItem::about(app, Some("About Journey Studio"), Some(about_metadata(app)))?;
    let help = SubmenuBuilder::new(app, "Help").item(&page_item(app, "shortcuts", "Keyboard Shortcuts", Some("F1"))?).separator().item(&about).build()?;
    let menu = Menu::with_items(app, &[&file, &edit, &view, &journey, &help])?;
    app.set_menu(menu)?;
    Ok(())
}

fn about_metadata(app: &AppHandle) -> tauri::menu::AboutMetadata<'static> {
    tauri::menu::AboutMetadata {
        name: Some("Journey Studio".into()),
        version: Some(app.package_info().version.to_string()),
        comments: Some("Design customer journeys offline: no account, no network, files you own.".into()),
        copyright: Some("Journey Studio authors".into()),
        license: Some(format!(
            "Journey Studio is MIT licensed.\n\nBundled fonts: Noto Sans, Noto Naskh Arabic and Noto Sans Telugu, under the SIL Open Font License 1.1:\n\n{}",
            journey_export::fonts::LICENCE
        )),
        credits: Some("Fonts: Noto (Google and contributors), SIL Open Font License 1.1".into()),
        ..Default::default()
    }
}

fn page_item(app: &AppHandle, id: &str, label: &str, accelerator: Option<&str>) -> tauri::Result<tauri::menu::MenuItem<Wry>> {
    let mut builder = MenuItemBuilder::with_id(id, label);
    if let Some(a) = accelerator {
        builder = builder.accelerator(a);
    }
    builder.build(app)
}

fn recent_submenu(app: &AppHandle) -> tauri::Result<Submenu<Wry>> {
    let mut builder = SubmenuBuilder::with_id(app, "recent", "Open Recent");
    let items = crate::recent::list(app);
    if items.is_empty() {
        let none = MenuItemBuilder::with_id("recent-none", "No recent files").enabled(false).build(app)?;
        builder = builder.item(&none);
    }
    let any_missing = items.iter().any(|p| !p.exists());
    for (i, path) in items.iter().enumerate() {
        let missing = if path.exists() { "" } else { " (missing)" };
        let label = format!("{}{missing}", path.display());
        let item = MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{i}"), label).enabled(path.exists()).build(app)?;
        builder = builder.item(&item);
    }
    // A file moved or deleted since is listed as missing, and can be taken off the list here.
    if any_missing {
        builder = builder.separator().item(&MenuItemBuilder::with_id("recent-prune", "Remove Missing Files").build(app)?);
    }
    if !items.is_empty() {
        builder = builder.item(&MenuItemBuilder::with_id("recent-clear", "Clear Recent Files").build(app)?);
    }
    builder.build()
}

/// Rebuilds the menu so Open Recent shows the current list.
pub fn refresh_recent(app: &AppHandle) {
    if app.menu().is_some() {
        let _ = install(app);
    }
}

pub fn on_event(app: &AppHandle, event: MenuEvent) {
    // The menu bar is the app's; its actions are for the window last in focus.
    let Some(window) = app.state::<Workspaces>().focused(app) else { return };
    let id = event.id().as_ref();
    match id {
        "new" => {
            let app = app.clone();
            app.dialog()
                .file()
                .set_title("New workspace")
                .set_file_name("Untitled.journeys")
                .add_filter("Journey Studio workspace", &["journeys"])
                .save_file(move |chosen| {
                    if let Some(path) = chosen.and_then(|p| p.into_path().ok()) {
                        crate::workspace::create(&app, with_extension(path), &window);
                    }
                });
        }
        "open" => {
            let app = app.clone();
            app.dialog()
                .file()
                .set_title("Open workspace")
                .add_filter("Journey Studio workspace", &["journeys"])
                .pick_file(move |chosen| {
                    if let Some(path) = chosen.and_then(|p| p.into_path().ok()) {
                        crate::workspace::open(&app, path, &window);
                    }
                });
        }
        "quit" => app.exit(0),
        "close" => {
            if let Some(w) = app.get_webview_window(&window) {
                let _ = w.close();
            }
        }
        "recent-prune" => {
            crate::recent::retain(app, |p| p.exists());
            refresh_recent(app);
        }
        "recent-clear" => {
            crate::recent::retain(app, |_| false);
            refresh_recent(app);
        }
        action if PAGE_ACTIONS.contains(&action) => emit_to(app, &window, "menu", action),
        other => {
            if let Some(index) = other.strip_prefix(RECENT_PREFIX).and_then(|i| i.parse::<usize>().ok()) {
                if let Some(path) = crate::recent::list(app).get(index).cloned() {
                    crate::workspace::open(app, path, &window);
                }
            }
        }
    }
}

fn with_extension(mut path: std::path::PathBuf) -> std::path::PathBuf {
    if path.extension().is_none() {
        path.set_extension("journeys");
    }
    path
}
