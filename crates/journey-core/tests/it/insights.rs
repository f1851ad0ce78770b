use crate::edits::{step, to_edit};
use crate::support::*;
use journey_core::insights::analyse;
use journey_core::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Whatever shape random edits leave the journey in (stages removed, flows rewired, cards
    /// moved), the analyses answer, and every id they name exists.
    #[test]
    fn analyses_never_panic_and_name_only_what_exists(steps in prop::collection::vec(step(), 1..40)) {
        let mut j = meal_kit();
        for s in &steps {
            if let Some(edit) = to_edit(&j, s) {
                let _ = apply(&mut j, &edit);
            }
        }
        let i = analyse(&j);
        for f in &i.findings {
            prop_assert!(f.stages.iter().all(|s| j.graph.contains_stage(*s)), "{:?}", f);
            prop_assert!(f.cards.iter().all(|c| j.card(*c).is_some()), "{:?}", f);
        }
        for p in &i.paths.paths {
            prop_assert!(p.stages.iter().all(|s| j.graph.contains_stage(*s)));
        }
        prop_assert_eq!(i.pillars.heatmap.len(), j.graph.stage_count() * 6);
        let pains = j.cards.values().filter(|c| matches!(c.body, CardBody::PainPoint(_))).count();
        prop_assert_eq!(i.pains.ranked.len(), pains);
    }
}

#[test]
fn a_ten_thousand_card_journey_is_analysed() {
    let j = sample::synthetic_journey(10_000);
    let i = analyse(&j);
    assert_eq!(i.pains.ranked.len(), 2_500);
    assert_eq!(i.emotion.count, 2_500);
}

#[test]
fn the_published_insights_schema_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/insights.schema.json");
    let published = std::fs::read_to_string(path).unwrap_or_default();
    assert!(published == journey_core::insights::json_schema(), "docs/insights.schema.json is out of date: run `journey schema --insights > docs/insights.schema.json`");
}
