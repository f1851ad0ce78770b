//! The studio's message catalogs for Rust: the Fluent files under `locales/<lang>/*.ftl`, the
//! same ones the page bundles (ui/src/i18n), compiled into the binary so nothing is read or
//! fetched at run time. Plurals, numbers and arguments are Fluent's; no caller builds a
//! sentence by concatenation.
//!
//! Owns: which languages exist, choosing one from what a system or browser asks for, and
//! formatting a message. Knows nothing of journeys: the vocabularies' message ids are listed in
//! journey-core (`vocab`).

mod numbers;
mod said;

use std::collections::HashMap;
use std::sync::LazyLock;

pub use numbers::NumberFormat;
pub use said::{Said, SaidArg};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Writing direction of a language's interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// A language the studio is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, also the folder under `locales/`.
    pub code: &'static str,
    /// The language's name in itself (what the language menu shows).
    pub native_name: &'static str,
    pub direction: Direction,
    /// Latin digits (0-9) instead of the language's own (Persian ۰-۹): the window's
    /// Preferences offer it, and a locale tag asks for it with `-u-nu-latn`.
    pub latin_digits: bool,
}

impl Language {
    /// Whether the language writes numbers with digits of its own (Persian), so that choosing
    /// Latin digits means something.
    pub fn has_own_digits(self) -> bool {
        self.code == "fa"
    }

    /// The same language with Latin digits (itself when it has no digits of its own).
    pub fn with_latin_digits(self, latin: bool) -> Language {
        Language {
            latin_digits: latin && self.has_own_digits(),
            ..self
        }
    }

    /// The BCP 47 tag the window and `negotiate` read: `fa-u-nu-latn` for Persian with Latin
    /// digits, else the code.
    pub fn tag(self) -> String {
        if self.latin_digits {
            format!("{}-u-nu-latn", self.code)
        } else {
            self.code.to_string()
        }
    }
}

/// English, the language every other falls back to (and exports speak unless told otherwise).
impl Default for Language {
    fn default() -> Language {
        LANGUAGES[0]
    }
}

/// Every language with catalogs; English first, the one every other falls back to.
pub const LANGUAGES: [Language; 5] = [
    Language {
        code: "en",
        native_name: "English",
        direction: Direction::Ltr,
        latin_digits: false,
    },
    Language {
        code: "fa",
        native_name: "فارسی",
        direction: Direction::Rtl,
        latin_digits: false,
    },
    Language {
        code: "ru",
        native_name: "Русский",
        direction: Direction::Ltr,
        latin_digits: false,
    },
    Language {
        code: "te",
        native_name: "తెలుగు",
        direction: Direction::Ltr,
        latin_digits: false,
    },
    Language {
        code: "tl",
        native_name: "Tagalog",
        direction: Direction::Ltr,
        latin_digits: false,
    },
];

/// The catalog files of a language, in the order they are added to its bundle. `cli` (the
/// command line's help) is Rust's only: the window does not bundle it (ui/src/i18n/catalogs.ts).
pub const FILES: [&str; 7] = ["vocab", "studio", "export", "templates", "participant", "errors", "cli"];

macro_rules! catalog {
    ($lang:literal) => {
        [
            include_str!(concat!("../../../locales/", $lang, "/vocab.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/studio.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/export.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/templates.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/participant.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/cli.ftl")),
        ]
    };
}

/// The sources of every catalog, by language code (tests read them to compare catalogs).
pub const SOURCES: [(&str, [&str; 7]); 5] =
    [("en", catalog!("en")), ("fa", catalog!("fa")), ("ru", catalog!("ru")), ("te", catalog!("te")), ("tl", catalog!("tl"))];

/// The participant page's catalog in `code`'s language (English for a code we do not have), as
/// Fluent source: the page formats it itself (journey-workshop serves it).
pub fn participant_catalog(code: &str) -> &'static str {
    let lang = negotiate([code]).code;
    let (_, sources) = SOURCES.iter().find(|(c, _)| *c == lang).expect("every language has sources");
    sources[4]
}

/// The language of `code` if it has catalogs.
pub fn language(code: &str) -> Option<Language> {
    LANGUAGES.iter().copied().find(|l| l.code == code)
}

/// The best language for a list of requested locales (system or browser order, e.g. `fa-IR`,
/// `ru_RU.UTF-8`, `en-US`, `fa-u-nu-latn`): the first whose language subtag we have; English
/// when none. A Unicode extension `-u-nu-latn` asks for Latin digits.
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> Language {
    for r in requested {
        // POSIX locales write `ru_RU.UTF-8` or `C`; keep the part BCP 47 knows.
        let tag = r
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-")
            .to_ascii_lowercase();
        // unic-langid reads no extensions: the language part is what comes before `-u-`.
        let (base, extension) = tag.split_once("-u-").unwrap_or((&tag, ""));
        let latin = extension
            .split('-')
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w == ["nu", "latn"]);
        if let Ok(id) = base.parse::<LanguageIdentifier>() {
            if let Some(l) = language(id.language.as_str()) {
                return l.with_latin_digits(latin);
            }
        }
    }
    LANGUAGES[0]
}

/// The language the system asks for: `LC_ALL`, `LC_MESSAGES`, `LANG`, then `LANGUAGE`'s list,
/// as gettext reads them (the desktop's own choice, not a guess).
pub fn system_language() -> Language {
    let vars = ["LC_ALL", "LC_MESSAGES", "LANG"].map(|v| std::env::var(v).unwrap_or_default());
    let language = std::env::var("LANGUAGE").unwrap_or_default();
    let list = vars.iter().map(String::as_str).filter(|v| !v.is_empty() && *v != "C" && *v != "POSIX");
    negotiate(list.chain(language.split(':')))
}

/// One language's messages, with English behind it for any message a catalog lacks (the
/// catalog test keeps that from happening in a release, but a missing message must never show
/// as its id).
pub struct Localizer {
    language: Language,
    bundles: Vec<FluentBundle<FluentResource>>,
}

/// The bundle of catalog `code`, writing numbers as `numbers` (a language and its digits) does:
/// the English fallback inside a Persian localizer writes Persian digits too.
fn bundle(code: &str, isolate: bool, numbers: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = code.parse().expect("language codes are valid BCP 47");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_formatter(Some(numbers::formatter_for(
        numbers.code,
        numbers.latin_digits,
    )));
    // Unicode isolation marks keep a Persian name inside an English sentence (and the reverse)
    // from reordering what surrounds it; in a left-to-right language with left-to-right
    // arguments they only get in the way of matching text (CSV cells, tests).
    b.set_use_isolating(isolate);
    let sources = SOURCES.iter().find(|(c, _)| *c == code).map(|(_, s)| s).expect("every language has sources");
    for src in sources {
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(_, e)| panic!("{code}: catalog does not parse: {e:?}"));
        b.add_resource(res).unwrap_or_else(|e| panic!("{code}: message defined twice: {e:?}"));
    }
    b
}

impl Localizer {
    pub fn new(language: Language) -> Localizer {
        let isolate = language.direction == Direction::Rtl;
        let mut bundles = vec![bundle(language.code, isolate, language)];
        if language.code != "en" {
            bundles.push(bundle("en", isolate, language));
        }
        Localizer { language, bundles }
    }

    /// The localizer for a language code, English for one we do not have.
    pub fn for_code(code: &str) -> Localizer {
        Localizer::new(negotiate([code]))
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Message `id` with `args`; the id itself (never an empty string) when no catalog has it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.value(self));
        }
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// Message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Items of a list joined the language's way (Persian writes its own comma).
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let comma = if self.language.direction == Direction::Rtl { "\u{060c} " } else { ", " };
        items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(comma)
    }

    /// `n` as the language writes it: its digits (Persian ۰-۹ unless Latin ones were asked
    /// for), decimal and grouping marks, as the window's `Intl.NumberFormat` does.
    pub fn number(&self, n: f64, format: NumberFormat) -> String {
        numbers::write(
            n,
            format,
            numbers::marks(self.language.code, self.language.latin_digits),
        )
    }

    /// Whether some catalog of this localizer has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }
}

/// An argument of a message: Fluent picks plural forms and formats numbers by the language.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// A number written with a sign or a fixed count of decimals (a score "+2", a mean "-0.7"):
    /// set in as text in the language's digits, so no plural is chosen by it.
    Formatted(f64, NumberFormat),
}

impl Arg {
    /// A score relative to neutral: "+2", "0", "-3" in the language's digits.
    pub fn score(n: impl Into<f64>) -> Arg {
        Arg::Formatted(n.into(), NumberFormat::SCORE)
    }

    fn value(&self, l: &Localizer) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Formatted(n, f) => FluentValue::from(l.number(*n, *f)),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => { $(impl From<$t> for Arg { fn from(n: $t) -> Arg { Arg::Number(n as f64) } })* };
}
number_arg!(i32, i64, u8, u32, u64, usize, f32, f64);

static ENGLISH_LOCALIZER: LazyLock<Localizer> = LazyLock::new(|| Localizer::new(LANGUAGES[0]));

/// One localizer per language, and one more for each with digits of its own (Persian with Latin
/// digits); each made on first use.
static LOCALIZERS: LazyLock<
    Vec<(
        Language,
        LazyLock<Localizer, Box<dyn FnOnce() -> Localizer + Send>>,
    )>,
> = LazyLock::new(|| {
    let variants = LANGUAGES.iter().copied().chain(
        LANGUAGES
            .iter()
            .filter(|l| l.has_own_digits())
            .map(|l| l.with_latin_digits(true)),
    );
    variants
        .map(|l| {
            (
                l,
                LazyLock::new(
                    Box::new(move || Localizer::new(l)) as Box<dyn FnOnce() -> Localizer + Send>
                ),
            )
        })
        .collect()
});

/// The localizer of `language`, made once per process (exports and the CLI ask for one per
/// label; building one parses every catalog).
pub fn localizer(language: Language) -> &'static Localizer {
    let all = &*LOCALIZERS;
    let (_, l) = all.iter().find(|(l, _)| *l == language).unwrap_or(&all[0]);
    l
}

/// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: a name or card text set
/// into a sentence of the other direction keeps its own order and leaves the sentence's alone
/// ("Persona: رها" in an English line, an English product name in a Persian one). Fluent does
/// this for message arguments in right-to-left bundles; this is for text put beside a label.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// The English localizer, made once (the core writes every finding's English sentence with it).
pub fn english_localizer() -> &'static Localizer {
    &ENGLISH_LOCALIZER
}

static ENGLISH: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let l = Localizer::new(LANGUAGES[0]);
    let b = &l.bundles[0];
    let mut out = HashMap::new();
    for src in SOURCES[0].1 {
        for id in message_ids(src) {
            if let Some(p) = b.get_message(&id).and_then(|m| m.value()) {
                let mut errors = vec![];
                out.insert(id.clone(), b.format_pattern(p, None, &mut errors).into_owned());
            }
        }
    }
    out
});

/// The English text of a message without arguments, for the places that hold a `&'static str`
/// (the core's `label()`s, which English exports and the CLI print). Panics on an unknown id:
/// the core's vocabulary test makes sure every id it names exists.
pub fn english(id: &str) -> &'static str {
    ENGLISH.get(id).map(String::as_str).unwrap_or_else(|| panic!("no English message {id}"))
}

/// The ids of the messages (not terms) a catalog source defines, in order. A plain scan of
/// `id =` lines at the start of a line is Fluent's own rule for where a message begins.
pub fn message_ids(src: &str) -> Vec<String> {
    src.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_locale_is_read_as_its_language() {
        assert_eq!(negotiate(["fa_IR.UTF-8"]).code, "fa");
        assert_eq!(negotiate(["de-DE", "ru-RU"]).code, "ru");
        assert_eq!(negotiate(["C"]).code, "en");
        assert_eq!(negotiate(["tl-PH"]).code, "tl");
        assert_eq!(negotiate(Vec::<&str>::new()).code, "en");
    }

    #[test]
    fn a_plural_is_chosen_by_the_language_rules() {
        let ru = Localizer::new(language("ru").unwrap());
        let cards = |n: u32| ru.format("cards-selected", &[("count", n.into())]);
        assert!(cards(1).contains("карточка"), "{}", cards(1));
        assert!(cards(3).contains("карточки"), "{}", cards(3));
        assert!(cards(5).contains("карточек"), "{}", cards(5));
        let en = Localizer::new(LANGUAGES[0]);
        assert_eq!(en.format("cards-selected", &[("count", 1.into())]), "1 card selected");
        assert_eq!(en.format("cards-selected", &[("count", 2.into())]), "2 cards selected");
    }

    #[test]
    fn persian_writes_its_own_digits_unless_latin_ones_are_asked_for() {
        let fa = negotiate(["fa-IR"]);
        let latin = negotiate(["fa-u-nu-latn"]);
        assert_eq!(
            (fa.code, fa.latin_digits, latin.code, latin.latin_digits),
            ("fa", false, "fa", true)
        );
        assert_eq!(latin.tag(), "fa-u-nu-latn");
        // Only a language with digits of its own has the choice.
        assert_eq!(negotiate(["ru-u-nu-latn"]), language("ru").unwrap());
        let cards =
            |l: Language, n: u32| localizer(l).format("cards-selected", &[("count", n.into())]);
        assert!(cards(fa, 1234).contains("۱٬۲۳۴"), "{}", cards(fa, 1234));
        assert!(
            cards(latin, 1234).contains("1,234") && !cards(latin, 1234).contains('۱'),
            "{}",
            cards(latin, 1234)
        );
        assert_eq!(
            localizer(fa).number(-3.0, NumberFormat::SCORE),
            "\u{200E}\u{2212}۳"
        );
        assert_eq!(
            localizer(LANGUAGES[0]).format("cards-selected", &[("count", 1234.into())]),
            "1,234 cards selected"
        );
    }

    #[test]
    fn english_text_is_static_and_a_missing_message_shows_its_id() {
        assert_eq!(english("cx-pillar-time-and-effort"), "Time and effort");
        assert_eq!(Localizer::for_code("te").text("no-such-message"), "no-such-message");
    }
}
