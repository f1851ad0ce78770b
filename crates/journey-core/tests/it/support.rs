use journey_core::*;

pub use crate::generator::{flow, stage};

/// Stages A, B, C... in a chain of `next` flows labelled "A-B", "B-C"...
pub fn chain(names: &[&str]) -> (StageGraph, Vec<Id>) {
    let mut g = StageGraph::default();
    let mut ids = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let s = stage(n, i as f64);
        ids.push(s.id);
        g.add_stage(s).unwrap();
    }
    for (w, pair) in ids.windows(2).zip(names.windows(2)) {
        g.add_flow(Flow { label: format!("{}-{}", pair[0], pair[1]), ..flow(w[0], w[1], FlowKind::Next) }).unwrap();
    }
    (g, ids)
}

pub fn meal_kit() -> Journey {
    sample::sample_journeys().remove(0)
}

pub fn stage_named(j: &Journey, name: &str) -> Id {
    j.graph.stages().find(|s| s.name == name).unwrap_or_else(|| panic!("no stage {name}")).id
}

pub fn lane_of_kind(j: &Journey, kind: LaneKind) -> Id {
    j.lanes.iter().find(|l| l.kind == kind).unwrap_or_else(|| panic!("no {kind:?} lane")).id
}

pub fn card_with_text(j: &Journey, text: &str) -> Card {
    j.cards.values().find(|c| c.text.contains(text)).unwrap_or_else(|| panic!("no card {text}")).clone()
}

/// The variant tag of an edit, as the undo log stores it (`"moveCard"`).
pub fn variant(edit: &Edit) -> String {
    serde_json::to_value(edit).unwrap()["type"].as_str().unwrap().to_string()
}

/// Every variant tag `Edit` has, from the type itself: serde lists them when it meets a tag it
/// does not know, so a new variant is counted here without anyone keeping a list or a number.
pub fn edit_variants() -> std::collections::BTreeSet<String> {
    let err = serde_json::from_str::<Edit>(r#"{"type":"no such edit"}"#).unwrap_err().to_string();
    let list = err.split_once("expected one of ").unwrap_or_else(|| panic!("serde's message changed: {err}")).1;
    let variants: std::collections::BTreeSet<String> = list.split(", ").map(|v| v.split('`').nth(1).unwrap_or(v).to_string()).collect();
    assert!(variants.contains("setJourney") && variants.contains("batch"), "could not read Edit's variants from {err:?}");
    variants
}
