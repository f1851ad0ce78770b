//! Two copies of one workspace file, changed apart and merged: through real files.

use crate::support::*;
use journey_core::*;
use journey_store::Store;
use std::path::{Path, PathBuf};

fn set_text(store: &mut Store, id: Id, card: &Card, text: &str) {
    let mut c = card.clone();
    c.text = text.into();
    store.apply(id, &Edit::UpdateCard { card: c }, None).unwrap();
}

fn set_score(store: &mut Store, id: Id, card: &Card, score: i32) {
    let mut c = card.clone();
    if let CardBody::Touchpoint(t) = &mut c.body {
        t.emotion.as_mut().unwrap().score = score;
    }
    store.apply(id, &Edit::UpdateCard { card: c }, None).unwrap();
}

#[test]
fn merging_a_copy_keeps_both_peoples_edits_says_who_and_leaves_the_copy_untouched() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    ana.set_author("Ana");
    let card = touchpoint(ana.journey(id).unwrap().0);
    set_text(&mut ana, id, &card, "Ana's words");
    let mut ben = Store::open(&ben_path).unwrap();
    ben.set_author("Ben");
    set_score(&mut ben, id, &card, -3);
    let new_card = new_id();
    let (stage, lane) = (card.stage, card.lane);
    ben.apply(id, &Edit::CreateCard { id: new_card, stage, lane, index: None, text: "Ben's card".into() }, None).unwrap();
    drop(ben);
    let ben_bytes = std::fs::read(&ben_path).unwrap();

    let report = ana.merge_copy(&ben_path).unwrap();
    assert_eq!(std::fs::read(&ben_path).unwrap(), ben_bytes, "merging changed the copy");
    let entry = report.journeys.iter().find(|j| j.id == id).expect("the journey is in the report");
    assert_eq!(entry.incoming, 2);
    assert_eq!(entry.authors, vec![("Ben".to_string(), 2)]);
    let j = ana.journey(id).unwrap().0.clone();
    let merged = j.card(card.id).unwrap();
    assert_eq!(merged.text, "Ana's words");
    assert_eq!(merged.emotion().unwrap().score, -3);
    assert_eq!(j.card(new_card).unwrap().text, "Ben's card");
    assert_eq!(ana.changed(id, new_card).unwrap().unwrap().by, "Ben");
    // Ana's text and Ben's score were made apart: either may stand as "last changed by".
    let by = ana.changed(id, card.id).unwrap().unwrap().by;
    assert!(by == "Ana" || by == "Ben", "{by}");

    // What the window shows after a restart is what the merge left, read model and document alike.
    drop(ana);
    let mut again = Store::open(&ws.path).unwrap();
    assert_eq!(*again.journey(id).unwrap().0, j);
    assert!(again.check_document(id).unwrap(), "the read model differs from the document");
    assert_eq!(again.integrity_check().unwrap(), "ok");
    // Merging the same copy again brings nothing.
    assert!(again.merge_copy(&ben_path).unwrap().journeys.is_empty());
}

#[test]
fn a_copy_of_another_workspace_a_damaged_and_a_newer_copy_are_refused_and_nothing_changes() {
    let (ws, store) = sample_workspace();
    drop(store);
    let dir = ws.path.parent().unwrap();
    let other = dir.join("other.journeys");
    drop(Store::create_with_sample(&other).unwrap());
    let damaged = copy_of(&ws.path, "damaged.journeys");
    let mut bytes = std::fs::read(&damaged).unwrap();
    let n = bytes.len();
    for b in &mut bytes[n / 2..n / 2 + 4096] {
        *b ^= 0x5a;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    let newer = copy_of(&ws.path, "newer.journeys");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let ours = std::fs::read(&ws.path).unwrap();
    let mut store = Store::open(&ws.path).unwrap();
    for (copy, code) in [(&other, "unrelated_copy"), (&damaged, "corrupt"), (&newer, "newer_version")] {
        let before = std::fs::read(copy).unwrap();
        let err = store.merge_copy(copy).unwrap_err();
        assert_eq!(err.code(), code, "{}: {err}", copy.display());
        assert!(err.to_string().contains(&copy.display().to_string()), "the message does not name the copy: {err}");
        assert_eq!(std::fs::read(copy).unwrap(), before, "the refused copy was changed");
    }
    drop(store);
    assert_eq!(std::fs::read(&ws.path).unwrap(), ours, "a refused merge changed our file");
}

#[test]
fn two_copies_of_an_old_file_migrated_apart_merge_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.journeys");
    let (a, b) = (dir.path().join("a.journeys"), dir.path().join("b.journeys"));
    std::fs::copy(&fixture, &a).unwrap();
    std::fs::copy(&fixture, &b).unwrap();
    let mut ana = Store::open(&a).unwrap();
    let mut ben = Store::open(&b).unwrap();
    assert_eq!(ana.workspace_id().unwrap(), ben.workspace_id().unwrap(), "the two migrations made different workspaces");
    let id = first_journey(&ana);
    let count = ana.journey(id).unwrap().0.cards.len();
    let some = ana.journey(id).unwrap().0.cards.values().next().unwrap().clone();
    for (store, text) in [(&mut ana, "from Ana"), (&mut ben, "from Ben")] {
        let card = new_id();
        store.apply(id, &Edit::CreateCard { id: card, stage: some.stage, lane: some.lane, index: None, text: text.into() }, None).unwrap();
    }
    drop(ben);
    let report = ana.merge_copy(&b).unwrap();
    let entry = report.journeys.iter().find(|j| j.id == id).unwrap();
    assert_eq!(entry.incoming, 1, "more came in than Ben's one change: the first changes differed");
    let j = ana.journey(id).unwrap().0;
    assert_eq!(j.cards.len(), count + 2, "cards were duplicated or lost");
    assert!(j.cards.values().any(|c| c.text == "from Ana") && j.cards.values().any(|c| c.text == "from Ben"));
}

#[test]
fn a_journey_added_in_the_copy_comes_in_and_one_removed_there_goes() {
    let (ws, store) = sample_workspace();
    let ids: Vec<Id> = store.journeys().unwrap().iter().map(|j| j.id).collect();
    assert!(ids.len() >= 2, "the sample has two journeys");
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ben = Store::open(&ben_path).unwrap();
    let added = ben.add_journey(&journey_core::Journey::new("Ben's journey", Default::default(), vec![])).unwrap();
    ben.remove_journey(ids[1]).unwrap();
    drop(ben);
    let mut ana = Store::open(&ws.path).unwrap();
    let report = ana.merge_copy(&ben_path).unwrap();
    assert!(report.journeys.iter().any(|j| j.id == added && j.added));
    assert!(report.journeys.iter().any(|j| j.id == ids[1] && j.removed));
    let now: Vec<Id> = ana.journeys().unwrap().iter().map(|j| j.id).collect();
    assert!(now.contains(&added) && !now.contains(&ids[1]));
    assert_eq!(ana.journey(added).unwrap().0.name, "Ben's journey");
}

#[test]
fn undo_after_a_merge_takes_back_only_what_still_holds_our_value() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    let j = ana.journey(id).unwrap().0.clone();
    let card = touchpoint(&j);
    let other = j.cards.values().find(|c| c.id != card.id).unwrap().clone();
    set_text(&mut ana, id, &card, "Ana's words");
    set_text(&mut ana, id, &other, "Ana's other words");
    let mut ben = Store::open(&ben_path).unwrap();
    ben.set_author("Ben");
    set_score(&mut ben, id, &card, -3);
    set_text(&mut ben, id, &other, "Ben's other words");
    drop(ben);
    ana.merge_copy(&ben_path).unwrap();
    drop(ana);

    // After a restart, undo is still Ana's: her last edit (the other card's text), which Ben
    // changed since, so it is kept and said; then her first, which still holds.
    let mut ana = Store::open(&ws.path).unwrap();
    let merged_other = ana.journey(id).unwrap().0.card(other.id).unwrap().text.clone();
    let first = ana.undo(id).unwrap();
    assert_eq!(first.skipped.len(), 1, "{:?}", first.skipped);
    let kept = first.skipped[0].to_string();
    // Both wrote the text (it merged), so its last writer may be either: "a teammate" then.
    assert!(first.skipped[0].id.starts_with("kept-change"), "{kept}");
    assert!(kept.starts_with("Card “") && kept.contains(" · Card text: kept ") && kept.ends_with("change, made after yours."), "{kept}");
    let ru = first.skipped[0].in_language(journey_i18n::language("ru").unwrap());
    assert!(ru.starts_with("Карточка «") && ru.contains("Текст карточки: сохранено изменение"), "{ru}");
    assert_eq!(ana.journey(id).unwrap().0.card(other.id).unwrap().text, merged_other);
    let second = ana.undo(id).unwrap();
    assert!(second.skipped.is_empty(), "{:?}", second.skipped);
    let now = ana.journey(id).unwrap().0.card(card.id).unwrap().clone();
    assert_eq!(now.text, card.text, "Ana's text change was not undone");
    assert_eq!(now.emotion().unwrap().score, -3, "undo took back Ben's score");
    assert!(ana.check_document(id).unwrap());
}

#[test]
fn the_read_model_is_made_again_from_the_document_when_their_heads_differ() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let card = touchpoint(store.journey(id).unwrap().0);
    set_text(&mut store, id, &card, "Saved in both");
    drop(store);
    {
        // Damage the read model behind the store's back: another text, a stale heads mark.
        let conn = rusqlite::Connection::open(&ws.path).unwrap();
        let data: String = conn.query_row("SELECT data FROM cards WHERE id = ?1", [card.id.to_string()], |r| r.get(0)).unwrap();
        let damaged = data.replace("Saved in both", "Only in the rows");
        conn.execute("UPDATE cards SET data = ?2 WHERE id = ?1", rusqlite::params![card.id.to_string(), damaged]).unwrap();
        conn.execute("UPDATE journeys SET heads = 'stale' WHERE id = ?1", [id.to_string()]).unwrap();
    }
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(store.journey(id).unwrap().0.card(card.id).unwrap().text, "Saved in both");
    assert!(store.check_document(id).unwrap());
    drop(store);
    let store = Store::open(&ws.path).unwrap();
    drop(store);
}

#[test]
fn the_documents_are_stored_under_samods_keys() {
    let (_ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let card = touchpoint(store.journey(id).unwrap().0);
    set_text(&mut store, id, &card, "one more change");
    let prefix = journey_doc::chunk_prefix(id);
    let chunks = store.chunks(&prefix).unwrap();
    assert!(chunks.len() >= 2, "the first change and the edit: {:?}", chunks.keys().collect::<Vec<_>>());
    for key in chunks.keys() {
        let parts: Vec<&str> = key.split('/').collect();
        assert_eq!(parts.len(), 3, "{key}");
        assert_eq!(parts[0], journey_doc::document_id(id).to_string());
        assert!(parts[1] == "incremental" || parts[1] == "snapshot", "{key}");
        assert_eq!(parts[2].len(), 64, "not a hex hash: {key}");
        assert_eq!(store.chunk(key).unwrap().as_ref(), chunks.get(key));
    }
    // The chunks alone make the journey the window shows.
    let doc = journey_doc::JourneyDoc::load(id, chunks.values().map(Vec::as_slice)).unwrap();
    assert_eq!(doc.materialize().unwrap().journey, *store.journey(id).unwrap().0);
}

/// Ana and Ben each change their copy of the sample apart; Ana merges Ben's copy.
fn apart(ana: impl FnOnce(&mut Store, Id), ben: impl FnOnce(&mut Store, Id)) -> (Workspace, PathBuf, Store, Id, journey_store::MergeReport) {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut b = Store::open(&ben_path).unwrap();
    b.set_author("Ben");
    ben(&mut b, id);
    drop(b);
    let mut a = Store::open(&ws.path).unwrap();
    a.set_author("Ana");
    ana(&mut a, id);
    let report = a.merge_copy(&ben_path).unwrap();
    (ws, ben_path, a, id, report)
}

fn repairs_of(report: &journey_store::MergeReport, id: Id) -> Vec<journey_core::repair::Repair> {
    report.journeys.iter().find(|j| j.id == id).map(|j| j.repairs.iter().map(|r| r.repair.clone()).collect()).unwrap_or_default()
}

fn remove_all_flows(s: &mut Store, id: Id) {
    // One at a time: removing a flow also takes the repeat loops it carried.
    loop {
        let first = s.journey(id).unwrap().0.graph.flows().map(|f| f.id).next();
        let Some(flow) = first else { break };
        s.apply(id, &Edit::RemoveFlow { id: flow }, None).unwrap();
    }
}

#[test]
fn flows_drawn_both_ways_apart_suspend_the_younger_until_it_is_removed() {
    // The sample's ids are fixed, so its first and last stage are the same in every copy.
    let (first, last) = {
        let (_ws, mut s) = sample_workspace();
        let id = first_journey(&s);
        let o = s.journey(id).unwrap().0.graph.order();
        (o[0], o[o.len() - 1])
    };
    let younger = new_id();
    let older = new_id();
    let (ws, _ben, mut ana, id, report) = apart(
        |a, id| {
            remove_all_flows(a, id);
            a.apply(id, &Edit::AddFlow { flow: Flow { id: older, from: first, to: last, kind: FlowKind::Next, label: String::new() } }, None).unwrap();
        },
        |b, id| {
            remove_all_flows(b, id);
            b.apply(id, &Edit::AddFlow { flow: Flow { id: younger, from: last, to: first, kind: FlowKind::Next, label: String::new() } }, None).unwrap();
        },
    );
    let repairs = repairs_of(&report, id);
    let suspended: Vec<Id> = repairs
        .iter()
        .filter_map(|r| match r {
            journey_core::repair::Repair::SuspendedFlow { flow, .. } => Some(flow.id),
            _ => None,
        })
        .collect();
    assert_eq!(suspended.len(), 1, "{repairs:?}");
    let j = ana.journey(id).unwrap().0.clone();
    assert!(validate::journey(&j).is_ok());
    assert!(j.graph.flow(suspended[0]).is_none(), "the suspended flow is on the map");
    assert_eq!(j.graph.flows().count(), 1);
    // The report's item is resolved with an ordinary edit: remove the suspended flow.
    assert_eq!(ana.repairs(id).unwrap().len(), 1);
    ana.apply(id, &Edit::RemoveFlow { id: suspended[0] }, None).unwrap();
    assert!(ana.repairs(id).unwrap().is_empty());
    drop(ana);
    let mut again = Store::open(&ws.path).unwrap();
    assert!(again.repairs(id).unwrap().is_empty(), "the decision did not stay made");
    assert!(again.check_document(id).unwrap());
}

#[test]
fn a_repeat_loop_added_while_the_other_cut_its_path_is_suspended() {
    let (ws, _ben, ana, id, report) = apart(
        |a, id| {
            let order = a.journey(id).unwrap().0.graph.order();
            let (first, last) = (order[0], order[order.len() - 1]);
            a.apply(id, &Edit::AddFlow { flow: Flow { id: new_id(), from: last, to: first, kind: FlowKind::Repeat, label: "again".into() } }, None).unwrap();
        },
        remove_all_flows,
    );
    drop(ws);
    let repairs = repairs_of(&report, id);
    assert!(repairs.iter().any(|r| matches!(r, journey_core::repair::Repair::SuspendedFlow { flow, .. } if flow.kind == FlowKind::Repeat)), "{repairs:?}");
    let mut ana = ana;
    assert!(validate::journey(ana.journey(id).unwrap().0).is_ok());
    assert_eq!(ana.journey(id).unwrap().0.graph.flows().count(), 0);
}

#[test]
fn a_card_added_to_a_stage_the_other_removed_waits_in_an_unplaced_column() {
    let card = new_id();
    let mut target = None;
    let (ws, _ben, mut ana, id, report) = apart(
        |a, id| {
            let j = a.journey(id).unwrap().0.clone();
            let stage = j.graph.order()[1];
            let lane = j.lanes_in_order()[0].id;
            a.apply(id, &Edit::CreateCard { id: card, stage, lane, index: None, text: "Ana's card".into() }, None).unwrap();
        },
        |b, id| {
            let stage = b.journey(id).unwrap().0.graph.order()[1];
            b.apply(id, &Edit::RemoveStage { id: stage }, None).unwrap();
        },
    );
    let repairs = repairs_of(&report, id);
    let stand_in = repairs
        .iter()
        .find_map(|r| match r {
            journey_core::repair::Repair::UnplacedStage { stage, cards } if cards.contains(&card) => Some(*stage),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no unplaced column: {repairs:?}"));
    let j = ana.journey(id).unwrap().0.clone();
    assert_eq!(
        j.card(card).unwrap().text,
        "Ana's card",
        "the card was lost"
    );
    assert_eq!(
        j.graph.stage(stand_in).unwrap().name,
        journey_core::repair::UNPLACED
    );
    let note = &report.journeys.iter().find(|e| e.id == id).unwrap().repairs[0];
    assert_eq!(note.said.id, "repair-unplaced-stage");
    assert!(
        note.sentence
            .starts_with("One card was in a stage that was deleted in the other copy"),
        "{}",
        note.sentence
    );
    // Resolved by moving the card to a stage that exists.
    let home = j.graph.order().into_iter().find(|s| *s != stand_in).unwrap();
    target.replace(home);
    let lane = j.card(card).unwrap().lane;
    ana.apply(id, &Edit::MoveCard { id: card, stage: home, lane, rank: 1.0 }, None).unwrap();
    assert!(ana.repairs(id).unwrap().is_empty());
    assert!(ana.journey(id).unwrap().0.graph.stage(stand_in).is_none(), "the stand-in column stayed");
    drop(ana);
    let mut again = Store::open(&ws.path).unwrap();
    assert_eq!(again.journey(id).unwrap().0.card(card).unwrap().stage, target.unwrap());
}

#[test]
fn an_opportunity_linked_to_a_pain_the_other_removed_loses_only_that_link() {
    let opp = new_id();
    let mut pain_id = None;
    let (_ws, _ben, mut ana, id, report) = apart(
        |a, id| {
            let j = a.journey(id).unwrap().0.clone();
            let pain = j.cards.values().find(|c| matches!(c.body, CardBody::PainPoint(_))).unwrap().clone();
            let lane = j.lanes_in_order().iter().find(|l| l.kind == LaneKind::Opportunities).unwrap().id;
            let mut card = Card {
                id: opp,
                stage: pain.stage,
                lane,
                rank: 99.0,
                text: "Answer it".into(),
                body: CardBody::of_kind(CardKind::Opportunity),
                workshop: Default::default(),
            };
            if let CardBody::Opportunity(o) = &mut card.body {
                o.answers = vec![pain.id];
            }
            a.apply(id, &Edit::AddCard { card }, None).unwrap();
        },
        |b, id| {
            let pain = b.journey(id).unwrap().0.cards.values().find(|c| matches!(c.body, CardBody::PainPoint(_))).unwrap().id;
            b.apply(id, &Edit::RemoveCard { id: pain }, None).unwrap();
        },
    );
    let repairs = repairs_of(&report, id);
    for r in &repairs {
        if let journey_core::repair::Repair::DroppedLink { pain, .. } = r {
            pain_id = Some(*pain);
        }
    }
    let pain = pain_id.unwrap_or_else(|| panic!("no dropped link: {repairs:?}"));
    let j = ana.journey(id).unwrap().0;
    assert!(j.card(pain).is_none());
    let CardBody::Opportunity(o) = &j.card(opp).unwrap().body else { panic!("the opportunity changed kind") };
    assert!(o.answers.is_empty());
    assert_eq!(j.card(opp).unwrap().text, "Answer it");
}

#[test]
fn two_stages_moved_into_each_others_place_give_one_valid_order_on_both_laptops() {
    let (ws, ben_path, mut ana, id, _report) = apart(
        |a, id| {
            let s = a.journey(id).unwrap().0.graph.order()[1];
            a.apply(id, &Edit::MoveStage { id: s, steps: 1 }, None).unwrap();
        },
        |b, id| {
            let s = b.journey(id).unwrap().0.graph.order()[2];
            b.apply(id, &Edit::MoveStage { id: s, steps: -1 }, None).unwrap();
        },
    );
    let ours = ana.journey(id).unwrap().0.clone();
    assert!(validate::journey(&ours).is_ok());
    drop(ana);
    // Ben merges Ana's copy the other way round and sees the same journey.
    let mut ben = Store::open(&ben_path).unwrap();
    ben.merge_copy(&ws.path).unwrap();
    assert_eq!(*ben.journey(id).unwrap().0, ours, "the two laptops disagree after merging");
}

#[test]
fn each_edit_adds_one_chunk_and_enough_of_them_fold_into_a_snapshot() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    let card = touchpoint(store.journey(id).unwrap().0);
    let prefix = journey_doc::chunk_prefix(id);
    let count = |s: &Store, kind: &str| s.chunks(&prefix).unwrap().keys().filter(|k| k.contains(kind)).count();
    let start = count(&store, "/incremental/");
    set_text(&mut store, id, &card, "edit 1");
    assert_eq!(count(&store, "/incremental/"), start + 1, "an edit is not one new chunk");
    for n in 2..=80 {
        set_text(&mut store, id, &card, &format!("edit {n}"));
    }
    assert_eq!(count(&store, "/snapshot/"), 1, "80 edits were never compacted");
    assert!(count(&store, "/incremental/") < 64);
    drop(store);
    let mut again = Store::open(&ws.path).unwrap();
    assert_eq!(again.journey(id).unwrap().0.card(card.id).unwrap().text, "edit 80");
    assert!(again.check_document(id).unwrap());
    // The undo log reaches back past the compaction: the history is still whole.
    for _ in 0..80 {
        again.undo(id).unwrap();
    }
    assert_eq!(again.journey(id).unwrap().0.card(card.id).unwrap().text, card.text);
}

#[test]
fn a_flow_to_a_stage_the_other_removed_is_dropped_from_the_map_and_removable() {
    let flow = new_id();
    let (ws, _ben, mut ana, id, report) = apart(
        |a, id| {
            let order = a.journey(id).unwrap().0.graph.order();
            let f = Flow { id: flow, from: order[0], to: order[order.len() - 1], kind: FlowKind::Branch, label: "shortcut".into() };
            a.apply(id, &Edit::AddFlow { flow: f }, None).unwrap();
        },
        |b, id| {
            let order = b.journey(id).unwrap().0.graph.order();
            let last = order[order.len() - 1];
            // Empty the last stage first, so no stand-in keeps it on the map.
            let cards: Vec<Id> = b.journey(id).unwrap().0.cards.values().filter(|c| c.stage == last).map(|c| c.id).collect();
            for c in cards {
                b.apply(id, &Edit::RemoveCard { id: c }, None).unwrap();
            }
            b.apply(id, &Edit::RemoveStage { id: last }, None).unwrap();
        },
    );
    let repairs = repairs_of(&report, id);
    assert!(repairs.iter().any(|r| matches!(r, journey_core::repair::Repair::DanglingFlow { flow: f, .. } if *f == flow)), "{repairs:?}");
    assert!(ana.journey(id).unwrap().0.graph.flow(flow).is_none());
    ana.apply(id, &Edit::RemoveFlow { id: flow }, None).unwrap();
    assert!(ana.repairs(id).unwrap().is_empty());
    drop(ana);
    let mut again = Store::open(&ws.path).unwrap();
    assert!(again.check_document(id).unwrap());
    assert!(again.repairs(id).unwrap().is_empty());
}

#[test]
fn saving_what_the_view_shows_after_a_repair_confirms_it() {
    let mut card_id = None;
    let (_ws, _ben, mut ana, id, report) = apart(
        |a, id| {
            // Ana narrows the scale by one at the top after moving every score inside it...
            let j = a.journey(id).unwrap().0.clone();
            let top = j.scale.max - 1;
            for c in j.cards.values() {
                if let CardBody::Touchpoint(t) = &c.body {
                    if t.emotion.as_ref().is_some_and(|e| e.score > top) || t.persona_emotions.values().any(|s| *s > top) {
                        let mut c = c.clone();
                        if let CardBody::Touchpoint(t) = &mut c.body {
                            if let Some(e) = t.emotion.as_mut() {
                                e.score = e.score.min(top);
                            }
                            for s in t.persona_emotions.values_mut() {
                                *s = (*s).min(top);
                            }
                        }
                        a.apply(id, &Edit::UpdateCard { card: c }, None).unwrap();
                    }
                }
            }
            let mut scale = a.journey(id).unwrap().0.scale.clone();
            scale.max = top;
            scale.names.retain(|k, _| *k <= top);
            a.apply(id, &Edit::SetScale { scale }, None).unwrap();
        },
        |b, id| {
            // ...while Ben scores a card at the old scale's top.
            let card = touchpoint(b.journey(id).unwrap().0);
            card_id = Some(card.id);
            let max = b.journey(id).unwrap().0.scale.max;
            set_score(b, id, &card, max);
        },
    );
    let card = card_id.unwrap();
    let repairs = repairs_of(&report, id);
    let top = ana.journey(id).unwrap().0.scale.max;
    assert!(
        repairs.iter().any(|r| matches!(r, journey_core::repair::Repair::ScoreOutsideScale { card: c, score, shown, .. } if *c == card && *score == top + 1 && *shown == top)),
        "{repairs:?}"
    );
    // Saving the card as the view shows it writes the shown score: the item is decided.
    let shown = ana.journey(id).unwrap().0.card(card).unwrap().clone();
    ana.apply(id, &Edit::UpdateCard { card: shown }, None).unwrap();
    assert!(ana.repairs(id).unwrap().is_empty(), "{:?}", ana.repairs(id).unwrap());
    assert!(ana.check_document(id).unwrap());
}

#[test]
fn a_version_saved_before_a_merge_compares_and_restores_after_it() {
    let mut version = None;
    let (ws, _ben, mut ana, id, _report) = apart(
        |a, id| {
            version = Some(a.save_version(id, "Before the workshop").unwrap().id);
            let card = touchpoint(a.journey(id).unwrap().0);
            set_text(a, id, &card, "Ana's words");
        },
        |b, id| {
            let card = touchpoint(b.journey(id).unwrap().0);
            set_score(b, id, &card, -3);
        },
    );
    let version = version.unwrap();
    let diff = ana.diff(id, journey_store::VersionSide::Version(version), journey_store::VersionSide::Now).unwrap();
    assert!(!diff.is_empty(), "the merged journey compares equal to the version before it");
    let saved = ana.version(version).unwrap().1;
    ana.restore_version(id, version, None).unwrap();
    assert_eq!(*ana.journey(id).unwrap().0, saved);
    assert!(ana.check_document(id).unwrap(), "the restore did not reach the document");
    drop(ana);
    let mut again = Store::open(&ws.path).unwrap();
    assert_eq!(*again.journey(id).unwrap().0, saved);
}

#[test]
fn repairs_an_older_version_kept_as_sentences_are_made_again_from_the_document() {
    // Before repairs were data, their reasons were English sentences; such a file still opens,
    // and what it needs is worked out again from its document.
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let old = r#"[{"kind":"invalidScale","reason":"its minimum 1 is not below its maximum -1, so the map uses the default scale -3 to 3"}]"#;
    let conn = rusqlite::Connection::open(&ws.path).unwrap();
    conn.execute(
        "UPDATE journeys SET repairs = ?1 WHERE id = ?2",
        rusqlite::params![old, id.to_string()],
    )
    .unwrap();
    drop(conn);
    let mut store = Store::open(&ws.path).unwrap();
    assert_eq!(
        store.repairs(id).unwrap(),
        vec![],
        "the document needs no repair"
    );
    assert!(!store.journey(id).unwrap().0.cards.is_empty());
    drop(store);
    let conn = rusqlite::Connection::open(&ws.path).unwrap();
    let kept: String = conn
        .query_row(
            "SELECT repairs FROM journeys WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, "[]", "the file keeps the repairs in today's words");
}
