//! The journey vocabulary as data: stages, lanes, cards, personas, scales and metrics.
//!
//! Everything here is plain serde data so the same values travel to the UI, into the SQLite
//! file and into JSON exports. The stage graph lives in `graph.rs`; invariants are checked in
//! `validate.rs`, never in constructors, so a value read from an old file can always be loaded
//! and then reported on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

use crate::direction::DirectionChoice;
use crate::graph::StageGraph;

/// Stable identifier of every entity. UUIDv7: time-ordered, never reused.
pub type Id = Uuid;

/// A fresh identifier. The only source of new ids in the product.
pub fn new_id() -> Id {
    Uuid::now_v7()
}

/// One persona pursuing one goal through stages and lanes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Journey {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub scale: EmotionScale,
    #[serde(default)]
    pub metrics: Metrics,
    /// Which way the map runs, when the designer chose; `Auto` (not written) follows the text
    /// (`Journey::map_direction`).
    #[serde(default, skip_serializing_if = "DirectionChoice::is_auto")]
    #[ts(as = "Option<DirectionChoice>", optional)]
    pub direction: DirectionChoice,
    /// Stages and the flows between them; serialized as `stages` and `flows` lists.
    #[serde(flatten)]
    pub graph: StageGraph,
    pub lanes: Vec<Lane>,
    /// A plain list on the wire; keyed by id in memory so an edit finds its card in O(log n)
    /// however large the journey.
    #[serde(with = "cards_as_list")]
    #[schemars(with = "Vec<Card>")]
    #[ts(as = "Vec<Card>")]
    pub cards: BTreeMap<Id, Card>,
}

/// Cards travel as a plain list in JSON; the map is an in-memory index.
mod cards_as_list {
    use super::{Card, Id};
    use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    pub fn serialize<S: Serializer>(cards: &BTreeMap<Id, Card>, s: S) -> Result<S::Ok, S::Error> {
        let list: Vec<&Card> = cards.values().collect();
        list.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Id, Card>, D::Error> {
        let list = Vec::<Card>::deserialize(d)?;
        let mut map = BTreeMap::new();
        for card in list {
            let id = card.id;
            if map.insert(id, card).is_some() {
                return Err(D::Error::custom(format!("two cards share the id {id}")));
            }
        }
        Ok(map)
    }
}

impl Journey {
    /// A journey with a new id, the default emotion scale and no personas, metrics or cards:
    /// what the importers, the sample and the tests start from before adding cards.
    pub fn new(name: impl Into<String>, graph: StageGraph, lanes: Vec<Lane>) -> Journey {
        Journey {
            id: new_id(),
            name: name.into(),
            goal: String::new(),
            personas: Vec::new(),
            scale: EmotionScale::default(),
            metrics: Metrics::default(),
            direction: DirectionChoice::Auto,
            graph,
            lanes,
            cards: BTreeMap::new(),
        }
    }

    /// Lanes in display order (rank, then id so ties are deterministic).
    pub fn lanes_in_order(&self) -> Vec<&Lane> {
        let mut lanes: Vec<&Lane> = self.lanes.iter().collect();
        lanes.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)));
        lanes
    }

    pub fn lane(&self, id: Id) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    pub fn card(&self, id: Id) -> Option<&Card> {
        self.cards.get(&id)
    }

    pub fn persona(&self, id: Id) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// Cards of one cell in display order.
    pub fn cards_in_cell(&self, stage: Id, lane: Id) -> Vec<&Card> {
        let mut cards: Vec<&Card> =
            self.cards.values().filter(|c| c.stage == stage && c.lane == lane).collect();
        cards.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)));
        cards
    }

    /// Puts entity lists in their canonical order (by id), the order edits maintain, so two
    /// journeys with the same content compare equal. Call after reading from outside.
    pub fn normalize(&mut self) {
        self.lanes.sort_by_key(|l| l.id);
        self.personas.sort_by_key(|p| p.id);
    }
}

/// Who travels the journey (domain.md, loyalty 3.0: spenders and senders).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Persona {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub goals: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub frustrations: Vec<String>,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub value_type: Option<CustomerValue>,
    /// Colour of this persona's emotion curve, `#rrggbb`.
    #[serde(default)]
    pub color: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum CustomerValue {
    /// Spends most.
    Spender,
    /// Spends less but refers others.
    Sender,
}

/// A signed or unsigned emotion scale with optional names for its steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EmotionScale {
    pub min: i32,
    pub max: i32,
    /// Names of particular steps, e.g. -3 "furious", +3 "delighted".
    #[serde(default, deserialize_with = "step_names")]
    pub names: BTreeMap<i32, String>,
}

/// JSON writes the steps' numbers as string keys. serde_json turns them back into numbers when it
/// reads a scale directly, but not when the scale sits inside an internally tagged enum (a logged
/// `Edit::SetScale`: serde buffers it first, and a buffered string is not a number), so the keys
/// are read as numbers or as strings holding numbers.
fn step_names<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<i32, String>, D::Error> {
    struct Step(i32);
    impl<'de> Deserialize<'de> for Step {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Step, D::Error> {
            struct V;
            impl serde::de::Visitor<'_> for V {
                type Value = Step;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a step of the scale (a whole number)")
                }
                fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Step, E> {
                    i32::try_from(v).map(Step).map_err(|_| E::custom(format!("step {v} is out of range")))
                }
                fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Step, E> {
                    i32::try_from(v).map(Step).map_err(|_| E::custom(format!("step {v} is out of range")))
                }
                fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Step, E> {
                    v.trim().parse().map(Step).map_err(|_| E::custom(format!("'{v}' is not a step of the scale")))
                }
            }
            d.deserialize_any(V)
        }
    }
    struct Names;
    impl<'de> serde::de::Visitor<'de> for Names {
        type Value = BTreeMap<i32, String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("names of the scale's steps")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((Step(k), v)) = map.next_entry::<Step, String>()? {
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Names)
}

impl Default for EmotionScale {
    fn default() -> Self {
        EmotionScale {
            min: -3,
            max: 3,
            names: crate::vocab::DEFAULT_EMOTIONS.iter().map(|(score, id)| (*score, journey_i18n::english(id).to_string())).collect(),
        }
    }
}

impl EmotionScale {
    pub fn contains(&self, score: i32) -> bool {
        (self.min..=self.max).contains(&score)
    }

    /// Position of `score` on the scale as 0.0 (min) ..= 1.0 (max).
    pub fn fraction(&self, score: i32) -> f64 {
        if self.max == self.min {
            return 0.5;
        }
        f64::from(score.clamp(self.min, self.max) - self.min) / f64::from(self.max - self.min)
    }

    pub fn name_of(&self, score: i32) -> Option<&str> {
        self.names.get(&score).map(String::as_str)
    }
}

/// A stage of the journey: a node of the stage graph, shown as a column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Stage {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub phase: Option<Phase>,
    #[serde(default)]
    pub experience: Option<ConnectedExperience>,
    #[serde(default)]
    pub metrics: Metrics,
    /// Tie-break among stages the graph leaves unordered (reordering a header sets it).
    #[serde(default)]
    pub rank: f64,
}

/// Where a stage sits in a framework (domain.md sections 1 and 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "label")]
pub enum Phase {
    Recognize,
    Request,
    Respond,
    Repeat,
    BeforePurchase,
    DuringPurchase,
    AfterPurchase,
    Custom(String),
}

impl Phase {
    /// The English name (the catalogs have the others: `term`).
    pub fn label(&self) -> &str {
        self.term().english()
    }
}

/// The four connected customer experiences (Siggelkow and Terwiesch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ConnectedExperience {
    RespondToDesire,
    CuratedOffering,
    CoachBehavior,
    AutomaticExecution,
}

/// NPS, CSAT and CES, each a figure with the number of answers it rests on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Metrics {
    #[serde(default)]
    pub nps: Option<Measure>,
    #[serde(default)]
    pub csat: Option<Measure>,
    #[serde(default)]
    pub ces: Option<Measure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    pub value: f64,
    #[serde(default)]
    pub sample_size: u32,
}

/// A row of the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Lane {
    pub id: Id,
    pub name: String,
    pub kind: LaneKind,
    #[serde(default)]
    pub rank: f64,
    /// `#rrggbb`, empty for the kind's default.
    #[serde(default)]
    pub color: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum LaneKind {
    Actions,
    Touchpoints,
    Channels,
    Thoughts,
    Emotions,
    PainPoints,
    Opportunities,
    Frontstage,
    Backstage,
    Support,
    Custom,
}

impl LaneKind {
    pub const ALL: [LaneKind; 11] = [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Channels,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::Support,
        LaneKind::Custom,
    ];

    /// The English name (`message_id` names it in every language).
    pub fn label(self) -> &'static str {
        journey_i18n::english(self.message_id())
    }

    /// Service-blueprint lanes below the line of visibility.
    pub fn is_backstage(self) -> bool {
        matches!(self, LaneKind::Backstage | LaneKind::Support)
    }
}

/// A card in a (stage, lane) cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub id: Id,
    pub stage: Id,
    pub lane: Id,
    /// Order inside the cell; fractional so a move rewrites one card only.
    pub rank: f64,
    pub text: String,
    pub body: CardBody,
    /// What a workshop added: dot votes, who wrote it, whether it is still private. Absent
    /// (and not written) for cards made outside a workshop.
    #[serde(default, skip_serializing_if = "CardWorkshop::is_empty")]
    pub workshop: CardWorkshop,
}

/// A card's workshop facts (journey-workshop): the dot-vote tally of the last vote, the
/// participant who wrote it, and whether it is private (seen by its author and the facilitator
/// only, until the facilitator reveals the private cards).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CardWorkshop {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub votes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub private: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl CardWorkshop {
    pub fn is_empty(&self) -> bool {
        *self == CardWorkshop::default()
    }
}

impl Card {
    pub fn kind_name(&self) -> &'static str {
        match self.body {
            CardBody::Touchpoint(_) => "touchpoint",
            CardBody::PainPoint(_) => "painPoint",
            CardBody::Opportunity(_) => "opportunity",
            CardBody::Note => "note",
            CardBody::Quote { .. } => "quote",
        }
    }

    pub fn emotion(&self) -> Option<&Emotion> {
        match &self.body {
            CardBody::Touchpoint(t) => t.emotion.as_ref(),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum CardBody {
    Touchpoint(Touchpoint),
    PainPoint(PainPoint),
    Opportunity(Opportunity),
    Note,
    Quote {
        #[serde(default)]
        speaker: String,
    },
}

/// The kind of a card, as `CardBody`'s `kind` tag names it: what `Edit::SetCardKind` turns a
/// card into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum CardKind {
    Touchpoint,
    PainPoint,
    Opportunity,
    Note,
    Quote,
}

impl CardBody {
    pub fn kind(&self) -> CardKind {
        match self {
            CardBody::Touchpoint(_) => CardKind::Touchpoint,
            CardBody::PainPoint(_) => CardKind::PainPoint,
            CardBody::Opportunity(_) => CardKind::Opportunity,
            CardBody::Note => CardKind::Note,
            CardBody::Quote { .. } => CardKind::Quote,
        }
    }

    /// A fresh body of `kind`: unscored, unlinked, ratings in the middle (3 of 1..5).
    pub fn of_kind(kind: CardKind) -> CardBody {
        match kind {
            CardKind::Touchpoint => CardBody::Touchpoint(Touchpoint::default()),
            CardKind::PainPoint => {
                CardBody::PainPoint(PainPoint { severity: 3, frequency: 3, pillar: None, friction: None, short_of: vec![] })
            }
            CardKind::Opportunity => CardBody::Opportunity(Opportunity {
                answers: vec![],
                loyalty_pillar: None,
                value: 3,
                effort: 3,
                owner: String::new(),
            }),
            CardKind::Note => CardBody::Note,
            CardKind::Quote => CardBody::Quote { speaker: String::new() },
        }
    }

    /// What a new card in a lane of `lane` is, so a card made in "Pain points" is a pain point
    /// and one made on the emotion curve is a touchpoint with a neutral score (0, or the end of
    /// the journey's scale nearest to it when 0 is not on the scale).
    pub fn for_lane(lane: LaneKind, scale: &EmotionScale) -> CardBody {
        match lane {
            LaneKind::Touchpoints | LaneKind::Channels | LaneKind::Frontstage => CardBody::of_kind(CardKind::Touchpoint),
            LaneKind::Emotions => CardBody::Touchpoint(Touchpoint {
                emotion: Some(Emotion { score: 0.max(scale.min).min(scale.max), name: String::new() }),
                ..Touchpoint::default()
            }),
            LaneKind::PainPoints => CardBody::of_kind(CardKind::PainPoint),
            LaneKind::Opportunities => CardBody::of_kind(CardKind::Opportunity),
            LaneKind::Actions | LaneKind::Thoughts | LaneKind::Backstage | LaneKind::Support | LaneKind::Custom => CardBody::Note,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Touchpoint {
    #[serde(default)]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub moment_of_truth: bool,
    #[serde(default)]
    pub emotion: Option<Emotion>,
    /// Scores of further personas on the same touchpoint, keyed by persona id.
    #[serde(default)]
    pub persona_emotions: BTreeMap<Id, i32>,
    #[serde(default)]
    pub sacrifice: Option<Sacrifice>,
    #[serde(default)]
    pub experience: Option<ConnectedExperience>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Emotion {
    pub score: i32,
    /// A named emotion ("relieved"); empty to use the scale's name for the score.
    #[serde(default)]
    pub name: String,
}

/// Customer sacrifice (Schmitt): what the customer wanted against what they settled for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Sacrifice {
    pub wanted: String,
    pub accepted: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "label")]
pub enum Channel {
    Web,
    App,
    Store,
    Phone,
    Email,
    Social,
    InPerson,
    Chat,
    Mail,
    Other(String),
}

impl Channel {
    /// The English name (the catalogs have the others: `term`).
    pub fn label(&self) -> &str {
        self.term().english()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PainPoint {
    /// 1 (minor) ..= 5 (severe).
    pub severity: u8,
    /// 1 (rare) ..= 5 (every time).
    pub frequency: u8,
    #[serde(default)]
    pub pillar: Option<CxPillar>,
    #[serde(default)]
    pub friction: Option<Friction>,
    #[serde(default)]
    pub short_of: Vec<Shortage>,
}

impl PainPoint {
    /// How much a pain matters: severity × frequency (1..=25). Pains are ranked by it in the
    /// insights, the exports and the window (the page reads it as the generated `PAIN_PRIORITY`).
    pub fn priority(&self) -> u32 {
        priority(self.severity, self.frequency)
    }
}

/// A pain point's priority from its two ratings: severity × frequency.
pub fn priority(severity: u8, frequency: u8) -> u32 {
    u32::from(severity) * u32::from(frequency)
}

/// The six pillars of customer experience (KPMG Nunwood).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum CxPillar {
    Personalization,
    Integrity,
    Expectations,
    Resolution,
    TimeAndEffort,
    Empathy,
}

impl CxPillar {
    pub const ALL: [CxPillar; 6] = [
        CxPillar::Personalization,
        CxPillar::Integrity,
        CxPillar::Expectations,
        CxPillar::Resolution,
        CxPillar::TimeAndEffort,
        CxPillar::Empathy,
    ];

    /// The English name (`message_id` names it in every language).
    pub fn label(self) -> &'static str {
        journey_i18n::english(self.message_id())
    }
}

/// Named kinds of friction (domain.md section 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "label")]
pub enum Friction {
    RepeatedDataEntry,
    InconsistentMessages,
    HiddenCost,
    Waiting,
    Other(String),
}

impl Friction {
    /// The English name (the catalogs have the others: `term`).
    pub fn label(&self) -> &str {
        self.term().english()
    }
}

/// What the customer is short of (loyalty 3.0 "bridges").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Shortage {
    Time,
    Money,
    Effort,
    Information,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Opportunity {
    /// Pain-point cards this idea answers.
    #[serde(default)]
    pub answers: Vec<Id>,
    #[serde(default)]
    pub loyalty_pillar: Option<LoyaltyPillar>,
    /// 1 ..= 5.
    pub value: u8,
    /// 1 ..= 5.
    pub effort: u8,
    #[serde(default)]
    pub owner: String,
}

/// The five pillars of loyalty 3.0 (Carol Roth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum LoyaltyPillar {
    ProductsAndServices,
    CustomerService,
    Community,
    Experiences,
    Bridges,
}

impl LoyaltyPillar {
    pub const ALL: [LoyaltyPillar; 5] = [
        LoyaltyPillar::ProductsAndServices,
        LoyaltyPillar::CustomerService,
        LoyaltyPillar::Community,
        LoyaltyPillar::Experiences,
        LoyaltyPillar::Bridges,
    ];

    /// The English name (`message_id` names it in every language).
    pub fn label(self) -> &'static str {
        journey_i18n::english(self.message_id())
    }
}
