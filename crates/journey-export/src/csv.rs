//! CSV: every card as one spreadsheet row, to sort and filter pain points, owners and scores
//! in Excel, LibreOffice or Google Sheets, and to bring a workshop's spreadsheet back in.
//!
//! The file is UTF-8 without a byte-order mark, one header row (`COLUMNS`), then one row per
//! card. Records end in CRLF (RFC 4180, what Excel writes); line breaks inside a text are kept
//! as they are, inside quotes. Cells are quoted only when they need it.
//!
//! Only what a row can say travels. Not in the CSV: ids, personas, the goal, the emotion
//! scale's names, metrics, stage descriptions and experiences, branch and repeat flows (an
//! import chains the stages in a line, in the order the file lists them), lane colours,
//! sacrifices, per-persona scores, what a pain point is short of, and stages or lanes that hold
//! no card. What is in it survives: export, import and export again gives the same text.

use std::collections::{BTreeSet, HashMap, HashSet};

use ::csv::{ReaderBuilder, StringRecord, Terminator, WriterBuilder};
use journey_core::model::*;
use journey_core::{validate, EditError, Field, Flow, FlowKind, StageGraph};

use crate::{said, ImportError, Said};

/// The header row, in the order `to_csv` writes it.
pub const COLUMNS: [&str; 21] = [
    "journey",
    "stage",
    "phase",
    "lane",
    "lane_kind",
    "kind",
    "text",
    "channel",
    "moment_of_truth",
    "emotion",
    "emotion_name",
    "severity",
    "frequency",
    "pillar",
    "friction",
    "value",
    "effort",
    "loyalty_pillar",
    "owner",
    "answers",
    "speaker",
];

// Positions in `COLUMNS`.
const JOURNEY: usize = 0;
const STAGE: usize = 1;
const PHASE: usize = 2;
const LANE: usize = 3;
const LANE_KIND: usize = 4;
const KIND: usize = 5;
const TEXT: usize = 6;
const CHANNEL: usize = 7;
const MOMENT_OF_TRUTH: usize = 8;
const EMOTION: usize = 9;
const EMOTION_NAME: usize = 10;
const SEVERITY: usize = 11;
const FREQUENCY: usize = 12;
const PILLAR: usize = 13;
const FRICTION: usize = 14;
const VALUE: usize = 15;
const EFFORT: usize = 16;
const LOYALTY_PILLAR: usize = 17;
const OWNER: usize = 18;
const ANSWERS: usize = 19;
const SPEAKER: usize = 20;

/// The columns only one kind of card fills, with that kind in words. A filled one on a row of
/// another kind is refused rather than dropped.
const KIND_COLUMNS: [(usize, CardKind, &str); 14] = [
    (CHANNEL, CardKind::Touchpoint, "touchpoint"),
    (MOMENT_OF_TRUTH, CardKind::Touchpoint, "touchpoint"),
    (EMOTION, CardKind::Touchpoint, "touchpoint"),
    (EMOTION_NAME, CardKind::Touchpoint, "touchpoint"),
    (SEVERITY, CardKind::PainPoint, "pain-point"),
    (FREQUENCY, CardKind::PainPoint, "pain-point"),
    (PILLAR, CardKind::PainPoint, "pain-point"),
    (FRICTION, CardKind::PainPoint, "pain-point"),
    (VALUE, CardKind::Opportunity, "opportunity"),
    (EFFORT, CardKind::Opportunity, "opportunity"),
    (LOYALTY_PILLAR, CardKind::Opportunity, "opportunity"),
    (OWNER, CardKind::Opportunity, "opportunity"),
    (ANSWERS, CardKind::Opportunity, "opportunity"),
    (SPEAKER, CardKind::Quote, "quote"),
];

/// Joins the texts of the pain points an opportunity answers.
const ANSWER_SEPARATOR: &str = " | ";

// One name table per enum: the model's serde (camelCase) names. An import also accepts the
// names in any case and with spaces or underscores ("Time and effort", "in_person").

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CardKind {
    Touchpoint,
    PainPoint,
    Opportunity,
    Note,
    Quote,
}

static CARD_KINDS: [(&str, CardKind); 5] = [
    ("touchpoint", CardKind::Touchpoint),
    ("painPoint", CardKind::PainPoint),
    ("opportunity", CardKind::Opportunity),
    ("note", CardKind::Note),
    ("quote", CardKind::Quote),
];

static LANE_KINDS: [(&str, LaneKind); 11] = [
    ("actions", LaneKind::Actions),
    ("touchpoints", LaneKind::Touchpoints),
    ("channels", LaneKind::Channels),
    ("thoughts", LaneKind::Thoughts),
    ("emotions", LaneKind::Emotions),
    ("painPoints", LaneKind::PainPoints),
    ("opportunities", LaneKind::Opportunities),
    ("frontstage", LaneKind::Frontstage),
    ("backstage", LaneKind::Backstage),
    ("support", LaneKind::Support),
    ("custom", LaneKind::Custom),
];

/// Open: any other text is a custom phase with that label.
static PHASES: [(&str, Phase); 7] = [
    ("recognize", Phase::Recognize),
    ("request", Phase::Request),
    ("respond", Phase::Respond),
    ("repeat", Phase::Repeat),
    ("beforePurchase", Phase::BeforePurchase),
    ("duringPurchase", Phase::DuringPurchase),
    ("afterPurchase", Phase::AfterPurchase),
];

/// Open: any other text is a channel of its own (`Channel::Other`).
static CHANNELS: [(&str, Channel); 9] = [
    ("web", Channel::Web),
    ("app", Channel::App),
    ("store", Channel::Store),
    ("phone", Channel::Phone),
    ("email", Channel::Email),
    ("social", Channel::Social),
    ("inPerson", Channel::InPerson),
    ("chat", Channel::Chat),
    ("mail", Channel::Mail),
];

static PILLARS: [(&str, CxPillar); 6] = [
    ("personalization", CxPillar::Personalization),
    ("integrity", CxPillar::Integrity),
    ("expectations", CxPillar::Expectations),
    ("resolution", CxPillar::Resolution),
    ("timeAndEffort", CxPillar::TimeAndEffort),
    ("empathy", CxPillar::Empathy),
];

/// Open: any other text is a friction of its own (`Friction::Other`).
static FRICTIONS: [(&str, Friction); 4] = [
    ("repeatedDataEntry", Friction::RepeatedDataEntry),
    ("inconsistentMessages", Friction::InconsistentMessages),
    ("hiddenCost", Friction::HiddenCost),
    ("waiting", Friction::Waiting),
];

static LOYALTY_PILLARS: [(&str, LoyaltyPillar); 5] = [
    ("productsAndServices", LoyaltyPillar::ProductsAndServices),
    ("customerService", LoyaltyPillar::CustomerService),
    ("community", LoyaltyPillar::Community),
    ("experiences", LoyaltyPillar::Experiences),
    ("bridges", LoyaltyPillar::Bridges),
];

fn name_in<T: PartialEq>(table: &'static [(&'static str, T)], value: &T) -> Option<&'static str> {
    table.iter().find(|(_, v)| v == value).map(|(name, _)| *name)
}

fn names_of<T>(table: &[(&str, T)]) -> String {
    table.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ")
}

/// Letters and digits only, lower case: "Time and effort", "time_and_effort" and
/// "timeAndEffort" read as one name.
fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn lookup<T: Clone>(table: &[(&str, T)], cell: &str) -> Option<T> {
    let key = squash(cell);
    table.iter().find(|(name, _)| squash(name) == key).map(|(_, v)| v.clone())
}

/// A value of a closed list; empty is none.
/// `what` is "card-kind", "lane-kind", "pillar" or "loyalty-pillar": the catalogs choose the word.
fn closed<T: Clone>(table: &[(&str, T)], cell: &str, what: &str) -> Result<Option<T>, Said> {
    if cell.trim().is_empty() {
        return Ok(None);
    }
    match lookup(table, cell) {
        Some(v) => Ok(Some(v)),
        None => Err(said!("error-import-csv-unknown", what = what, value = cell.trim(), names = names_of(table))),
    }
}

/// A value of an open list: a known name, or else a label of its own, kept as written. (So a
/// custom label that reads as a known name, e.g. a channel called "Email", comes back as the
/// known one.)
fn open<T: Clone>(table: &[(&str, T)], cell: &str, custom: impl FnOnce(String) -> T) -> Option<T> {
    if cell.trim().is_empty() {
        return None;
    }
    Some(lookup(table, cell).unwrap_or_else(|| custom(cell.to_string())))
}

// Spreadsheet formula injection: Excel and LibreOffice run a cell that starts with one of
// these as a formula. Such text is written with a leading apostrophe, and the import takes one
// apostrophe off again. Apostrophes already in front are looked past, so "'=x" goes out as
// "''=x" and comes back as "'=x": every text survives. Numbers (emotion -2) are not text and
// are never prefixed.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn formula_like(s: &str) -> bool {
    s.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

fn guard(s: &str) -> String {
    if formula_like(s) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => s,
    }
}

/// The cards of every cell in display order (rank, then id, as `Journey::cards_in_cell`), in
/// one pass over the cards.
fn cells(j: &Journey) -> HashMap<(Id, Id), Vec<&Card>> {
    let mut cells: HashMap<(Id, Id), Vec<&Card>> = HashMap::new();
    for card in j.cards.values() {
        cells.entry((card.stage, card.lane)).or_default().push(card);
    }
    for cards in cells.values_mut() {
        cards.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)));
    }
    cells
}

/// The journeys as CSV, one row per card: by journey, then stage in grid order, then lane
/// order, then card rank.
pub fn to_csv(journeys: &[Journey]) -> String {
    let mut out = WriterBuilder::new().terminator(Terminator::CRLF).from_writer(Vec::new());
    out.write_record(COLUMNS).expect("writing to memory cannot fail");
    for j in journeys {
        let cells = cells(j);
        let lanes = j.lanes_in_order();
        for stage in j.graph.ordered_stages() {
            for lane in &lanes {
                for card in cells.get(&(stage.id, lane.id)).into_iter().flatten() {
                    out.write_record(row(j, stage, lane, card)).expect("writing to memory cannot fail");
                }
            }
        }
    }
    let bytes = out.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("text in, UTF-8 out")
}

fn row(j: &Journey, stage: &Stage, lane: &Lane, card: &Card) -> [String; 21] {
    let mut r: [String; 21] = Default::default();
    r[JOURNEY] = guard(&j.name);
    r[STAGE] = guard(&stage.name);
    if let Some(p) = &stage.phase {
        r[PHASE] = guard(name_in(&PHASES, p).unwrap_or(p.label()));
    }
    r[LANE] = guard(&lane.name);
    r[LANE_KIND] = name_in(&LANE_KINDS, &lane.kind).expect("every lane kind is in the table").into();
    r[KIND] = card.kind_name().into();
    r[TEXT] = guard(&card.text);
    match &card.body {
        CardBody::Touchpoint(t) => {
            if let Some(c) = &t.channel {
                r[CHANNEL] = guard(name_in(&CHANNELS, c).unwrap_or(c.label()));
            }
            r[MOMENT_OF_TRUTH] = t.moment_of_truth.to_string();
            if let Some(e) = &t.emotion {
                r[EMOTION] = e.score.to_string();
                r[EMOTION_NAME] = guard(&e.name);
            }
        }
        CardBody::PainPoint(p) => {
            r[SEVERITY] = p.severity.to_string();
            r[FREQUENCY] = p.frequency.to_string();
            if let Some(pillar) = &p.pillar {
                r[PILLAR] = name_in(&PILLARS, pillar).expect("every pillar is in the table").into();
            }
            if let Some(f) = &p.friction {
                let label = match f {
                    Friction::Other(label) => label.as_str(),
                    known => name_in(&FRICTIONS, known).expect("every named friction is in the table"),
                };
                r[FRICTION] = guard(label);
            }
        }
        CardBody::Opportunity(o) => {
            r[VALUE] = o.value.to_string();
            r[EFFORT] = o.effort.to_string();
            if let Some(l) = &o.loyalty_pillar {
                r[LOYALTY_PILLAR] = name_in(&LOYALTY_PILLARS, l).expect("every loyalty pillar is in the table").into();
            }
            r[OWNER] = guard(&o.owner);
            let answers: Vec<&str> = o.answers.iter().filter_map(|id| j.card(*id)).map(|c| c.text.as_str()).collect();
            r[ANSWERS] = guard(&answers.join(ANSWER_SEPARATOR));
        }
        CardBody::Note => {}
        CardBody::Quote { speaker } => r[SPEAKER] = guard(speaker),
    }
    r
}

fn at_line(line: usize, message: impl Into<Said>) -> ImportError {
    ImportError::Line { line, message: message.into() }
}

/// Line numbers as an editor shows them. The csv crate's `Position::line` is not that: it
/// puts the row after a CRLF on the line before and does not count blank lines between rows.
/// So lines are counted here, up to the byte where a record starts.
struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines { text: text.as_bytes(), at: 0, line: 1 }
    }

    /// The line of a record the csv crate says starts at `byte` (just past the previous
    /// record, so before the line breaks and blank lines it skips). Bytes are asked in order.
    fn of(&mut self, byte: u64) -> usize {
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.at {
            (self.at, self.line) = (0, 1);
        }
        for i in self.at..start {
            let lone_cr = self.text[i] == b'\r' && self.text.get(i + 1) != Some(&b'\n');
            if self.text[i] == b'\n' || lone_cr {
                self.line += 1;
            }
        }
        self.at = start;
        self.line
    }

    fn of_record(&mut self, record: &StringRecord) -> usize {
        record.position().map_or(self.line, |p| self.of(p.byte()))
    }
}

/// Reads journeys from CSV with the columns of `COLUMNS` (any order; `journey`, `stage`,
/// `lane` and `text` required; other columns optional, unknown ones ignored).
///
/// Rows with the same `journey` make one journey, stages and lanes are made by first
/// appearance (stages chained in that order; lanes in the order the rows list them, `custom`
/// when no row names a kind), cards ranked in row order within their cell. A missing `kind` is a
/// note; a pain point without severity or frequency, or an opportunity without value or effort,
/// gets the middle score 3. The emotion scale is the default (-3 to 3). An opportunity's
/// `answers` name pain points of the same journey by their text (of two with the same text, the first). Every id is new. Errors name
/// the line of the file (the header is line 1).
pub fn from_csv(text: &str) -> Result<Vec<Journey>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = Lines::new(text);
    let csv_error = |e: ::csv::Error| {
        let line = e.position().map_or(1, |p| Lines::new(text).of(p.byte()));
        at_line(line, said!("error-import-not-csv", detail = e.to_string()))
    };
    let header = match records.next() {
        Some(record) => record.map_err(csv_error)?,
        None => {
            return Err(at_line(1, said!("error-import-csv-empty")))
        }
    };
    let header_line = lines.of_record(&header);
    let columns = Columns::from_header(&header, header_line)?;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut draft_of: HashMap<String, usize> = HashMap::new();
    for record in records {
        let record = record.map_err(csv_error)?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = lines.of_record(&record);
        read_row(&columns, &record, line, &mut drafts, &mut draft_of).map_err(|message| at_line(line, message))?;
    }
    if drafts.is_empty() {
        return Err(at_line(header_line, said!("error-import-csv-no-rows")));
    }
    drafts.into_iter().map(Draft::build).collect()
}

/// Where each known column is in the file.
struct Columns {
    at: [Option<usize>; 21],
}

impl Columns {
    fn from_header(header: &StringRecord, line: usize) -> Result<Columns, ImportError> {
        let mut at = [None; 21];
        for (i, cell) in header.iter().enumerate() {
            let key = squash(cell);
            let Some(c) = COLUMNS.iter().position(|name| squash(name) == key) else { continue };
            if at[c].is_some() {
                return Err(at_line(line, said!("error-import-csv-column-twice", column = COLUMNS[c])));
            }
            at[c] = Some(i);
        }
        for c in [JOURNEY, STAGE, LANE, TEXT] {
            if at[c].is_none() {
                let found = header.iter().collect::<Vec<_>>().join(", ");
                return Err(at_line(line, said!("error-import-csv-no-column", column = COLUMNS[c], found = found)));
            }
        }
        Ok(Columns { at })
    }

    /// The cell as written; empty when the column or the cell is missing.
    fn raw<'r>(&self, record: &'r StringRecord, column: usize) -> &'r str {
        self.at[column].and_then(|i| record.get(i)).unwrap_or("")
    }

    /// A text cell, its formula guard taken off.
    fn text<'r>(&self, record: &'r StringRecord, column: usize) -> &'r str {
        unguard(self.raw(record, column))
    }
}

/// One journey as its rows describe it, before ids and checks.
struct Draft {
    name: String,
    line: usize,
    stages: Vec<StageDraft>,
    stage_at: HashMap<String, usize>,
    lanes: Vec<LaneDraft>,
    lane_at: HashMap<String, usize>,
    cards: Vec<CardDraft>,
}

struct StageDraft {
    name: String,
    line: usize,
    phase: Option<(Phase, usize)>,
}

struct LaneDraft {
    name: String,
    kind: Option<(LaneKind, usize)>,
}

struct CardDraft {
    line: usize,
    stage: usize,
    lane: usize,
    text: String,
    body: CardBody,
    answers: String,
}

fn required<'r>(columns: &Columns, record: &'r StringRecord, column: usize) -> Result<&'r str, Said> {
    let cell = columns.text(record, column);
    if cell.trim().is_empty() {
        return Err(said!("error-import-csv-cell-empty", column = COLUMNS[column]));
    }
    Ok(cell)
}

fn check_name(field: Field, value: &str) -> Result<(), Said> {
    validate::name(field, value).map_err(Said::from)
}

/// A whole number in `lo..=hi`; empty is none.
fn whole(column: usize, cell: &str, lo: i64, hi: i64) -> Result<Option<i64>, Said> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    let name = COLUMNS[column];
    let n: i64 = cell.parse().map_err(|_| said!("error-import-csv-not-whole", column = name, min = lo, max = hi, value = cell))?;
    if !(lo..=hi).contains(&n) {
        return Err(said!("error-import-csv-out-of-range", column = name, min = lo, max = hi, value = n));
    }
    Ok(Some(n))
}

/// 1 to 5, the middle (3) when empty.
fn one_to_five(columns: &Columns, record: &StringRecord, column: usize) -> Result<u8, Said> {
    Ok(whole(column, columns.raw(record, column), 1, 5)?.map_or(3, |n| n as u8))
}

fn read_row(
    columns: &Columns,
    record: &StringRecord,
    line: usize,
    drafts: &mut Vec<Draft>,
    draft_of: &mut HashMap<String, usize>,
) -> Result<(), Said> {
    let journey = required(columns, record, JOURNEY)?;
    let stage = required(columns, record, STAGE)?;
    let lane = required(columns, record, LANE)?;
    let kind = closed(&CARD_KINDS, columns.raw(record, KIND), "card-kind")?.unwrap_or(CardKind::Note);
    for (column, owner, owners) in KIND_COLUMNS {
        if owner != kind && !columns.raw(record, column).trim().is_empty() {
            let this = name_in(&CARD_KINDS, &kind).expect("every card kind is in the table");
            return Err(said!("error-import-csv-only-for", column = COLUMNS[column], owner = owners, kind = this));
        }
    }
    let body = match kind {
        CardKind::Touchpoint => {
            let mot = columns.raw(record, MOMENT_OF_TRUTH).trim().to_lowercase();
            let moment_of_truth = match mot.as_str() {
                "true" | "yes" => true,
                "false" | "no" | "" => false,
                _ => return Err(said!("error-import-csv-true-false", column = COLUMNS[MOMENT_OF_TRUTH], value = mot.as_str())),
            };
            let scale = EmotionScale::default();
            let score = whole(EMOTION, columns.raw(record, EMOTION), scale.min.into(), scale.max.into())?;
            let name = columns.text(record, EMOTION_NAME);
            let emotion = match score {
                Some(score) => Some(Emotion { score: score as i32, name: name.to_string() }),
                None if name.is_empty() => None,
                None => return Err(said!("error-import-csv-emotion-name", name = name, column = COLUMNS[EMOTION])),
            };
            CardBody::Touchpoint(Touchpoint {
                channel: open(&CHANNELS, columns.text(record, CHANNEL), Channel::Other),
                moment_of_truth,
                emotion,
                ..Touchpoint::default()
            })
        }
        CardKind::PainPoint => CardBody::PainPoint(PainPoint {
            severity: one_to_five(columns, record, SEVERITY)?,
            frequency: one_to_five(columns, record, FREQUENCY)?,
            pillar: closed(&PILLARS, columns.raw(record, PILLAR), "pillar")?,
            friction: open(&FRICTIONS, columns.text(record, FRICTION), Friction::Other),
            short_of: Vec::new(),
        }),
        CardKind::Opportunity => CardBody::Opportunity(Opportunity {
            answers: Vec::new(),
            loyalty_pillar: closed(&LOYALTY_PILLARS, columns.raw(record, LOYALTY_PILLAR), "loyalty-pillar")?,
            value: one_to_five(columns, record, VALUE)?,
            effort: one_to_five(columns, record, EFFORT)?,
            owner: columns.text(record, OWNER).to_string(),
        }),
        CardKind::Note => CardBody::Note,
        CardKind::Quote => CardBody::Quote { speaker: columns.text(record, SPEAKER).to_string() },
    };

    let d = match draft_of.get(journey) {
        Some(&i) => &mut drafts[i],
        None => {
            check_name(Field::JourneyName, journey)?;
            draft_of.insert(journey.to_string(), drafts.len());
            drafts.push(Draft {
                name: journey.to_string(),
                line,
                stages: Vec::new(),
                stage_at: HashMap::new(),
                lanes: Vec::new(),
                lane_at: HashMap::new(),
                cards: Vec::new(),
            });
            drafts.last_mut().expect("just pushed")
        }
    };

    let phase = open(&PHASES, columns.text(record, PHASE), Phase::Custom);
    if let Some(Phase::Custom(label)) = &phase {
        check_name(Field::PhaseName, label)?;
    }
    let stage_index = match d.stage_at.get(stage) {
        Some(&i) => i,
        None => {
            check_name(Field::StageName, stage)?;
            d.stage_at.insert(stage.to_string(), d.stages.len());
            d.stages.push(StageDraft { name: stage.to_string(), line, phase: None });
            d.stages.len() - 1
        }
    };
    let s = &mut d.stages[stage_index];
    match (&s.phase, phase) {
        (Some((was, on)), Some(now)) if *was != now => {
            return Err(said!("error-import-csv-phase-differs", stage = s.name.as_str(), was = was.label(), line = *on, now = now.label()))
        }
        (None, Some(now)) => s.phase = Some((now, line)),
        _ => {}
    }

    let lane_kind = closed(&LANE_KINDS, columns.raw(record, LANE_KIND), "lane-kind")?;
    let lane_index = match d.lane_at.get(lane) {
        Some(&i) => i,
        None => {
            check_name(Field::LaneName, lane)?;
            d.lane_at.insert(lane.to_string(), d.lanes.len());
            d.lanes.push(LaneDraft { name: lane.to_string(), kind: None });
            d.lanes.len() - 1
        }
    };
    let l = &mut d.lanes[lane_index];
    match (&l.kind, lane_kind) {
        (Some((was, on)), Some(now)) if *was != now => {
            let name = |k| name_in(&LANE_KINDS, &k).expect("every lane kind is in the table");
            return Err(said!("error-import-csv-lane-kind-differs", lane = l.name.as_str(), was = name(*was), line = *on, now = name(now)));
        }
        (None, Some(now)) => l.kind = Some((now, line)),
        _ => {}
    }

    d.cards.push(CardDraft {
        line,
        stage: stage_index,
        lane: lane_index,
        text: columns.text(record, TEXT).to_string(),
        body,
        answers: columns.text(record, ANSWERS).to_string(),
    });
    Ok(())
}

impl Draft {
    fn build(self) -> Result<Journey, ImportError> {
        let mut graph = StageGraph::default();
        let mut stage_ids = Vec::with_capacity(self.stages.len());
        for (i, s) in self.stages.iter().enumerate() {
            let stage = Stage {
                id: new_id(),
                name: s.name.clone(),
                description: String::new(),
                phase: s.phase.as_ref().map(|(p, _)| p.clone()),
                experience: None,
                metrics: Metrics::default(),
                rank: i as f64,
            };
            let id = stage.id;
            graph.add_stage(stage).map_err(|e| at_line(s.line, e.to_string()))?;
            if let Some(&previous) = stage_ids.last() {
                let flow = Flow { id: new_id(), from: previous, to: id, kind: FlowKind::Next, label: String::new() };
                graph.add_flow(flow).map_err(|e| at_line(s.line, e.to_string()))?;
            }
            stage_ids.push(id);
        }

        let mut lanes: Vec<Lane> = self
            .lanes
            .iter()
            .map(|l| Lane {
                id: new_id(),
                name: l.name.clone(),
                kind: l.kind.map_or(LaneKind::Custom, |(k, _)| k),
                rank: 0.0,
                color: String::new(),
            })
            .collect();
        for (rank, i) in self.lane_order().into_iter().enumerate() {
            lanes[i].rank = rank as f64;
        }
        let lane_ids: Vec<Id> = lanes.iter().map(|l| l.id).collect();

        let mut j = Journey::new(self.name.clone(), graph, lanes);

        // Cards first, then the answers, which may name a pain point further down the file.
        let mut in_cell: HashMap<(usize, usize), usize> = HashMap::new();
        let mut placed = Vec::with_capacity(self.cards.len());
        let mut pain_by_text: HashMap<&str, Id> = HashMap::new();
        for c in &self.cards {
            let rank = in_cell.entry((c.stage, c.lane)).or_default();
            let card = Card { workshop: Default::default(),
                id: new_id(),
                stage: stage_ids[c.stage],
                lane: lane_ids[c.lane],
                rank: *rank as f64,
                text: c.text.clone(),
                body: c.body.clone(),
            };
            *rank += 1;
            if matches!(card.body, CardBody::PainPoint(_)) {
                pain_by_text.entry(c.text.as_str()).or_insert(card.id);
            }
            placed.push(card.id);
            j.cards.insert(card.id, card);
        }
        for (c, id) in self.cards.iter().zip(&placed) {
            if c.answers.is_empty() {
                continue;
            }
            let answers = resolve_answers(&c.answers, &pain_by_text).map_err(|text| {
                at_line(c.line, said!("error-import-csv-answers", text = text, journey = self.name.as_str()))
            })?;
            if let Some(Card { body: CardBody::Opportunity(o), .. }) = j.cards.get_mut(id) {
                o.answers = answers;
            }
        }

        for (c, id) in self.cards.iter().zip(&placed) {
            validate::card(&j, &j.cards[id]).map_err(|e| at_line(c.line, e))?;
        }
        validate::journey(&j)
            .map_err(|e: EditError| at_line(self.line, said!("error-import-journey-refused", name = self.name.as_str(), detail = Said::from(e))))?;
        j.normalize();
        Ok(j)
    }

    /// Lane order: within each stage the rows list lanes in display order, so every pair of
    /// lanes listed one after the other in some stage keeps that order. Lanes the rows leave
    /// unordered, and lanes a hand-written file lists in contradicting orders, go by first
    /// appearance. (First appearance alone would put a lane that only later stages use after
    /// lanes below it.)
    fn lane_order(&self) -> Vec<usize> {
        let n = self.lanes.len();
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut before_count = vec![0usize; n];
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        let mut edges: HashSet<(usize, usize)> = HashSet::new();
        let mut last_in_stage: HashMap<usize, usize> = HashMap::new();
        for c in &self.cards {
            if !seen.insert((c.stage, c.lane)) {
                continue;
            }
            if let Some(previous) = last_in_stage.insert(c.stage, c.lane) {
                if edges.insert((previous, c.lane)) {
                    after[previous].push(c.lane);
                    before_count[c.lane] += 1;
                }
            }
        }
        let mut ready: BTreeSet<usize> = (0..n).filter(|&l| before_count[l] == 0).collect();
        let mut done = vec![false; n];
        let mut order = Vec::with_capacity(n);
        while order.len() < n {
            // A cycle leaves nothing ready: take the earliest lane still waiting.
            let l = ready.pop_first().unwrap_or_else(|| (0..n).find(|&l| !done[l]).expect("a lane is left"));
            done[l] = true;
            order.push(l);
            for &m in &after[l] {
                if !done[m] {
                    before_count[m] -= 1;
                    if before_count[m] == 0 {
                        ready.insert(m);
                    }
                }
            }
        }
        order
    }
}

/// The pain points named in an `answers` cell. A text that itself holds " | " is found by
/// trying the longest run of pieces first. Err is the first text no pain point has.
fn resolve_answers(cell: &str, pain_by_text: &HashMap<&str, Id>) -> Result<Vec<Id>, String> {
    const LONGEST_RUN: usize = 16;
    let pieces: Vec<&str> = cell.split(ANSWER_SEPARATOR).collect();
    let mut answers = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let last = pieces.len().min(i + LONGEST_RUN);
        let found = (i + 1..=last)
            .rev()
            .find_map(|end| pain_by_text.get(pieces[i..end].join(ANSWER_SEPARATOR).as_str()).map(|id| (end, *id)));
        match found {
            Some((end, id)) => {
                answers.push(id);
                i = end;
            }
            None => return Err(pieces[i].to_string()),
        }
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::sample::{sample_journeys, starter_journey};

    /// The CSV as records (header first), read with the csv crate.
    fn records(csv: &str) -> Vec<StringRecord> {
        let mut reader = ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
        reader.records().map(Result::unwrap).collect()
    }

    fn row_with_text<'a>(rows: &'a [StringRecord], text: &str) -> &'a StringRecord {
        rows.iter().find(|r| &r[TEXT] == text).unwrap_or_else(|| panic!("no row with text {text:?}"))
    }

    fn line_error(csv: &str) -> (usize, String) {
        match from_csv(csv) {
            Err(ImportError::Line { line, message }) => (line, message.to_string()),
            other => panic!("expected a line error, got {other:?}"),
        }
    }

    /// A starter journey with one card of each kind per text, in the first stage.
    fn journey_with_texts(texts: &[&str]) -> Journey {
        let mut j = starter_journey("Hostile");
        let stage = j.graph.order()[0];
        let lane = j.lanes_in_order()[0].id;
        for (i, text) in texts.iter().enumerate() {
            let body = match i % 3 {
                0 => CardBody::Note,
                1 => CardBody::Quote { speaker: text.chars().take(200).collect() },
                _ => CardBody::Opportunity(Opportunity {
                    answers: Vec::new(),
                    loyalty_pillar: None,
                    value: 2,
                    effort: 4,
                    owner: text.chars().take(200).collect(),
                }),
            };
            let card = Card { workshop: Default::default(), id: new_id(), stage, lane, rank: i as f64, text: text.to_string(), body };
            j.cards.insert(card.id, card);
        }
        j
    }

    const HEADER: &str = "journey,stage,lane,kind,text,severity\n";

    #[test]
    fn sample_export_import_export_gives_identical_text() {
        let first = to_csv(&sample_journeys());
        let imported = from_csv(&first).unwrap();
        assert_eq!(imported.len(), 2);
        assert_eq!(to_csv(&imported), first);
    }

    #[test]
    fn each_sample_journey_round_trips_on_its_own() {
        for j in sample_journeys() {
            let first = to_csv(std::slice::from_ref(&j));
            assert_eq!(to_csv(&from_csv(&first).unwrap()), first, "{}", j.name);
        }
    }

    #[test]
    fn export_has_the_header_and_one_row_per_card() {
        let journeys = sample_journeys();
        let rows = records(&to_csv(&journeys));
        assert_eq!(rows[0].iter().collect::<Vec<_>>(), COLUMNS);
        let cards: usize = journeys.iter().map(|j| j.cards.len()).sum();
        assert_eq!(rows.len() - 1, cards);
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
    }

    #[test]
    fn records_end_in_crlf() {
        let csv = to_csv(&sample_journeys());
        assert!(csv.starts_with("journey,stage,phase,lane,lane_kind,kind,text,channel,"));
        assert!(csv.ends_with("\r\n"));
        assert_eq!(csv.matches("\r\n").count(), records(&csv).len());
    }

    #[test]
    fn a_known_pain_point_has_its_values() {
        let rows = records(&to_csv(&sample_journeys()));
        let r = row_with_text(&rows, "Delivery fee only appears at checkout");
        assert_eq!(&r[JOURNEY], "Meal-kit subscription");
        assert_eq!(&r[STAGE], "Compare meal kits");
        assert_eq!(&r[PHASE], "request");
        assert_eq!(&r[LANE_KIND], "painPoints");
        assert_eq!(&r[KIND], "painPoint");
        assert_eq!((&r[SEVERITY], &r[FREQUENCY]), ("4", "4"));
        assert_eq!((&r[PILLAR], &r[FRICTION]), ("integrity", "hiddenCost"));
        assert_eq!(&r[EMOTION], "");
    }

    #[test]
    fn a_known_touchpoint_has_its_values() {
        let rows = records(&to_csv(&sample_journeys()));
        let r = row_with_text(&rows, "Checkout form asks for the address a second time");
        assert_eq!((&r[CHANNEL], &r[MOMENT_OF_TRUTH]), ("web", "true"));
        assert_eq!((&r[EMOTION], &r[EMOTION_NAME]), ("-2", "Annoyed"), "a negative score is a number, not prefixed");
        let r = row_with_text(&rows, "Box on the doorstep, ice packs still cold");
        assert_eq!((&r[CHANNEL], &r[EMOTION]), ("inPerson", "3"));
        let persian = row_with_text(&rows, "پیامک تأیید با ساعت دقیق و نشانی");
        assert_eq!(&persian[CHANNEL], "پیامک", "a custom channel is its label");
    }

    #[test]
    fn answers_are_pain_point_texts() {
        let journeys = sample_journeys();
        let rows = records(&to_csv(&journeys));
        let j = &journeys[0];
        let opportunity = j.cards.values().find(|c| c.text.starts_with("Show the all-in price")).unwrap();
        let CardBody::Opportunity(o) = &opportunity.body else { panic!("not an opportunity") };
        let pain = &j.cards[&o.answers[0]].text;
        let r = row_with_text(&rows, &opportunity.text);
        assert_eq!(&r[ANSWERS], pain.as_str());
        assert_eq!((&r[VALUE], &r[EFFORT], &r[LOYALTY_PILLAR], &r[OWNER]), ("5", "2", "bridges", "Growth team"));
    }

    #[test]
    fn imported_answers_link_the_pain_point() {
        let csv = "journey,stage,lane,kind,text,answers\n\
                   J,S,L,opportunity,Idea,Pain one | Pain | two\n\
                   J,S,L,painPoint,Pain one,\n\
                   J,S,L,painPoint,Pain | two,\n";
        let j = &from_csv(csv).unwrap()[0];
        let idea = j.cards.values().find(|c| c.text == "Idea").unwrap();
        let CardBody::Opportunity(o) = &idea.body else { panic!("not an opportunity") };
        let texts: Vec<&str> = o.answers.iter().map(|id| j.cards[id].text.as_str()).collect();
        assert_eq!(texts, ["Pain one", "Pain | two"]);
    }

    #[test]
    fn hostile_text_survives_the_round_trip() {
        let long = "x".repeat(10_000);
        let texts = [
            "<script>alert(1)</script>",
            "say \"hi\", then \"\"bye\"\"",
            "a, b,, c",
            "line one\nline two\r\nline three\n",
            "=SUM(A1)",
            "+1",
            "-minus",
            "@at",
            "\ttab first",
            "\rcarriage first",
            "'=already quoted",
            "''-twice",
            "'plain apostrophe",
            "'",
            long.as_str(),
            "رزرو نوبت؛ «کاش می‌دانستم»",
            "భోజనం ఆర్డర్",
            "",
            "  spaces around  ",
        ];
        let j = journey_with_texts(&texts);
        let csv = to_csv(std::slice::from_ref(&j));
        let back = from_csv(&csv).unwrap();
        assert_eq!(to_csv(&back), csv);
        let back = &back[0];
        let stage = back.graph.order()[0];
        let lane = back.lanes_in_order()[0].id;
        let got: Vec<&str> = back.cards_in_cell(stage, lane).iter().map(|c| c.text.as_str()).collect();
        assert_eq!(got, texts);
        for card in back.cards_in_cell(stage, lane) {
            let expected: String = card.text.chars().take(200).collect();
            match &card.body {
                CardBody::Opportunity(o) => assert_eq!(o.owner, expected),
                CardBody::Quote { speaker } => assert_eq!(*speaker, expected),
                _ => {}
            }
        }
    }

    #[test]
    fn formula_text_is_written_with_an_apostrophe() {
        let j = journey_with_texts(&["=SUM(A1)", "'=x", "plain", "-2"]);
        let rows = records(&to_csv(std::slice::from_ref(&j)));
        let texts: Vec<&str> = rows[1..].iter().map(|r| &r[TEXT]).collect();
        assert_eq!(texts, ["'=SUM(A1)", "''=x", "plain", "'-2"]);
        assert!(to_csv(std::slice::from_ref(&j)).contains(",'=SUM(A1),"));
    }

    #[test]
    fn hand_written_csv_with_other_columns_in_any_order_is_read() {
        let csv = "Text,Lane,Stage,Journey,Notes,Kind,Severity,Lane kind,Phase\r\n\
                   Wait on hold,Pain,Call,Support,ignored,pain point,5,Pain points,Request\r\n\
                   Dial the number,Doing,Call,Support,,,,,\r\n\
                   Get an answer,Doing,Solve,Support,,note,,,\r\n";
        let journeys = from_csv(csv).unwrap();
        assert_eq!(journeys.len(), 1);
        let j = &journeys[0];
        let stages: Vec<&str> = j.graph.ordered_stages().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Call", "Solve"]);
        assert_eq!(j.graph.flows().filter(|f| f.kind == FlowKind::Next).count(), 1);
        assert_eq!(j.graph.ordered_stages()[0].phase, Some(Phase::Request));
        let lanes: Vec<(&str, LaneKind)> = j.lanes_in_order().iter().map(|l| (l.name.as_str(), l.kind)).collect();
        assert_eq!(lanes, [("Pain", LaneKind::PainPoints), ("Doing", LaneKind::Custom)]);
        let pain = j.cards.values().find(|c| c.text == "Wait on hold").unwrap();
        assert!(matches!(pain.body, CardBody::PainPoint(PainPoint { severity: 5, frequency: 3, .. })));
        assert!(matches!(j.cards.values().find(|c| c.text == "Dial the number").unwrap().body, CardBody::Note));
        assert_eq!(j.scale, EmotionScale::default());
    }

    #[test]
    fn rows_of_two_journeys_make_two_journeys_in_order() {
        let csv = "journey,stage,lane,text\nB,S,L,one\nA,S,L,two\nB,T,L,three\n";
        let journeys = from_csv(csv).unwrap();
        let names: Vec<&str> = journeys.iter().map(|j| j.name.as_str()).collect();
        assert_eq!(names, ["B", "A"]);
        assert_eq!(journeys[0].cards.len(), 2);
        assert_eq!(journeys[0].graph.stage_count(), 2);
    }

    #[test]
    fn lane_order_survives_when_the_first_stage_skips_a_lane() {
        // The first stage only uses the last lane; first appearance alone would put it first.
        let mut j = starter_journey("Lanes");
        let stages = j.graph.order();
        let lanes: Vec<Id> = j.lanes_in_order().iter().map(|l| l.id).collect();
        for (stage, lane) in [(0, 4), (1, 0), (1, 2), (1, 4), (2, 1), (2, 3)] {
            let card = Card { workshop: Default::default(),
                id: new_id(),
                stage: stages[stage],
                lane: lanes[lane],
                rank: 0.0,
                text: format!("{stage}/{lane}"),
                body: CardBody::Note,
            };
            j.cards.insert(card.id, card);
        }
        let first = to_csv(std::slice::from_ref(&j));
        assert_eq!(to_csv(&from_csv(&first).unwrap()), first);
    }

    #[test]
    fn enum_tables_use_the_model_serde_names() {
        fn serde_name<T: serde::Serialize>(v: &T) -> String {
            match serde_json::to_value(v).unwrap() {
                serde_json::Value::String(s) => s,
                serde_json::Value::Object(o) => o["kind"].as_str().unwrap().to_string(),
                other => panic!("unexpected {other}"),
            }
        }
        fn check<T: serde::Serialize>(table: &[(&str, T)]) {
            for (name, v) in table {
                assert_eq!(*name, serde_name(v));
            }
        }
        check(&LANE_KINDS);
        check(&PHASES);
        check(&CHANNELS);
        check(&PILLARS);
        check(&FRICTIONS);
        check(&LOYALTY_PILLARS);
        assert_eq!(LANE_KINDS.len(), 11);
        assert_eq!(PILLARS.len(), CxPillar::ALL.len());
        let bodies = [
            CardBody::Touchpoint(Touchpoint::default()),
            CardBody::PainPoint(PainPoint { severity: 1, frequency: 1, pillar: None, friction: None, short_of: vec![] }),
            CardBody::Opportunity(Opportunity { answers: vec![], loyalty_pillar: None, value: 1, effort: 1, owner: String::new() }),
            CardBody::Note,
            CardBody::Quote { speaker: String::new() },
        ];
        for ((name, _), body) in CARD_KINDS.iter().zip(bodies) {
            let card = Card { workshop: Default::default(), id: new_id(), stage: new_id(), lane: new_id(), rank: 0.0, text: String::new(), body };
            assert_eq!(*name, card.kind_name());
        }
    }

    #[test]
    fn severity_out_of_range_names_the_physical_line() {
        // Line 2's quoted text spans three lines, so the bad row starts on line 7.
        let csv = format!("{HEADER}J,S,L,note,\"one\ntwo\nthree\",\nJ,S,L,painPoint,fine,2\nJ,S,L,note,x,\nJ,S,L,painPoint,bad,9\n");
        assert_eq!(line_error(&csv), (7, "severity must be 1 to 5, not 9".to_string()));
        assert_eq!(from_csv(&csv).unwrap_err().to_string(), "line 7: severity must be 1 to 5, not 9");
        assert_eq!(line_error(&csv.replace('\n', "\r\n")).0, 7, "CRLF files count lines the same");
    }

    #[test]
    fn blank_lines_count_as_lines() {
        let csv = "\r\njourney,stage,lane,text,severity\r\n\r\nJ,S,L,ok,\r\n,,,,\r\n\r\nJ,S,L,no kind,4\r\n";
        let (line, message) = line_error(csv);
        assert_eq!(line, 7);
        assert!(message.starts_with("\"severity\" is only for pain points"), "{message}");
    }

    #[test]
    fn unknown_card_kind_lists_the_kinds() {
        let csv = format!("{HEADER}J,S,L,note,fine,\nJ,S,L,pian,oops,\n");
        assert_eq!(
            from_csv(&csv).unwrap_err().to_string(),
            "line 3: unknown card kind \"pian\" (touchpoint, painPoint, opportunity, note, quote)"
        );
    }

    #[test]
    fn empty_file_and_header_only_are_refused() {
        for empty in ["", "\u{feff}", "\n\n"] {
            let (line, message) = line_error(empty);
            assert_eq!(line, 1);
            assert!(message.contains("the file is empty"), "{message}");
        }
        let (line, message) = line_error("journey,stage,lane,text\r\n");
        assert_eq!(line, 1);
        assert!(message.contains("no cards"), "{message}");
    }

    #[test]
    fn a_missing_required_column_is_named() {
        let (line, message) = line_error("journey,stage,text\nJ,S,x\n");
        assert_eq!(line, 1);
        assert!(message.contains("no \"lane\" column"), "{message}");
    }

    #[test]
    fn an_empty_required_cell_is_refused() {
        let (line, message) = line_error("journey,stage,lane,text\nJ,S,L,ok\nJ,,L,no stage\n");
        assert_eq!(line, 3);
        assert!(message.contains("\"stage\" cell is empty"), "{message}");
    }

    #[test]
    fn an_emotion_outside_the_default_scale_is_refused() {
        let csv = "journey,stage,lane,kind,text,emotion\nJ,S,L,touchpoint,ok,-3\nJ,S,L,touchpoint,bad,5\n";
        assert_eq!(line_error(csv), (3, "emotion must be -3 to 3, not 5".to_string()));
        let csv = "journey,stage,lane,kind,text,emotion\nJ,S,L,touchpoint,bad,happy\n";
        assert_eq!(line_error(csv), (2, "emotion must be a whole number from -3 to 3, not \"happy\"".to_string()));
    }

    #[test]
    fn an_unknown_answer_names_the_line_and_the_text() {
        let csv = "journey,stage,lane,kind,text,answers\nJ,S,L,painPoint,Slow,\nJ,S,L,opportunity,Faster,Slwo\n";
        let (line, message) = line_error(csv);
        assert_eq!(line, 3);
        assert!(message.contains("\"Slwo\"") && message.contains("no pain point"), "{message}");
    }

    #[test]
    fn a_value_for_another_kind_of_card_is_refused() {
        let (line, message) = line_error(&format!("{HEADER}J,S,L,note,x,4\n"));
        assert_eq!(line, 2);
        assert_eq!(message, "\"severity\" is only for pain points, but this card is a note");
    }

    #[test]
    fn unknown_lane_kind_and_bad_moment_of_truth_are_refused() {
        let (line, message) = line_error("journey,stage,lane,lane_kind,text\nJ,S,L,feelings,x\n");
        assert_eq!(line, 2);
        assert!(message.starts_with("unknown lane kind \"feelings\" (actions, touchpoints,"), "{message}");
        let (_, message) = line_error("journey,stage,lane,kind,text,moment_of_truth\nJ,S,L,touchpoint,x,maybe\n");
        assert_eq!(message, "moment_of_truth must be true or false, not \"maybe\"");
    }

    #[test]
    fn text_over_the_limit_names_its_line() {
        let csv = format!("journey,stage,lane,text\nJ,S,L,ok\nJ,S,L,{}\n", "y".repeat(10_001));
        let (line, message) = line_error(&csv);
        assert_eq!(line, 3);
        assert!(
            message.contains("10,001") && message.contains("10,000"),
            "{message}"
        );
    }
}
