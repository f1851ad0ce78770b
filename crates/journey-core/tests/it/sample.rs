use crate::support::*;
use journey_core::*;

#[test]
fn the_sample_is_a_believable_connected_strategy_journey() {
    let j = meal_kit();
    assert!(j.graph.stage_count() >= 6, "only {} stages", j.graph.stage_count());
    let phases: Vec<Phase> = j.graph.stages().filter_map(|s| s.phase.clone()).collect();
    for p in [Phase::Recognize, Phase::Request, Phase::Respond] {
        assert!(phases.contains(&p), "no stage in phase {p:?}");
    }
    assert!(j.graph.flows().any(|f| f.kind == FlowKind::Repeat), "the sample has no repeat loop");
    assert!(j.graph.flows().any(|f| f.kind == FlowKind::Branch), "the sample has no branch");
    assert!(j.cards.len() >= 15, "only {} cards", j.cards.len());
    for kind in [LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Emotions, LaneKind::PainPoints, LaneKind::Opportunities] {
        lane_of_kind(&j, kind);
    }
    let pillars: std::collections::BTreeSet<CxPillar> = j
        .cards
        .values()
        .filter_map(|c| match &c.body {
            CardBody::PainPoint(p) => p.pillar,
            _ => None,
        })
        .collect();
    assert_eq!(pillars.len(), 6, "pain points cover only {pillars:?} of the six pillars");
    let scored = j.cards.values().filter(|c| c.emotion().is_some()).count();
    assert!(scored >= 8, "only {scored} touchpoints carry an emotion score");
}

#[test]
fn every_sample_card_passes_the_edit_rules() {
    // Re-adding each card to an empty copy of the journey runs the same checks an edit would.
    let j = meal_kit();
    let mut empty = j.clone();
    empty.cards.clear();
    let mut cards: Vec<&Card> = j.cards.values().collect();
    cards.sort_by_key(|c| !matches!(c.body, CardBody::PainPoint(_)));
    for c in cards {
        apply(&mut empty, &Edit::AddCard { card: c.clone() }).unwrap_or_else(|e| panic!("{}: {e}", c.text));
    }
    assert_eq!(empty, j);
}

#[test]
fn the_json_document_round_trips_exactly() {
    let j = meal_kit();
    let text = serde_json::to_string(&j).unwrap();
    let back: Journey = serde_json::from_str(&text).unwrap();
    assert_eq!(back, j);
    assert_eq!(serde_json::to_string(&back).unwrap(), text, "second serialisation differs");
}

#[test]
fn a_synthetic_journey_has_the_asked_number_of_valid_cards_in_every_cell() {
    let j = sample::synthetic_journey(1000);
    assert_eq!(j.cards.len(), 1000);
    let cells = j.graph.stage_count() * j.lanes.len();
    for stage in j.graph.stages() {
        for lane in &j.lanes {
            assert!(j.cards_in_cell(stage.id, lane.id).len() >= 1000 / cells);
        }
    }
    // Every card passes the same checks an edit would apply.
    let mut empty = j.clone();
    empty.cards.clear();
    for card in j.cards.values() {
        validate::card(&empty, card).unwrap();
    }
}
