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

    /// Message `id` with `args`.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.l.format(id, args)
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
}
