//! Replicas of one journey, each with its own view and document, edited apart and merged.

#[path = "../../journey-core/tests/it/generator.rs"]
#[allow(dead_code)]
mod generator;

use generator::{step, to_edit, Step};
use journey_core::repair::Repair;
use journey_core::*;
use journey_doc::{before, JourneyDoc, Meta};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// One laptop: the window's view of the journey and the document behind it, changed the way the
/// store changes them (the view by the edit, the document by the fields that differ).
struct Replica {
    view: Journey,
    doc: JourneyDoc,
    name: &'static str,
    created: BTreeSet<Id>,
    repairs: Vec<Repair>,
}

impl Replica {
    fn new(j: &Journey, name: &'static str) -> Replica {
        Replica { view: j.clone(), doc: JourneyDoc::initial(j), name, created: BTreeSet::new(), repairs: Vec::new() }
    }

    fn edit(&mut self, edit: &Edit) -> bool {
        let mut direct = Vec::new();
        edit.touched(&mut direct);
        let was = before(&self.view, &direct);
        let cards: BTreeSet<Id> = self.view.cards.keys().copied().collect();
        let Ok(inverse) = apply(&mut self.view, edit) else { return false };
        let touched = touched_by(edit, &inverse);
        let meta = Meta { by: self.name.into(), edit: "edit".into(), at: 1 };
        self.doc.record(&self.view, &touched, &was, &meta);
        self.created.extend(self.view.cards.keys().filter(|id| !cards.contains(id)));
        // A card its maker removed again is not one the merge must keep.
        self.created.retain(|id| self.view.cards.contains_key(id));
        if !self.repairs.is_empty() {
            self.refresh();
        }
        true
    }

    fn steps(&mut self, steps: &[Step]) {
        for s in steps {
            if let Some(edit) = to_edit(&self.view, s) {
                self.edit(&edit);
            }
        }
    }

    fn refresh(&mut self) {
        let r = self.doc.materialize().unwrap();
        self.view = r.journey;
        self.repairs = r.repairs;
    }

    fn merge_from(&mut self, other: &mut Replica) {
        self.doc.merge(&mut other.doc).unwrap();
        self.refresh();
    }
}

fn sample() -> Journey {
    journey_core::sample::sample_journeys().into_iter().next().unwrap()
}

fn card_text(j: &Journey, id: Id) -> String {
    j.card(id).unwrap().text.clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Three replicas edited apart, merged pairwise in a random order: all converge to one
    /// journey, it is valid, and every card any of them made is in it.
    /// What live sync does on every teammate's change: read back only the entities the merge
    /// changed, over the view as it was. It must give the journey (and the repairs) reading
    /// the whole document gives, whatever the two sides did apart.
    #[test]
    fn reading_only_what_changed_gives_what_reading_everything_gives(
        a in prop::collection::vec(step(), 0..14),
        b in prop::collection::vec(step(), 0..14),
        c in prop::collection::vec(step(), 0..6),
    ) {
        let start = sample();
        let (mut x, mut y) = (Replica::new(&start, "Ana"), Replica::new(&start, "Ben"));
        x.steps(&a);
        y.steps(&b);
        for round in 0..2 {
            if !x.repairs.is_empty() {
                break; // the store reads everything while repairs stand
            }
            let (view, heads) = (x.view.clone(), x.doc.stored().heads());
            // As the store receives: Automerge records what the merge touches (the diff cursor
            // at the view's heads), and the diff reads that record rather than every op.
            x.doc.stored().doc.update_diff_cursor();
            x.doc.merge(&mut y.doc).unwrap();
            let recorded = x.doc.materialize_from(&view, &heads).unwrap();
            x.doc.stored().doc.reset_diff_cursor();
            let full = x.doc.materialize().unwrap();
            let part = x.doc.materialize_from(&view, &heads).unwrap();
            prop_assert_eq!(&part.journey, &full.journey, "round {}", round);
            prop_assert_eq!(&part.repairs, &full.repairs, "round {}", round);
            prop_assert_eq!(&recorded.journey, &full.journey, "round {} (recorded diff)", round);
            prop_assert_eq!(&recorded.repairs, &full.repairs, "round {} (recorded diff)", round);
            x.view = full.journey;
            x.repairs = full.repairs;
            y.steps(&c);
        }
    }

    #[test]
    fn three_replicas_edited_apart_converge_with_every_card(
        a in prop::collection::vec(step(), 0..14),
        b in prop::collection::vec(step(), 0..14),
        c in prop::collection::vec(step(), 0..14),
        again in prop::collection::vec(step(), 0..8),
        order in prop::collection::vec((0usize..3, 0usize..3), 2..8),
    ) {
        let start = sample();
        let mut rs = [Replica::new(&start, "Ana"), Replica::new(&start, "Ben"), Replica::new(&start, "Chen")];
        for (r, steps) in rs.iter_mut().zip([&a, &b, &c]) {
            r.steps(steps);
            // Each replica's document holds exactly what its window shows.
            prop_assert_eq!(&r.doc.materialize().unwrap().journey, &r.view, "{}'s document differs from its view", r.name);
        }
        let created: BTreeSet<Id> = rs.iter().flat_map(|r| r.created.iter().copied()).collect();
        let merge = |rs: &mut [Replica; 3], to: usize, from: usize| {
            if to != from {
                let (x, y) = if to < from { let (l, r) = rs.split_at_mut(from); (&mut l[to], &mut r[0]) } else { let (l, r) = rs.split_at_mut(to); (&mut r[0], &mut l[from]) };
                x.merge_from(y);
            }
        };
        for (to, from) in &order {
            merge(&mut rs, *to, *from);
        }
        // A round in which everyone has everything.
        for (to, from) in [(0, 1), (0, 2), (1, 0), (2, 0)] {
            merge(&mut rs, to, from);
        }
        for r in &rs {
            prop_assert_eq!(&r.view, &rs[0].view, "{} did not converge with {}", r.name, rs[0].name);
            prop_assert!(validate::journey(&r.view).is_ok(), "merged journey invalid: {:?}", validate::journey(&r.view));
        }
        for id in &created {
            prop_assert!(rs[0].view.cards.contains_key(id), "a card made on one laptop is missing after the merge");
        }
        // Edits on the merged (perhaps repaired) view, then another full round.
        rs[1].steps(&again);
        for (to, from) in [(0, 1), (2, 0), (1, 2)] {
            merge(&mut rs, to, from);
        }
        prop_assert_eq!(&rs[0].view, &rs[1].view);
        prop_assert_eq!(&rs[2].view, &rs[1].view);
        prop_assert!(validate::journey(&rs[0].view).is_ok());
    }
}

#[test]
fn two_laptops_make_the_same_first_change_from_the_same_journey() {
    let j = sample();
    let mut a = JourneyDoc::initial(&j);
    let mut b = JourneyDoc::initial(&j);
    assert_eq!(a.stored().heads(), b.stored().heads(), "the same content made two first changes");
    let mut other = j.clone();
    other.name = "Another name".into();
    assert_ne!(JourneyDoc::initial(&other).stored().heads(), a.stored().heads());
    // Merging them adds nothing: no duplicate cards, one history.
    a.merge(&mut b).unwrap();
    assert_eq!(a.change_count(), 1);
    assert_eq!(a.materialize().unwrap().journey, j);
}

#[test]
fn ana_changes_the_text_and_ben_the_emotion_of_one_card_and_both_stay() {
    let j = sample();
    let card = j.cards.values().find(|c| c.emotion().is_some()).unwrap().clone();
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    let mut text = card.clone();
    text.text = "Ana's words".into();
    assert!(ana.edit(&Edit::UpdateCard { card: text }));
    let mut felt = card.clone();
    if let CardBody::Touchpoint(t) = &mut felt.body {
        t.emotion.as_mut().unwrap().score = j.scale.min;
    }
    assert!(ben.edit(&Edit::UpdateCard { card: felt }));
    ana.merge_from(&mut ben);
    let merged = ana.view.card(card.id).unwrap();
    assert_eq!(merged.text, "Ana's words");
    assert_eq!(merged.emotion().unwrap().score, j.scale.min);
    assert!(ana.repairs.is_empty());
}

#[test]
fn two_people_typing_in_one_card_both_keep_what_they_typed() {
    let j = sample();
    let card = j.cards.values().next().unwrap().clone();
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    let mut a = card.clone();
    a.text = format!("Before {}", card.text);
    ana.edit(&Edit::UpdateCard { card: a });
    let mut b = card.clone();
    b.text = format!("{} — بعد", card.text);
    ben.edit(&Edit::UpdateCard { card: b });
    ana.merge_from(&mut ben);
    ben.merge_from(&mut ana);
    assert_eq!(card_text(&ana.view, card.id), format!("Before {} — بعد", card.text));
    assert_eq!(ana.view, ben.view);
}

#[test]
fn a_card_added_where_the_other_removed_the_lane_lands_in_an_unplaced_row() {
    let j = sample();
    let lane = j.lanes_in_order()[0].clone();
    let stage = j.graph.order()[0];
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    let id = new_id();
    assert!(ana.edit(&Edit::CreateCard { id, stage, lane: lane.id, index: None, text: "Ana's new card".into() }));
    assert!(ben.edit(&Edit::RemoveLane { id: lane.id }));
    ana.merge_from(&mut ben);
    assert_eq!(card_text(&ana.view, id), "Ana's new card", "the card was lost");
    assert!(
        ana.repairs.iter().any(|r| matches!(r, Repair::UnplacedLane { lane: l, cards } if *l == lane.id && cards.contains(&id))),
        "no unplaced row reported: {:?}",
        ana.repairs
    );
    // Moving the card out is an ordinary edit, after which nothing needs a decision.
    let other = ana.view.lanes_in_order().iter().find(|l| l.id != lane.id).unwrap().id;
    assert!(ana.edit(&Edit::MoveCard { id, stage, lane: other, rank: 1.0 }));
    assert!(ana.repairs.is_empty(), "{:?}", ana.repairs);
    assert!(ana.view.lane(lane.id).is_none(), "the stand-in lane stayed");
}

#[test]
fn flows_drawn_both_ways_apart_keep_one_and_suspend_the_other() {
    let j = sample();
    let order = j.graph.order();
    let (x, y) = (order[0], order[order.len() - 1]);
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    // Ana removes every flow and draws x -> y; Ben, apart, draws y -> x as a forward flow
    // after removing his flows too: together they would be a loop.
    for r in [&mut ana, &mut ben] {
        // One at a time: removing a flow also removes the repeat loops it carried.
        while let Some(id) = { let first = r.view.graph.flows().map(|f| f.id).next(); first } {
            assert!(r.edit(&Edit::RemoveFlow { id }));
        }
    }
    let f1 = Flow { id: new_id(), from: x, to: y, kind: FlowKind::Next, label: String::new() };
    let f2 = Flow { id: new_id(), from: y, to: x, kind: FlowKind::Next, label: String::new() };
    assert!(ana.edit(&Edit::AddFlow { flow: f1.clone() }));
    assert!(ben.edit(&Edit::AddFlow { flow: f2.clone() }));
    ana.merge_from(&mut ben);
    ben.merge_from(&mut ana);
    assert_eq!(ana.view, ben.view, "the two laptops repaired differently");
    assert!(ana.view.graph.flow(f1.id).is_some(), "the older flow is kept");
    assert!(ana.view.graph.flow(f2.id).is_none(), "the flow closing the loop is shown");
    assert!(ana.repairs.iter().any(|r| matches!(r, Repair::SuspendedFlow { flow, .. } if flow.id == f2.id)));
}

#[test]
fn an_opportunity_answering_a_pain_the_other_removed_loses_only_that_link() {
    let j = sample();
    let opp = j.cards.values().find(|c| matches!(&c.body, CardBody::Opportunity(o) if !o.answers.is_empty())).cloned();
    let Some(opp) = opp else { panic!("the sample has an opportunity answering a pain") };
    let CardBody::Opportunity(o) = &opp.body else { unreachable!() };
    let pain = o.answers[0];
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    // Ben removes the pain; Ana, apart, gives the opportunity an owner (its answers unchanged).
    assert!(ben.edit(&Edit::RemoveCard { id: pain }));
    let mut owned = opp.clone();
    if let CardBody::Opportunity(o) = &mut owned.body {
        o.owner = "Ana".into();
    }
    assert!(ana.edit(&Edit::UpdateCard { card: owned }));
    ana.merge_from(&mut ben);
    let CardBody::Opportunity(merged) = &ana.view.card(opp.id).unwrap().body else { panic!("kind changed") };
    assert_eq!(merged.owner, "Ana");
    assert!(!merged.answers.contains(&pain));
    assert!(validate::journey(&ana.view).is_ok());
}

#[test]
fn two_stages_moved_into_each_others_place_give_one_valid_order_everywhere() {
    let j = sample();
    let order = j.graph.order();
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    let moved_a = ana.edit(&Edit::MoveStage { id: order[1], steps: 1 });
    let moved_b = ben.edit(&Edit::MoveStage { id: order[2], steps: -1 });
    assert!(moved_a && moved_b, "the sample's stages 2 and 3 can be moved");
    ana.merge_from(&mut ben);
    ben.merge_from(&mut ana);
    assert_eq!(ana.view, ben.view);
    assert!(validate::journey(&ana.view).is_ok());
    assert_eq!(ana.view.graph.stage_count(), j.graph.stage_count(), "a stage went missing");
}

#[test]
fn a_copied_document_never_writes_as_the_original() {
    let j = sample();
    let mut original = JourneyDoc::initial(&j);
    let chunks = original.stored().unsaved_chunks();
    let load = || JourneyDoc::load(j.id, chunks.iter().map(|(_, c)| c.as_slice())).unwrap();
    let (mut a, mut b) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    a.doc = load();
    b.doc = load();
    let card = j.cards.values().next().unwrap().clone();
    let mut x = card.clone();
    x.text = "first".into();
    a.edit(&Edit::UpdateCard { card: x });
    let second = j.cards.values().nth(1).unwrap().clone();
    let mut y = second.clone();
    y.text = "second".into();
    b.edit(&Edit::UpdateCard { card: y });
    a.merge_from(&mut b);
    assert_eq!(card_text(&a.view, card.id), "first");
    assert_eq!(card_text(&a.view, second.id), "second");
}

#[test]
fn a_damaged_or_foreign_chunk_is_refused() {
    let j = sample();
    let mut doc = JourneyDoc::initial(&j);
    let chunks = doc.stored().unsaved_chunks();
    let mut bytes = chunks[0].1.clone();
    let n = bytes.len();
    bytes[n / 2] ^= 0xff;
    assert!(JourneyDoc::load(j.id, [bytes.as_slice()]).is_err(), "a damaged chunk loaded");
    assert!(JourneyDoc::load(new_id(), [chunks[0].1.as_slice()]).is_err(), "another journey's chunk loaded");
}

#[test]
fn ana_turns_the_map_right_to_left_while_ben_renames_the_journey_and_both_stay() {
    let j = sample();
    let (mut ana, mut ben) = (Replica::new(&j, "Ana"), Replica::new(&j, "Ben"));
    assert!(ana.edit(&Edit::SetDirection { direction: DirectionChoice::Rtl }));
    assert!(ben.edit(&Edit::SetJourney { name: "Ben's name".into(), goal: j.goal.clone() }));
    ana.merge_from(&mut ben);
    ben.merge_from(&mut ana);
    for r in [&ana, &ben] {
        assert_eq!(r.view.direction, DirectionChoice::Rtl, "{} lost the direction", r.name);
        assert_eq!(r.view.name, "Ben's name", "{} lost the rename", r.name);
        assert_eq!(layout(&r.view).direction, Direction::Rtl);
    }
    // Back to following the text: the field goes from the document, and the map runs as its
    // (English) text says on both laptops.
    assert!(ben.edit(&Edit::SetDirection { direction: DirectionChoice::Auto }));
    ana.merge_from(&mut ben);
    assert_eq!(ana.view.direction, DirectionChoice::Auto);
    assert_eq!(layout(&ana.view).direction, Direction::Ltr);
}

#[test]
fn a_journey_that_follows_its_text_has_the_header_it_had_before_directions_existed() {
    // The first change is a function of the content: an Auto journey must make the same first
    // change an older studio made, or the two laptops' documents would not share a history.
    let j = sample();
    let head = journey_doc::entity(&j, Touched::Journey).unwrap();
    let keys: Vec<&str> = head.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["goal", "id", "metrics", "name", "scale"]);
    let mut chosen = j.clone();
    chosen.direction = DirectionChoice::Rtl;
    assert_eq!(journey_doc::entity(&chosen, Touched::Journey).unwrap()["direction"], "rtl");
    let doc = JourneyDoc::initial(&chosen);
    assert_eq!(doc.materialize().unwrap().journey.direction, DirectionChoice::Rtl, "the document keeps the choice");
}
