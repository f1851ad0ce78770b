use crate::support::*;
use journey_core::*;

#[test]
fn grid_order_follows_the_flows_not_the_ranks() {
    let mut g = StageGraph::default();
    let (a, b, c) = (stage("A", 3.0), stage("B", 2.0), stage("C", 1.0));
    let ids = [a.id, b.id, c.id];
    for s in [a, b, c] {
        g.add_stage(s).unwrap();
    }
    g.add_flow(flow(ids[0], ids[1], FlowKind::Next)).unwrap();
    g.add_flow(flow(ids[1], ids[2], FlowKind::Next)).unwrap();
    assert_eq!(g.order(), ids.to_vec());
}

#[test]
fn parallel_branches_sit_side_by_side_in_rank_order() {
    let (mut g, ids) = chain(&["Start", "End"]);
    let (left, right) = (stage("Left", 5.0), stage("Right", 0.5));
    let (l, r) = (left.id, right.id);
    g.add_stage(left).unwrap();
    g.add_stage(right).unwrap();
    for mid in [l, r] {
        g.add_flow(flow(ids[0], mid, FlowKind::Branch)).unwrap();
        g.add_flow(flow(mid, ids[1], FlowKind::Next)).unwrap();
    }
    assert_eq!(g.order(), vec![ids[0], r, l, ids[1]]);
}

#[test]
fn a_repeat_loop_back_to_an_earlier_stage_is_accepted_and_does_not_reorder() {
    let (mut g, ids) = chain(&["Recognize", "Request", "Respond"]);
    let before = g.order();
    g.add_flow(flow(ids[2], ids[0], FlowKind::Repeat)).unwrap();
    assert_eq!(g.order(), before);
}

#[test]
fn a_repeat_flow_that_points_forward_is_refused_with_a_clear_error() {
    let (mut g, ids) = chain(&["Recognize", "Request", "Respond"]);
    let err = g.add_flow(flow(ids[0], ids[2], FlowKind::Repeat)).unwrap_err();
    assert_eq!(err.code(), "invalid_graph");
    assert!(err.to_string().contains("earlier stage"), "{err}");
    assert_eq!(g.flows().count(), 2, "the refused flow was added anyway");
}

#[test]
fn a_cycle_of_forward_flows_is_refused() {
    let (mut g, ids) = chain(&["A", "B", "C"]);
    let err = g.add_flow(flow(ids[2], ids[0], FlowKind::Next)).unwrap_err();
    assert_eq!(err.code(), "invalid_graph");
    assert!(err.to_string().contains("repeat loop"), "the error should suggest a repeat loop: {err}");
}

#[test]
fn a_flow_to_a_deleted_stage_is_refused() {
    let (mut g, ids) = chain(&["A", "B"]);
    g.remove_stage(ids[1]).unwrap();
    let err = g.add_flow(flow(ids[0], ids[1], FlowKind::Next)).unwrap_err();
    assert_eq!(err.code(), "not_found");
}

#[test]
fn removing_a_stage_removes_its_flows_and_reports_them() {
    let (mut g, ids) = chain(&["A", "B", "C"]);
    let (removed, flows) = g.remove_stage(ids[1]).unwrap();
    assert_eq!(removed.name, "B");
    assert_eq!(flows.len(), 2);
    assert_eq!(g.flows().count(), 0);
    assert_eq!(g.order(), vec![ids[0], ids[2]]);
}

#[test]
fn a_graph_with_a_dangling_flow_does_not_deserialize() {
    let (g, ids) = chain(&["A", "B"]);
    let mut value = serde_json::to_value(&g).unwrap();
    value["flows"][0]["to"] = serde_json::json!(new_id());
    let err = serde_json::from_value::<StageGraph>(value).unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
    let _ = ids;
}

#[test]
fn cutting_the_path_a_repeat_loop_closes_removes_the_loop_and_undo_restores_both() {
    let mut j = meal_kit();
    let original = j.clone();
    let cook = stage_named(&j, "Cook & eat");
    let weekly = stage_named(&j, "Weekly menu & renewal");
    let cut = j.graph.flows().find(|f| f.from == cook && f.to == weekly).unwrap().id;
    let inverse = apply(&mut j, &Edit::RemoveFlow { id: cut }).unwrap();
    assert!(j.graph.flows().all(|f| f.kind != FlowKind::Repeat), "a repeat loop now points nowhere");
    apply(&mut j, &inverse).unwrap();
    assert_eq!(j, original);
}
