//! What the importers and exporters say to a person: the import report's notes, the export
//! report's, and the detail of an import refusal. Each is a catalog message (`locales/<lang>/
//! export.ftl`, `errors.ftl`) and its arguments, not a sentence, so it is said in the reader's
//! language where it is shown: the window formats it in its own language (journey-api carries id
//! and arguments), the CLI in its `--lang`. Its `Display` is the English catalog's sentence, the
//! one the tests and the logs read.
//!
//! Numbers stay numbers, so Fluent picks the plural and the language writes the digits; what the
//! file itself holds (names, paths, cell values) is text, passed as it is.

use std::fmt;

use journey_i18n::{Arg, Language, Localizer};

/// A message and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, SaidArg)>,
}

/// An argument of a `Said`.
#[derive(Debug, Clone, PartialEq)]
pub enum SaidArg {
    /// The file's own words, or the program's (a parser's complaint): never translated.
    Text(String),
    Number(f64),
    /// Another message, said in the same language first (a refusal's detail inside its place).
    Said(Box<Said>),
    /// Items joined as the language joins them.
    List(Vec<SaidArg>),
}

/// A `Said` from an id and `name = value` arguments: `said!("export-import-lucid-cards", count = 3, notes = 1)`.
#[macro_export]
macro_rules! said {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::Said { id: $id, args: vec![$((stringify!($k), $crate::SaidArg::from($v))),*] }
    };
}

/// The message that carries a detail still said only in English (the core's rule violations,
/// a parser's own words) inside a translated refusal.
const UNTRANSLATED: &str = "error-import-detail";

impl Said {
    /// A message without arguments.
    pub fn of(id: &'static str) -> Said {
        Said { id, args: Vec::new() }
    }

    /// Words that have no message of their own, passed as they are.
    pub fn untranslated(text: impl Into<String>) -> Said {
        Said { id: UNTRANSLATED, args: vec![("detail", SaidArg::Text(text.into()))] }
    }

    pub fn format(&self, l: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = self.args.iter().map(|(k, v)| (*k, v.format(l))).collect();
        l.format(self.id, &args)
    }

    /// The sentence in `language`.
    pub fn in_language(&self, language: Language) -> String {
        self.format(journey_i18n::localizer(language))
    }
}

impl SaidArg {
    fn format(&self, l: &Localizer) -> Arg {
        match self {
            SaidArg::Text(t) => Arg::Text(t.clone()),
            SaidArg::Number(n) => Arg::Number(*n),
            SaidArg::Said(s) => Arg::Text(s.format(l)),
            SaidArg::List(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| match i.format(l) {
                        Arg::Text(t) => t,
                        Arg::Number(n) => l.format(NUMBER, &[("n", Arg::Number(n))]),
                    })
                    .collect();
                Arg::Text(l.list(&items))
            }
        }
    }
}

/// A number on its own, in a list (`{ $n }`: Fluent writes it the language's way).
const NUMBER: &str = "export-import-number";

/// The English sentence.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(journey_i18n::english_localizer()))
    }
}

impl From<String> for SaidArg {
    fn from(s: String) -> SaidArg {
        SaidArg::Text(s)
    }
}
impl From<&str> for SaidArg {
    fn from(s: &str) -> SaidArg {
        SaidArg::Text(s.to_string())
    }
}
impl From<&String> for SaidArg {
    fn from(s: &String) -> SaidArg {
        SaidArg::Text(s.clone())
    }
}
impl From<Said> for SaidArg {
    fn from(s: Said) -> SaidArg {
        SaidArg::Said(Box::new(s))
    }
}
impl<T: Into<SaidArg>> From<Vec<T>> for SaidArg {
    fn from(items: Vec<T>) -> SaidArg {
        SaidArg::List(items.into_iter().map(Into::into).collect())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => { $(impl From<$t> for SaidArg { fn from(n: $t) -> SaidArg { SaidArg::Number(n as f64) } })* };
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// Words without a message (a library's error, the core's rule): said as they are.
impl From<String> for Said {
    fn from(s: String) -> Said {
        Said::untranslated(s)
    }
}
impl From<&str> for Said {
    fn from(s: &str) -> Said {
        Said::untranslated(s)
    }
}
/// The core's refusal of what a file holds, said by the core's own message for it (its
/// problems and graph problems name their message ids); the field by the import's word for it
/// (`error-import-field`: those a file's rows fill, any other as the core names it). What names
/// an id the file does not have stays in the core's English.
impl From<journey_core::EditError> for Said {
    fn from(e: journey_core::EditError) -> Said {
        use journey_core::EditError;
        let field = |f: journey_core::Field| crate::said!("error-import-field", field = f.id(), name = f.english());
        let args = |core: Vec<(&'static str, journey_core::error::Arg)>| -> Vec<(&'static str, SaidArg)> {
            core.into_iter()
                .map(|(k, v)| {
                    let v = match v {
                        journey_core::error::Arg::Number(n) => SaidArg::Number(n),
                        journey_core::error::Arg::Text(t) => SaidArg::Text(t),
                    };
                    (k, v)
                })
                .collect()
        };
        match e {
            EditError::TooLong { field: f, len, max } => crate::said!("error-import-too-long", field = field(f), length = len, max = max),
            EditError::InvalidValue { field: f, problem } => {
                let mut said = Said { id: problem.message(), args: args(problem.args()) };
                said.args.retain(|(k, _)| *k != "field");
                said.args.push(("field", SaidArg::from(field(f))));
                said
            }
            EditError::InvalidGraph(problem) => Said { id: problem.message(), args: args(problem.args()) },
            other => Said::untranslated(other.to_string()),
        }
    }
}

/// What serde_json's refusal of a file says: a file cut off, text that is not JSON (the parser's
/// own words kept for the detail, in English), or JSON of another shape (English: serde names
/// the field it missed).
pub(crate) fn json_syntax(e: &serde_json::Error, message: String, ojf: bool) -> Said {
    use serde_json::error::Category;
    match (e.classify(), ojf) {
        (Category::Eof, _) => crate::said!("error-import-json-cut-off"),
        (Category::Syntax, true) => crate::said!("error-import-not-ojf-json", detail = message),
        (Category::Syntax, false) => crate::said!("error-import-not-json", detail = message),
        _ => Said::untranslated(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{import_bytes_reported, import_reported, ImportError, ImportFormat};
    use journey_core::sample::sample_journeys;

    fn lang(code: &str) -> Language {
        journey_i18n::language(code).expect("a language with catalogs")
    }

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ojf").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Words of the English notes that no Russian or Persian sentence has: the file's own
    /// names and OJF's member names are left out of the check by being none of these.
    const ENGLISH: [&str; 14] =
        [" the ", " and ", "Read ", "Scale:", " stages", " lanes", " cards", " made ", " items ", " were ", " has ", " no home", "became", " as "];

    /// `s` without what it quotes (the file's node titles and lane names, which are English in
    /// these fixtures).
    fn unquoted(s: &str) -> String {
        let mut out = String::new();
        let mut inside = false;
        for c in s.chars() {
            match c {
                '"' => inside = !inside,
                '«' => inside = true,
                '»' => inside = false,
                _ if !inside => out.push(c),
                _ => {}
            }
        }
        out
    }

    fn no_english(notes: &[String]) {
        for n in notes {
            let n = &unquoted(n);
            for w in ENGLISH {
                assert!(!n.contains(w), "\"{w}\" is English in: {n}");
            }
        }
    }

    #[test]
    fn an_ojf_import_reports_in_russian_with_russian_plurals_and_no_english_sentence() {
        let (_, notes) = import_reported(&fixture("hotel-check-in-blueprint.ojf"), ImportFormat::Ojf).unwrap();
        let english: Vec<String> = notes.iter().map(ToString::to_string).collect();
        assert!(english[0].starts_with("Read as OpenJourney: "), "{english:?}");
        let ru: Vec<String> = notes.iter().map(|n| n.in_language(lang("ru"))).collect();
        no_english(&ru);
        assert!(ru[0].starts_with("Прочитано как OpenJourney: "), "{ru:?}");
        assert!(ru.iter().any(|n| n.starts_with("Элементы блюпринта «backstage» стали карточками на дорожке «Backstage»")), "{ru:?}");
        assert!(ru.iter().any(|n| n.starts_with("Виды дорожек угаданы по названиям дорожек OJF")), "{ru:?}");
        // The counts as numbers: Fluent picks the Russian form for each.
        let read = said!("export-import-ojf-read", stages = 3, swimlanes = 1, nodes = 5, lanes = 2, cards = 21);
        assert_eq!(read.in_language(lang("ru")), "Прочитано как OpenJourney: 3 этапа, 1 дорожка OJF и 5 узлов дали 2 дорожки и 21 карточку.");
        assert_eq!(read.to_string(), "Read as OpenJourney: 3 stages, 1 swimlane and 5 nodes made 2 lanes and 21 cards.");
    }

    #[test]
    fn an_ojf_import_reports_in_persian_with_the_file_s_figures() {
        let (_, notes) = import_reported(&fixture("b2b-software-purchase.ojf"), ImportFormat::Ojf).unwrap();
        let fa: Vec<String> = notes.iter().map(|n| n.in_language(lang("fa"))).collect();
        no_english(&fa);
        assert!(fa[0].starts_with("به‌صورت OpenJourney خوانده شد"), "{fa:?}");
        assert!(fa.iter().any(|n| n.contains("مقیاس")), "no scale note: {fa:?}");
        // The counts are the journey's: the same figures as the English note.
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        assert_eq!(digits(&fa[0]), digits(&notes[0].to_string()), "{} / {}", fa[0], notes[0]);
    }

    #[test]
    fn a_workbook_import_reports_in_russian_and_persian() {
        let j = sample_journeys().remove(0);
        let bytes = crate::xlsx::to_xlsx(&j).unwrap();
        let (_, notes) = import_bytes_reported(&bytes, ImportFormat::Xlsx).unwrap();
        assert!(notes[0].to_string().starts_with("Read the workbook: "), "{notes:?}");
        for code in ["ru", "fa"] {
            let said: Vec<String> = notes.iter().map(|n| n.in_language(lang(code))).collect();
            no_english(&said);
            assert!(said[0].contains(&j.cards.len().to_string()), "{code}: the card count is missing: {said:?}");
        }
        let ru = notes[0].in_language(lang("ru"));
        assert!(ru.starts_with("Книга прочитана: ") && ru.contains("листы Pain points, Opportunities, Insights, Heatmap вычисляются"), "{ru}");
    }

    #[test]
    fn a_malformed_file_is_refused_in_russian_naming_its_place() {
        let ru = lang("ru");
        let e = import_reported("{\n  \"stages\": [\n    {\"id\": \"a\",}\n  ]\n}", ImportFormat::Ojf).unwrap_err();
        let said = e.said().in_language(ru);
        assert!(said.starts_with("строка 3, столбец ") && said.contains(": это не корректный JSON формата OpenJourney: "), "{said}");
        assert!(e.to_string().starts_with("line 3, column "), "{e}");

        let e = import_reported(r#"{"stages": [], "swimlanes": [], "nodes": [{"score": true}]}"#, ImportFormat::Ojf).unwrap_err();
        assert_eq!(e.said().in_language(ru), "nodes[0].score: оценка — это число, а здесь: логическое значение (true или false)");

        let e = import_reported("journey\nsection S\nTea: 9\n", ImportFormat::Mermaid).unwrap_err();
        assert_eq!(e.said().in_language(ru), "строка 3: оценка должна быть от 1 до 5, а не 9");
        assert_eq!(e.to_string(), "line 3: score must be 1 to 5, not 9");

        let e = import_bytes_reported(b"journey,stage\n\xff\n", ImportFormat::Csv).unwrap_err();
        assert_eq!(e.said().in_language(ru), "строка 2: файл — не текст в UTF-8 (байт 14 не подходит)");

        let long = format!("journey,stage,lane,text\nJ,S,L,ok\nJ,S,L,{}\n", "y".repeat(10_001));
        let e = import_reported(&long, ImportFormat::Csv).unwrap_err();
        assert_eq!(e.said().in_language(ru), "строка 3: текст карточки: длина 10001 символов; предел — 10000");
        assert_eq!(e.to_string(), "line 3: card text is 10001 characters long; the limit is 10000");

        let e = ImportError::Cell {
            sheet: "Cards".into(),
            row: 3,
            column: Some("B".into()),
            header: "Stage".into(),
            message: said!("error-import-xlsx-no-such", what = "stage", name = "Nowhere", sheet = "Stages"),
        };
        assert_eq!(e.said().in_language(ru), "лист Cards, строка 3, столбец B (Stage): на листе Stages нет этапа «Nowhere»");
        assert_eq!(e.to_string(), "sheet Cards, row 3, column B (Stage): no stage \"Nowhere\" in the Stages sheet");
    }

    #[test]
    fn a_detail_without_a_message_stays_as_it_is_inside_a_translated_place() {
        let e = ImportError::Line { line: 4, message: "the program's own words".into() };
        assert_eq!(e.said().in_language(lang("ru")), "строка 4: the program's own words");
        assert_eq!(e.to_string(), "line 4: the program's own words");
    }
}
