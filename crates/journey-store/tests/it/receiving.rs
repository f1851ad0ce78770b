//! A teammate's changes taken in as the live-sync layer hands them over: document by document,
//! as raw changes after the heads both sides share. Through real files.

use crate::support::*;
use journey_core::*;
use journey_store::Store;

/// Sends every document from `from` to `to` the way the bridge does: the changes `from` has
/// after `to`'s heads. Returns what `to` reported for each.
fn send(from: &mut Store, to: &mut Store) -> Vec<journey_store::Received> {
    let mut out = Vec::new();
    let mut docs = from.document_ids().unwrap();
    let mut i = 0;
    while i < docs.len() {
        let doc = docs[i];
        let heads = to.heads_of(doc).unwrap();
        let changes = from.changes_after(doc, &heads).unwrap();
        if !changes.is_empty() {
            let r = to.receive(doc, &changes).unwrap();
            for w in &r.wanted {
                if !docs.contains(w) {
                    docs.push(*w);
                }
            }
            out.push(r);
        }
        i += 1;
    }
    out
}

fn rename(name: &str) -> Edit {
    Edit::SetJourney { name: name.into(), goal: String::new() }
}

#[test]
fn a_teammates_edit_arrives_as_a_patch_outside_the_undo_log_and_both_converge() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    ana.set_author("Ana");
    let mut ben = Store::open(&ben_path).unwrap();
    ben.set_author("Ben");
    let card = touchpoint(ana.journey(id).unwrap().0);
    let mut c = card.clone();
    c.text = "Ben's words".into();
    ben.apply(id, &Edit::UpdateCard { card: c }, None).unwrap();
    let old_score = card.emotion().unwrap().score;
    let new_score = if old_score == -3 { -2 } else { -3 };
    let mut c = card.clone();
    if let CardBody::Touchpoint(t) = &mut c.body {
        t.emotion.as_mut().unwrap().score = new_score;
    }
    ana.apply(id, &Edit::UpdateCard { card: c }, None).unwrap();
    let rev_before = ana.journey(id).unwrap().1;

    let got = send(&mut ben, &mut ana);
    let r = got.iter().find(|r| r.journey == Some(id)).expect("the journey changed");
    assert_eq!(r.incoming, 1);
    assert_eq!(r.authors, vec![("Ben".to_string(), 1)]);
    let applied = r.applied.as_ref().unwrap();
    assert_eq!(applied.revision, rev_before + 1);
    assert!(applied.change.cards.iter().any(|c| c.id == card.id), "the patch carries the card");
    let merged = ana.journey(id).unwrap().0.card(card.id).unwrap().clone();
    assert_eq!(merged.text, "Ben's words");
    assert_eq!(merged.emotion().unwrap().score, new_score);
    // Ana's undo takes back her score only; Ben's text stays.
    ana.undo(id).unwrap();
    let after = ana.journey(id).unwrap().0.card(card.id).unwrap().clone();
    assert_eq!(after.text, "Ben's words");
    assert_eq!(after.emotion().unwrap().score, old_score);
    // The other way, then both hold the same journey and the same heads.
    send(&mut ana, &mut ben);
    assert_eq!(ana.journey(id).unwrap().0, ben.journey(id).unwrap().0);
    assert_eq!(ana.heads_of(id).unwrap().len(), ben.heads_of(id).unwrap().len());
    assert!(send(&mut ana, &mut ben).is_empty(), "nothing left to send");
    assert!(ana.check_document(id).unwrap() && ben.check_document(id).unwrap());
    // Receiving is durable: reopened, Ben's file shows Ana's undo.
    drop(ben);
    let mut ben = Store::open(&ben_path).unwrap();
    assert_eq!(ben.journey(id).unwrap().0.card(card.id).unwrap().emotion().unwrap().score, old_score);
}

#[test]
fn a_journey_added_or_removed_by_a_teammate_comes_and_goes() {
    let (ws, store) = sample_workspace();
    let first = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    let mut ben = Store::open(&ben_path).unwrap();
    let t = journey_core::templates::templates().into_iter().next().unwrap();
    let fresh = journey_core::templates::instantiate(&t.journey, "Ben's new journey");
    ben.add_journey(&fresh).unwrap();
    ben.remove_journey(first).unwrap();
    let got = send(&mut ben, &mut ana);
    assert!(got.iter().any(|r| r.added == vec![fresh.id]), "added: {got:?}");
    assert!(got.iter().any(|r| r.removed == vec![first]), "removed: {got:?}");
    let ids: Vec<Id> = ana.journeys().unwrap().into_iter().map(|j| j.id).collect();
    assert!(ids.contains(&fresh.id) && !ids.contains(&first));
    assert_eq!(ana.journey(fresh.id).unwrap().0, &fresh);
}

#[test]
fn a_joined_file_receives_the_whole_workspace_from_nothing() {
    let (ws, mut ana) = sample_workspace();
    let dir = tempfile::tempdir().unwrap();
    let joined = dir.path().join("joined.journeys");
    let workspace = ana.workspace_id().unwrap().unwrap();
    let mut ben = Store::create_joined(&joined, workspace).unwrap();
    assert_eq!(ben.document_ids().unwrap(), vec![workspace]);
    assert!(ben.journeys().unwrap().is_empty());
    send(&mut ana, &mut ben);
    let names = |s: &Store| s.journeys().unwrap().into_iter().map(|j| j.name).collect::<Vec<_>>();
    assert_eq!(names(&ben), names(&ana));
    for j in ana.journeys().unwrap() {
        assert_eq!(ana.journey(j.id).unwrap().0, ben.journey(j.id).unwrap().0);
    }
    // And Ben's own edits go back.
    let id = first_journey(&ben);
    ben.apply(id, &rename("Ben's name"), None).unwrap();
    send(&mut ben, &mut ana);
    assert_eq!(ana.journey(id).unwrap().0.name, "Ben's name");
    drop(ws);
}

#[test]
fn changes_that_do_not_read_or_belong_elsewhere_are_refused_and_change_nothing() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben2.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    let before = ana.journey(id).unwrap().0.clone();
    let rev = ana.journey(id).unwrap().1;
    let e = ana.receive(id, &[b"not a change".to_vec()]).unwrap_err();
    assert_eq!(e.code(), "bad_remote", "{e}");
    // Another journey that only shares the id: a separate first change.
    let other_dir = tempfile::tempdir().unwrap();
    let mut other = Store::create(&other_dir.path().join("o.journeys")).unwrap();
    let mut lookalike = before.clone();
    lookalike.name = "Made elsewhere".into();
    other.add_journey(&lookalike).unwrap();
    let changes = other.changes_after(id, &[]).unwrap();
    let e = ana.receive(id, &changes).unwrap_err();
    assert_eq!(e.code(), "unrelated_remote", "{e}");
    // A change whose ancestors did not come.
    let mut ben = Store::open(&ben_path).unwrap();
    ben.apply(id, &rename("one"), None).unwrap();
    let mid = ben.heads_of(id).unwrap();
    ben.apply(id, &rename("two"), None).unwrap();
    let only_last = ben.changes_after(id, &mid).unwrap();
    let e = ana.receive(id, &only_last).unwrap_err();
    assert_eq!(e.code(), "bad_remote", "{e}");
    assert_eq!(ana.journey(id).unwrap().0, &before);
    assert_eq!(ana.journey(id).unwrap().1, rev);
    assert!(ana.check_document(id).unwrap());
}

#[test]
fn chunks_stored_by_sync_but_not_yet_taken_in_are_shown_after_a_restart() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ben = Store::open(&ben_path).unwrap();
    let before = ben.heads_of(id).unwrap();
    ben.apply(id, &rename("Renamed by Ben"), None).unwrap();
    let keys: Vec<(String, Vec<u8>)> = ben
        .chunks(&journey_doc::chunk_prefix(id))
        .unwrap()
        .into_iter()
        .collect();
    let mut ana = Store::open(&ws.path).unwrap();
    assert_ne!(before, ben.heads_of(id).unwrap());
    // samod stores the chunks (Storage::put), then the app is killed before `receive`.
    for (k, v) in &keys {
        ana.put_chunk(k, v).unwrap();
    }
    drop(ana);
    let mut ana = Store::open(&ws.path).unwrap();
    assert_eq!(ana.journey(id).unwrap().0.name, "Renamed by Ben");
    assert!(ana.check_document(id).unwrap());
}

#[test]
fn every_commit_of_ours_is_announced_and_what_was_received_is_not() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    let mut ben = Store::open(&ben_path).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    ana.on_commit(move |doc| tx.send(doc).unwrap());
    ana.apply(id, &rename("x"), None).unwrap();
    ana.undo(id).unwrap();
    assert_eq!(rx.try_iter().collect::<Vec<_>>(), vec![id, id]);
    ben.apply(id, &rename("from Ben"), None).unwrap();
    send(&mut ben, &mut ana);
    assert!(rx.try_iter().next().is_none(), "a received change was announced as ours");
    let ws_id = ana.workspace_id().unwrap().unwrap();
    let added = ana.duplicate_journey(id, "copy").unwrap();
    let got: Vec<Id> = rx.try_iter().collect();
    assert!(got.contains(&ws_id) && got.contains(&added), "{got:?}");
}

/// The layout the window holds is brought up to a teammate's changes the way it is after an
/// edit of ours (only what they touched is laid out again): it must stay the layout a fresh
/// start gives, whatever they did.
#[test]
fn the_windows_layout_after_a_teammates_changes_is_the_layout_of_the_journey_as_it_now_is() {
    let (ws, store) = sample_workspace();
    let id = first_journey(&store);
    drop(store);
    let ben_path = copy_of(&ws.path, "ben.journeys");
    let mut ana = Store::open(&ws.path).unwrap();
    let mut ben = Store::open(&ben_path).unwrap();
    ben.view(id).unwrap(); // a window shows the journey: its layout is kept and patched
    let j = ana.journey(id).unwrap().0.clone();
    let stages: Vec<Id> = j.graph.stages().map(|s| s.id).collect();
    let lanes: Vec<Id> = j.lanes.iter().map(|l| l.id).collect();
    let cards: Vec<Id> = j.cards.keys().copied().collect();
    let long = "A much longer card text that wraps over several lines of the card, so the card grows taller and the cards below it in its cell move down to make room for it.";
    let rounds: Vec<Vec<Edit>> = vec![
        // New cards in two cells, one text made long (its cell grows), one card removed.
        vec![
            Edit::CreateCard { id: new_id(), stage: stages[0], lane: lanes[0], index: Some(0), text: "New first card".into() },
            Edit::CreateCard { id: new_id(), stage: stages[2], lane: lanes[1], index: None, text: "New card at the end".into() },
            {
                let mut c = j.cards[&cards[1]].clone();
                c.text = long.into();
                Edit::UpdateCard { card: c }
            },
            Edit::RemoveCard { id: cards[2] },
        ],
        // Cards moved across stages and lanes, and a stage moved.
        vec![
            Edit::PlaceCards { ids: vec![cards[3], cards[4]], stage: stages[stages.len() - 1], lane: lanes[lanes.len() - 1], index: 0 },
            Edit::MoveStage { id: stages[1], steps: 1 },
        ],
        // A stage renamed into Persian: the map turns right to left.
        vec![{
            let mut s = j.graph.stage(stages[0]).unwrap().clone();
            s.name = "احساس نیاز به یک راه تازه".into();
            Edit::UpdateStage { stage: s }
        }],
    ];
    for (i, edits) in rounds.into_iter().enumerate() {
        for e in edits {
            ana.apply(id, &e, None).unwrap();
        }
        let got = send(&mut ana, &mut ben);
        assert!(got.iter().any(|r| r.journey == Some(id)), "round {i}: nothing arrived");
        let (journey, layout, _) = ben.view(id).unwrap();
        let fresh = LiveLayout::new(journey).layout();
        assert_eq!(layout, fresh, "round {i}: the kept layout drifted from the journey's");
        assert_eq!(ben.journey(id).unwrap().0, ana.journey(id).unwrap().0, "round {i}");
    }
}
