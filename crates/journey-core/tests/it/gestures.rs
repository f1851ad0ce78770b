//! The edits the page only names (a drop at a place, a new card in a lane, a paste, a drawn
//! flow, a lane or kind change): the core's rules for them, and that each is logged with a
//! low-level inverse and redoes to the same journey.

use crate::support::*;
use journey_core::*;

use crate::support::variant as tag;

/// The tags of an inverse, looking inside batches.
fn tags(edit: &Edit) -> Vec<String> {
    match edit {
        Edit::Batch { edits } => edits.iter().flat_map(tags).collect(),
        single => vec![tag(single)],
    }
}

fn texts(j: &Journey, stage: Id, lane: Id) -> Vec<String> {
    j.cards_in_cell(stage, lane).iter().map(|c| c.text.chars().take(12).collect()).collect()
}

/// Applies a gesture, checks its inverse is made only of `low_level` edits and restores the
/// journey, and that applying the gesture again (a redo) gives exactly the same journey.
fn apply_and_check(j: &mut Journey, edit: &Edit, low_level: &[&str]) -> Edit {
    let before = j.clone();
    let inverse = apply(j, edit).unwrap_or_else(|e| panic!("{} refused: {e}", edit.label()));
    for t in tags(&inverse) {
        assert!(low_level.contains(&t.as_str()), "the inverse of {} holds a {t}, not one of {low_level:?}", tag(edit));
    }
    let after = j.clone();
    let mut undone = after.clone();
    apply(&mut undone, &inverse).unwrap();
    assert_eq!(undone, before, "the inverse of {} does not restore the journey", tag(edit));
    apply(&mut undone, edit).unwrap();
    assert_eq!(undone, after, "redoing {} gives another journey", tag(edit));
    inverse
}

#[test]
fn a_group_dropped_into_a_cell_keeps_its_map_order_and_lands_at_the_index_among_the_other_cards() {
    let mut j = meal_kit();
    let delivery = stage_named(&j, "Delivery day");
    let touch = lane_of_kind(&j, LaneKind::Touchpoints);
    // Listed out of map order: a touchpoint of "Checkout", then a note of "Dinner fatigue".
    let form = card_with_text(&j, "Checkout form");
    let fridge = card_with_text(&j, "Opens the fridge");
    let edit = Edit::PlaceCards { ids: vec![form.id, fridge.id], stage: delivery, lane: touch, index: 1 };
    let inverse = apply_and_check(&mut j, &edit, &["moveCard"]);
    assert_eq!(texts(&j, delivery, touch), ["SMS with a o", "Opens the fr", "Checkout for", "Box on the d"]);
    assert_eq!(tags(&inverse).len(), 2, "one move back per card: {inverse:?}");
}

#[test]
fn one_card_dropped_at_the_end_of_a_cell_is_undone_by_one_move_card() {
    let mut j = meal_kit();
    let delivery = stage_named(&j, "Delivery day");
    let touch = lane_of_kind(&j, LaneKind::Touchpoints);
    let form = card_with_text(&j, "Checkout form");
    let inverse = apply_and_check(&mut j, &Edit::PlaceCards { ids: vec![form.id], stage: delivery, lane: touch, index: 2 }, &["moveCard"]);
    assert!(matches!(inverse, Edit::MoveCard { id, rank, .. } if id == form.id && rank == form.rank), "{inverse:?}");
    assert_eq!(j.card(form.id).unwrap().rank, 3.0, "one step after the last card (rank 2)");
}

#[test]
fn a_drop_into_a_cell_whose_cards_share_a_rank_renumbers_the_cell_and_undo_restores_every_rank() {
    let mut j = meal_kit();
    let delivery = stage_named(&j, "Delivery day");
    let touch = lane_of_kind(&j, LaneKind::Touchpoints);
    for c in j.cards.values_mut().filter(|c| c.stage == delivery && c.lane == touch) {
        c.rank = 1.0;
    }
    let before = texts(&j, delivery, touch);
    let form = card_with_text(&j, "Checkout form");
    let inverse = apply_and_check(&mut j, &Edit::PlaceCards { ids: vec![form.id], stage: delivery, lane: touch, index: 1 }, &["moveCard"]);
    assert_eq!(texts(&j, delivery, touch), [before[0].clone(), "Checkout for".into(), before[1].clone()]);
    let ranks: Vec<f64> = j.cards_in_cell(delivery, touch).iter().map(|c| c.rank).collect();
    assert_eq!(ranks, [1.0, 2.0, 3.0]);
    assert_eq!(tags(&inverse).len(), 2, "the dropped card and the neighbour renumbered after it: {inverse:?}");
}

#[test]
fn a_drop_past_the_end_of_a_cell_or_of_a_card_listed_twice_is_refused_and_changes_nothing() {
    let mut j = meal_kit();
    let before = j.clone();
    let delivery = stage_named(&j, "Delivery day");
    let touch = lane_of_kind(&j, LaneKind::Touchpoints);
    let form = card_with_text(&j, "Checkout form");
    let past = apply(&mut j, &Edit::PlaceCards { ids: vec![form.id], stage: delivery, lane: touch, index: 3 }).unwrap_err();
    assert!(past.to_string().contains("past its end"), "{past}");
    let twice = apply(&mut j, &Edit::PlaceCards { ids: vec![form.id, form.id], stage: delivery, lane: touch, index: 0 }).unwrap_err();
    assert!(twice.to_string().contains("twice"), "{twice}");
    assert_eq!(j, before);
}

#[test]
fn a_new_card_is_what_its_lane_holds_and_goes_where_the_page_said() {
    let mut j = meal_kit();
    let checkout = stage_named(&j, "Checkout");
    let pains = lane_of_kind(&j, LaneKind::PainPoints);
    let id = new_id();
    let edit = Edit::CreateCard { id, stage: checkout, lane: pains, index: Some(0), text: "Card declined".into() };
    let inverse = apply_and_check(&mut j, &edit, &["removeCard"]);
    assert_eq!(inverse, Edit::RemoveCard { id });
    let card = j.card(id).unwrap();
    assert!(matches!(&card.body, CardBody::PainPoint(p) if (p.severity, p.frequency) == (3, 3)), "{:?}", card.body);
    assert_eq!(j.cards_in_cell(checkout, pains)[0].id, id, "index 0 is before the cell's first card");

    // Without an index: after the last card. In a notes lane: a note.
    let actions = lane_of_kind(&j, LaneKind::Actions);
    let note = new_id();
    apply_and_check(&mut j, &Edit::CreateCard { id: note, stage: checkout, lane: actions, index: None, text: String::new() }, &["removeCard"]);
    assert_eq!(j.cards_in_cell(checkout, actions).last().unwrap().id, note);
    assert_eq!(j.card(note).unwrap().body, CardBody::Note);
}

#[test]
fn a_new_card_on_the_emotion_curve_is_scored_neutral_or_at_the_nearest_end_of_the_scale() {
    let mut j = meal_kit();
    let checkout = stage_named(&j, "Checkout");
    let emotions = lane_of_kind(&j, LaneKind::Emotions);
    let id = new_id();
    apply(&mut j, &Edit::CreateCard { id, stage: checkout, lane: emotions, index: None, text: String::new() }).unwrap();
    assert_eq!(j.card(id).unwrap().emotion().map(|e| e.score), Some(0));
    // A scale of 1..5 has no 0: the new card gets 1, which the scale allows.
    assert_eq!(CardBody::for_lane(LaneKind::Emotions, &EmotionScale { min: 1, max: 5, names: Default::default() }),
        CardBody::Touchpoint(Touchpoint { emotion: Some(Emotion { score: 1, name: String::new() }), ..Touchpoint::default() }));
}

#[test]
fn a_duplicate_goes_right_after_its_original_with_the_id_the_page_gave() {
    let mut j = meal_kit();
    let delivery = stage_named(&j, "Delivery day");
    let touch = lane_of_kind(&j, LaneKind::Touchpoints);
    let sms = card_with_text(&j, "SMS with");
    let boxed = card_with_text(&j, "Box on the doorstep");
    let copies = vec![new_id(), new_id()];
    let edit = Edit::DuplicateCards { ids: vec![sms.id, boxed.id], copies: copies.clone() };
    let inverse = apply_and_check(&mut j, &edit, &["removeCard"]);
    assert_eq!(texts(&j, delivery, touch), ["SMS with a o", "SMS with a o", "Box on the d", "Box on the d"]);
    let cell: Vec<Id> = j.cards_in_cell(delivery, touch).iter().map(|c| c.id).collect();
    assert_eq!(cell, [sms.id, copies[0], boxed.id, copies[1]]);
    assert_eq!(j.card(copies[0]).unwrap().body, sms.body);
    assert_eq!(inverse, Edit::Batch { edits: vec![Edit::RemoveCard { id: copies[1] }, Edit::RemoveCard { id: copies[0] }] });
}

/// A card as another journey holds it: an opportunity answering a pain that is pasted with it
/// and one that is not here, a touchpoint scored too high and by a persona that is not here.
fn foreign_cards() -> (Card, Card, Card) {
    let (elsewhere, nobody) = (new_id(), new_id());
    let card = |text: &str, rank: f64, body| Card { id: new_id(), stage: new_id(), lane: new_id(), rank, text: text.into(), body, workshop: CardWorkshop::default() };
    let pain = card("Fee shown late", 1.0, CardBody::of_kind(CardKind::PainPoint));
    let opportunity = card(
        "Show the fee early",
        2.0,
        CardBody::Opportunity(Opportunity { answers: vec![pain.id, elsewhere], loyalty_pillar: None, value: 4, effort: 2, owner: String::new() }),
    );
    let touch = card(
        "Опрос",
        3.0,
        CardBody::Touchpoint(Touchpoint {
            emotion: Some(Emotion { score: 5, name: String::new() }),
            persona_emotions: [(nobody, 2)].into_iter().collect(),
            ..Touchpoint::default()
        }),
    );
    (opportunity, pain, touch)
}

#[test]
fn cards_pasted_from_another_journey_fit_it_and_land_in_the_order_copied() {
    let mut j = meal_kit();
    let checkout = stage_named(&j, "Checkout");
    let ideas = lane_of_kind(&j, LaneKind::Opportunities);
    let (opportunity, pain, touch) = foreign_cards();
    let ids = vec![new_id(), new_id(), new_id()];
    let edit = Edit::PasteCards { cards: vec![opportunity, pain, touch], ids: ids.clone(), stage: checkout, lane: ideas, index: 0 };
    let inverse = apply_and_check(&mut j, &edit, &["removeCard"]);
    assert_eq!(tags(&inverse), ["removeCard"; 3]);
    assert_eq!(texts(&j, checkout, ideas), ["Show the fee", "Fee shown la", "Опрос", "Reuse the bi"]);
    // The link to the pasted pain goes to its copy; the one to a pain not here is gone.
    assert!(matches!(&j.card(ids[0]).unwrap().body, CardBody::Opportunity(o) if o.answers == [ids[1]]));
    // The score is on this journey's scale (-3..3); the unknown persona's is gone.
    match &j.card(ids[2]).unwrap().body {
        CardBody::Touchpoint(t) => assert_eq!((t.emotion.as_ref().map(|e| e.score), t.persona_emotions.len()), (Some(3), 0)),
        other => panic!("the touchpoint became {other:?}"),
    }
}

#[test]
fn a_card_pasted_back_into_its_own_journey_keeps_its_links() {
    let mut j = meal_kit();
    let idea = card_with_text(&j, "Reuse the billing address");
    let CardBody::Opportunity(o) = &idea.body else { panic!("not an opportunity") };
    assert!(!o.answers.is_empty());
    let id = new_id();
    let edit = Edit::PasteCards { cards: vec![idea.clone()], ids: vec![id], stage: idea.stage, lane: idea.lane, index: 1 };
    apply_and_check(&mut j, &edit, &["removeCard"]);
    assert_eq!(j.card(id).unwrap().body, idea.body);
}

#[test]
fn a_drawn_flow_back_is_a_repeat_loop_a_second_way_on_a_branch_and_a_first_one_the_next_step() {
    // A → B → C, A → C: C back to A loops; A has a way on, so A to a new D branches; D has none.
    let (mut graph, ids) = chain(&["A", "B", "C"]);
    graph.add_flow(flow(ids[0], ids[2], FlowKind::Branch)).unwrap();
    let d = stage("D", 3.0);
    graph.add_stage(d.clone()).unwrap();
    assert_eq!(graph.kind_for_new_flow(ids[2], ids[0]), FlowKind::Repeat);
    assert_eq!(graph.kind_for_new_flow(ids[1], ids[1]), FlowKind::Repeat, "to itself: refused as a loop, never a forward cycle");
    assert_eq!(graph.kind_for_new_flow(ids[0], d.id), FlowKind::Branch);
    assert_eq!(graph.kind_for_new_flow(d.id, ids[0]), FlowKind::Next);

    let mut j = Journey::new("Flows", graph, vec![]);
    let id = new_id();
    let inverse = apply_and_check(&mut j, &Edit::ConnectStages { id, from: ids[2], to: ids[0], label: "again".into() }, &["removeFlow"]);
    assert_eq!(inverse, Edit::RemoveFlow { id });
    assert_eq!(j.graph.flow(id).map(|f| (f.kind, f.label.as_str())), Some((FlowKind::Repeat, "again")));
}

#[test]
fn a_flow_drawn_to_a_parallel_stage_further_left_is_a_forward_flow_not_a_refused_loop() {
    // A → B and A → C side by side (B's column first): C to B is a way on, not a way back.
    let (mut graph, ids) = chain(&["A", "B"]);
    let c = stage("C", 2.0);
    graph.add_stage(c.clone()).unwrap();
    graph.add_flow(flow(ids[0], c.id, FlowKind::Branch)).unwrap();
    assert_eq!(graph.order(), [ids[0], ids[1], c.id]);
    let mut j = Journey::new("Parallel", graph, vec![]);
    let id = new_id();
    apply(&mut j, &Edit::ConnectStages { id, from: c.id, to: ids[1], label: String::new() }).unwrap();
    assert_eq!(j.graph.flow(id).unwrap().kind, FlowKind::Next);
    assert_eq!(j.graph.order(), [ids[0], c.id, ids[1]]);
}

#[test]
fn a_lane_moved_down_goes_beyond_its_neighbour_and_the_last_lane_cannot_move_down() {
    let mut j = meal_kit();
    let order = |j: &Journey| j.lanes_in_order().iter().map(|l| l.kind).collect::<Vec<_>>();
    let thoughts = lane_of_kind(&j, LaneKind::Thoughts);
    let inverse = apply_and_check(&mut j, &Edit::MoveLane { id: thoughts, steps: 1 }, &["updateLane"]);
    assert!(matches!(&inverse, Edit::UpdateLane { lane } if lane.id == thoughts && lane.rank == 2.0), "{inverse:?}");
    assert_eq!(order(&j)[..3], [LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts]);
    apply_and_check(&mut j, &Edit::MoveLane { id: thoughts, steps: -2 }, &["updateLane"]);
    assert_eq!(order(&j)[0], LaneKind::Thoughts);

    let before = j.clone();
    let last = lane_of_kind(&j, LaneKind::Opportunities);
    let err = apply(&mut j, &Edit::MoveLane { id: last, steps: 1 }).unwrap_err();
    assert!(err.to_string().contains("already the last lane"), "{err}");
    let err = apply(&mut j, &Edit::MoveLane { id: thoughts, steps: 9 }).unwrap_err();
    assert!(err.to_string().contains("at most 5 place(s) down"), "{err}");
    assert_eq!(j, before);
}

#[test]
fn lanes_that_share_a_rank_are_renumbered_when_one_moves_between_them() {
    let mut j = meal_kit();
    for l in &mut j.lanes {
        l.rank = 1.0;
    }
    let order = |j: &Journey| j.lanes_in_order().iter().map(|l| l.id).collect::<Vec<_>>();
    let mut expected = order(&j);
    let moving = expected.remove(0);
    expected.insert(2, moving);
    apply_and_check(&mut j, &Edit::MoveLane { id: moving, steps: 2 }, &["updateLane"]);
    assert_eq!(order(&j), expected);
}

#[test]
fn a_card_given_another_kind_gets_a_fresh_body_and_an_answered_pain_keeps_its_kind() {
    let mut j = meal_kit();
    let note = card_with_text(&j, "Opens the fridge");
    let inverse = apply_and_check(&mut j, &Edit::SetCardKind { id: note.id, kind: CardKind::Quote }, &["updateCard"]);
    assert_eq!(inverse, Edit::UpdateCard { card: note.clone() });
    assert_eq!(j.card(note.id).unwrap().body, CardBody::Quote { speaker: String::new() });
    let same = apply(&mut j, &Edit::SetCardKind { id: note.id, kind: CardKind::Quote }).unwrap_err();
    assert!(same.to_string().contains("already a quote"), "{same}");
    let answered = card_with_text(&j, "Delivery fee only appears");
    let err = apply(&mut j, &Edit::SetCardKind { id: answered.id, kind: CardKind::Note }).unwrap_err();
    assert!(err.to_string().contains("unlink"), "{err}");
}

#[test]
fn a_pains_priority_is_severity_times_frequency() {
    let pain = |severity, frequency| PainPoint { severity, frequency, pillar: None, friction: None, short_of: vec![] };
    assert_eq!(pain(4, 3).priority(), 12);
    assert_eq!(pain(5, 5).priority(), 25);
    assert_eq!(pain(1, 1).priority(), 1);
}
