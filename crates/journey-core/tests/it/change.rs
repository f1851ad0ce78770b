//! A `Change` applied to what a reader holds gives exactly what reading the journey afresh gives.

use crate::edits::{step, to_edit, Step, OPS};
use crate::support::*;
use journey_core::*;
use proptest::prelude::*;

/// Applies `edit` the way the store does and returns the change it reports.
fn applied(j: &mut Journey, edit: &Edit, revision: u64) -> Result<Change, EditError> {
    let mut live = LiveLayout::new(j);
    apply_tracked(j, &mut live, edit, revision).map(|t| t.change)
}

/// Applies `edit` to `j` and checks that its change turns the old read model into the new one.
fn patch_matches_reload(j: &mut Journey, edit: &Edit) -> Change {
    let mut held = ReadModel::new(j, &layout(j), 7);
    let change = applied(j, edit, 7).unwrap_or_else(|e| panic!("{} refused: {e}", edit.label()));
    held.apply(&change).expect("the change fits the revision it was made on");
    let fresh = ReadModel::new(j, &layout(j), 8);
    if let Some(field) = first_difference(&held, &fresh) {
        panic!("patching after {} differs from a reload in {field}", edit.label());
    }
    change
}

/// The first part of two read models that differs, with both values (the whole models are
/// too long to read in a failure message).
pub fn first_difference(a: &ReadModel, b: &ReadModel) -> Option<String> {
    macro_rules! check {
        ($($field:ident),*) => {$(
            if a.$field != b.$field {
                return Some(format!("{}:\n  patched {:?}\n  fresh   {:?}", stringify!($field), a.$field, b.$field));
            }
        )*};
    }
    check!(id, revision, header, personas, stages, flows, lanes, cards, size, columns, rows, curves, arcs);
    if a.boxes != b.boxes {
        let diff: Vec<String> = b.boxes.iter().filter(|(id, bx)| a.boxes.get(id) != Some(bx))
            .map(|(id, bx)| format!("{id}: patched {:?} fresh {bx:?}", a.boxes.get(id))).take(3).collect();
        return Some(format!("boxes: {diff:?} (patched has {}, fresh {})", a.boxes.len(), b.boxes.len()));
    }
    None
}

fn every_variant(j: &Journey) -> Vec<Edit> {
    let card = card_with_text(j, "Recipe picker");
    let pain = card_with_text(j, "Delivery fee only appears");
    let checkout = stage_named(j, "Checkout");
    let touch = lane_of_kind(j, LaneKind::Touchpoints);
    let first_flow = j.graph.flows().next().unwrap().clone();
    let mut longer = card.clone();
    longer.text = "A much longer text that wraps over several lines of the card, so the row grows and everything below it moves down".into();
    let mut stage = j.graph.stage(checkout).unwrap().clone();
    stage.name = "Pay".into();
    let mut lane = j.lane(touch).unwrap().clone();
    lane.rank = -10.0;
    let new_stage = support_stage();
    let persona = j.personas[0].clone();
    let delivery = stage_named(j, "Delivery day");
    let pains = lane_of_kind(j, LaneKind::PainPoints);
    vec![
        Edit::SetJourney { name: "Renamed".into(), goal: "A goal".into() },
        Edit::SetScale { scale: EmotionScale { min: -5, max: 5, names: Default::default() } },
        Edit::SetMetrics { metrics: Metrics { nps: Some(Measure { value: 31.0, sample_size: 200 }), csat: None, ces: None } },
        Edit::SetDirection { direction: DirectionChoice::Rtl },
        Edit::PutPersona { persona: Persona { name: "Second".into(), id: new_id(), color: "#aa3300".into(), ..persona.clone() } },
        Edit::RemovePersona { id: persona.id },
        Edit::AddStage { stage: new_stage },
        Edit::UpdateStage { stage },
        Edit::RemoveStage { id: checkout },
        Edit::AddFlow { flow: flow(stage_named(j, "Delivery day"), stage_named(j, "Dinner fatigue"), FlowKind::Repeat) },
        Edit::RelabelFlow { id: first_flow.id, label: "then".into() },
        Edit::RemoveFlow { id: first_flow.id },
        Edit::MoveStage { id: checkout, steps: -1 },
        Edit::RewireFlows { flows: vec![first_flow.clone()] },
        Edit::AddLane { lane: Lane { id: new_id(), name: "Feelings".into(), kind: LaneKind::Thoughts, rank: 0.5, color: String::new() } },
        Edit::UpdateLane { lane },
        Edit::RemoveLane { id: touch },
        Edit::AddCard { card: Card { id: new_id(), text: "Another".into(), rank: 99.0, ..card.clone() } },
        Edit::UpdateCard { card: longer },
        Edit::RemoveCard { id: pain.id },
        Edit::MoveCard { id: card.id, stage: checkout, lane: card.lane, rank: 0.5 },
        Edit::MoveLane { id: touch, steps: 2 },
        Edit::ConnectStages { id: new_id(), from: stage_named(j, "Cook & eat"), to: stage_named(j, "Compare meal kits"), label: "again".into() },
        Edit::CreateCard { id: new_id(), stage: checkout, lane: pains, index: Some(0), text: "A new pain with a longer text that wraps onto more lines".into() },
        Edit::SetCardKind { id: card.id, kind: CardKind::Quote },
        Edit::PlaceCards { ids: vec![pain.id, card.id], stage: delivery, lane: touch, index: 1 },
        Edit::DuplicateCards { ids: vec![card.id], copies: vec![new_id()] },
        Edit::PasteCards { cards: vec![card.clone(), pain.clone()], ids: vec![new_id(), new_id()], stage: delivery, lane: pains, index: 0 },
        Edit::Batch { edits: vec![Edit::RemoveCard { id: card.id }, Edit::SetJourney { name: "B".into(), goal: String::new() }] },
    ]
}

fn support_stage() -> Stage {
    stage("Return", 9.0)
}

#[test]
fn every_kind_of_edit_patches_the_read_model_into_what_a_reload_shows() {
    let base = meal_kit();
    let edits = every_variant(&base);
    let kinds: std::collections::BTreeSet<String> = edits.iter().map(variant).collect();
    assert_eq!(kinds, edit_variants(), "one edit of every Edit variant");
    for edit in &edits {
        let mut j = base.clone();
        patch_matches_reload(&mut j, edit);
    }
}

#[test]
fn the_random_edit_generator_makes_every_kind_of_edit() {
    let j = meal_kit();
    let mut kinds = std::collections::BTreeSet::new();
    for op in 0..OPS {
        for a in 0..6 {
            let s = Step::new(op, a, a + 1, a + 2, 1, "x");
            if let Some(e) = to_edit(&j, &s) {
                kinds.insert(variant(&e));
            }
        }
    }
    assert_eq!(kinds, edit_variants(), "the generator does not make every Edit variant");
}

#[test]
fn a_card_text_edit_lists_that_card_and_the_boxes_it_pushed_not_the_whole_map() {
    let mut j = meal_kit();
    let mut card = card_with_text(&j, "Recipe picker");
    card.text = "Recipe picker with a far longer text that now wraps onto four or five lines of the card".into();
    let change = patch_matches_reload(&mut j, &Edit::UpdateCard { card: card.clone() });
    assert_eq!(change.cards.len(), 1, "only the edited card's data travels");
    assert!(change.removed_cards.is_empty());
    let listed: Vec<Id> = change.layout.cards.iter().map(|b| b.card).collect();
    assert!(listed.contains(&card.id), "the grown card's box is in the patch");
    // Its cell-mates below it moved inside the cell; cards of other cells did not.
    let cell_mates = j.cards_in_cell(card.stage, card.lane).len();
    assert!(listed.len() <= cell_mates, "{} boxes listed for a cell of {cell_mates}", listed.len());
    assert!(j.cards.len() > 3 * listed.len());
}

#[test]
fn moving_a_stage_lists_the_columns_that_moved_and_no_card_boxes() {
    let mut j = meal_kit();
    let checkout = stage_named(&j, "Checkout");
    let change = patch_matches_reload(&mut j, &Edit::MoveStage { id: checkout, steps: -1 });
    assert_eq!(change.layout.columns.len(), 2, "two columns swapped places: {:?}", change.layout.columns);
    assert!(change.layout.cards.is_empty(), "cards follow their column; none is listed");
    assert!(change.cards.is_empty());
}

#[test]
fn a_change_made_on_another_revision_does_not_fit_and_changes_nothing() {
    let mut j = meal_kit();
    let mut held = ReadModel::new(&j, &layout(&j), 3);
    let before = held.clone();
    let card = card_with_text(&j, "Recipe picker");
    let change = applied(&mut j, &Edit::RemoveCard { id: card.id }, 4).unwrap();
    let err = held.apply(&change).unwrap_err();
    assert_eq!((err.base, err.held), (4, 3));
    assert_eq!(held, before);
}

#[test]
fn a_change_travels_as_camel_case_json_and_reads_back_equal() {
    let mut j = meal_kit();
    let card = card_with_text(&j, "Recipe picker");
    let edit = Edit::MoveCard { id: card.id, stage: stage_named(&j, "Checkout"), lane: card.lane, rank: 0.5 };
    let change = applied(&mut j, &edit, 1).unwrap();
    let json = serde_json::to_value(&change).unwrap();
    assert!(json.get("baseRevision").is_some() && json["layout"].get("removedCards").is_some(), "{json}");
    let back: Change = serde_json::from_value(json).unwrap();
    assert_eq!(back, change);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_edit_sequences_patch_into_exactly_what_a_reload_shows(steps in prop::collection::vec(step(), 1..40), persian in any::<bool>()) {
        // One live layout kept across the whole sequence, as the store keeps it. Half the runs
        // start from the Persian sample, whose map runs right to left.
        let mut j = if persian {
            journey_core::sample::sample_journeys().into_iter().find(|j| j.map_direction() == Direction::Rtl).unwrap()
        } else {
            meal_kit()
        };
        let mut live = LiveLayout::new(&j);
        let mut revision = 0;
        let mut held = ReadModel::new(&j, &layout(&j), revision);
        for s in &steps {
            let Some(edit) = to_edit(&j, s) else { continue };
            let before = j.clone();
            let change = match apply_tracked(&mut j, &mut live, &edit, revision) {
                Ok(t) => t.change,
                Err(_) => {
                    prop_assert_eq!(&j, &before, "a refused edit changed the journey");
                    continue;
                }
            };
            revision += 1;
            held.apply(&change).expect("fits");
            let fresh_layout = layout(&j);
            prop_assert_eq!(&live.layout(), &fresh_layout, "the live layout drifted from a fresh one after {:?}", edit);
            let fresh = ReadModel::new(&j, &fresh_layout, revision);
            prop_assert!(first_difference(&held, &fresh).is_none(), "after {:?}: {}", edit, first_difference(&held, &fresh).unwrap_or_default());
            // The whole-layout diff (the benchmark's baseline) reads the same way.
            let mut by_diff = ReadModel::new(&before, &layout(&before), revision - 1);
            let mut whole = change.clone();
            whole.layout = LayoutPatch::between(&layout(&before), &fresh_layout);
            by_diff.apply(&whole).expect("fits");
            prop_assert!(first_difference(&by_diff, &fresh).is_none(), "diff of whole layouts after {:?}: {}", edit, first_difference(&by_diff, &fresh).unwrap_or_default());
        }
    }
}

#[test]
fn turning_a_map_around_patches_every_column_into_what_a_reload_shows() {
    let mut j = meal_kit();
    let change = patch_matches_reload(&mut j, &Edit::SetDirection { direction: DirectionChoice::Rtl });
    assert_eq!(change.layout.size.as_ref().map(|s| s.direction), Some(Direction::Rtl), "the new direction travels");
    assert_eq!(change.layout.columns.len(), j.graph.order().len(), "every column moved");
    assert_eq!(change.header.map(|h| h.direction), Some(DirectionChoice::Rtl));
}

#[test]
fn text_that_turns_persian_turns_the_map_and_the_patch_follows() {
    // A small journey whose stage names are edited from English into Persian, one by one: when
    // Persian letters become the majority the map turns around, and the patch says so.
    let mut j = journey_core::sample::starter_journey("Starter");
    let mut live = LiveLayout::new(&j);
    let mut held = ReadModel::new(&j, &layout(&j), 0);
    let mut turned = None;
    for (i, id) in j.graph.order().into_iter().enumerate() {
        let stage = Stage { name: "مرحله‌ای با نام فارسی بلند".into(), ..j.graph.stage(id).unwrap().clone() };
        let t = apply_tracked(&mut j, &mut live, &Edit::UpdateStage { stage }, i as u64).unwrap();
        held.apply(&t.change).unwrap();
        assert_eq!(live.layout(), layout(&j), "the live layout drifted after stage {i}");
        if turned.is_none() && layout(&j).direction == Direction::Rtl {
            turned = Some(i);
            assert!(t.change.layout.size.is_some_and(|s| s.direction == Direction::Rtl));
        }
    }
    assert!(turned.is_some(), "Persian stage names never turned the map");
    let fresh = ReadModel::new(&j, &layout(&j), j.graph.order().len() as u64);
    assert!(first_difference(&held, &fresh).is_none(), "{}", first_difference(&held, &fresh).unwrap_or_default());
}
