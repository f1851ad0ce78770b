//! Moving stages along the grid: `Edit::MoveStage` rewires the flows of a straight chain.

use crate::support::*;
use journey_core::*;

/// A journey whose stages form `support::chain`.
fn chain_journey(names: &[&str]) -> (Journey, Vec<Id>) {
    let (g, ids) = chain(names);
    (Journey::new("Chain", g, Vec::new()), ids)
}

fn names_in_order(j: &Journey) -> Vec<String> {
    j.graph.ordered_stages().iter().map(|s| s.name.clone()).collect()
}

fn flow_ids(j: &Journey) -> Vec<Id> {
    let mut ids: Vec<Id> = j.graph.flows().map(|f| f.id).collect();
    ids.sort();
    ids
}

#[test]
fn a_stage_moves_left_by_rewiring_the_chain_and_undo_restores_it_exactly() {
    let (mut j, ids) = chain_journey(&["A", "B", "C", "D"]);
    let before = j.clone();
    let inverse = apply(&mut j, &Edit::MoveStage { id: ids[2], steps: -1 }).unwrap();
    assert_eq!(names_in_order(&j), ["A", "C", "B", "D"]);
    // The same flows, with new ends: none was deleted and added again.
    assert_eq!(flow_ids(&j), flow_ids(&before));
    // The link's label stays between the first and second stage of the pair.
    let link = j.graph.flows().find(|f| f.from == ids[2] && f.to == ids[1]).unwrap();
    assert_eq!(link.label, "B-C");
    assert!(matches!(inverse, Edit::RewireFlows { .. }));
    apply(&mut j, &inverse).unwrap();
    assert_eq!(j, before);
}

#[test]
fn a_stage_moves_several_places_in_one_edit() {
    let (mut j, ids) = chain_journey(&["A", "B", "C", "D", "E"]);
    let before = j.clone();
    let inverse = apply(&mut j, &Edit::MoveStage { id: ids[0], steps: 3 }).unwrap();
    assert_eq!(names_in_order(&j), ["B", "C", "D", "A", "E"]);
    apply(&mut j, &inverse).unwrap();
    assert_eq!(j, before);
    apply(&mut j, &Edit::MoveStage { id: ids[4], steps: -4 }).unwrap();
    assert_eq!(names_in_order(&j), ["E", "A", "B", "C", "D"]);
}

#[test]
fn redoing_a_move_from_the_same_state_gives_the_same_graph() {
    // The store logs the move and its inverse once, then redoes by applying the move again: the
    // logged inverse must still fit, so a move may not invent new flow ids.
    let (mut j, ids) = chain_journey(&["A", "B", "C"]);
    let edit = Edit::MoveStage { id: ids[1], steps: 1 };
    let inverse = apply(&mut j, &edit).unwrap();
    let moved = j.clone();
    apply(&mut j, &inverse).unwrap();
    apply(&mut j, &edit).unwrap();
    assert_eq!(j, moved);
    apply(&mut j, &inverse).unwrap();
    assert_eq!(names_in_order(&j), ["A", "B", "C"]);
}

#[test]
fn a_repeat_loop_around_the_moved_stages_survives() {
    // Removing A-B and adding B-A one flow at a time would cut D's way back to A for a moment,
    // and the repeat loop would be deleted with it.
    let (mut j, ids) = chain_journey(&["A", "B", "C", "D"]);
    let repeat = flow(ids[3], ids[0], FlowKind::Repeat);
    apply(&mut j, &Edit::AddFlow { flow: repeat.clone() }).unwrap();
    apply(&mut j, &Edit::MoveStage { id: ids[2], steps: -1 }).unwrap();
    assert_eq!(names_in_order(&j), ["A", "C", "B", "D"]);
    assert_eq!(j.graph.flow(repeat.id), Some(&repeat));
}

#[test]
fn stages_in_branches_do_not_move_and_the_journey_is_unchanged() {
    let (mut j, ids) = chain_journey(&["A", "B", "C"]);
    let side = stage("Side", 9.0);
    let side_id = side.id;
    apply(&mut j, &Edit::AddStage { stage: side }).unwrap();
    apply(&mut j, &Edit::AddFlow { flow: flow(ids[0], side_id, FlowKind::Branch) }).unwrap();
    let before = j.clone();
    let err = apply(&mut j, &Edit::MoveStage { id: ids[1], steps: -1 }).unwrap_err();
    assert_eq!(err.code(), "invalid_graph");
    assert!(err.to_string().contains("stage graph view"), "{err}");
    assert_eq!(j, before);
}

#[test]
fn a_repeat_loop_between_the_two_stages_blocks_the_swap() {
    let (mut j, ids) = chain_journey(&["A", "B", "C"]);
    apply(&mut j, &Edit::AddFlow { flow: flow(ids[1], ids[0], FlowKind::Repeat) }).unwrap();
    let before = j.clone();
    let err = apply(&mut j, &Edit::MoveStage { id: ids[1], steps: -1 }).unwrap_err();
    assert!(err.to_string().contains("repeat loop joins \"A\" and \"B\""), "{err}");
    assert_eq!(j, before);
}

#[test]
fn the_ends_of_the_grid_and_silly_steps_are_refused_with_a_sentence() {
    let (mut j, ids) = chain_journey(&["A", "B", "C"]);
    let before = j.clone();
    let first = apply(&mut j, &Edit::MoveStage { id: ids[0], steps: -1 }).unwrap_err();
    assert_eq!(first.to_string(), "\"A\" is already the first stage");
    let last = apply(&mut j, &Edit::MoveStage { id: ids[1], steps: 2 }).unwrap_err();
    assert_eq!(last.to_string(), "\"B\" is already the last stage");
    assert_eq!(apply(&mut j, &Edit::MoveStage { id: ids[0], steps: 0 }).unwrap_err().code(), "invalid_value");
    assert_eq!(apply(&mut j, &Edit::MoveStage { id: ids[0], steps: i32::MIN }).unwrap_err().code(), "invalid_value");
    assert_eq!(apply(&mut j, &Edit::MoveStage { id: new_id(), steps: 1 }).unwrap_err().code(), "not_found");
    assert_eq!(j, before);
}

#[test]
fn rewiring_checks_the_result_as_a_whole() {
    let (mut j, ids) = chain_journey(&["A", "B", "C", "D"]);
    let before = j.clone();
    let ab = j.graph.flows().find(|f| f.from == ids[0]).unwrap().clone();
    let cd = j.graph.flows().find(|f| f.from == ids[2]).unwrap().clone();
    // A kind change, a cycle (C→D turned into C→A while A→B→C stays) and an unknown flow.
    let as_branch = Flow { kind: FlowKind::Branch, ..ab.clone() };
    let cycle = Flow { to: ids[0], ..cd };
    let unknown = flow(ids[0], ids[2], FlowKind::Next);
    for flows in [vec![as_branch], vec![cycle], vec![unknown]] {
        assert!(apply(&mut j, &Edit::RewireFlows { flows }).is_err());
        assert_eq!(j, before);
    }
}

#[test]
fn the_starter_journeys_first_stage_moves_to_the_end_and_back() {
    let mut j = sample::starter_journey("Workshop");
    let before = j.clone();
    let aware = stage_named(&j, "Aware");
    let inverse = apply(&mut j, &Edit::MoveStage { id: aware, steps: 4 }).unwrap();
    assert_eq!(names_in_order(&j), ["Consider", "Buy", "Use", "Advocate", "Aware"]);
    apply(&mut j, &inverse).unwrap();
    assert_eq!(j, before);
}

