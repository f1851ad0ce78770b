//! The words an export puts beside the user's own text, in the language it is asked for: the
//! model's vocabularies by their message ids (journey-core's `vocab`) and the exports' labels
//! and report texts (`locales/<lang>/export.ftl`). The map, the report and the page all take
//! their words from here, so an export never mixes two languages of ours.

use journey_core::vocab::Term;
use journey_core::{Channel, CxPillar, Friction, Journey, LaneKind, LoyaltyPillar, Phase};
use journey_i18n::{Arg, Direction, Language, Localizer};

/// One language's words for an export.
#[derive(Clone, Copy)]
pub struct Words {
    l: &'static Localizer,
}

impl Default for Words {
    fn default() -> Words {
        Words::new(Language::default())
    }
}

impl Words {
    pub fn new(language: Language) -> Words {
        Words { l: journey_i18n::localizer(language) }
    }

    pub fn localizer(&self) -> &'static Localizer {
        self.l
    }

    pub fn language(&self) -> Language {
        self.l.language()
    }

    pub fn rtl(&self) -> bool {
        self.l.language().direction == Direction::Rtl
    }

    /// Message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.l.text(id)
    }

    /// Message `id` with `args`. Fluent isolates every argument of a right-to-left message;
    /// the isolates are kept only around an argument that reads the other way (an English name in
    /// a Persian label). Why: around a Persian name in a Persian line they change nothing on the
    /// page, but poppler (pdftotext, a viewer's copy) then drops the space before the name.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let said = self.l.format(id, args);
        if self.rtl() { needed_isolates(&said, true) } else { said }
    }

    /// The user's text as an argument of a label: isolated (FSI … PDI) when it reads the other
    /// way than the language, so "Persona: رها" or "پرسونا: Ana" keep their order. Right-to-left
    /// bundles isolate every argument themselves.
    pub fn user(&self, text: &str) -> Arg {
        if !self.rtl() && crate::text::is_rtl(text) {
            journey_i18n::isolate(text).into()
        } else {
            text.into()
        }
    }

    /// A number as the language writes it ("۴٫۸" in Persian, "4,8" in Russian).
    pub fn number(&self, n: f64) -> String {
        self.l.number(
            n,
            journey_i18n::NumberFormat {
                signed: false,
                decimals: None,
            },
        )
    }

    /// An emotion score with its sign: "+2", "0", "-3" in the language's digits.
    pub fn score(&self, n: i32) -> String {
        self.l
            .number(f64::from(n), journey_i18n::NumberFormat::SCORE)
    }

    pub fn term(&self, t: Term) -> String {
        t.text(self.l)
    }

    pub fn lane_kind(&self, k: LaneKind) -> String {
        self.text(k.message_id())
    }

    pub fn phase(&self, p: &Phase) -> String {
        self.term(p.term())
    }

    pub fn channel(&self, c: &Channel) -> String {
        self.term(c.term())
    }

    pub fn pillar(&self, p: CxPillar) -> String {
        self.text(p.message_id())
    }

    pub fn loyalty(&self, p: LoyaltyPillar) -> String {
        self.text(p.message_id())
    }

    pub fn friction(&self, f: &Friction) -> String {
        self.term(f.term())
    }

    pub fn card_kind(&self, k: journey_core::CardKind) -> String {
        self.text(k.message_id())
    }

    /// The name of emotion `score`: the card's own name when it has one, else the scale's (the
    /// default scale's steps in this language).
    pub fn emotion(&self, j: &Journey, score: i32, own: &str) -> String {
        if !own.is_empty() {
            return own.to_string();
        }
        j.scale.term_of(score).map_or(String::new(), |t| self.term(t))
    }
}

/// `s` without the FSI … PDI pairs whose content reads in the line's own direction (`rtl`).
fn needed_isolates(s: &str, rtl: bool) -> String {
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    let chars: Vec<char> = s.chars().collect();
    let mut drop = vec![false; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match *c {
            FSI => open.push(i),
            PDI => {
                if let Some(start) = open.pop() {
                    let inner: String = chars[start + 1..i].iter().collect();
                    let other = inner.chars().any(char::is_alphabetic) && crate::text::is_rtl(&inner) != rtl;
                    if !other {
                        drop[start] = true;
                        drop[i] = true;
                    }
                }
            }
            _ => {}
        }
    }
    chars.iter().zip(drop).filter(|(_, d)| !d).map(|(c, _)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_and_labels_come_in_the_chosen_language() {
        let te = Words::new(journey_i18n::language("te").unwrap());
        assert_eq!(te.lane_kind(LaneKind::Touchpoints), "టచ్‌పాయింట్లు");
        let fa = Words::new(journey_i18n::language("fa").unwrap());
        assert!(fa.rtl());
        let en = Words::default();
        assert_eq!(en.pillar(CxPillar::TimeAndEffort), "Time and effort");
        assert_eq!(en.format("export-answers-pains", &[("count", 1.into())]), "Answers 1 pain");
        assert_eq!(en.format("export-answers-pains", &[("count", 3.into())]), "Answers 3 pains");
    }

    #[test]
    fn a_persian_label_isolates_only_an_argument_that_reads_the_other_way() {
        let fa = Words::new(journey_i18n::language("fa").unwrap());
        let persian = fa.format("export-repeat-flow", &[("label", "نوبت بعدی".into())]);
        assert_eq!(persian, "تکرار: نوبت بعدی");
        let english = fa.format("export-repeat-flow", &[("label", "next visit".into())]);
        assert_eq!(english, "تکرار: \u{2068}next visit\u{2069}");
        // A number is neutral to the line (in Persian digits): left bare, the line's marks order it.
        assert_eq!(fa.format("export-pdf-tab", &[("page", 3.into())]), "ص ۳");
        let en = Words::default();
        assert_eq!(en.format("export-goal-persona", &[("goal", en.user("Book a visit")), ("persona", en.user("مریم"))]), "Book a visit  ·  Persona: \u{2068}مریم\u{2069}");
    }
}
