//! Refusals are data: the value refused is a `Field` and what is wrong a `Problem` or a
//! `GraphProblem`, with numbers as numbers and stages by name, so journey-api can say the whole
//! sentence in the window's language. `Display` stays the English the CLI prints.

use std::collections::BTreeSet;

use crate::support::*;
use journey_core::error::{Arg, End};
use journey_core::*;

#[test]
fn a_rating_out_of_range_is_refused_as_its_field_and_range_with_the_number() {
    let mut j = meal_kit();
    let mut pain = card_with_text(&j, "Delivery fee only appears");
    let CardBody::PainPoint(p) = &mut pain.body else { panic!("the sample's card is a pain point") };
    p.severity = 9;
    let err = apply(&mut j, &Edit::UpdateCard { card: pain }).unwrap_err();
    let EditError::InvalidValue { field, problem } = &err else { panic!("not an invalid value: {err:?}") };
    assert_eq!(*field, Field::Severity);
    assert_eq!(*problem, Problem::OutOfRange { min: 1.0, max: 5.0, value: 9.0 });
    assert_eq!(problem.message(), "error-value-out-of-range");
    assert_eq!(problem.args(), vec![("min", Arg::Number(1.0)), ("max", Arg::Number(5.0)), ("value", Arg::Number(9.0))]);
    assert_eq!((err.code(), err.to_string().as_str()), ("invalid_value", "severity: must be 1 to 5, not 9"));
}

#[test]
fn a_score_outside_the_scale_names_the_score_and_the_scale() {
    let mut j = meal_kit();
    let mut card = card_with_text(&j, "Recipe picker");
    if let CardBody::Touchpoint(t) = &mut card.body {
        t.emotion = Some(Emotion { score: 7, name: String::new() });
    }
    let err = apply(&mut j, &Edit::UpdateCard { card }).unwrap_err();
    assert_eq!(err, EditError::InvalidValue { field: Field::Emotion, problem: Problem::ScoreOutsideScale { score: 7, min: -3, max: 3 } });
}

#[test]
fn a_graph_refusal_names_its_stages_by_name_and_says_which_end() {
    let (g, ids) = chain(&["A", "B", "C"]);
    let mut j = Journey::new("Chain", g, Vec::new());
    let err = apply(&mut j, &Edit::MoveStage { id: ids[2], steps: 1 }).unwrap_err();
    let EditError::InvalidGraph(problem) = &err else { panic!("not a graph refusal: {err:?}") };
    assert_eq!(*problem, GraphProblem::StageAtEnd { stage: "C".into(), end: End::Last });
    assert_eq!(problem.message(), "error-stage-at-end");
    assert_eq!(problem.args(), vec![("stage", Arg::Text("C".into())), ("end", Arg::Text("last".into()))]);
    assert_eq!((err.code(), err.to_string().as_str()), ("invalid_graph", "\"C\" is already the last stage"));
}

#[test]
fn a_text_over_its_limit_names_its_field() {
    let mut j = meal_kit();
    let stage = j.graph.stage(stage_named(&j, "Checkout")).unwrap().clone();
    let long = Stage { description: "x".repeat(validate::MAX_TEXT + 1), ..stage };
    let err = apply(&mut j, &Edit::UpdateStage { stage: long }).unwrap_err();
    assert_eq!(err, EditError::TooLong { field: Field::StageDescription, len: validate::MAX_TEXT + 1, max: validate::MAX_TEXT });
    assert_eq!(err.to_string(), "stage description is 10001 characters long; the limit is 10000");
}

#[test]
fn every_field_has_its_own_id_in_the_catalogs_form() {
    let ids: BTreeSet<&str> = Field::ALL.iter().map(|f| f.id()).collect();
    assert_eq!(ids.len(), Field::ALL.len(), "two fields share an id");
    for id in ids {
        assert!(!id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{id} is not a message id's tail");
    }
}
