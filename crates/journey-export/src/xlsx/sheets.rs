//! The columns of the sheets the import reads back, and the vocabularies their list cells
//! take: one table shared by the writer (headers, widths, validation lists) and the reader
//! (finding columns by header, parsing the words back).

use journey_core::vocab::{self, Term};
use journey_core::{CardKind, Channel, ConnectedExperience, CustomerValue, CxPillar, Friction, LaneKind, LoyaltyPillar, Phase, Shortage};
use journey_core::FlowKind;

/// What a column's cells may hold, for the data-validation the writer sets.
#[derive(Clone, Copy)]
pub enum Check {
    Any,
    /// One of a list; `open` lists allow a value of one's own (a custom channel or phase).
    List { words: fn() -> Vec<String>, open: bool },
    Whole { min: i32, max: i32 },
    /// Whole numbers within the journey's emotion scale.
    Score,
    Decimal { min: f64, max: f64 },
}

pub struct Column {
    pub header: &'static str,
    pub width: f64,
    pub check: Check,
}

const fn col(header: &'static str, width: f64, check: Check) -> Column {
    Column { header, width, check }
}

const TEXT: Check = Check::Any;
const RATING: Check = Check::Whole { min: 1, max: 5 };
const YES_NO: Check = Check::List { words: yes_no, open: false };
const ANSWERS: Check = Check::Whole { min: 0, max: 1_000_000 };

pub const STAGE_COLUMNS: [Column; 11] = [
    col("Id", 38.0, TEXT),
    col("Stage", 24.0, TEXT),
    col("Description", 40.0, TEXT),
    col("Phase", 18.0, Check::List { words: phases, open: true }),
    col("Connected experience", 22.0, Check::List { words: experiences, open: false }),
    col("NPS", 8.0, Check::Decimal { min: -100.0, max: 100.0 }),
    col("NPS answers", 12.0, ANSWERS),
    col("CSAT %", 8.0, Check::Decimal { min: 0.0, max: 100.0 }),
    col("CSAT answers", 12.0, ANSWERS),
    col("CES", 8.0, Check::Decimal { min: 1.0, max: 7.0 }),
    col("CES answers", 12.0, ANSWERS),
];

pub const FLOW_COLUMNS: [Column; 5] = [
    col("Id", 38.0, TEXT),
    col("From", 24.0, TEXT),
    col("To", 24.0, TEXT),
    col("Kind", 10.0, Check::List { words: flow_kinds, open: false }),
    col("Label", 30.0, TEXT),
];

pub const LANE_COLUMNS: [Column; 4] =
    [col("Id", 38.0, TEXT), col("Lane", 24.0, TEXT), col("Kind", 16.0, Check::List { words: lane_kinds, open: false }), col("Colour", 10.0, TEXT)];

pub const PERSONA_COLUMNS: [Column; 9] = [
    col("Id", 38.0, TEXT),
    col("Persona", 20.0, TEXT),
    col("Role", 20.0, TEXT),
    col("Goals", 30.0, TEXT),
    col("Needs", 30.0, TEXT),
    col("Frustrations", 30.0, TEXT),
    col("Quote", 30.0, TEXT),
    col("Spender or sender", 16.0, Check::List { words: customer_values, open: false }),
    col("Colour", 10.0, TEXT),
];

pub const CARD_COLUMNS: [Column; 29] = [
    col("Id", 38.0, TEXT),
    col("Stage", 20.0, TEXT),
    col("Lane", 18.0, TEXT),
    col("Kind", 12.0, Check::List { words: card_kinds, open: false }),
    col("Text", 44.0, TEXT),
    col("Channel", 12.0, Check::List { words: channels, open: true }),
    col("Moment of truth", 10.0, YES_NO),
    col("Score", 8.0, Check::Score),
    col("Emotion", 14.0, TEXT),
    col("Persona scores", 20.0, TEXT),
    // Whether the touchpoint records a customer sacrifice: a template asks for one with both
    // texts still empty, which no cell can tell apart from none.
    col("Sacrifice", 10.0, YES_NO),
    col("Wanted", 20.0, TEXT),
    col("Accepted", 20.0, TEXT),
    col("Connected experience", 20.0, Check::List { words: experiences, open: false }),
    col("Severity", 9.0, RATING),
    col("Frequency", 10.0, RATING),
    col("Severity x frequency", 10.0, TEXT),
    col("CX pillar", 16.0, Check::List { words: cx_pillars, open: false }),
    col("Friction", 20.0, Check::List { words: frictions, open: true }),
    col("Short of", 14.0, TEXT),
    col("Value", 7.0, RATING),
    col("Effort", 7.0, RATING),
    col("Owner", 14.0, TEXT),
    col("Loyalty pillar", 18.0, Check::List { words: loyalty_pillars, open: false }),
    col("Answers", 38.0, TEXT),
    col("Speaker", 14.0, TEXT),
    col("Votes", 7.0, ANSWERS),
    col("Author", 14.0, TEXT),
    col("Private", 8.0, YES_NO),
];

/// The column that the import recomputes rather than reads.
pub const PRIORITY: &str = "Severity x frequency";

fn english(id: &'static str) -> String {
    Term::Message(id).english().to_string()
}

fn yes_no() -> Vec<String> {
    vec!["yes".into(), "no".into()]
}
fn phases() -> Vec<String> {
    vocab::PHASES.iter().map(|(_, id)| english(id)).collect()
}
fn experiences() -> Vec<String> {
    vocab::EXPERIENCES.iter().map(|(_, id)| english(id)).collect()
}
fn flow_kinds() -> Vec<String> {
    FLOW_KINDS.iter().map(|(w, _)| w.to_string()).collect()
}
fn lane_kinds() -> Vec<String> {
    vocab::LANE_KINDS.iter().map(|(_, id)| english(id)).collect()
}
fn customer_values() -> Vec<String> {
    CUSTOMER_VALUES.iter().map(|(w, _)| w.to_string()).collect()
}
fn card_kinds() -> Vec<String> {
    vocab::CARD_KINDS.iter().map(|(_, id)| english(id)).collect()
}
fn channels() -> Vec<String> {
    vocab::CHANNELS.iter().map(|(_, id)| english(id)).collect()
}
fn cx_pillars() -> Vec<String> {
    vocab::CX_PILLARS.iter().map(|(_, id)| english(id)).collect()
}
fn frictions() -> Vec<String> {
    vocab::FRICTIONS.iter().map(|(_, id)| english(id)).collect()
}
fn loyalty_pillars() -> Vec<String> {
    vocab::LOYALTY_PILLARS.iter().map(|(_, id)| english(id)).collect()
}

const FLOW_KINDS: [(&str, FlowKind); 3] = [("next", FlowKind::Next), ("branch", FlowKind::Branch), ("repeat", FlowKind::Repeat)];
const CUSTOMER_VALUES: [(&str, CustomerValue); 2] = [("spender", CustomerValue::Spender), ("sender", CustomerValue::Sender)];

/// Words compared as a person may type them: case, spaces and punctuation aside.
fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn find<T: Clone>(table: &[(T, &'static str)], cell: &str) -> Option<T> {
    let want = squash(cell);
    table.iter().find(|(_, id)| squash(Term::Message(id).english()) == want).map(|(v, _)| v.clone())
}

/// Each `word_*` gives the cell's word for a value; each `parse_*` reads a cell back (`Err` is
/// the list of words allowed, for the error sentence).
pub fn word_card_kind(k: CardKind) -> String {
    english(k.message_id())
}
pub fn parse_card_kind(cell: &str) -> Result<CardKind, String> {
    find(&vocab::CARD_KINDS, cell).ok_or_else(|| card_kinds().join(", "))
}
pub fn word_lane_kind(k: LaneKind) -> String {
    english(k.message_id())
}
pub fn parse_lane_kind(cell: &str) -> Result<LaneKind, String> {
    find(&vocab::LANE_KINDS, cell).ok_or_else(|| lane_kinds().join(", "))
}
pub fn word_phase(p: &Phase) -> String {
    p.term().english().to_string()
}
pub fn parse_phase(cell: &str) -> Phase {
    find(&vocab::PHASES, cell).unwrap_or_else(|| Phase::Custom(cell.trim().to_string()))
}
pub fn word_experience(e: ConnectedExperience) -> String {
    e.label().to_string()
}
pub fn parse_experience(cell: &str) -> Result<ConnectedExperience, String> {
    find(&vocab::EXPERIENCES, cell).ok_or_else(|| experiences().join(", "))
}
pub fn word_channel(c: &Channel) -> String {
    c.term().english().to_string()
}
pub fn parse_channel(cell: &str) -> Channel {
    find(&vocab::CHANNELS, cell).unwrap_or_else(|| Channel::Other(cell.trim().to_string()))
}
pub fn word_pillar(p: CxPillar) -> String {
    english(p.message_id())
}
pub fn parse_pillar(cell: &str) -> Result<CxPillar, String> {
    find(&vocab::CX_PILLARS, cell).ok_or_else(|| cx_pillars().join(", "))
}
pub fn word_friction(f: &Friction) -> String {
    f.term().english().to_string()
}
pub fn parse_friction(cell: &str) -> Friction {
    find(&vocab::FRICTIONS, cell).unwrap_or_else(|| Friction::Other(cell.trim().to_string()))
}
pub fn word_loyalty(p: LoyaltyPillar) -> String {
    english(p.message_id())
}
pub fn parse_loyalty(cell: &str) -> Result<LoyaltyPillar, String> {
    find(&vocab::LOYALTY_PILLARS, cell).ok_or_else(|| loyalty_pillars().join(", "))
}
pub fn word_shortage(s: Shortage) -> String {
    s.label().to_string()
}
pub fn parse_shortage(cell: &str) -> Result<Shortage, String> {
    find(&vocab::SHORTAGES, cell).ok_or_else(|| vocab::SHORTAGES.iter().map(|(_, id)| english(id)).collect::<Vec<_>>().join(", "))
}
pub fn word_flow_kind(k: FlowKind) -> &'static str {
    FLOW_KINDS.iter().find(|(_, v)| *v == k).map(|(w, _)| *w).expect("every flow kind is listed")
}
pub fn parse_flow_kind(cell: &str) -> Result<FlowKind, String> {
    FLOW_KINDS.iter().find(|(w, _)| squash(w) == squash(cell)).map(|(_, k)| *k).ok_or_else(flow_kinds_text)
}
fn flow_kinds_text() -> String {
    flow_kinds().join(", ")
}
pub fn word_customer_value(v: CustomerValue) -> &'static str {
    CUSTOMER_VALUES.iter().find(|(_, x)| *x == v).map(|(w, _)| *w).expect("every value is listed")
}
pub fn parse_customer_value(cell: &str) -> Result<CustomerValue, String> {
    CUSTOMER_VALUES.iter().find(|(w, _)| squash(w) == squash(cell)).map(|(_, v)| *v).ok_or_else(|| customer_values().join(", "))
}
pub fn parse_yes_no(cell: &str) -> Result<bool, String> {
    match squash(cell).as_str() {
        "yes" | "true" | "y" | "1" | "x" => Ok(true),
        "no" | "false" | "n" | "0" | "" => Ok(false),
        _ => Err("yes, no".into()),
    }
}

/// A column letter as the spreadsheet shows it (0 -> A, 26 -> AA).
pub fn letter(mut col: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (col % 26) as u8) as char);
        if col < 26 {
            return s;
        }
        col = col / 26 - 1;
    }
}
