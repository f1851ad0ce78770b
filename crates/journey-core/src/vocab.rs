//! The model's vocabularies, each listed once: every value of card kinds, lane kinds, phases,
//! connected experiences, channels, CX pillars, loyalty pillars, friction kinds, shortages and
//! the named steps of the default emotion scale, with the id of the message that names it in
//! the catalogs (`locales/<lang>/vocab.ftl`, read through journey-i18n here and in the page).
//!
//! Nothing here holds a word of any language: the `label()`s of the model are the English
//! catalog's text, and `Term::Own` is a custom value's own text, shown as the user wrote it.

use journey_i18n::Localizer;

use crate::model::{CardKind, Channel, ConnectedExperience, CxPillar, EmotionScale, Friction, LaneKind, LoyaltyPillar, Phase, Shortage};

/// How a value is named: a catalog message, or text of its own (a custom channel, phase or
/// friction, an emotion a user named).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term<'a> {
    Message(&'static str),
    Own(&'a str),
}

impl<'a> Term<'a> {
    /// The text in `l`'s language.
    pub fn text(&self, l: &Localizer) -> String {
        match self {
            Term::Message(id) => l.text(id),
            Term::Own(s) => s.to_string(),
        }
    }

    /// The English text (static for messages, the value's own text otherwise).
    pub fn english(self) -> &'a str {
        match self {
            Term::Message(id) => journey_i18n::english(id),
            Term::Own(s) => s,
        }
    }
}

/// A vocabulary: its name (the page's contract names its map after it) and, per closed value,
/// the value and its message id.
pub struct Vocabulary {
    pub name: &'static str,
    pub ids: &'static [&'static str],
}

pub const CARD_KINDS: [(CardKind, &str); 5] = [
    (CardKind::Touchpoint, "card-kind-touchpoint"),
    (CardKind::PainPoint, "card-kind-pain-point"),
    (CardKind::Opportunity, "card-kind-opportunity"),
    (CardKind::Note, "card-kind-note"),
    (CardKind::Quote, "card-kind-quote"),
];

pub const LANE_KINDS: [(LaneKind, &str); 11] = [
    (LaneKind::Actions, "lane-kind-actions"),
    (LaneKind::Touchpoints, "lane-kind-touchpoints"),
    (LaneKind::Channels, "lane-kind-channels"),
    (LaneKind::Thoughts, "lane-kind-thoughts"),
    (LaneKind::Emotions, "lane-kind-emotions"),
    (LaneKind::PainPoints, "lane-kind-pain-points"),
    (LaneKind::Opportunities, "lane-kind-opportunities"),
    (LaneKind::Frontstage, "lane-kind-frontstage"),
    (LaneKind::Backstage, "lane-kind-backstage"),
    (LaneKind::Support, "lane-kind-support"),
    (LaneKind::Custom, "lane-kind-custom"),
];

pub const PHASES: [(Phase, &str); 7] = [
    (Phase::Recognize, "phase-recognize"),
    (Phase::Request, "phase-request"),
    (Phase::Respond, "phase-respond"),
    (Phase::Repeat, "phase-repeat"),
    (Phase::BeforePurchase, "phase-before-purchase"),
    (Phase::DuringPurchase, "phase-during-purchase"),
    (Phase::AfterPurchase, "phase-after-purchase"),
];

pub const EXPERIENCES: [(ConnectedExperience, &str); 4] = [
    (ConnectedExperience::RespondToDesire, "experience-respond-to-desire"),
    (ConnectedExperience::CuratedOffering, "experience-curated-offering"),
    (ConnectedExperience::CoachBehavior, "experience-coach-behavior"),
    (ConnectedExperience::AutomaticExecution, "experience-automatic-execution"),
];

pub const CHANNELS: [(Channel, &str); 9] = [
    (Channel::Web, "channel-web"),
    (Channel::App, "channel-app"),
    (Channel::Store, "channel-store"),
    (Channel::Phone, "channel-phone"),
    (Channel::Email, "channel-email"),
    (Channel::Social, "channel-social"),
    (Channel::InPerson, "channel-in-person"),
    (Channel::Chat, "channel-chat"),
    (Channel::Mail, "channel-mail"),
];

pub const CX_PILLARS: [(CxPillar, &str); 6] = [
    (CxPillar::Personalization, "cx-pillar-personalization"),
    (CxPillar::Integrity, "cx-pillar-integrity"),
    (CxPillar::Expectations, "cx-pillar-expectations"),
    (CxPillar::Resolution, "cx-pillar-resolution"),
    (CxPillar::TimeAndEffort, "cx-pillar-time-and-effort"),
    (CxPillar::Empathy, "cx-pillar-empathy"),
];

pub const LOYALTY_PILLARS: [(LoyaltyPillar, &str); 5] = [
    (LoyaltyPillar::ProductsAndServices, "loyalty-pillar-products-and-services"),
    (LoyaltyPillar::CustomerService, "loyalty-pillar-customer-service"),
    (LoyaltyPillar::Community, "loyalty-pillar-community"),
    (LoyaltyPillar::Experiences, "loyalty-pillar-experiences"),
    (LoyaltyPillar::Bridges, "loyalty-pillar-bridges"),
];

pub const FRICTIONS: [(Friction, &str); 4] = [
    (Friction::RepeatedDataEntry, "friction-repeated-data-entry"),
    (Friction::InconsistentMessages, "friction-inconsistent-messages"),
    (Friction::HiddenCost, "friction-hidden-cost"),
    (Friction::Waiting, "friction-waiting"),
];

/// The choice of a channel of one's own in a list of channels (its label is the user's).
pub const CHANNEL_OTHER: &str = "channel-other";
/// The choice of a friction of one's own.
pub const FRICTION_OTHER: &str = "friction-other";

pub const SHORTAGES: [(Shortage, &str); 4] = [
    (Shortage::Time, "shortage-time"),
    (Shortage::Money, "shortage-money"),
    (Shortage::Effort, "shortage-effort"),
    (Shortage::Information, "shortage-information"),
];

/// The default scale's named steps (`EmotionScale::default`): score, message id.
pub const DEFAULT_EMOTIONS: [(i32, &str); 7] = [
    (-3, "emotion-furious"),
    (-2, "emotion-frustrated"),
    (-1, "emotion-uneasy"),
    (0, "emotion-neutral"),
    (1, "emotion-content"),
    (2, "emotion-happy"),
    (3, "emotion-delighted"),
];

fn id_of<T: PartialEq>(table: &[(T, &'static str)], v: &T) -> &'static str {
    table.iter().find(|(t, _)| t == v).map(|(_, id)| *id).expect("every closed value is in its vocabulary")
}

impl CardKind {
    pub fn message_id(self) -> &'static str {
        id_of(&CARD_KINDS, &self)
    }
}
impl LaneKind {
    pub fn message_id(self) -> &'static str {
        id_of(&LANE_KINDS, &self)
    }
}
impl ConnectedExperience {
    pub fn message_id(self) -> &'static str {
        id_of(&EXPERIENCES, &self)
    }
    pub fn label(self) -> &'static str {
        journey_i18n::english(self.message_id())
    }
}
impl CxPillar {
    pub fn message_id(self) -> &'static str {
        id_of(&CX_PILLARS, &self)
    }
}
impl LoyaltyPillar {
    pub fn message_id(self) -> &'static str {
        id_of(&LOYALTY_PILLARS, &self)
    }
}
impl Shortage {
    pub fn message_id(self) -> &'static str {
        id_of(&SHORTAGES, &self)
    }
    pub fn label(self) -> &'static str {
        journey_i18n::english(self.message_id())
    }
}
impl Phase {
    pub fn term(&self) -> Term<'_> {
        match self {
            Phase::Custom(s) => Term::Own(s),
            p => Term::Message(id_of(&PHASES, p)),
        }
    }
}
impl Channel {
    pub fn term(&self) -> Term<'_> {
        match self {
            Channel::Other(s) => Term::Own(s),
            c => Term::Message(id_of(&CHANNELS, c)),
        }
    }
}
impl Friction {
    pub fn term(&self) -> Term<'_> {
        match self {
            Friction::Other(s) => Term::Own(s),
            f => Term::Message(id_of(&FRICTIONS, f)),
        }
    }
}

impl EmotionScale {
    /// How the step `score` is named: the catalog's word when the journey keeps the default
    /// scale's English name for it (so a default scale reads in every language), else the name
    /// the user gave it.
    pub fn term_of(&self, score: i32) -> Option<Term<'_>> {
        let name = self.name_of(score)?;
        let default = DEFAULT_EMOTIONS.iter().find(|(s, id)| *s == score && journey_i18n::english(id) == name);
        Some(match default {
            Some((_, id)) => Term::Message(id),
            None => Term::Own(name),
        })
    }
}

/// Every message id the vocabularies name (the catalogs must hold each, in every language).
pub fn all_message_ids() -> Vec<&'static str> {
    let mut out = vec![];
    out.extend(CARD_KINDS.iter().map(|(_, id)| *id));
    out.extend(LANE_KINDS.iter().map(|(_, id)| *id));
    out.extend(PHASES.iter().map(|(_, id)| *id));
    out.extend(EXPERIENCES.iter().map(|(_, id)| *id));
    out.extend(CHANNELS.iter().map(|(_, id)| *id));
    out.extend(CX_PILLARS.iter().map(|(_, id)| *id));
    out.extend(LOYALTY_PILLARS.iter().map(|(_, id)| *id));
    out.extend(FRICTIONS.iter().map(|(_, id)| *id));
    out.extend(SHORTAGES.iter().map(|(_, id)| *id));
    out.extend(DEFAULT_EMOTIONS.iter().map(|(_, id)| *id));
    out.extend([CHANNEL_OTHER, FRICTION_OTHER]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_i18n::{Localizer, LANGUAGES};

    #[test]
    fn every_vocabulary_value_has_a_message_in_every_language() {
        for lang in LANGUAGES {
            let l = Localizer::new(lang);
            for id in all_message_ids() {
                // `has` looks at English too; the catalog test makes sure every language has it.
                assert!(l.has(id), "{}: no message {id}", lang.code);
                assert_ne!(l.text(id), id, "{}: {id} is not formatted", lang.code);
            }
        }
    }

    #[test]
    fn each_value_is_listed_once() {
        let ids = all_message_ids();
        let unique: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "a message id is used for two values");
        assert_eq!(LANE_KINDS.len(), LaneKind::ALL.len());
        assert_eq!(CX_PILLARS.len(), CxPillar::ALL.len());
        assert_eq!(LOYALTY_PILLARS.len(), LoyaltyPillar::ALL.len());
    }

    #[test]
    fn the_default_scale_reads_in_the_chosen_language_and_a_renamed_step_keeps_its_name() {
        let mut scale = EmotionScale::default();
        let fa = Localizer::for_code("fa");
        assert_eq!(scale.term_of(-3).unwrap().text(&fa), "خشمگین");
        assert_eq!(scale.term_of(3).unwrap().english(), "Delighted");
        scale.names.insert(3, "Thrilled".into());
        assert_eq!(scale.term_of(3).unwrap().text(&fa), "Thrilled");
        assert_eq!(Channel::Other("SMS".into()).term().text(&fa), "SMS");
        assert_eq!(CxPillar::TimeAndEffort.label(), "Time and effort");
    }
}
