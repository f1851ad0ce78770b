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

#[test]
fn a_duplicate_shares_no_id_with_the_original_and_keeps_every_link_inside_itself() {
    let j = crate::support::meal_kit();
    let d = copy::duplicate(&j, "Copy of meal kit");
    assert_eq!(d.name, "Copy of meal kit");
    assert_ne!(d.id, j.id);
    let original: std::collections::HashSet<Id> = j
        .graph.stages().map(|s| s.id)
        .chain(j.graph.flows().map(|f| f.id))
        .chain(j.lanes.iter().map(|l| l.id))
        .chain(j.cards.keys().copied())
        .chain(j.personas.iter().map(|p| p.id))
        .collect();
    assert!(d.graph.stages().all(|s| !original.contains(&s.id)));
    assert!(d.graph.flows().all(|f| !original.contains(&f.id)));
    assert!(d.cards.values().all(|c| !original.contains(&c.id) && !original.contains(&c.stage) && !original.contains(&c.lane)));
    // Same shape: stage names in the same graph order, the same cards in the same named cells.
    let names = |j: &Journey| j.graph.ordered_stages().iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&d), names(&j));
    let cells = |j: &Journey| {
        let mut v: Vec<(String, String, String)> = j.cards.values()
            .map(|c| (j.graph.stage(c.stage).unwrap().name.clone(), j.lane(c.lane).unwrap().name.clone(), c.text.clone()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(cells(&d), cells(&j));
    // An opportunity answers the copy's pain points, with the same texts as the original's.
    let answered = |j: &Journey| {
        let mut v: Vec<String> = j.cards.values()
            .filter_map(|c| match &c.body { CardBody::Opportunity(o) => Some(o.answers.clone()), _ => None })
            .flatten()
            .map(|id| j.card(id).expect("answers a card of the same journey").text.clone())
            .collect();
        v.sort();
        v
    };
    assert!(!answered(&j).is_empty());
    assert_eq!(answered(&d), answered(&j));
    // And it is a valid journey: every card passes the checks an edit would apply.
    let mut empty = d.clone();
    empty.cards.clear();
    let pains: Vec<&Card> = d.cards.values().filter(|c| matches!(c.body, CardBody::PainPoint(_))).collect();
    for p in pains { empty.cards.insert(p.id, p.clone()); }
    for c in d.cards.values() { validate::card(&empty, c).unwrap(); }
}

#[test]
fn the_persian_sample_is_valid_right_to_left_and_its_links_hold() {
    let all = sample::sample_journeys();
    assert_eq!(all.len(), 2);
    let j = &all[1];
    assert_eq!(j.name, "رزرو نوبت کلینیک کودکان");
    // Every text of the journey is written in Arabic script (Persian), not transliterated.
    let arabic = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    assert!(j.graph.stages().all(|s| arabic(&s.name)));
    assert!(j.cards.values().all(|c| arabic(&c.text)), "a card is not in Persian");
    // It is a journey the editor accepts: every card passes the checks an edit applies, pain
    // points first so the opportunities' links resolve.
    let mut rebuilt = j.clone();
    rebuilt.cards.clear();
    let mut cards: Vec<&Card> = j.cards.values().collect();
    cards.sort_by_key(|c| !matches!(c.body, CardBody::PainPoint(_)));
    for c in cards {
        apply(&mut rebuilt, &Edit::AddCard { card: c.clone() }).unwrap_or_else(|e| panic!("{}: {e}", c.text));
    }
    assert_eq!(&rebuilt, j);
    assert!(j.graph.flows().any(|f| f.kind == FlowKind::Repeat));
    assert!(j.cards.values().any(|c| matches!(&c.body, CardBody::Opportunity(o) if !o.answers.is_empty())));
}
