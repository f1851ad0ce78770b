//! The contract between the page and the core. The shell's own wire shapes live here rather than
//! in `src-tauri` so that the TypeScript the page is written against (`ui/src/generated/`) can be
//! generated, and checked for staleness, without building the Tauri app: see
//! `tests/typescript.rs` and `make types`. The shell re-exports these from `src-tauri/src/api.rs`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use journey_core::{Journey, Layout};
use journey_store::JourneySummary;
use journey_workshop::{FacilitatorView, Qr};

mod errors;

/// Every failed command answers `{ code, message, id, args }`: a stable code for the UI and
/// tests, a sentence a person can act on (English), and the catalog message that says it in the
/// window's language (`locales/<lang>/errors.ftl`) with its arguments.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ApiError {
    /// One of `ErrorCode` (a string in Rust so every layer can pass its own code along; the
    /// test `every_code_the_page_can_receive_is_an_error_code` keeps the two in step).
    #[ts(as = "ErrorCode")]
    pub code: String,
    /// The sentence in English: what the logs say, and what the page and the CLI (`sentence`)
    /// say when the catalogs lack `id` (a code added before its translation).
    pub message: String,
    /// The message in `errors.ftl` (`error-<code>`, or a more precise one when a code has
    /// several sentences); absent for a refusal said only in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub id: Option<String>,
    /// The message's arguments (a path, a server, a number Fluent picks the plural by).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, ErrorArg>>")]
    pub args: BTreeMap<String, ErrorArg>,
}

/// An argument of an error's (or a note's) message: text as it is, a number, another message
/// said first in the same language (an import refusal's detail inside its place), or a list
/// joined the language's way.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(untagged)]
pub enum ErrorArg {
    Text(String),
    Number(f64),
    Said(Said),
    List(Vec<ErrorArg>),
}

impl ErrorArg {
    /// The argument for formatting in `l`'s language (a message inside said first).
    pub fn in_language(&self, l: &journey_i18n::Localizer) -> journey_i18n::Arg {
        match self {
            ErrorArg::Text(t) => journey_i18n::Arg::Text(t.clone()),
            ErrorArg::Number(n) => journey_i18n::Arg::Number(*n),
            ErrorArg::Said(s) => journey_i18n::Arg::Text(s.format(l)),
            ErrorArg::List(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| match i.in_language(l) {
                        journey_i18n::Arg::Text(t) => t,
                        number => l.format("export-import-number", &[("n", number)]),
                    })
                    .collect();
                journey_i18n::Arg::Text(l.list(&items))
            }
        }
    }
}

/// A catalog message and its arguments, for the page to say in the window's language: a note
/// of the import report (journey-export's `Said`), or a message inside an error's arguments.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Said {
    pub id: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, ErrorArg>>")]
    pub args: BTreeMap<String, ErrorArg>,
}

impl Said {
    pub fn format(&self, l: &journey_i18n::Localizer) -> String {
        let args: Vec<(&str, journey_i18n::Arg)> = self.args.iter().map(|(k, v)| (k.as_str(), v.in_language(l))).collect();
        l.format(&self.id, &args)
    }
}

impl From<&journey_export::Said> for Said {
    fn from(s: &journey_export::Said) -> Self {
        Said { id: s.id.to_string(), args: s.args.iter().map(|(k, v)| (k.to_string(), v.into())).collect() }
    }
}

impl From<journey_export::Said> for Said {
    fn from(s: journey_export::Said) -> Self {
        Said::from(&s)
    }
}

impl From<&journey_export::SaidArg> for ErrorArg {
    fn from(a: &journey_export::SaidArg) -> Self {
        match a {
            journey_export::SaidArg::Text(t) => ErrorArg::Text(t.clone()),
            journey_export::SaidArg::Number(n) => ErrorArg::Number(*n),
            journey_export::SaidArg::Said(s) => ErrorArg::Said(Said::from(s.as_ref())),
            journey_export::SaidArg::List(items) => ErrorArg::List(items.iter().map(Into::into).collect()),
        }
    }
}

impl From<&str> for ErrorArg {
    fn from(s: &str) -> Self {
        ErrorArg::Text(s.into())
    }
}

impl From<String> for ErrorArg {
    fn from(s: String) -> Self {
        ErrorArg::Text(s)
    }
}

impl From<u64> for ErrorArg {
    fn from(n: u64) -> Self {
        ErrorArg::Number(n as f64)
    }
}

impl ApiError {
    /// A refusal said in English only (the page shows `message` as it is).
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        ApiError { code: code.into(), message: message.into(), id: None, args: BTreeMap::new() }
    }

    /// A refusal said by catalog message `id` with `args`; its English sentence is the English
    /// catalog's, so the shell writes each sentence once, in `locales/en/errors.ftl`.
    pub fn said(code: &str, id: &str, args: &[(&str, ErrorArg)]) -> Self {
        let mut e = ApiError {
            code: code.into(),
            message: String::new(),
            id: Some(id.into()),
            args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
        };
        let english = journey_i18n::english_localizer();
        e.message = if english.has(id) { e.sentence(english) } else { id.to_string() };
        e
    }

    /// This refusal in `loc`'s language: message `id` with `args`, where an argument named
    /// `field` (`FIELD_ARG`) holds the id of the value refused and is first replaced by that
    /// field's own message, `field-<id>` (`field_message`), when the catalogs have one. The page's
    /// `l.error` (ui/src/i18n) follows the same rule. `message`, the English sentence, when the
    /// catalogs lack `id` or it has none.
    pub fn sentence(&self, loc: &journey_i18n::Localizer) -> String {
        match self.id.as_deref() {
            Some(id) if loc.has(id) => {
                let args: Vec<(&str, journey_i18n::Arg)> = self.args.iter().map(|(k, v)| (k.as_str(), fluent_arg(k, v, loc))).collect();
                loc.format(id, &args)
            }
            _ => self.message.clone(),
        }
    }
}

/// The argument of a refusal's message that names the value refused, by its id
/// (journey-core's `Field::id`); formatters say it as message `field_message(id)`.
pub const FIELD_ARG: &str = "field";

/// The message that names field `id` in a sentence (the inspector's label where it has one).
pub fn field_message(id: &str) -> String {
    format!("field-{id}")
}

/// A refusal's argument in `loc`'s language: the field refused by its label, else as
/// `ErrorArg::in_language` says it (a message inside said first, a list joined).
fn fluent_arg(name: &str, v: &ErrorArg, loc: &journey_i18n::Localizer) -> journey_i18n::Arg {
    match v {
        ErrorArg::Text(t) if name == FIELD_ARG && loc.has(&field_message(t)) => journey_i18n::Arg::Text(loc.text(&field_message(t))),
        other => other.in_language(loc),
    }
}

impl ApiError {
    /// The refusal in `language` (what the CLI prints): `sentence` in that language's catalogs.
    pub fn in_language(&self, language: journey_i18n::Language) -> String {
        self.sentence(journey_i18n::localizer(language))
    }

    /// `code`'s own message (`error-<code>`) with `args`.
    pub fn code(code: &str, args: &[(&str, ErrorArg)]) -> Self {
        ApiError::said(code, &format!("error-{}", code.replace('_', "-")), args)
    }
}

/// Lists the codes once: the enum, `ALL` and `as_str` come from the same lines.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident => $code:literal,)*) => {
        /// Every `code` the page can receive in an `ApiError`: the core's refusals
        /// (`EditError::code`), the store's (`StoreError::code`), the shell's own
        /// (`ApiError::new` in src-tauri) and the one the page gives the shell's crash event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    // journey-core: EditError::code
    NotFound => "not_found",
    DuplicateId => "duplicate_id",
    InvalidGraph => "invalid_graph",
    InvalidValue => "invalid_value",
    TooLong => "too_long",
    // journey-store: StoreError::code
    NotAWorkspace => "not_a_workspace",
    NewerVersion => "newer_version",
    Corrupt => "corrupt",
    Locked => "locked",
    /// The file is read-only (the store), or a workshop was asked of one (the shell).
    ReadOnly => "read_only",
    DiskFull => "disk_full",
    Missing => "missing",
    NoSuchJourney => "no_such_journey",
    NoSuchVersion => "no_such_version",
    /// The edit was made against an older revision; the page reloads.
    Stale => "stale",
    NothingToDo => "nothing_to_do",
    /// "Merge a copy" was given a file of another workspace.
    UnrelatedCopy => "unrelated_copy",
    /// Live sync: a teammate's journey shares only its id with ours.
    UnrelatedRemote => "unrelated_remote",
    /// Live sync: what came from a teammate could not be read; it is asked for again.
    BadRemote => "bad_remote",
    // journey-sync: SyncError::code (sharing, joining, syncing)
    Unreachable => "unreachable",
    WrongSecret => "wrong_secret",
    Revoked => "revoked",
    UnknownWorkspace => "unknown_workspace",
    NewerNeeded => "newer_needed",
    Certificate => "certificate",
    Refused => "refused",
    BadInvitation => "bad_invitation",
    Timeout => "timeout",
    NotShared => "not_shared",
    Io => "io",
    Storage => "storage",
    // journey-sync: RoomError::code (joining a room by its address and code)
    BadAddress => "bad_address",
    BadCode => "bad_code",
    NoRoom => "no_room",
    WrongCode => "wrong_code",
    TooManyAttempts => "too_many_attempts",
    NotARoom => "not_a_room",
    // src-tauri: ApiError::new
    /// A command argument the shell could not read (an id that is not a UUID, an unknown edit).
    InvalidInput => "invalid_input",
    IoError => "io_error",
    NoWorkspace => "no_workspace",
    WindowFailed => "window_failed",
    Busy => "busy",
    WorkshopFailed => "workshop_failed",
    NoSession => "no_session",
    Cancelled => "cancelled",
    TooLarge => "too_large",
    ExportFailed => "export_failed",
    ImportFailed => "import_failed",
    /// Something that should not happen (the shell), or a failure that is not an ApiError (the page).
    Internal => "internal",
    // the page: its notice for the shell's `crashed` event
    Crashed => "crashed",
}

impl ErrorCode {
    pub fn parse(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.as_str() == code)
    }
}

/// The payload of the `crashed` event: the shell panicked. What to say, and the log it wrote.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Crash {
    pub message: String,
    /// The log file the panic was written to; None when it could not be written.
    pub log: Option<String>,
}

/// An invitation as File > Share This Workspace… shows it: the line to send, where it points,
/// and its QR code.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SharedInvitation {
    pub text: String,
    pub server: String,
    pub qr: Option<journey_workshop::Qr>,
}

/// The room a window accepts (Share This Workspace… > In this room): what a teammate types (the
/// address and the code), the invitation to send instead, and whether the room is announced on
/// the local network.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoomView {
    /// The workspace's name, as nearby studios list the room.
    pub name: String,
    /// `host:port`.
    pub address: String,
    /// `K7PQ-2MXR`.
    pub code: String,
    pub invitation: SharedInvitation,
    /// Announced by mDNS (false when the network gives no multicast: the address still works).
    pub advertised: bool,
    /// The workspace is also on a team server (else it was shared for the room only).
    pub on_team_server: bool,
}

/// Menu items the page carries out (it knows the open journey and the selection): the shell
/// sends their ids to it as "menu" events, and the page's TypeScript has them as `MenuAction`.
/// Delete, Cut, Copy and Paste have no menu accelerators on purpose: GTK would take those keys
/// from the text fields.
pub const PAGE_ACTIONS: &[&str] = &[
    "undo", "redo", "find", "duplicate", "zoom-in", "zoom-out", "zoom-reset", "fit", "view-map", "view-graph",
    "toggle-inspector", "toggle-insights", "toggle-versions", "toggle-workshop", "present", "cut", "copy", "paste", "delete",
    "shortcuts", "preferences", "journey-new", "journey-duplicate", "add-stage", "add-lane", "import", "merge-copy", "share", "join", "export",
];

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInfo {
    pub path: String,
    pub file_name: String,
    /// "file (read-only) — Journey Studio": the native window's title, given to the page too.
    pub title: String,
    pub read_only: bool,
    pub journeys: Vec<JourneySummary>,
}

/// What File > Import... brought in: the new journeys (empty when the dialog was closed) and the
/// import report, a note for each thing the file held that did not come in as written
/// (journey-export's `import_bytes_reported`), which the page says in the window's language.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub journeys: Vec<journey_core::Id>,
    pub notes: Vec<Said>,
}

impl ImportReport {
    pub fn new(journeys: Vec<journey_core::Id>, notes: &[journey_export::Said]) -> Self {
        ImportReport { journeys, notes: notes.iter().map(Said::from).collect() }
    }
}

/// What the studio window shows of one journey: the data and its geometry.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JourneyView {
    pub journey: Journey,
    pub layout: Layout,
    pub revision: u64,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// A running workshop session as the facilitator's window shows it: what `workshop_start` and
/// `workshop_view` answer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "WorkshopSession")]
pub struct SessionView {
    /// The address participants open (with the join code in it).
    pub url: String,
    /// The address as a QR code; None when it could not be made.
    pub qr: Option<Qr>,
    /// journey-workshop's facilitator view: code, participants, settings, timer, vote.
    pub session: FacilitatorView,
}

/// One line of a journey's workshop record (`workshop_record`, oldest first): when (UTC,
/// "YYYY-MM-DD HH:MM:SS"), who, and what they did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "WorkshopRecordLine")]
pub struct RecordLine(pub String, pub String, pub String);

impl From<(String, String, String)> for RecordLine {
    fn from((at, who, what): (String, String, String)) -> Self {
        RecordLine(at, who, what)
    }
}
