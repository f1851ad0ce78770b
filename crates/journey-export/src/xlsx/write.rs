//! Journey -> workbook. The readable sheets first (what the import reads back), then the views
//! a manager reads: pains by priority, opportunities with the pains they answer, the findings,
//! and the stage x pillar heatmap in colour.

use std::collections::HashMap;

use rust_xlsxwriter::{Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use journey_core::{Card, CardBody, CxPillar, Id, Journey, Measure};

use super::sheets::*;
use super::*;

/// A cell as written: text, a number, or nothing.
pub(super) enum Cell {
    T(String),
    N(f64),
    E,
}

fn t(s: impl Into<String>) -> Cell {
    let s = s.into();
    if s.is_empty() { Cell::E } else { Cell::T(s) }
}

fn n(v: impl Into<f64>) -> Cell {
    Cell::N(v.into())
}

fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Cell) -> Cell {
    v.map_or(Cell::E, f)
}

fn yes(b: bool) -> Cell {
    t(if b { "yes" } else { "no" })
}

/// Rows below the data that still get the columns' validation lists, for rows a person adds.
const SPARE_ROWS: u32 = 1_000;

fn header_format() -> Format {
    Format::new().set_bold().set_background_color(Color::RGB(0xDDE4EE)).set_text_wrap().set_align(FormatAlign::Top)
}

/// Writes `rows` under a frozen header of `columns`, each column sized and checked.
fn table(ws: &mut Worksheet, columns: &[Column], rows: &[Vec<Cell>], scale: (i32, i32)) -> Result<(), XlsxError> {
    let head = header_format();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (c, col) in columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, col.header, &head)?;
        ws.set_column_width(c, col.width)?;
        let last = rows.len() as u32 + SPARE_ROWS;
        let rule = match col.check {
            Check::Any => None,
            Check::List { words, open } => {
                let dv = DataValidation::new().allow_list_strings(&words())?;
                // An open list suggests its words and lets a value of one's own through.
                Some(if open { dv.set_error_style(DataValidationErrorStyle::Information) } else { dv })
            }
            Check::Whole { min, max } => Some(DataValidation::new().allow_whole_number(DataValidationRule::Between(min, max))),
            Check::Score => Some(DataValidation::new().allow_whole_number(DataValidationRule::Between(scale.0, scale.1))),
            Check::Decimal { min, max } => Some(DataValidation::new().allow_decimal_number(DataValidationRule::Between(min, max))),
        };
        if let Some(dv) = rule {
            ws.add_data_validation(1, c, last, c, &dv)?;
        }
    }
    // Two lines for headers like "Moment of truth".
    ws.set_row_height(0, 30)?;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        // A row as tall as its longest list (goals, shortages...): LibreOffice does not grow rows
        // for wrapped text itself, and wrapped single-line texts would spill over the next row,
        // so only cells with line breaks wrap.
        let lines = row.iter().map(|c| if let Cell::T(s) = c { s.lines().count() } else { 1 }).max().unwrap_or(1);
        if lines > 1 {
            ws.set_row_height(r, 15.0 * lines as f64)?;
        }
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::T(s) if s.contains('\n') => ws.write_string_with_format(r, c, s, &wrap).map(|_| ())?,
                Cell::T(s) => ws.write_string(r, c, s).map(|_| ())?,
                Cell::N(v) => ws.write_number(r, c, *v).map(|_| ())?,
                Cell::E => {}
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    printed(ws)
}

/// Printed (or made a PDF), a sheet is landscape, one page wide, its header on every page: a
/// manager's printout of the Cards sheet is otherwise a dozen pages of column fragments.
fn printed(ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn lines(items: &[String]) -> String {
    items.join(&ITEM_SEPARATOR.to_string())
}

fn measure(m: &Option<Measure>) -> [Cell; 2] {
    match m {
        Some(m) => [n(m.value), n(m.sample_size)],
        None => [Cell::E, Cell::E],
    }
}

/// The workbook's bytes.
pub fn to_xlsx(j: &Journey) -> Result<Vec<u8>, XlsxError> {
    let mut j = j.clone();
    j.normalize();
    let j = &j;
    let scale = (j.scale.min, j.scale.max);
    let mut wb = Workbook::new();
    let stage_name: HashMap<Id, &str> = j.graph.stages().map(|s| (s.id, s.name.as_str())).collect();
    let lane_name: HashMap<Id, &str> = j.lanes.iter().map(|l| (l.id, l.name.as_str())).collect();

    // Journey: one field a row, so a person reads it top to bottom.
    let names: Vec<String> = j.scale.names.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let mut fields: Vec<(&str, Cell)> = vec![
        ("Workbook", t(MARKER)),
        ("Id", t(j.id.to_string())),
        ("Name", t(&j.name)),
        ("Goal", t(&j.goal)),
        ("Scale from", n(j.scale.min)),
        ("Scale to", n(j.scale.max)),
        ("Scale names", t(lines(&names))),
    ];
    for (label, m) in [("NPS", &j.metrics.nps), ("CSAT %", &j.metrics.csat), ("CES", &j.metrics.ces)] {
        let [v, size] = measure(m);
        fields.push((label, v));
        fields.push((if label == "CSAT %" { "CSAT answers" } else if label == "NPS" { "NPS answers" } else { "CES answers" }, size));
    }
    let ws = wb.add_worksheet().set_name(JOURNEY)?;
    let columns = [Column { header: "Field", width: 16.0, check: Check::Any }, Column { header: "Value", width: 60.0, check: Check::Any }];
    let rows: Vec<Vec<Cell>> = fields.into_iter().map(|(k, v)| vec![t(k), v]).collect();
    table(ws, &columns, &rows, scale)?;

    let stages = j.graph.ordered_stages();
    let rows: Vec<Vec<Cell>> = stages
        .iter()
        .map(|s| {
            let mut row = vec![t(s.id.to_string()), t(&s.name), t(&s.description), opt(s.phase.as_ref(), |p| t(word_phase(p))), opt(s.experience, |e| t(word_experience(e)))];
            for m in [&s.metrics.nps, &s.metrics.csat, &s.metrics.ces] {
                row.extend(measure(m));
            }
            row
        })
        .collect();
    table(wb.add_worksheet().set_name(STAGES)?, &STAGE_COLUMNS, &rows, scale)?;

    let mut flows: Vec<_> = j.graph.flows().collect();
    let pos: HashMap<Id, usize> = stages.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    flows.sort_by_key(|f| (pos[&f.from], pos[&f.to], f.id));
    let rows: Vec<Vec<Cell>> = flows
        .iter()
        .map(|f| vec![t(f.id.to_string()), t(stage_name[&f.from]), t(stage_name[&f.to]), t(word_flow_kind(f.kind)), t(&f.label)])
        .collect();
    table(wb.add_worksheet().set_name(FLOWS)?, &FLOW_COLUMNS, &rows, scale)?;

    let lanes = j.lanes_in_order();
    let rows: Vec<Vec<Cell>> = lanes.iter().map(|l| vec![t(l.id.to_string()), t(&l.name), t(word_lane_kind(l.kind)), t(&l.color)]).collect();
    table(wb.add_worksheet().set_name(LANES)?, &LANE_COLUMNS, &rows, scale)?;

    let rows: Vec<Vec<Cell>> = j
        .personas
        .iter()
        .map(|p| {
            vec![
                t(p.id.to_string()),
                t(&p.name),
                t(&p.role),
                t(lines(&p.goals)),
                t(lines(&p.needs)),
                t(lines(&p.frustrations)),
                t(&p.quote),
                opt(p.value_type, |v| t(word_customer_value(v))),
                t(&p.color),
            ]
        })
        .collect();
    table(wb.add_worksheet().set_name(PERSONAS)?, &PERSONA_COLUMNS, &rows, scale)?;

    let cards: Vec<&Card> = stages.iter().flat_map(|s| lanes.iter().flat_map(|l| j.cards_in_cell(s.id, l.id))).collect();
    let persona_name: HashMap<Id, &str> = j.personas.iter().map(|p| (p.id, p.name.as_str())).collect();
    let rows: Vec<Vec<Cell>> = cards.iter().map(|c| card_row(c, &stage_name, &lane_name, &persona_name)).collect();
    table(wb.add_worksheet().set_name(CARDS)?, &CARD_COLUMNS, &rows, scale)?;

    views(&mut wb, j, &cards, &stage_name, &lane_name)?;
    wb.save_to_buffer()
}

fn card_row(c: &Card, stage_name: &HashMap<Id, &str>, lane_name: &HashMap<Id, &str>, persona_name: &HashMap<Id, &str>) -> Vec<Cell> {
    let mut row: Vec<Cell> = (0..CARD_COLUMNS.len()).map(|_| Cell::E).collect();
    let mut set = |header: &str, cell: Cell| {
        let i = CARD_COLUMNS.iter().position(|c| c.header == header).expect("a card column");
        row[i] = cell;
    };
    set("Id", t(c.id.to_string()));
    set("Stage", t(stage_name[&c.stage]));
    set("Lane", t(lane_name[&c.lane]));
    set("Kind", t(word_card_kind(c.body.kind())));
    set("Text", t(&c.text));
    match &c.body {
        CardBody::Touchpoint(tp) => {
            set("Channel", opt(tp.channel.as_ref(), |ch| t(word_channel(ch))));
            set("Moment of truth", yes(tp.moment_of_truth));
            if let Some(e) = &tp.emotion {
                set("Score", n(e.score));
                set("Emotion", t(&e.name));
            }
            let scores: Vec<String> = tp.persona_emotions.iter().map(|(p, s)| format!("{}: {s}", persona_name.get(p).copied().unwrap_or("?"))).collect();
            set("Persona scores", t(lines(&scores)));
            set("Sacrifice", yes(tp.sacrifice.is_some()));
            if let Some(s) = &tp.sacrifice {
                set("Wanted", t(&s.wanted));
                set("Accepted", t(&s.accepted));
            }
            set("Connected experience", opt(tp.experience, |e| t(word_experience(e))));
        }
        CardBody::PainPoint(p) => {
            set("Severity", n(p.severity));
            set("Frequency", n(p.frequency));
            set(PRIORITY, n(p.priority()));
            set("CX pillar", opt(p.pillar, |x| t(word_pillar(x))));
            set("Friction", opt(p.friction.as_ref(), |f| t(word_friction(f))));
            let short: Vec<String> = p.short_of.iter().map(|s| word_shortage(*s)).collect();
            set("Short of", t(lines(&short)));
        }
        CardBody::Opportunity(o) => {
            set("Value", n(o.value));
            set("Effort", n(o.effort));
            set("Owner", t(&o.owner));
            set("Loyalty pillar", opt(o.loyalty_pillar, |x| t(word_loyalty(x))));
            let answers: Vec<String> = o.answers.iter().map(Id::to_string).collect();
            set("Answers", t(lines(&answers)));
        }
        CardBody::Quote { speaker } => set("Speaker", t(speaker)),
        CardBody::Note => {}
    }
    if c.workshop.votes > 0 {
        set("Votes", n(c.workshop.votes));
    }
    set("Author", t(c.workshop.author.clone().unwrap_or_default()));
    if c.workshop.private {
        set("Private", yes(true));
    }
    row
}

fn view_columns(headers: &[(&'static str, f64)]) -> Vec<Column> {
    headers.iter().map(|(h, w)| Column { header: h, width: *w, check: Check::Any }).collect()
}

/// The sheets computed from the rest: protected, so a person who types in them is told they are
/// not where edits go.
fn views(wb: &mut Workbook, j: &Journey, cards: &[&Card], stage_name: &HashMap<Id, &str>, lane_name: &HashMap<Id, &str>) -> Result<(), XlsxError> {
    let scale = (j.scale.min, j.scale.max);
    let mut pains: Vec<(&Card, &journey_core::PainPoint)> =
        cards.iter().filter_map(|c| match &c.body { CardBody::PainPoint(p) => Some((*c, p)), _ => None }).collect();
    // Stable: equal priorities keep the map's order.
    pains.sort_by_key(|(_, p)| std::cmp::Reverse(p.priority()));
    let rows: Vec<Vec<Cell>> = pains
        .iter()
        .map(|(c, p)| {
            let short: Vec<String> = p.short_of.iter().map(|s| word_shortage(*s)).collect();
            vec![
                t(c.id.to_string()),
                t(stage_name[&c.stage]),
                t(lane_name[&c.lane]),
                t(&c.text),
                n(p.severity),
                n(p.frequency),
                n(p.priority()),
                opt(p.pillar, |x| t(word_pillar(x))),
                opt(p.friction.as_ref(), |f| t(word_friction(f))),
                t(lines(&short)),
            ]
        })
        .collect();
    let cols = view_columns(&[("Id", 38.0), ("Stage", 20.0), ("Lane", 18.0), ("Pain point", 44.0), ("Severity", 9.0), ("Frequency", 10.0), (PRIORITY, 12.0), ("CX pillar", 16.0), ("Friction", 20.0), ("Short of", 14.0)]);
    let ws = wb.add_worksheet().set_name(PAINS)?;
    table(ws, &cols, &rows, scale)?;
    ws.protect();

    let pain_text: HashMap<Id, &str> = pains.iter().map(|(c, _)| (c.id, c.text.as_str())).collect();
    let rows: Vec<Vec<Cell>> = cards
        .iter()
        .filter_map(|c| match &c.body {
            CardBody::Opportunity(o) => {
                let answers: Vec<String> = o.answers.iter().filter_map(|a| pain_text.get(a)).map(|s| s.to_string()).collect();
                Some(vec![
                    t(c.id.to_string()),
                    t(stage_name[&c.stage]),
                    t(&c.text),
                    n(o.value),
                    n(o.effort),
                    t(&o.owner),
                    opt(o.loyalty_pillar, |x| t(word_loyalty(x))),
                    t(lines(&answers)),
                ])
            }
            _ => None,
        })
        .collect();
    let cols = view_columns(&[("Id", 38.0), ("Stage", 20.0), ("Opportunity", 44.0), ("Value", 7.0), ("Effort", 7.0), ("Owner", 14.0), ("Loyalty pillar", 18.0), ("Pains it answers", 44.0)]);
    let ws = wb.add_worksheet().set_name(OPPORTUNITIES)?;
    table(ws, &cols, &rows, scale)?;
    ws.protect();

    let insights = journey_core::insights::analyse(j);
    let rows: Vec<Vec<Cell>> = insights
        .findings
        .iter()
        .map(|f| {
            let level = match f.level {
                journey_core::insights::Level::Warning => "warning",
                journey_core::insights::Level::Info => "info",
            };
            let stages: Vec<String> = f.stages.iter().filter_map(|s| stage_name.get(s)).map(|s| s.to_string()).collect();
            vec![t(level), t(&f.message), t(lines(&stages))]
        })
        .collect();
    let ws = wb.add_worksheet().set_name(INSIGHTS)?;
    table(ws, &view_columns(&[("Level", 9.0), ("Finding", 90.0), ("Stages", 24.0)]), &rows, scale)?;
    ws.protect();

    heatmap(wb, j, stage_name, &insights.pillars.heatmap)
}

/// Stage x pillar: the sum of the severities of the pains tagged with each pillar, the cell
/// coloured from white (none) to deep red (the journey's worst cell).
fn heatmap(wb: &mut Workbook, j: &Journey, stage_name: &HashMap<Id, &str>, cells: &[journey_core::insights::HeatCell]) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(HEATMAP)?;
    let head = header_format();
    ws.write_string_with_format(0, 0, "Stage \\ CX pillar", &head)?;
    ws.set_column_width(0, 24.0)?;
    for (k, p) in CxPillar::ALL.iter().enumerate() {
        ws.write_string_with_format(0, k as u16 + 1, word_pillar(*p), &head)?;
        ws.set_column_width(k as u16 + 1, 16.0)?;
    }
    let worst = cells.iter().map(|c| c.severity).max().unwrap_or(0).max(1);
    for (i, stage) in j.graph.order().iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string_with_format(r, 0, stage_name[stage], &head)?;
        for (k, pillar) in CxPillar::ALL.iter().enumerate() {
            let v = cells.iter().find(|c| c.stage == *stage && c.pillar == *pillar).map_or(0, |c| c.severity);
            let f = f64::from(v) / f64::from(worst);
            // White (255,255,255) to red (200,30,30).
            let mix = |to: f64| (255.0 - (255.0 - to) * f).round() as u32;
            let color = (mix(200.0) << 16) | (mix(30.0) << 8) | mix(30.0);
            let mut format = Format::new().set_background_color(Color::RGB(color)).set_align(FormatAlign::Center);
            if f > 0.6 {
                format = format.set_font_color(Color::White);
            }
            ws.write_number_with_format(r, k as u16 + 1, f64::from(v), &format)?;
        }
    }
    let note_row = j.graph.stage_count() as u32 + 2;
    ws.write_string(note_row, 0, "Each cell: the summed severity (1-5 each) of the pain points of that stage tagged with that pillar.")?;
    ws.set_freeze_panes(1, 1)?;
    ws.protect();
    printed(ws)
}
