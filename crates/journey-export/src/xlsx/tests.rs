use journey_core::sample::sample_journeys;
use journey_core::templates::templates;
use journey_core::Journey;

use crate::{import_bytes_reported, ImportFormat};

use super::*;

fn every_bundled_journey() -> Vec<Journey> {
    let mut all: Vec<Journey> = templates().into_iter().map(|t| t.journey).collect();
    all.extend(sample_journeys());
    all
}

pub(super) fn read(bytes: &[u8]) -> (Journey, Vec<String>) {
    let (mut js, notes) = import_bytes_reported(bytes, ImportFormat::Xlsx).unwrap_or_else(|e| panic!("refused: {e}"));
    (js.remove(0), notes.iter().map(ToString::to_string).collect())
}

#[test]
fn every_template_and_sample_reads_back_from_its_workbook() {
    for j in every_bundled_journey() {
        let bytes = to_xlsx(&j).unwrap();
        let (back, notes) = read(&bytes);
        let mut expected = j.clone();
        expected.normalize();
        // Ranks come back as places (0, 1, 2...) in each cell and list; the order is the same.
        let mut back = back;
        assert_same(&expected, &mut back);
        assert!(notes[0].starts_with("Read the workbook"), "{notes:?}");
    }
}

/// Equal but for ranks, which the workbook writes as row order: compared as orders.
pub(super) fn assert_same(expected: &Journey, back: &mut Journey) {
    let order = |j: &Journey| -> Vec<(String, String, Vec<journey_core::Id>)> {
        let mut out = Vec::new();
        for s in j.graph.ordered_stages() {
            for l in j.lanes_in_order() {
                out.push((s.name.clone(), l.name.clone(), j.cards_in_cell(s.id, l.id).iter().map(|c| c.id).collect()));
            }
        }
        out
    };
    assert_eq!(order(back), order(expected), "{}: cards in another order", expected.name);
    let lanes = |j: &Journey| j.lanes_in_order().iter().map(|l| l.id).collect::<Vec<_>>();
    assert_eq!(lanes(back), lanes(expected));
    let stages = |j: &Journey| j.graph.ordered_stages().iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(stages(back), stages(expected));
    // With the orders equal, ranks are set to the expected ones to compare the rest exactly.
    let mut b = back.clone();
    for c in b.cards.values_mut() {
        c.rank = expected.cards[&c.id].rank;
    }
    for l in &mut b.lanes {
        l.rank = expected.lane(l.id).unwrap().rank;
    }
    let staged: Vec<journey_core::Stage> = b.graph.stages().map(|s| journey_core::Stage { rank: expected.graph.stage(s.id).unwrap().rank, ..s.clone() }).collect();
    for s in staged {
        b.graph.replace_stage(s).unwrap();
    }
    assert_eq!(b, *expected, "{} did not come back as it was", expected.name);
}

/// The Cards sheet as a person's spreadsheet program sees it, through umya-spreadsheet (another
/// library than the writer).
struct Sheet<'a> {
    ws: &'a mut umya_spreadsheet::Worksheet,
}

impl Sheet<'_> {
    fn col(&self, header: &str) -> u32 {
        (1..=40).find(|c| self.ws.get_value((*c, 1)) == header).unwrap_or_else(|| panic!("no column {header}"))
    }

    fn row_of(&self, id: journey_core::Id) -> u32 {
        let c = self.col("Id");
        (2..=self.ws.get_highest_row()).find(|r| self.ws.get_value((c, *r)) == id.to_string()).unwrap_or_else(|| panic!("no row for {id}"))
    }

    fn set(&mut self, row: u32, header: &str, value: &str) {
        let c = self.col(header);
        self.ws.get_cell_mut((c, row)).set_value(value);
    }

    fn set_number(&mut self, row: u32, header: &str, value: f64) {
        let c = self.col(header);
        self.ws.get_cell_mut((c, row)).set_value_number(value);
    }

    fn swap_rows(&mut self, a: u32, b: u32) {
        for c in 1..=40 {
            let (va, vb) = (self.ws.get_value((c, a)), self.ws.get_value((c, b)));
            for (row, v) in [(a, vb), (b, va)] {
                let cell = self.ws.get_cell_mut((c, row));
                match v.parse::<f64>() {
                    Ok(n) if !v.is_empty() && !v.contains('-') || v.parse::<i64>().is_ok() => cell.set_value_number(n),
                    _ => cell.set_value(v),
                };
            }
        }
    }
}

#[test]
fn a_workbook_edited_in_another_program_reads_back_with_the_edits() {
    use journey_core::{CardBody, LaneKind};
    let j = sample_journeys().remove(0);
    let bytes = to_xlsx(&j).unwrap();
    let mut book = umya_spreadsheet::reader::xlsx::read_reader(std::io::Cursor::new(bytes), true).unwrap();
    let mut sheet = Sheet { ws: book.get_sheet_by_name_mut(CARDS).unwrap() };

    // Two touchpoints of one cell (to reorder), one to rescore, a note to delete, one to retitle.
    let stages = j.graph.ordered_stages();
    let lanes = j.lanes_in_order();
    let (pair_stage, pair_lane) = stages
        .iter()
        .flat_map(|s| lanes.iter().map(move |l| (s.id, l.id)))
        .find(|(s, l)| j.cards_in_cell(*s, *l).len() >= 2)
        .expect("a cell with two cards");
    let pair: Vec<journey_core::Id> = j.cards_in_cell(pair_stage, pair_lane).iter().map(|c| c.id).collect();
    let scored = j.cards.values().find(|c| c.emotion().is_some_and(|e| e.score != j.scale.max) && !pair.contains(&c.id)).unwrap().id;
    let gone = j.cards.values().find(|c| matches!(c.body, CardBody::Note) && !pair.contains(&c.id) && c.id != scored).unwrap().id;
    let retitled = j.cards.values().find(|c| ![scored, gone].contains(&c.id) && !pair.contains(&c.id)).unwrap().id;

    let r = sheet.row_of(retitled);
    sheet.set(r, "Text", "Edited in a spreadsheet = not a formula");
    let r = sheet.row_of(scored);
    sheet.set_number(r, "Score", f64::from(j.scale.max));
    let (a, b) = (sheet.row_of(pair[0]), sheet.row_of(pair[1]));
    sheet.swap_rows(a, b);
    let r = sheet.row_of(gone);
    sheet.ws.remove_row(&r, &1);
    // A new pain point at the end: no id, as a person adds it.
    let pains_lane = lanes.iter().find(|l| l.kind == LaneKind::PainPoints).unwrap();
    let new_row = sheet.ws.get_highest_row() + 1;
    sheet.set(new_row, "Stage", &stages[0].name);
    sheet.set(new_row, "Lane", &pains_lane.name);
    sheet.set(new_row, "Kind", "Pain point");
    sheet.set(new_row, "Text", "Found in the spreadsheet");
    sheet.set_number(new_row, "Severity", 5.0);
    sheet.set_number(new_row, "Frequency", 4.0);
    sheet.set(new_row, "CX pillar", "time and effort");
    let mut edited = Vec::new();
    umya_spreadsheet::writer::xlsx::write_writer(&book, &mut std::io::Cursor::new(&mut edited)).unwrap();

    let (back, notes) = read(&edited);
    assert!(notes.iter().any(|n| n == "1 new card (a row without an id)."), "{notes:?}");
    assert_eq!(back.cards[&retitled].text, "Edited in a spreadsheet = not a formula");
    assert_eq!(back.cards[&scored].emotion().unwrap().score, j.scale.max);
    assert!(!back.cards.contains_key(&gone), "the deleted row's card is still there");
    let order: Vec<journey_core::Id> = back.cards_in_cell(pair_stage, pair_lane).iter().map(|c| c.id).collect();
    assert_eq!(order[..2], [pair[1], pair[0]], "the moved rows did not reorder the cell");
    let new: Vec<_> = back.cards.values().filter(|c| !j.cards.contains_key(&c.id)).collect();
    assert_eq!(new.len(), 1);
    assert_eq!((new[0].stage, new[0].lane, new[0].text.as_str()), (stages[0].id, pains_lane.id, "Found in the spreadsheet"));
    let CardBody::PainPoint(p) = &new[0].body else { panic!("{:?}", new[0].body) };
    assert_eq!((p.severity, p.frequency, p.pillar), (5, 4, Some(journey_core::CxPillar::TimeAndEffort)));
    // Everything else is as it was.
    let mut expected = j.clone();
    expected.cards.remove(&gone);
    expected.cards.get_mut(&retitled).unwrap().text = "Edited in a spreadsheet = not a formula".into();
    if let CardBody::Touchpoint(t) = &mut expected.cards.get_mut(&scored).unwrap().body {
        t.emotion.as_mut().unwrap().score = j.scale.max;
    }
    let mut back = back.clone();
    back.cards.remove(&new[0].id.clone());
    let (r0, r1) = (expected.cards[&pair[0]].rank, expected.cards[&pair[1]].rank);
    expected.cards.get_mut(&pair[0]).unwrap().rank = r1;
    expected.cards.get_mut(&pair[1]).unwrap().rank = r0;
    expected.normalize();
    assert_same(&expected, &mut back);
}

/// A workbook as exported, with one cell of the Cards sheet set to `value` (as text): on row 3,
/// or on the first row of a card of `kind`.
fn with_card_cell(header: &str, value: &str, kind: Option<&str>) -> (u32, Vec<u8>) {
    let bytes = to_xlsx(&sample_journeys()[0]).unwrap();
    let mut book = umya_spreadsheet::reader::xlsx::read_reader(std::io::Cursor::new(bytes), true).unwrap();
    let mut sheet = Sheet { ws: book.get_sheet_by_name_mut(CARDS).unwrap() };
    let kind_col = sheet.col("Kind");
    let row = kind.map_or(3, |k| (2..=sheet.ws.get_highest_row()).find(|r| sheet.ws.get_value((kind_col, *r)) == k).unwrap());
    sheet.set(row, header, value);
    let mut out = Vec::new();
    umya_spreadsheet::writer::xlsx::write_writer(&book, &mut std::io::Cursor::new(&mut out)).unwrap();
    (row, out)
}

#[test]
fn a_bad_cell_is_refused_naming_its_sheet_row_and_column() {
    let err = |bytes: &[u8]| import_bytes_reported(bytes, ImportFormat::Xlsx).unwrap_err().to_string();
    assert_eq!(err(&with_card_cell("Stage", "Nowhere", None).1), "sheet Cards, row 3, column B (Stage): no stage \"Nowhere\" in the Stages sheet");
    let e = err(&with_card_cell("Kind", "gizmo", None).1);
    assert!(e.starts_with("sheet Cards, row 3, column D (Kind): \"gizmo\" is not one of: Touchpoint, Pain point"), "{e}");
    let (row, bytes) = with_card_cell("Severity", "lots", Some("Pain point"));
    assert_eq!(err(&bytes), format!("sheet Cards, row {row}, column O (Severity): \"lots\" is not a number"));
    let (row, bytes) = with_card_cell("Score", "9", Some("Touchpoint"));
    assert_eq!(err(&bytes), format!("sheet Cards, row {row}, column H (Score): 9 is not a whole number from -3 to 3"));
    assert!(err(b"PK\x03\x04 not really a zip").starts_with("this is not an Excel workbook (.xlsx) that can be read"));
    assert!(err(b"journey,stage\n").starts_with("this is not an Excel workbook"));
}
