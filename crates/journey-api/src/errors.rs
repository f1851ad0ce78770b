//! What each library's refusal says, as a catalog message and its arguments (`locales/<lang>/
//! errors.ftl`), so the window and the CLI (`ApiError::sentence`) say it in their language. The
//! English sentence (`message`) stays the library's own `Display`: the logs keep it, and it is
//! said only for a message the catalogs do not have yet.
//!
//! Arguments that are the libraries' own words (an OS error, SQLite's complaint, a graph
//! problem the core describes) are passed as they are, in English, inside a translated sentence.

use journey_core::EditError;
use journey_export::ExportError;
use journey_store::StoreError;
use journey_sync::room::RoomError;
use journey_sync::{ConnectError, InviteError, SyncError};

use crate::{ApiError, ErrorArg};

fn said(code: &str, id: &str, args: Vec<(&str, ErrorArg)>, message: String) -> ApiError {
    ApiError {
        code: code.into(),
        message,
        id: Some(id.into()),
        args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    }
}

fn text(s: impl ToString) -> ErrorArg {
    ErrorArg::Text(s.to_string())
}

fn number(n: impl Into<f64>) -> ErrorArg {
    ErrorArg::Number(n.into())
}

fn path(p: &std::path::Path) -> ErrorArg {
    text(p.display())
}

impl From<EditError> for ApiError {
    fn from(e: EditError) -> Self {
        let message = e.to_string();
        let code = e.code();
        let id = format!("error-{}", code.replace('_', "-"));
        let args = match &e {
            // `what` is one of the core's names for a thing ("card", "stage", "pain point"): the
            // catalog picks the word for it.
            EditError::NotFound { what, id } | EditError::DuplicateId { what, id } => vec![("what", text(what.replace(' ', "-"))), ("id", text(id))],
            EditError::InvalidGraph(detail) => vec![("detail", text(detail))],
            EditError::InvalidValue { field, problem } => vec![("field", text(field)), ("problem", text(problem))],
            EditError::TooLong { field, len, max } => vec![("field", text(field)), ("length", number(*len as f64)), ("max", number(*max as f64))],
        };
        said(code, &id, args, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let message = e.to_string();
        let code = e.code();
        let default = format!("error-{}", code.replace('_', "-"));
        let (id, args): (&str, Vec<(&str, ErrorArg)>) = match &e {
            StoreError::Edit(edit) => return ApiError::from(edit.clone()),
            StoreError::NotAWorkspace { path: p, reason } => (&default, vec![("path", path(p)), ("reason", text(reason))]),
            StoreError::NewerVersion { path: p, found, supported } => (&default, vec![("path", path(p)), ("found", number(*found)), ("supported", number(*supported))]),
            StoreError::Corrupt { path: p, detail } => (&default, vec![("path", path(p)), ("detail", text(detail))]),
            StoreError::BadRow(detail) => ("error-corrupt-row", vec![("detail", text(detail))]),
            StoreError::Locked { path: p } => (&default, vec![("path", path(p))]),
            // SQLite's own read-only refusal names no file (`From<rusqlite::Error>`).
            StoreError::ReadOnly { path: p, .. } if p.as_os_str().is_empty() => ("error-read-only-file", vec![]),
            StoreError::ReadOnly { path: p, reason } => (&default, vec![("path", path(p)), ("reason", text(reason))]),
            StoreError::DiskFull => (&default, vec![]),
            StoreError::Missing { path: p } => (&default, vec![("path", path(p))]),
            StoreError::NoSuchJourney(id) | StoreError::NoSuchVersion(id) => (&default, vec![("id", text(id))]),
            StoreError::Stale { expected, actual } => (&default, vec![("expected", number(*expected as f64)), ("actual", number(*actual as f64))]),
            // "undo", "redo", or the restore's own words: the catalog selects on it.
            StoreError::NothingTo(what) => (&default, vec![("what", text(what.split(':').next().unwrap_or(what)))]),
            StoreError::Io { path: p, source } => (&default, vec![("path", path(p)), ("detail", text(source))]),
            StoreError::Sqlite(detail) => (&default, vec![("detail", text(detail))]),
            StoreError::UnrelatedCopy { path: p } => (&default, vec![("path", path(p))]),
            StoreError::UnrelatedRemote(id) => (&default, vec![("id", text(id))]),
            StoreError::BadRemote(detail) => (&default, vec![("detail", text(detail))]),
        };
        said(code, id, args, message)
    }
}

impl From<ExportError> for ApiError {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Cancelled => ApiError::said("cancelled", "error-cancelled", &[]),
            ExportError::TooLarge(m) => ApiError::said("too_large", "error-too-large", &[("detail", m.as_str().into())]),
            ExportError::Io(e) => ApiError::said("io_error", "error-io-error-export", &[("detail", e.to_string().into())]),
            ExportError::Render(m) => ApiError::said("export_failed", "error-export-failed", &[("detail", m.as_str().into())]),
        }
    }
}

impl From<ConnectError> for ApiError {
    fn from(e: ConnectError) -> Self {
        // The sync layer says which message and arguments (its status carries the same).
        let s = e.said();
        let args = s.args.iter().map(|(k, v)| (k.as_str(), text(v))).collect();
        said(e.code(), &s.id, args, e.to_string())
    }
}

impl From<InviteError> for ApiError {
    fn from(e: InviteError) -> Self {
        let message = e.to_string();
        let (id, args) = match &e {
            InviteError::NotAnInvitation => ("error-bad-invitation", vec![]),
            InviteError::Damaged(detail) => ("error-bad-invitation-damaged", vec![("detail", text(detail))]),
            InviteError::Newer(version) => ("error-bad-invitation-newer", vec![("version", number(*version))]),
            InviteError::BadServer(server, detail) => ("error-bad-invitation-server", vec![("server", text(server)), ("detail", text(detail))]),
        };
        said("bad_invitation", id, args, message)
    }
}

impl From<SyncError> for ApiError {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Connect(e) => e.into(),
            SyncError::Store(e) => e.into(),
            SyncError::Invite(e) => e.into(),
            SyncError::Timeout(seconds, ref detail) => {
                let args = vec![("seconds", number(seconds as f64)), ("detail", text(detail))];
                said("timeout", "error-timeout", args, e.to_string())
            }
            SyncError::NotShared => said("not_shared", "error-not-shared", vec![], e.to_string()),
            SyncError::Io(ref io) => {
                let args = vec![("detail", text(io))];
                said("io", "error-io-sync", args, e.to_string())
            }
        }
    }
}

impl From<RoomError> for ApiError {
    fn from(e: RoomError) -> Self {
        let message = e.to_string();
        let code = e.code();
        let default = format!("error-{}", code.replace('_', "-"));
        let (id, args): (&str, Vec<(&str, ErrorArg)>) = match &e {
            RoomError::BadAddress(address) => (&default, vec![("address", text(address))]),
            RoomError::BadCode(typed) => (&default, vec![("typed", text(typed))]),
            RoomError::NoRoom(address, detail) | RoomError::NotARoom(address, detail) => (&default, vec![("address", text(address)), ("detail", text(detail))]),
            RoomError::WrongCode(address) => (&default, vec![("address", text(address))]),
            RoomError::TooManyAttempts(address, seconds) => (&default, vec![("address", text(address)), ("seconds", number(*seconds as f64))]),
            RoomError::InBetween(address) => ("error-certificate-room", vec![("address", text(address))]),
        };
        said(code, id, args, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_said_in_the_localizers_language_with_its_arguments() {
        let missing = ApiError::from(StoreError::Missing { path: "/tmp/nowhere.journeys".into() });
        let fa = journey_i18n::Localizer::for_code("fa");
        let said = missing.sentence(&fa);
        assert!(said.contains("/tmp/nowhere.journeys") && said.contains("پرونده"), "{said}");
        let en = missing.sentence(journey_i18n::english_localizer());
        assert_eq!(en, "There is no file at /tmp/nowhere.journeys.");
    }

    #[test]
    fn a_refusal_whose_message_the_catalogs_lack_is_said_as_its_english_sentence() {
        let plain = ApiError::new("internal", "Something odd happened");
        assert_eq!(plain.sentence(&journey_i18n::Localizer::for_code("ru")), "Something odd happened");
        // (An id made here: the catalog test checks that every id the code names exists.)
        let unknown = ApiError { id: Some(format!("error-{}", "in-no-catalog")), ..ApiError::new("internal", "Said in English") };
        assert_eq!(unknown.sentence(&journey_i18n::Localizer::for_code("te")), "Said in English");
    }
}
