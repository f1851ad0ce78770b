//! What the importers and exporters say to a person: the import report's notes, the export
//! report's, and the detail of an import refusal. Each is a catalog message (`locales/<lang>/
//! export.ftl`, `errors.ftl`) and its arguments, not a sentence, so it is said in the reader's
//! language where it is shown: the window formats it in its own language (journey-api carries id
//! and arguments), the CLI in its `--lang`. Its `Display` is the English catalog's sentence, the
//! one the tests and the logs read.
//!
//! Numbers stay numbers, so Fluent picks the plural and the language writes the digits; what the
//! file itself holds (names, paths, cell values) is text, passed as it is.

pub use journey_i18n::{Said, SaidArg};

/// A `Said` from an id and `name = value` arguments: `said!("export-import-lucid-cards", count = 3, notes = 1)`.
#[macro_export]
macro_rules! said {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::Said { id: $id, args: vec![$((stringify!($k), $crate::SaidArg::from($v))),*] }
    };
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
    use crate::{import_bytes_reported, import_reported, ImportError, ImportFormat};
    use journey_core::sample::sample_journeys;
    use journey_i18n::Language;

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
        assert!(
            fa.iter().any(|n| n.contains("مقیاس")),
            "no scale note: {fa:?}"
        );
        // The counts are the journey's: the same figures as the English note, in Persian digits.
        let digits = |s: &str| {
            s.chars()
                .filter_map(|c| {
                    c.to_digit(10)
                        .or_else(|| ('۰'..='۹').contains(&c).then(|| c as u32 - '۰' as u32))
                })
                .collect::<Vec<u32>>()
        };
        assert_eq!(
            digits(&fa[0]),
            digits(&notes[0].to_string()),
            "{} / {}",
            fa[0],
            notes[0]
        );
        assert!(
            !fa[0].chars().any(|c| c.is_ascii_digit()),
            "0-9 in the Persian note: {}",
            fa[0]
        );
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
            let count = journey_i18n::localizer(lang(code))
                .number(j.cards.len() as f64, journey_i18n::NumberFormat::PLAIN);
            assert!(
                said[0].contains(&count),
                "{code}: the card count {count} is missing: {said:?}"
            );
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
        assert_eq!(
            e.said().in_language(ru),
            "строка 3: текст карточки: длина 10\u{a0}001 символов; предел — 10\u{a0}000"
        );
        assert_eq!(
            e.to_string(),
            "line 3: card text is 10,001 characters long; the limit is 10,000"
        );

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
