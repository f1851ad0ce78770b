//! The native menu bar. File actions open native dialogs here in the shell, so the page never
//! sees or chooses paths; edit actions are forwarded to the page, which knows the open journey.

use tauri::menu::{Menu, MenuEvent, MenuItemBuilder, PredefinedMenuItem, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_dialog::DialogExt;

use crate::workspace::{emit_to, Workspaces};
// The items the page carries out (sent to it as "menu" events); in journey-api so the page's
// `MenuAction` type is generated from the same list.
use journey_api::PAGE_ACTIONS;
use journey_i18n::{Language, Localizer};
use std::sync::Mutex;

const RECENT_PREFIX: &str = "recent:";

/// The language of the menu bar: the one the page chose (`set_language`), else the system's.
static LANGUAGE: Mutex<Option<Language>> = Mutex::new(None);

fn localizer() -> Localizer {
    let chosen = *LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    Localizer::new(chosen.unwrap_or_else(journey_i18n::system_language))
}

/// Names the menus in `code`'s language (the page's choice in Preferences) and rebuilds them.
pub fn set_language(app: &AppHandle, code: &str) -> tauri::Result<()> {
    let wanted = journey_i18n::negotiate([code]);
    let mut chosen = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    // Every window says its language when it starts: the bar is rebuilt only when that changes
    // what it says (a rebuild makes GTK warn about the old items' accelerators).
    let before = chosen.unwrap_or_else(journey_i18n::system_language);
    *chosen = Some(wanted);
    drop(chosen);
    if before == wanted && app.menu().is_some() {
        return Ok(());
    }
    install(app)
}

pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let l = localizer();
    let t = |id: &str| l.text(id);
    let new = MenuItemBuilder::with_id("new", t("menu-new")).accelerator("CmdOrCtrl+N").build(app)?;
    let open = MenuItemBuilder::with_id("open", t("menu-open")).accelerator("CmdOrCtrl+O").build(app)?;
    let recent = recent_submenu(app)?;
    let import = page_item(app, "import", &t("menu-import"), Some("CmdOrCtrl+I"))?;
    let merge = page_item(app, "merge-copy", &t("menu-merge-copy"), None)?;
    let share = page_item(app, "share", &t("menu-share"), None)?;
    let join = page_item(app, "join", &t("menu-join"), None)?;
    let export = page_item(app, "export", &t("menu-export"), Some("CmdOrCtrl+E"))?;
    let close = MenuItemBuilder::with_id("close", t("menu-close")).accelerator("CmdOrCtrl+W").build(app)?;
    let quit = MenuItemBuilder::with_id("quit", t("menu-quit")).accelerator("CmdOrCtrl+Q").build(app)?;
    let file = SubmenuBuilder::new(app, t("menu-file"))
        .item(&new)
        .item(&open)
        .item(&recent)
        .separator()
        .item(&import)
        .item(&merge)
        .item(&share)
        .item(&join)
        .item(&export)
        .separator()
        .item(&close)
        .item(&quit)
        .build()?;
    let undo = MenuItemBuilder::with_id("undo", t("menu-undo")).accelerator("CmdOrCtrl+Z").build(app)?;
    let redo = MenuItemBuilder::with_id("redo", t("menu-redo")).accelerator("CmdOrCtrl+Shift+Z").build(app)?;
    let find = page_item(app, "find", &t("menu-find"), Some("CmdOrCtrl+F"))?;
    let duplicate = page_item(app, "duplicate", &t("menu-duplicate"), Some("CmdOrCtrl+D"))?;
    // Cut, Copy, Paste and Delete act on the selected cards (or the focused text field); they
    // carry no accelerators here because GTK would take Ctrl+C/X/V and Delete away from the
    // text fields: the page handles those keys itself (README, "Keys").
    let edit = SubmenuBuilder::new(app, t("menu-edit"))
        .item(&undo)
        .item(&redo)
        .separator()
        .item(&page_item(app, "cut", &t("menu-cut"), None)?)
        .item(&page_item(app, "copy", &t("menu-copy"), None)?)
        .item(&page_item(app, "paste", &t("menu-paste"), None)?)
        .item(&page_item(app, "delete", &t("menu-delete"), None)?)
        .item(&duplicate)
        .separator()
        .item(&find)
        .separator()
        .item(&page_item(app, "preferences", &t("menu-preferences"), Some("CmdOrCtrl+,"))?)
        .build()?;
    let view = SubmenuBuilder::new(app, t("menu-view"))
        .item(&page_item(app, "zoom-in", &t("menu-zoom-in"), Some("CmdOrCtrl+="))?)
        .item(&page_item(app, "zoom-out", &t("menu-zoom-out"), Some("CmdOrCtrl+-"))?)
        .item(&page_item(app, "zoom-reset", &t("menu-zoom-reset"), Some("CmdOrCtrl+0"))?)
        .item(&page_item(app, "fit", &t("menu-fit"), None)?)
        .separator()
        .item(&page_item(app, "view-map", &t("menu-view-map"), Some("CmdOrCtrl+1"))?)
        .item(&page_item(app, "view-graph", &t("menu-view-graph"), Some("CmdOrCtrl+2"))?)
        .separator()
        .item(&page_item(app, "toggle-inspector", &t("menu-toggle-inspector"), None)?)
        .item(&page_item(app, "present", &t("menu-present"), Some("F5"))?)
        .item(&page_item(app, "toggle-workshop", &t("menu-toggle-workshop"), None)?)
        .item(&page_item(app, "toggle-insights", &t("menu-toggle-insights"), None)?)
        .item(&page_item(app, "toggle-versions", &t("menu-toggle-versions"), None)?)
        .build()?;
    let journey = SubmenuBuilder::new(app, t("menu-journey"))
        .item(&page_item(app, "journey-new", &t("menu-journey-new"), None)?)
        .item(&page_item(app, "journey-duplicate", &t("menu-journey-duplicate"), None)?)
        .item(&page_item(app, "add-stage", &t("menu-add-stage"), None)?)
        .item(&page_item(app, "add-lane", &t("menu-add-lane"), None)?)
        .build()?;
    let about = PredefinedMenuItem::about(app, Some(t("menu-about").as_str()), Some(about_metadata(app)))?;
    let help = SubmenuBuilder::new(app, t("menu-help")).item(&page_item(app, "shortcuts", &t("menu-shortcuts"), Some("F1"))?).separator().item(&about).build()?;
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
            "Journey Studio is MIT licensed.\n\nBundled fonts: Noto Sans, Noto Naskh Arabic, Noto Sans Telugu and Noto Emoji, under the SIL Open Font License 1.1:\n\n{}",
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
    let l = localizer();
    let t = |id: &str| l.text(id);
    let mut builder = SubmenuBuilder::with_id(app, "recent", t("menu-recent"));
    let items = crate::recent::list(app);
    if items.is_empty() {
        let none = MenuItemBuilder::with_id("recent-none", t("menu-recent-none")).enabled(false).build(app)?;
        builder = builder.item(&none);
    }
    let any_missing = items.iter().any(|p| !p.exists());
    for (i, path) in items.iter().enumerate() {
        let label = if path.exists() { path.display().to_string() } else { l.format("menu-recent-missing", &[("path", path.display().to_string().into())]) };
        let item = MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{i}"), label).enabled(path.exists()).build(app)?;
        builder = builder.item(&item);
    }
    // A file moved or deleted since is listed as missing, and can be taken off the list here.
    if any_missing {
        builder = builder.separator().item(&MenuItemBuilder::with_id("recent-prune", t("menu-recent-prune")).build(app)?);
    }
    if !items.is_empty() {
        builder = builder.item(&MenuItemBuilder::with_id("recent-clear", t("menu-recent-clear")).build(app)?);
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
