//! What each library's refusal says, as a catalog message and its arguments (`locales/<lang>/
//! errors.ftl`), so the window and the CLI (`ApiError::sentence`) say it in their language. The
//! English sentence (`message`) stays the library's own `Display`: the logs keep it, and it is
//! said only for a message the catalogs do not have yet.
//!
//! Arguments that are the libraries' own words (an OS error, SQLite's complaint) are passed as
//! they are, in English, inside a translated sentence. The core's edit refusals are data (a
//! field, a problem with numbers and names), so their whole sentence is the catalog's.

use journey_core::EditError;
use journey_export::{ExportError, ImportError};
use journey_store::StoreError;
use journey_sync::room::RoomError;
use journey_sync::{ConnectError, InviteError, SyncError};

use crate::{ApiError, ErrorArg, Said};

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

/// Each of the core's refusals has its own message: the problem's (`Problem::message`,
/// `GraphProblem::message`) with its typed arguments, and the field refused as the argument
/// `field` holding its id, which the formatter says in the window's words (`ApiError::sentence`).
impl From<EditError> for ApiError {
    fn from(e: EditError) -> Self {
        let message = e.to_string();
        let code = e.code();
        let default = format!("error-{}", code.replace('_', "-"));
        let core =
            |args: Vec<(&'static str, journey_core::error::Arg)>| -> Vec<(&'static str, ErrorArg)> {
                args.into_iter()
                    .map(|(k, v)| match v {
                        journey_core::error::Arg::Number(n) => (k, number(n)),
                        journey_core::error::Arg::Text(t) => (k, ErrorArg::Text(t)),
                        journey_core::error::Arg::Said(s) => {
                            (k, ErrorArg::Said(crate::Said::from(&s)))
                        }
                    })
                    .collect()
            };
        let field = |f: &journey_core::Field| (crate::FIELD_ARG, text(f.id()));
        let (id, args): (&str, Vec<(&str, ErrorArg)>) = match &e {
            // `what` is one of the core's names for a thing ("card", "stage", "pain point"): the
            // catalog picks the word for it.
            EditError::NotFound { what, id } | EditError::DuplicateId { what, id } => (&default, vec![("what", text(what.replace(' ', "-"))), ("id", text(id))]),
            EditError::InvalidGraph(problem) => (problem.message(), core(problem.args())),
            EditError::InvalidValue { field: f, problem } => (problem.message(), [vec![field(f)], core(problem.args())].concat()),
            EditError::TooLong { field: f, len, max } => (&default, vec![field(f), ("length", number(*len as f64)), ("max", number(*max as f64))]),
        };
        said(code, id, args, message)
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

/// An import refused: its place in the file around what is wrong there, each a catalog message
/// (`error-import-…`), so the window and the CLI say the line, the cell or the JSON path in
/// their language. The code is `import_failed`; `ApiError::import_failed` adds the file's name.
impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> Self {
        let said = Said::from(e.said());
        ApiError { code: "import_failed".into(), message: e.to_string(), id: Some(said.id), args: said.args }
    }
}

impl ApiError {
    /// The refusal of the file `name` (`error-import-failed`: "name: what is wrong. Nothing was
    /// imported."), the import's own refusal as its detail.
    pub fn import_failed(name: &str, e: &ImportError) -> Self {
        let detail = ErrorArg::Said(Said::from(e.said()));
        ApiError::said("import_failed", "error-import-failed", &[("name", name.into()), ("detail", detail)])
    }
}

#[cfg(test)]
mod tests {
    use journey_core::error::{Counted, End, Way};
    use journey_core::{new_id, CardKind, EditError, Field, GraphProblem, Problem};
    use journey_i18n::Localizer;

    use crate::{field_message, ApiError, ErrorArg};

    /// One of every problem the core can name, with names in no Latin letters, so a Latin word
    /// left in a sentence is the catalog's.
    fn every_refusal() -> Vec<EditError> {
        let name = || "Ω".to_string();
        let values = [
            Problem::Empty,
            Problem::OutOfRange { min: 1.0, max: 5.0, value: 9.0 },
            Problem::NotBetween { min: -100.0, max: 100.0 },
            Problem::NotFinite,
            Problem::NotAColour { value: name() },
            Problem::ScaleInverted { min: 3, max: -3 },
            Problem::ScaleTooWide { max: 20 },
            Problem::StepOutsideScale { step: 4, min: -3, max: 3 },
            Problem::ScoreOutsideScale { score: 7, min: -3, max: 3 },
            Problem::ScoresOutsideScale { count: 1, min: -2, max: 2 },
            Problem::ScoresOutsideScale { count: 5, min: -2, max: 2 },
            Problem::TooManyEntries { max: 100 },
            Problem::AnswersOnlyPainPoints,
            Problem::JourneyTooLarge { what: Counted::Stages, count: 1200, max: 1000 },
            Problem::JourneyTooLarge { what: Counted::Cards, count: 250_001, max: 250_000 },
            Problem::Full { max: 50 },
            Problem::UseAMove,
            Problem::PainPointAnswered,
            Problem::AlreadyOfKind { kind: CardKind::PainPoint },
            Problem::IdsPerCard { cards: 2, ids: 1 },
            Problem::StageMoveRange { max: 4, steps: 7 },
            Problem::PlacePastEnd { others: 3, place: 5 },
            Problem::CardListedTwice { card: new_id() },
            Problem::NoCards,
            Problem::LaneMoveZero,
            Problem::LaneAtEnd { lane: name(), end: End::First },
            Problem::LaneMoveTooFar { lane: name(), room: 2, way: Way::Up, steps: 3 },
            Problem::OtherJourney,
            Problem::NotRebuilt,
        ];
        let graph = [
            GraphProblem::StageAtEnd { stage: name(), end: End::Last },
            GraphProblem::NotInLine { a: name(), b: name() },
            GraphProblem::RepeatJoins { a: name(), b: name() },
            GraphProblem::FlowToItself { stage: name() },
            GraphProblem::AlreadyConnected { from: name(), to: name() },
            GraphProblem::RepeatNotBack { from: name(), to: name() },
            GraphProblem::WouldLoop { from: name(), to: name() },
            GraphProblem::KindChanged,
            GraphProblem::RepeatWouldBreak { from: name(), to: name() },
        ];
        let mut all: Vec<EditError> = Vec::new();
        // Each field once, with the problems round-robin, so every label is said in a sentence.
        for (i, field) in Field::ALL.iter().enumerate() {
            all.push(EditError::invalid(*field, values[i % values.len()].clone()));
            all.push(EditError::TooLong { field: *field, len: 201, max: 200 });
        }
        all.extend(values.iter().map(|p| EditError::invalid(Field::StageName, p.clone())));
        all.extend(graph.into_iter().map(EditError::InvalidGraph));
        all
    }

    /// The sentence without its text arguments (names, ids, a value as typed) and the words a
    /// catalog keeps in Latin letters on purpose (a metric's name, a colour's example).
    fn own_words(sentence: &str, e: &ApiError, keep: &[&str]) -> String {
        let mut s = sentence.to_string();
        for v in e.args.values() {
            if let ErrorArg::Text(t) = v {
                s = s.replace(t.as_str(), "");
            }
        }
        for k in keep {
            s = s.replace(k, "");
        }
        s
    }

    #[test]
    fn a_refused_rating_is_said_whole_in_persian_and_russian_with_its_label_and_numbers() {
        let e = ApiError::from(EditError::invalid(Field::Severity, Problem::OutOfRange { min: 1.0, max: 5.0, value: 9.0 }));
        assert_eq!((e.code.as_str(), e.id.as_deref()), ("invalid_value", Some("error-value-out-of-range")));
        assert_eq!(e.message, "severity: must be 1 to 5, not 9", "the English sentence is still the core's");
        assert_eq!(e.args["field"], ErrorArg::Text("severity".into()));
        assert_eq!((&e.args["min"], &e.args["max"], &e.args["value"]), (&ErrorArg::Number(1.0), &ErrorArg::Number(5.0), &ErrorArg::Number(9.0)));

        let fa = Localizer::for_code("fa");
        let persian = e.sentence(&fa);
        assert!(
            persian.contains(&fa.text("field-severity")),
            "the field is not named by its label: {persian}"
        );
        assert!(
            !persian.chars().any(|c| c.is_ascii_alphabetic()),
            "an English word is left: {persian}"
        );
        // In Persian digits, as the page writes them.
        for n in ['۱', '۵', '۹'] {
            assert!(persian.contains(n), "{n} is missing: {persian}");
        }
        assert!(
            !persian.chars().any(|c| c.is_ascii_digit()),
            "a 0-9 digit is left: {persian}"
        );
        let ru = e.sentence(&Localizer::for_code("ru"));
        assert_eq!(ru, "Тяжесть: выберите значение от 1 до 5, а не 9.");
        assert_eq!(e.sentence(journey_i18n::english_localizer()), "Severity: choose 1 to 5, not 9.");
    }

    #[test]
    fn a_graph_refusal_is_said_with_its_stage_names_as_written() {
        let e = ApiError::from(EditError::InvalidGraph(GraphProblem::WouldLoop { from: "Оплата".into(), to: "Поиск".into() }));
        assert_eq!((e.code.as_str(), e.id.as_deref()), ("invalid_graph", Some("error-would-loop")));
        assert_eq!(e.message, "\"Поиск\" already leads to \"Оплата\"; to go back, use a repeat loop instead");
        assert_eq!(e.sentence(&Localizer::for_code("ru")), "«Поиск» уже ведёт к «Оплата»; чтобы вернуться назад, используйте петлю повторения.");
    }

    #[test]
    fn a_sentence_falls_back_to_the_english_message_without_a_catalog_message() {
        let mut e = ApiError::from(EditError::invalid(Field::Severity, Problem::NotFinite));
        e.id = Some(format!("error-{}", "not-in-any-catalog"));
        assert_eq!(e.sentence(&Localizer::for_code("te")), "severity: must be a finite number");
        e.id = None;
        assert_eq!(e.sentence(&Localizer::for_code("fa")), e.message);
    }

    #[test]
    fn every_refusal_of_the_core_is_said_in_every_language_with_no_english_left() {
        let english = journey_i18n::english_localizer();
        for field in Field::ALL {
            assert!(english.has(&field_message(field.id())), "no message {} for Field::{field:?}", field_message(field.id()));
        }
        let mut problems = vec![];
        for e in every_refusal() {
            let api = ApiError::from(e.clone());
            let id = api.id.clone().expect("every refusal has a catalog id");
            if !english.has(&id) {
                problems.push(format!("{id} ({e:?}) is not in locales/en"));
                continue;
            }
            for lang in journey_i18n::LANGUAGES {
                let loc = Localizer::new(lang);
                let sentence = api.sentence(&loc);
                if sentence.contains('{') || sentence.contains("field-") || sentence == id {
                    problems.push(format!("{}: {id} is not filled in: {sentence}", lang.code));
                }
                if let Some(ErrorArg::Text(field)) = api.args.get("field") {
                    if field.contains('-') && sentence.contains(field.as_str()) {
                        problems.push(format!("{}: {id} names the field by its id: {sentence}", lang.code));
                    }
                }
                // Persian keeps no Latin word; Russian and Telugu only a metric's name and the
                // colour example; Tagalog is written in Latin letters.
                let keep: &[&str] = match lang.code {
                    "fa" => &[],
                    "ru" | "te" => &["NPS", "CSAT", "CES", "#3366cc"],
                    _ => continue,
                };
                let own = own_words(&sentence, &api, keep);
                if own.chars().any(|c| c.is_ascii_alphabetic()) {
                    problems.push(format!("{}: {id} has Latin letters: {sentence}", lang.code));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[cfg(test)]
mod sentence_tests {
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
