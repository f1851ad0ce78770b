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
    (js.remove(0), notes)
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
