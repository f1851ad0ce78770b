//! Why an edit was refused. Each variant has a stable `code` the UI and tests match on, and a
//! message a facilitator can act on.
//!
//! A refusal is data, not a sentence: the value it names is a `Field` and what is wrong with it a
//! `Problem` (or, for the stage graph, a `GraphProblem`), each with the id of its catalog message
//! (`locales/<lang>/errors.ftl`) and typed arguments: numbers as numbers, so the catalog writes
//! them in the language's digits, and names (a stage's, a lane's) as the user wrote them. The
//! core only names the ids; journey-api formats them in the window's language. `Display` is the
//! English sentence the CLI and the logs print, and stays what it was before refusals were data.

use std::fmt;

use crate::model::{CardKind, Id};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("the {what} {id} does not exist (it may have been deleted)")]
    NotFound { what: &'static str, id: Id },
    #[error("a {what} with id {id} already exists")]
    DuplicateId { what: &'static str, id: Id },
    #[error("{0}")]
    InvalidGraph(GraphProblem),
    #[error("{field}: {problem}")]
    InvalidValue { field: Field, problem: Problem },
    #[error("{field} is {len} characters long; the limit is {max}")]
    TooLong { field: Field, len: usize, max: usize },
}

impl EditError {
    pub fn code(&self) -> &'static str {
        match self {
            EditError::NotFound { .. } => "not_found",
            EditError::DuplicateId { .. } => "duplicate_id",
            EditError::InvalidGraph(_) => "invalid_graph",
            EditError::InvalidValue { .. } => "invalid_value",
            EditError::TooLong { .. } => "too_long",
        }
    }

    pub fn invalid(field: Field, problem: Problem) -> Self {
        EditError::InvalidValue { field, problem }
    }
}

/// An argument of a refusal's catalog message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number: the catalog formats it (digits, grouping) and picks plurals by it.
    Number(f64),
    /// Text set in as it is: a name the user wrote, an id, or the key a catalog selects on.
    Text(String),
    /// Another message, said in the same language first (the repair an undo would need).
    Said(journey_i18n::Said),
}

fn number(n: impl Into<f64>) -> Arg {
    Arg::Number(n.into())
}

fn count(n: usize) -> Arg {
    Arg::Number(n as f64)
}

fn text(s: impl ToString) -> Arg {
    Arg::Text(s.to_string())
}

macro_rules! fields {
    ($($variant:ident => $id:literal, $english:literal;)*) => {
        /// The value a refusal names: a closed set. In a catalog sentence it is the argument
        /// `field`, holding `id()`; whoever formats the sentence (journey-api's
        /// `ApiError::sentence`, the page's `l.error`) first replaces it by the message
        /// `field-<id>` (some are the inspector's own labels, in studio.ftl; the rest are in
        /// errors.ftl).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Field {
            $($variant,)*
        }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            /// Stable id: the catalog's message is `field-<id>`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Field::$variant => $id,)*
                }
            }

            /// The English name `Display` uses (lower case, as it starts an English refusal).
            pub fn english(self) -> &'static str {
                match self {
                    $(Field::$variant => $english,)*
                }
            }
        }
    };
}

fields! {
    Journey => "journey", "journey";
    JourneyName => "journey-name", "journey name";
    JourneyGoal => "goal", "journey goal";
    EmotionScale => "emotion-scale", "emotion scale";
    EmotionName => "emotion-name", "emotion name";
    Nps => "nps", "NPS";
    Csat => "csat", "CSAT";
    Ces => "ces", "CES";
    Stages => "stages", "stages";
    StageName => "stage-name", "stage name";
    StageDescription => "stage-description", "stage description";
    PhaseName => "phase-name", "phase";
    StageRank => "stage-rank", "stage rank";
    StageMove => "stage-move", "stage move";
    FlowLabel => "flow-label", "flow label";
    Lanes => "lanes", "lanes";
    LaneName => "lane-name", "lane name";
    LaneRank => "lane-rank", "lane rank";
    LaneColour => "lane-colour", "lane colour";
    LaneMove => "lane-move", "lane move";
    Personas => "personas", "personas";
    Persona => "persona", "persona";
    PersonaName => "persona-name", "persona name";
    PersonaRole => "persona-role", "persona role";
    PersonaQuote => "persona-quote", "persona quote";
    PersonaEntry => "persona-entry", "persona entry";
    PersonaColour => "persona-colour", "persona colour";
    Cards => "cards", "cards";
    Card => "card", "card";
    CardKind => "card-kind", "card kind";
    CardText => "card-text", "card text";
    CardAuthor => "card-author", "card author";
    CardRank => "card-rank", "card rank";
    Position => "position", "position";
    Duplicate => "duplicate", "duplicate";
    Paste => "paste", "paste";
    Emotion => "emotion", "emotion";
    ChannelName => "channel-name", "channel";
    Wanted => "wanted", "wanted";
    Accepted => "accepted", "accepted";
    Severity => "severity", "severity";
    Frequency => "frequency", "frequency";
    FrictionName => "friction-name", "friction";
    Value => "value", "value";
    Effort => "effort", "effort";
    Owner => "owner", "owner";
    Answers => "answers", "answers";
    Speaker => "speaker", "speaker";
    Version => "version", "version";
    VersionName => "version-name", "version name";
    TemplateName => "template-name", "template name";
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english())
    }
}

/// Which end of a row of stages or a column of lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    First,
    Last,
}

impl End {
    pub fn id(self) -> &'static str {
        match self {
            End::First => "first",
            End::Last => "last",
        }
    }
}

/// Which way a lane moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    Up,
    Down,
}

impl Way {
    pub fn id(self) -> &'static str {
        match self {
            Way::Up => "up",
            Way::Down => "down",
        }
    }
}

/// What a journey holds too many of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Stages,
    Lanes,
    Cards,
    Personas,
}

impl Counted {
    pub fn id(self) -> &'static str {
        match self {
            Counted::Stages => "stages",
            Counted::Lanes => "lanes",
            Counted::Cards => "cards",
            Counted::Personas => "personas",
        }
    }
}

/// The key a catalog selects a card kind by (the kind's vocabulary id without `card-kind-`).
fn kind_id(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Touchpoint => "touchpoint",
        CardKind::PainPoint => "pain-point",
        CardKind::Opportunity => "opportunity",
        CardKind::Note => "note",
        CardKind::Quote => "quote",
    }
}

/// The name `Display` has always given a kind (`Card::kind_name`).
fn kind_english(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Touchpoint => "touchpoint",
        CardKind::PainPoint => "painPoint",
        CardKind::Opportunity => "opportunity",
        CardKind::Note => "note",
        CardKind::Quote => "quote",
    }
}

/// What is wrong with a refused value (`EditError::InvalidValue`). Each has its own catalog
/// message (`message()`, with `args()` besides the `field`); `Display` is the English the CLI
/// prints after "<field>: ".
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A name left blank.
    Empty,
    /// A rating outside its range (1 to 5).
    OutOfRange { min: f64, max: f64, value: f64 },
    /// A measure (NPS, CSAT, CES) outside its range.
    NotBetween { min: f64, max: f64 },
    NotFinite,
    NotAColour { value: String },
    /// An emotion scale whose lowest step is not below its highest.
    ScaleInverted { min: i32, max: i32 },
    ScaleTooWide { max: i32 },
    /// A named step of the emotion scale outside it.
    StepOutsideScale { step: i32, min: i32, max: i32 },
    /// A touchpoint's score outside the journey's emotion scale.
    ScoreOutsideScale { score: i32, min: i32, max: i32 },
    /// A new emotion scale that some scores of the journey fall outside.
    ScoresOutsideScale { count: usize, min: i32, max: i32 },
    /// A persona's goals, needs or frustrations over their limit.
    TooManyEntries { max: usize },
    /// An opportunity linked to a card that is not a pain point.
    AnswersOnlyPainPoints,
    /// A journey (from outside: an import, another version's file) over a limit.
    JourneyTooLarge { what: Counted, count: usize, max: usize },
    /// A journey already holding as many of `field` as it may.
    Full { max: usize },
    /// An update that would change a card's place (stage, lane, rank).
    UseAMove,
    /// A pain point that opportunities answer, changed to another kind.
    PainPointAnswered,
    AlreadyOfKind { kind: CardKind },
    /// A duplicate or paste naming a different number of new ids than cards.
    IdsPerCard { cards: usize, ids: usize },
    /// A stage moved by 0 places or by more than there are stages.
    StageMoveRange { max: usize, steps: i32 },
    /// A place in a cell past its last card.
    PlacePastEnd { others: usize, place: u32 },
    CardListedTwice { card: Id },
    NoCards,
    LaneMoveZero,
    LaneAtEnd { lane: String, end: End },
    LaneMoveTooFar { lane: String, room: usize, way: Way, steps: u32 },
    /// A version of another journey restored onto this one.
    OtherJourney,
    /// A restore whose result would not be the version.
    NotRebuilt,
}

impl Problem {
    /// The catalog message that says this refusal (with `field` and `args()`).
    pub fn message(&self) -> &'static str {
        match self {
            Problem::Empty => "error-value-empty",
            Problem::OutOfRange { .. } => "error-value-out-of-range",
            Problem::NotBetween { .. } => "error-value-not-between",
            Problem::NotFinite => "error-value-not-finite",
            Problem::NotAColour { .. } => "error-value-not-a-colour",
            Problem::ScaleInverted { .. } => "error-scale-inverted",
            Problem::ScaleTooWide { .. } => "error-scale-too-wide",
            Problem::StepOutsideScale { .. } => "error-scale-step-outside",
            Problem::ScoreOutsideScale { .. } => "error-score-outside-scale",
            Problem::ScoresOutsideScale { .. } => "error-scale-leaves-scores",
            Problem::TooManyEntries { .. } => "error-persona-too-many-entries",
            Problem::AnswersOnlyPainPoints => "error-answers-only-pain-points",
            Problem::JourneyTooLarge { .. } => "error-journey-too-large",
            Problem::Full { .. } => "error-journey-full",
            Problem::UseAMove => "error-card-use-a-move",
            Problem::PainPointAnswered => "error-pain-point-answered",
            Problem::AlreadyOfKind { .. } => "error-card-already-kind",
            Problem::IdsPerCard { .. } => "error-ids-per-card",
            Problem::StageMoveRange { .. } => "error-stage-move-range",
            Problem::PlacePastEnd { .. } => "error-place-past-end",
            Problem::CardListedTwice { .. } => "error-card-listed-twice",
            Problem::NoCards => "error-no-cards-to-move",
            Problem::LaneMoveZero => "error-lane-move-zero",
            Problem::LaneAtEnd { .. } => "error-lane-at-end",
            Problem::LaneMoveTooFar { .. } => "error-lane-move-too-far",
            Problem::OtherJourney => "error-version-other-journey",
            Problem::NotRebuilt => "error-version-not-rebuilt",
        }
    }

    /// The message's arguments other than `field`.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            Problem::Empty
            | Problem::NotFinite
            | Problem::AnswersOnlyPainPoints
            | Problem::UseAMove
            | Problem::PainPointAnswered
            | Problem::NoCards
            | Problem::LaneMoveZero
            | Problem::OtherJourney
            | Problem::NotRebuilt => vec![],
            Problem::OutOfRange { min, max, value } => vec![("min", number(*min)), ("max", number(*max)), ("value", number(*value))],
            Problem::NotBetween { min, max } => vec![("min", number(*min)), ("max", number(*max))],
            Problem::NotAColour { value } => vec![("value", text(value))],
            Problem::ScaleInverted { min, max } => vec![("min", number(*min)), ("max", number(*max))],
            Problem::ScaleTooWide { max } => vec![("max", number(*max))],
            Problem::StepOutsideScale { step, min, max } => vec![("step", number(*step)), ("min", number(*min)), ("max", number(*max))],
            Problem::ScoreOutsideScale { score, min, max } => vec![("score", number(*score)), ("min", number(*min)), ("max", number(*max))],
            Problem::ScoresOutsideScale { count: n, min, max } => vec![("count", count(*n)), ("min", number(*min)), ("max", number(*max))],
            Problem::TooManyEntries { max } | Problem::Full { max } => vec![("max", count(*max))],
            Problem::JourneyTooLarge { what, count: n, max } => vec![("what", text(what.id())), ("count", count(*n)), ("max", count(*max))],
            Problem::AlreadyOfKind { kind } => vec![("kind", text(kind_id(*kind)))],
            Problem::IdsPerCard { cards, ids } => vec![("cards", count(*cards)), ("ids", count(*ids))],
            Problem::StageMoveRange { max, steps } => vec![("max", count(*max)), ("steps", number(*steps))],
            Problem::PlacePastEnd { others, place } => vec![("others", count(*others)), ("place", number(*place))],
            Problem::CardListedTwice { card } => vec![("card", text(card))],
            Problem::LaneAtEnd { lane, end } => vec![("lane", text(lane)), ("end", text(end.id()))],
            Problem::LaneMoveTooFar { lane, room, way, steps } => {
                vec![("lane", text(lane)), ("room", count(*room)), ("way", text(way.id())), ("steps", number(*steps))]
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => write!(f, "must not be empty"),
            Problem::OutOfRange { min, max, value } => write!(f, "must be {min} to {max}, not {value}"),
            Problem::NotBetween { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::NotFinite => write!(f, "must be a finite number"),
            Problem::NotAColour { value } => write!(f, "\"{value}\" is not a colour like #3366cc"),
            Problem::ScaleInverted { min, max } => write!(f, "minimum {min} must be below maximum {max}"),
            Problem::ScaleTooWide { max } => write!(f, "may span at most {max} steps"),
            Problem::StepOutsideScale { step, min, max } => write!(f, "named step {step} is outside {min}..{max}"),
            Problem::ScoreOutsideScale { score, min, max } => write!(f, "{score} is outside the journey's scale {min}..{max}"),
            Problem::ScoresOutsideScale { count, min, max } => {
                write!(f, "{count} emotion score(s) fall outside {min}..{max}; change them first")
            }
            Problem::TooManyEntries { max } => write!(f, "may list at most {max} goals, needs or frustrations"),
            Problem::AnswersOnlyPainPoints => write!(f, "an opportunity can only answer pain points"),
            Problem::JourneyTooLarge { what, count, max } => write!(f, "has {count} {}; the limit is {max}", what.id()),
            Problem::Full { max } => write!(f, "a journey holds at most {max}"),
            Problem::UseAMove => write!(f, "use a move to change a card's place"),
            Problem::PainPointAnswered => write!(f, "opportunities answer this pain point; unlink them first"),
            Problem::AlreadyOfKind { kind } => write!(f, "the card is already a {}", kind_english(*kind)),
            Problem::IdsPerCard { cards, ids } => write!(f, "name one new id per card: {cards} card(s), {ids} id(s)"),
            Problem::StageMoveRange { max, steps } => write!(f, "a stage moves between 1 and {max} places; {steps} is outside that"),
            Problem::PlacePastEnd { others, place } => {
                write!(f, "the cell holds {others} other card(s), so place {place} is past its end")
            }
            Problem::CardListedTwice { card } => write!(f, "card {card} is listed twice"),
            Problem::NoCards => write!(f, "name at least one card to move"),
            Problem::LaneMoveZero => write!(f, "a lane moves at least one place"),
            Problem::LaneAtEnd { lane, end } => write!(f, "\"{lane}\" is already the {} lane", end.id()),
            Problem::LaneMoveTooFar { lane, room, way, steps } => {
                write!(f, "\"{lane}\" can move at most {room} place(s) {}, not {steps}", way.id())
            }
            Problem::OtherJourney => write!(f, "belongs to another journey"),
            Problem::NotRebuilt => write!(f, "could not be rebuilt exactly from the current journey"),
        }
    }
}

/// Why the stage graph refused a change (`EditError::InvalidGraph`). Stages are named by their
/// names, as the user wrote them.
#[derive(Debug, Clone, PartialEq)]
pub enum GraphProblem {
    /// A stage moved past the first or last column.
    StageAtEnd { stage: String, end: End },
    /// Two stages to swap that are not one straight chain of `next` flows.
    NotInLine { a: String, b: String },
    /// Two stages to swap that a repeat loop joins.
    RepeatJoins { a: String, b: String },
    FlowToItself { stage: String },
    AlreadyConnected { from: String, to: String },
    /// A repeat loop from `from` to a stage `to` that does not come before it.
    RepeatNotBack { from: String, to: String },
    /// A forward flow from `from` to `to` where `to` already leads to `from`.
    WouldLoop { from: String, to: String },
    /// A rewiring that changes a flow's kind.
    KindChanged,
    /// A rewiring after which the repeat loop from `from` to `to` would not go back.
    RepeatWouldBreak { from: String, to: String },
    /// An undo whose result would need a repair (journey-store's merge of an undo with a
    /// teammate's changes); `repair` says the repair (`Repair::said`).
    NeedsRepair {
        repair: journey_i18n::Said,
    },
}

impl GraphProblem {
    /// The catalog message that says this refusal.
    pub fn message(&self) -> &'static str {
        match self {
            GraphProblem::StageAtEnd { .. } => "error-stage-at-end",
            GraphProblem::NotInLine { .. } => "error-stages-not-in-line",
            GraphProblem::RepeatJoins { .. } => "error-repeat-joins",
            GraphProblem::FlowToItself { .. } => "error-flow-to-itself",
            GraphProblem::AlreadyConnected { .. } => "error-already-connected",
            GraphProblem::RepeatNotBack { .. } => "error-repeat-not-back",
            GraphProblem::WouldLoop { .. } => "error-would-loop",
            GraphProblem::KindChanged => "error-rewire-kind",
            GraphProblem::RepeatWouldBreak { .. } => "error-repeat-would-break",
            GraphProblem::NeedsRepair { .. } => "error-undo-needs-repair",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            GraphProblem::StageAtEnd { stage, end } => vec![("stage", text(stage)), ("end", text(end.id()))],
            GraphProblem::NotInLine { a, b } | GraphProblem::RepeatJoins { a, b } => vec![("a", text(a)), ("b", text(b))],
            GraphProblem::FlowToItself { stage } => vec![("stage", text(stage))],
            GraphProblem::AlreadyConnected { from, to }
            | GraphProblem::RepeatNotBack { from, to }
            | GraphProblem::WouldLoop { from, to }
            | GraphProblem::RepeatWouldBreak { from, to } => vec![("from", text(from)), ("to", text(to))],
            GraphProblem::KindChanged => vec![],
            GraphProblem::NeedsRepair { repair } => vec![("detail", Arg::Said(repair.clone()))],
        }
    }
}

impl fmt::Display for GraphProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphProblem::StageAtEnd { stage, end } => write!(f, "\"{stage}\" is already the {} stage", end.id()),
            GraphProblem::NotInLine { a, b } => write!(
                f,
                "\"{a}\" and \"{b}\" are not in a straight line of next flows, so they cannot swap places here; \
                 change branches in the stage graph view"
            ),
            GraphProblem::RepeatJoins { a, b } => {
                write!(f, "a repeat loop joins \"{a}\" and \"{b}\"; change it in the stage graph view first")
            }
            GraphProblem::FlowToItself { stage } => write!(f, "a flow cannot lead from \"{stage}\" back to itself"),
            GraphProblem::AlreadyConnected { from, to } => write!(f, "\"{from}\" is already connected to \"{to}\" that way"),
            GraphProblem::RepeatNotBack { from, to } => write!(
                f,
                "a repeat loop must go back to an earlier stage, but \"{to}\" does not come before \"{from}\""
            ),
            GraphProblem::WouldLoop { from, to } => {
                write!(f, "\"{to}\" already leads to \"{from}\"; to go back, use a repeat loop instead")
            }
            GraphProblem::KindChanged => write!(f, "moving stages keeps each flow's kind"),
            GraphProblem::RepeatWouldBreak { from, to } => write!(
                f,
                "the repeat loop from \"{from}\" back to \"{to}\" would no longer go back; change it in the stage graph view first"
            ),
            GraphProblem::NeedsRepair { repair } => write!(f, "this cannot be undone as it is now: {repair}"),
        }
    }
}

/// The core's refusal of what a file holds, said by the core's own message for it (its
/// problems and graph problems name their message ids); the field by the import's word for it
/// (`error-import-field`: those a file's rows fill, any other as the core names it). What names
/// an id the file does not have stays in the core's English.
impl From<EditError> for journey_i18n::Said {
    fn from(e: EditError) -> journey_i18n::Said {
        use journey_i18n::{Said, SaidArg};
        let field = |f: Field| {
            Said::with(
                "error-import-field",
                vec![("field", f.id().into()), ("name", f.english().into())],
            )
        };
        let args = |core: Vec<(&'static str, Arg)>| -> Vec<(&'static str, SaidArg)> {
            core.into_iter()
                .map(|(k, v)| {
                    let v = match v {
                        Arg::Number(n) => SaidArg::Number(n),
                        Arg::Text(t) => SaidArg::Text(t),
                        Arg::Said(s) => SaidArg::Said(Box::new(s)),
                    };
                    (k, v)
                })
                .collect()
        };
        match e {
            EditError::TooLong { field: f, len, max } => Said::with(
                "error-import-too-long",
                vec![
                    ("field", field(f).into()),
                    ("length", len.into()),
                    ("max", max.into()),
                ],
            ),
            EditError::InvalidValue { field: f, problem } => {
                let mut said = Said::with(problem.message(), args(problem.args()));
                said.args.retain(|(k, _)| *k != "field");
                said.args.push(("field", field(f).into()));
                said
            }
            EditError::InvalidGraph(problem) => Said::with(problem.message(), args(problem.args())),
            other => Said::untranslated(other.to_string()),
        }
    }
}
