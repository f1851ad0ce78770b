//! Workbook -> journey, after a person edited it: texts and numbers changed, rows added (no id:
//! a new entity), deleted or moved (row order is the order of stages, lanes and of cards within
//! their cell). Columns are found by header. Errors name the sheet, row and column.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

use journey_core::graph::{Flow, FlowKind, StageGraph};
use journey_core::{
    new_id, validate, Card, CardBody, CardKind, CardWorkshop, Emotion, EmotionScale, Id, Journey, Lane, Measure, Metrics, Opportunity, PainPoint,
    Persona, Sacrifice, Stage, Touchpoint,
};

use super::sheets::*;
use super::*;
use crate::{said, ImportError, Said};

/// One sheet's rows, with its columns found by header.
struct Table {
    sheet: &'static str,
    columns: HashMap<String, usize>,
    /// (row number as the spreadsheet shows it, cells)
    rows: Vec<(usize, Vec<Data>)>,
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // A whole number typed into a text cell reads as its digits, not "3.0".
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "yes".into() } else { "no".into() },
        Data::DateTime(d) => d.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

impl Table {
    fn at(&self, row: usize, header: &str, message: impl Into<Said>) -> ImportError {
        let column = self.columns.get(&squash(header)).map(|c| letter(*c).to_string());
        ImportError::Cell { sheet: self.sheet.to_string(), row, column, header: header.to_string(), message: message.into() }
    }

    fn at_row(&self, row: usize, message: impl Into<Said>) -> ImportError {
        ImportError::Sheet { sheet: self.sheet.to_string(), row: Some(row), message: message.into() }
    }

    fn raw<'a>(&self, cells: &'a [Data], header: &str) -> Option<&'a Data> {
        self.columns.get(&squash(header)).and_then(|c| cells.get(*c))
    }

    fn text(&self, cells: &[Data], header: &str) -> String {
        self.raw(cells, header).map(cell_text).unwrap_or_default().trim_end_matches(['\r']).to_string()
    }

    fn trimmed(&self, cells: &[Data], header: &str) -> String {
        self.text(cells, header).trim().to_string()
    }

    fn number(&self, row: usize, cells: &[Data], header: &str) -> Result<Option<f64>, ImportError> {
        match self.raw(cells, header) {
            None | Some(Data::Empty) => Ok(None),
            Some(Data::Float(f)) => Ok(Some(*f)),
            Some(Data::Int(i)) => Ok(Some(*i as f64)),
            Some(d) => {
                let s = cell_text(d);
                if s.trim().is_empty() {
                    return Ok(None);
                }
                s.trim().parse::<f64>().map(Some).map_err(|_| self.at(row, header, said!("error-import-not-a-number", value = s.as_str())))
            }
        }
    }

    fn whole(&self, row: usize, cells: &[Data], header: &str, min: i64, max: i64) -> Result<Option<i64>, ImportError> {
        let Some(v) = self.number(row, cells, header)? else { return Ok(None) };
        if v.fract() != 0.0 || v < min as f64 || v > max as f64 {
            return Err(self.at(row, header, said!("error-import-not-whole-from-to", value = v, min = min, max = max)));
        }
        Ok(Some(v as i64))
    }

    fn rating(&self, row: usize, cells: &[Data], header: &str) -> Result<Option<u8>, ImportError> {
        Ok(self.whole(row, cells, header, 1, 5)?.map(|v| v as u8))
    }

    fn id(&self, cells: &[Data]) -> Option<Id> {
        self.trimmed(cells, "Id").parse().ok()
    }

    fn require(&self, headers: &[&str]) -> Result<(), ImportError> {
        for h in headers {
            if !self.columns.contains_key(&squash(h)) {
                return Err(self.at_row(1, said!("error-import-xlsx-no-column", header = *h)));
            }
        }
        Ok(())
    }
}

fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, ImportError> {
    open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| ImportError::Invalid(said!("error-import-xlsx-not-workbook", detail = e.to_string())))
}

fn table(wb: &mut Xlsx<Cursor<&[u8]>>, sheet: &'static str) -> Result<Option<Table>, ImportError> {
    if !wb.sheet_names().iter().any(|n| n == sheet) {
        return Ok(None);
    }
    let range = wb
        .worksheet_range(sheet)
        .map_err(|e| ImportError::Sheet { sheet: sheet.to_string(), row: None, message: said!("error-import-xlsx-sheet-unreadable", detail = e.to_string()) })?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows();
    let Some(header) = rows.next() else {
        return Ok(Some(Table { sheet, columns: HashMap::new(), rows: Vec::new() }));
    };
    if top != 0 {
        return Err(ImportError::Sheet { sheet: sheet.to_string(), row: Some(1), message: said!("error-import-xlsx-no-header", start = top + 1) });
    }
    let mut columns = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let h = squash(&cell_text(h));
        if !h.is_empty() {
            columns.entry(h).or_insert(i + left as usize);
        }
    }
    // Cells indexed from column A whatever the range's first column.
    let body = rows
        .enumerate()
        .map(|(i, r)| {
            let mut cells = vec![Data::Empty; left as usize];
            cells.extend(r.iter().cloned());
            (top as usize + i + 2, cells)
        })
        .filter(|(_, cells)| cells.iter().any(|c| !cell_text(c).trim().is_empty()))
        .collect();
    Ok(Some(Table { sheet, columns, rows: body }))
}

/// Names resolve to ids; a name two entities share cannot be resolved.
struct Names {
    by_name: HashMap<String, Vec<Id>>,
    ids: HashSet<Id>,
}

impl Names {
    fn new<'a>(items: impl Iterator<Item = (Id, &'a str)>) -> Names {
        let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
        let mut ids = HashSet::new();
        for (id, name) in items {
            by_name.entry(name.trim().to_string()).or_default().push(id);
            ids.insert(id);
        }
        Names { by_name, ids }
    }

    /// `what` is "stage", "lane", "persona" or "pain-point": the catalogs choose the word.
    fn resolve(&self, cell: &str, what: &str, sheet: &str) -> Result<Id, Said> {
        let cell = cell.trim();
        if let Some(id) = cell.parse::<Id>().ok().filter(|id| self.ids.contains(id)) {
            return Ok(id);
        }
        match self.by_name.get(cell).map(Vec::as_slice) {
            Some([id]) => Ok(*id),
            Some(_) => Err(said!("error-import-xlsx-name-twice", what = what, name = cell, sheet = sheet)),
            None if cell.is_empty() => Err(said!("error-import-xlsx-name-empty", what = what)),
            None => Err(said!("error-import-xlsx-no-such", what = what, name = cell, sheet = sheet)),
        }
    }
}

fn fresh(id: Option<Id>, used: &mut HashSet<Id>, copied: &mut usize) -> Id {
    match id {
        Some(id) if used.insert(id) => id,
        Some(_) => {
            // A row copied with its id: the copy is a new entity.
            *copied += 1;
            let id = new_id();
            used.insert(id);
            id
        }
        None => {
            let id = new_id();
            used.insert(id);
            id
        }
    }
}

fn items(cell: &str) -> Vec<String> {
    cell.split(ITEM_SEPARATOR).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// Whether a name that did not resolve names nothing at all (a row deleted since), as opposed
/// to being empty or shared.
fn names_nothing(e: &Said) -> bool {
    e.id == "error-import-xlsx-no-such"
}

pub fn from_xlsx_reported(bytes: &[u8]) -> Result<(Journey, Vec<Said>), ImportError> {
    // calamine 0.38 multiplies without a check while it reads a cell reference, so a reference of
    // many letters ("AAAAAAAAA1", found by the fuzzer) panics where overflow checks are on (debug
    // builds, the tests); a damaged file must be refused in words, never take the window down.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_workbook(bytes))).unwrap_or_else(|_| {
        Err(ImportError::Invalid(said!("error-import-xlsx-damaged")))
    })
}

fn read_workbook(bytes: &[u8]) -> Result<(Journey, Vec<Said>), ImportError> {
    let mut wb = open(bytes)?;
    let mut notes = Vec::new();
    let missing = |sheet: &str| ImportError::Sheet { sheet: sheet.to_string(), row: None, message: said!("error-import-xlsx-missing-sheet") };
    let journey = table(&mut wb, JOURNEY)?.ok_or_else(|| missing(JOURNEY))?;
    journey.require(&["Field", "Value"])?;
    let mut fields: BTreeMap<String, (usize, Vec<Data>)> = BTreeMap::new();
    for (row, cells) in &journey.rows {
        fields.insert(squash(&journey.text(cells, "Field")), (*row, cells.clone()));
    }
    let field = |name: &str| fields.get(&squash(name));
    match field("Workbook") {
        Some((_, cells)) if journey.trimmed(cells, "Value") == MARKER => {}
        Some((row, cells)) => {
            return Err(journey.at(*row, "Value", said!("error-import-xlsx-layout", found = journey.trimmed(cells, "Value"), reads = MARKER)))
        }
        None => return Err(ImportError::Sheet { sheet: JOURNEY.to_string(), row: None, message: said!("error-import-xlsx-not-ours") }),
    }
    let text_field = |name: &str| field(name).map(|(_, c)| journey.text(c, "Value")).unwrap_or_default();
    let number_field = |name: &str| -> Result<Option<f64>, ImportError> {
        match field(name) {
            Some((row, cells)) => journey.number(*row, cells, "Value"),
            None => Ok(None),
        }
    };
    let name = text_field("Name").trim().to_string();
    if name.is_empty() {
        let row = field("Name").map_or(0, |(r, _)| *r);
        return Err(journey.at(row, "Value", said!("error-import-needs-name", what = "journey")));
    }
    let mut scale = EmotionScale { min: 0, max: 0, names: BTreeMap::new() };
    for (label, slot) in [("Scale from", &mut scale.min), ("Scale to", &mut scale.max)] {
        let row = field(label).map_or(0, |(r, _)| *r);
        let v = number_field(label)?.ok_or_else(|| journey.at(row, "Value", said!("error-import-xlsx-needs-whole", field = label)))?;
        if v.fract() != 0.0 || v.abs() > 1000.0 {
            return Err(journey.at(row, "Value", said!("error-import-xlsx-scale-step", value = v)));
        }
        *slot = v as i32;
    }
    let names_row = field("Scale names").map_or(0, |(r, _)| *r);
    for line in items(&text_field("Scale names")) {
        let (step, label) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let step: i32 = step.parse().map_err(|_| journey.at(names_row, "Value", said!("error-import-xlsx-scale-name", value = line.as_str())))?;
        scale.names.insert(step, label.trim().to_string());
    }
    validate::scale(&scale).map_err(|e| journey.at(names_row, "Value", e))?;
    let mut metrics = Metrics::default();
    for (label, answers, slot) in [("NPS", "NPS answers", &mut metrics.nps), ("CSAT %", "CSAT answers", &mut metrics.csat), ("CES", "CES answers", &mut metrics.ces)] {
        if let Some(value) = number_field(label)? {
            *slot = Some(Measure { value, sample_size: number_field(answers)?.unwrap_or(0.0).max(0.0) as u32 });
        }
    }
    let mut used: HashSet<Id> = HashSet::new();
    let mut copied = 0usize;

    // Stages, in row order.
    let stages = table(&mut wb, STAGES)?.ok_or_else(|| missing(STAGES))?;
    stages.require(&["Stage"])?;
    let mut graph = StageGraph::default();
    let mut new_stages = Vec::new();
    let mut order = Vec::new();
    for (i, (row, cells)) in stages.rows.iter().enumerate() {
        let name = stages.trimmed(cells, "Stage");
        if name.is_empty() {
            return Err(stages.at(*row, "Stage", said!("error-import-needs-name", what = "stage")));
        }
        let given = stages.id(cells);
        let id = fresh(given, &mut used, &mut copied);
        if given.is_none() {
            new_stages.push(name.clone());
        }
        let phase = Some(stages.trimmed(cells, "Phase")).filter(|p| !p.is_empty()).map(|p| parse_phase(&p));
        let experience = match stages.trimmed(cells, "Connected experience") {
            e if e.is_empty() => None,
            e => Some(parse_experience(&e).map_err(|words| stages.at(*row, "Connected experience", said!("error-import-not-one-of", value = e.as_str(), words = words)))?),
        };
        let mut m = Metrics::default();
        for (label, answers, slot) in [("NPS", "NPS answers", &mut m.nps), ("CSAT %", "CSAT answers", &mut m.csat), ("CES", "CES answers", &mut m.ces)] {
            if let Some(value) = stages.number(*row, cells, label)? {
                let size = stages.whole(*row, cells, answers, 0, i64::from(u32::MAX))?.unwrap_or(0) as u32;
                *slot = Some(Measure { value, sample_size: size });
            }
        }
        let stage = Stage { id, name, description: stages.text(cells, "Description"), phase, experience, metrics: m, rank: i as f64 };
        validate::stage(&stage).map_err(|e| stages.at(*row, "Stage", e))?;
        graph.add_stage(stage).map_err(|e| stages.at(*row, "Id", e))?;
        order.push(id);
    }
    let stage_names = Names::new(graph.stages().map(|s| (s.id, s.name.as_str())));

    // Flows: rows naming a stage that is gone are dropped (the stage's row was deleted).
    match table(&mut wb, FLOWS)? {
        Some(flows) => {
            flows.require(&["From", "To", "Kind"])?;
            let mut dropped = 0;
            for (row, cells) in &flows.rows {
                let ends: Vec<Result<Id, Said>> = ["From", "To"].iter().map(|h| stage_names.resolve(&flows.text(cells, h), "stage", STAGES)).collect();
                let (from, to) = match (&ends[0], &ends[1]) {
                    (Ok(a), Ok(b)) => (*a, *b),
                    (Err(e), _) | (_, Err(e)) if names_nothing(e) => {
                        dropped += 1;
                        continue;
                    }
                    (Err(e), _) => return Err(flows.at(*row, "From", e.clone())),
                    (_, Err(e)) => return Err(flows.at(*row, "To", e.clone())),
                };
                let kind_cell = flows.trimmed(cells, "Kind");
                let kind = if kind_cell.is_empty() {
                    graph.kind_for_new_flow(from, to)
                } else {
                    parse_flow_kind(&kind_cell).map_err(|words| flows.at(*row, "Kind", said!("error-import-not-one-of", value = kind_cell.as_str(), words = words)))?
                };
                let id = fresh(flows.id(cells), &mut used, &mut copied);
                let flow = Flow { id, from, to, kind, label: flows.text(cells, "Label") };
                graph.add_flow(flow).map_err(|e| flows.at_row(*row, e))?;
            }
            if dropped > 0 {
                notes.push(said!("export-import-xlsx-flows-dropped", count = dropped, sheet = STAGES));
            }
        }
        None => {
            notes.push(said!("export-import-xlsx-no-flows", flows = FLOWS, stages = STAGES));
            for w in order.windows(2) {
                graph.add_flow(Flow { id: new_id(), from: w[0], to: w[1], kind: FlowKind::Next, label: String::new() }).map_err(|e| ImportError::Invalid(e.into()))?;
            }
        }
    }
    let unplaced: Vec<&String> = new_stages.iter().filter(|n| stage_names.resolve(n, "stage", STAGES).is_ok_and(|id| graph.flows_of(id).is_empty())).collect();
    if !unplaced.is_empty() && graph.stage_count() > 1 {
        let names: Vec<String> = unplaced.iter().map(|n| format!("\"{n}\"")).collect();
        notes.push(said!("export-import-xlsx-unplaced", sheet = FLOWS, stages = names));
    }

    // Lanes.
    let lanes_t = table(&mut wb, LANES)?.ok_or_else(|| missing(LANES))?;
    lanes_t.require(&["Lane", "Kind"])?;
    let mut lanes = Vec::new();
    for (i, (row, cells)) in lanes_t.rows.iter().enumerate() {
        let name = lanes_t.trimmed(cells, "Lane");
        if name.is_empty() {
            return Err(lanes_t.at(*row, "Lane", said!("error-import-needs-name", what = "lane")));
        }
        let k = lanes_t.trimmed(cells, "Kind");
        let kind = parse_lane_kind(&k).map_err(|words| lanes_t.at(*row, "Kind", said!("error-import-not-one-of", value = k.as_str(), words = words)))?;
        let lane = Lane { id: fresh(lanes_t.id(cells), &mut used, &mut copied), name, kind, rank: i as f64, color: lanes_t.trimmed(cells, "Colour") };
        validate::lane(&lane).map_err(|e| lanes_t.at(*row, "Colour", e))?;
        lanes.push(lane);
    }
    let lane_names = Names::new(lanes.iter().map(|l| (l.id, l.name.as_str())));

    // Personas.
    let mut personas = Vec::new();
    if let Some(p) = table(&mut wb, PERSONAS)? {
        p.require(&["Persona"])?;
        for (row, cells) in &p.rows {
            let name = p.trimmed(cells, "Persona");
            if name.is_empty() {
                return Err(p.at(*row, "Persona", said!("error-import-needs-name", what = "persona")));
            }
            let v = p.trimmed(cells, "Spender or sender");
            let value_type = if v.is_empty() {
                None
            } else {
                Some(parse_customer_value(&v).map_err(|words| p.at(*row, "Spender or sender", said!("error-import-not-one-of", value = v.as_str(), words = words)))?)
            };
            let persona = Persona {
                id: fresh(p.id(cells), &mut used, &mut copied),
                name,
                role: p.text(cells, "Role"),
                goals: items(&p.text(cells, "Goals")),
                needs: items(&p.text(cells, "Needs")),
                frustrations: items(&p.text(cells, "Frustrations")),
                quote: p.text(cells, "Quote"),
                value_type,
                color: p.trimmed(cells, "Colour"),
            };
            validate::persona(&persona).map_err(|e| p.at(*row, "Persona", e))?;
            personas.push(persona);
        }
    }
    let persona_names = Names::new(personas.iter().map(|p| (p.id, p.name.as_str())));

    // Cards: row order is the order within each cell.
    let cards_t = table(&mut wb, CARDS)?.ok_or_else(|| missing(CARDS))?;
    cards_t.require(&["Stage", "Lane", "Kind", "Text"])?;
    let mut cards: Vec<(usize, Card, Vec<String>)> = Vec::new();
    let mut in_cell: HashMap<(Id, Id), usize> = HashMap::new();
    let mut new_cards = 0;
    for (row, cells) in &cards_t.rows {
        let row = *row;
        let stage = stage_names.resolve(&cards_t.text(cells, "Stage"), "stage", STAGES).map_err(|e| cards_t.at(row, "Stage", e))?;
        let lane = lane_names.resolve(&cards_t.text(cells, "Lane"), "lane", LANES).map_err(|e| cards_t.at(row, "Lane", e))?;
        let k = cards_t.trimmed(cells, "Kind");
        let kind = if k.is_empty() {
            let l = lanes.iter().find(|l| l.id == lane).expect("resolved");
            CardBody::for_lane(l.kind, &scale).kind()
        } else {
            parse_card_kind(&k).map_err(|words| cards_t.at(row, "Kind", said!("error-import-not-one-of", value = k.as_str(), words = words)))?
        };
        let mut answers = Vec::new();
        let body = match kind {
            CardKind::Touchpoint => {
                let score = cards_t.whole(row, cells, "Score", i64::from(scale.min), i64::from(scale.max))?;
                let emotion_name = cards_t.trimmed(cells, "Emotion");
                if score.is_none() && !emotion_name.is_empty() {
                    return Err(cards_t.at(row, "Emotion", said!("error-import-emotion-needs-score")));
                }
                let mut persona_emotions = BTreeMap::new();
                for line in items(&cards_t.text(cells, "Persona scores")) {
                    let bad = || cards_t.at(row, "Persona scores", said!("error-import-xlsx-persona-score", value = line.as_str()));
                    let (who, s) = line.rsplit_once(':').ok_or_else(bad)?;
                    let s: i32 = s.trim().parse().map_err(|_| bad())?;
                    if !scale.contains(s) {
                        return Err(cards_t.at(row, "Persona scores", said!("error-import-outside-scale", score = s, min = scale.min, max = scale.max)));
                    }
                    let p = persona_names.resolve(who, "persona", PERSONAS).map_err(|e| cards_t.at(row, "Persona scores", e))?;
                    persona_emotions.insert(p, s);
                }
                let (wanted, accepted) = (cards_t.text(cells, "Wanted"), cards_t.text(cells, "Accepted"));
                let experience = match cards_t.trimmed(cells, "Connected experience") {
                    e if e.is_empty() => None,
                    e => Some(parse_experience(&e).map_err(|words| cards_t.at(row, "Connected experience", said!("error-import-not-one-of", value = e.as_str(), words = words)))?),
                };
                let mot = cards_t.trimmed(cells, "Moment of truth");
                let asked = cards_t.trimmed(cells, "Sacrifice");
                let asked = parse_yes_no(&asked).map_err(|w| cards_t.at(row, "Sacrifice", said!("error-import-not-one-of", value = asked.as_str(), words = w)))?;
                CardBody::Touchpoint(Touchpoint {
                    channel: Some(cards_t.trimmed(cells, "Channel")).filter(|c| !c.is_empty()).map(|c| parse_channel(&c)),
                    moment_of_truth: parse_yes_no(&mot).map_err(|w| cards_t.at(row, "Moment of truth", said!("error-import-not-one-of", value = mot.as_str(), words = w)))?,
                    emotion: score.map(|s| Emotion { score: s as i32, name: emotion_name }),
                    persona_emotions,
                    sacrifice: (asked || !wanted.is_empty() || !accepted.is_empty()).then_some(Sacrifice { wanted, accepted }),
                    experience,
                })
            }
            CardKind::PainPoint => {
                let pillar = match cards_t.trimmed(cells, "CX pillar") {
                    p if p.is_empty() => None,
                    p => Some(parse_pillar(&p).map_err(|words| cards_t.at(row, "CX pillar", said!("error-import-not-one-of", value = p.as_str(), words = words)))?),
                };
                let mut short_of = Vec::new();
                for s in items(&cards_t.text(cells, "Short of")) {
                    short_of.push(parse_shortage(&s).map_err(|words| cards_t.at(row, "Short of", said!("error-import-not-one-of", value = s.as_str(), words = words)))?);
                }
                CardBody::PainPoint(PainPoint {
                    severity: cards_t.rating(row, cells, "Severity")?.unwrap_or(3),
                    frequency: cards_t.rating(row, cells, "Frequency")?.unwrap_or(3),
                    pillar,
                    friction: Some(cards_t.trimmed(cells, "Friction")).filter(|f| !f.is_empty()).map(|f| parse_friction(&f)),
                    short_of,
                })
            }
            CardKind::Opportunity => {
                answers = items(&cards_t.text(cells, "Answers"));
                let loyalty_pillar = match cards_t.trimmed(cells, "Loyalty pillar") {
                    p if p.is_empty() => None,
                    p => Some(parse_loyalty(&p).map_err(|words| cards_t.at(row, "Loyalty pillar", said!("error-import-not-one-of", value = p.as_str(), words = words)))?),
                };
                CardBody::Opportunity(Opportunity {
                    answers: Vec::new(),
                    loyalty_pillar,
                    value: cards_t.rating(row, cells, "Value")?.unwrap_or(3),
                    effort: cards_t.rating(row, cells, "Effort")?.unwrap_or(3),
                    owner: cards_t.text(cells, "Owner"),
                })
            }
            CardKind::Note => CardBody::Note,
            CardKind::Quote => CardBody::Quote { speaker: cards_t.text(cells, "Speaker") },
        };
        let given = cards_t.id(cells);
        new_cards += usize::from(given.is_none());
        let n = in_cell.entry((stage, lane)).or_default();
        let private = cards_t.trimmed(cells, "Private");
        let workshop = CardWorkshop {
            votes: cards_t.whole(row, cells, "Votes", 0, i64::from(u32::MAX))?.unwrap_or(0) as u32,
            author: Some(cards_t.text(cells, "Author")).filter(|a| !a.is_empty()),
            private: parse_yes_no(&private).map_err(|w| cards_t.at(row, "Private", said!("error-import-not-one-of", value = private.as_str(), words = w)))?,
        };
        let card = Card { id: fresh(given, &mut used, &mut copied), stage, lane, rank: *n as f64, text: cards_t.text(cells, "Text"), body, workshop };
        *n += 1;
        validate::text(journey_core::Field::CardText, &card.text, validate::MAX_TEXT).map_err(|e| cards_t.at(row, "Text", e))?;
        cards.push((row, card, answers));
    }
    // The pains an opportunity answers: by id, or by the pain's text.
    let pains = Names::new(cards.iter().filter(|(_, c, _)| matches!(c.body, CardBody::PainPoint(_))).map(|(_, c, _)| (c.id, c.text.as_str())));
    let mut lost_links = 0;
    for (row, card, answers) in &mut cards {
        let CardBody::Opportunity(o) = &mut card.body else { continue };
        for a in answers.iter() {
            match pains.resolve(a, "pain-point", CARDS) {
                Ok(id) => o.answers.push(id),
                Err(e) if names_nothing(&e) => lost_links += 1,
                Err(e) => return Err(cards_t.at(*row, "Answers", e)),
            }
        }
    }
    if lost_links > 0 {
        notes.push(said!("export-import-xlsx-links-dropped", count = lost_links, sheet = CARDS));
    }
    if copied > 0 {
        notes.push(said!("export-import-xlsx-copied", count = copied));
    }
    if new_cards > 0 {
        notes.push(said!("export-import-xlsx-new-cards", count = new_cards));
    }

    let mut j = Journey::new(name, graph, lanes);
    j.id = field("Id").and_then(|(_, c)| journey.trimmed(c, "Value").parse().ok()).unwrap_or(j.id);
    j.goal = text_field("Goal");
    j.scale = scale;
    j.metrics = metrics;
    j.personas = personas;
    j.cards = cards.into_iter().map(|(_, c, _)| (c.id, c)).collect();
    j.normalize();
    notes.insert(
        0,
        said!(
            "export-import-xlsx-read",
            stages = j.graph.stage_count(),
            lanes = j.lanes.len(),
            personas = j.personas.len(),
            cards = j.cards.len(),
            sheets = VIEWS.to_vec()
        ),
    );
    Ok((j, notes))
}
