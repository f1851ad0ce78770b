use crate::support::*;
use journey_core::sample::sample_journeys;
use journey_store::Store;

#[test]
fn importing_the_same_journeys_twice_keeps_both_copies() {
    let (ws, mut store) = sample_workspace();
    let before = store.journeys().unwrap().len();
    // The sample's own journeys: their ids are already in the file.
    let ids = store.import_journeys(&sample_journeys()).unwrap();
    assert_eq!(ids.len(), 2);
    let all = store.journeys().unwrap();
    assert_eq!(all.len(), before + 2);
    for id in &ids {
        assert!(sample_journeys().iter().all(|j| j.id != *id), "an existing journey was replaced");
    }
    drop(store);
    let mut store = Store::open(&ws.path).unwrap();
    let copy = store.journey(ids[0]).unwrap().0.clone();
    assert_eq!(copy.cards.len(), sample_journeys()[0].cards.len());
}

#[test]
fn a_batch_with_one_bad_journey_adds_nothing() {
    let (ws, mut store) = sample_workspace();
    let mut journeys = sample_journeys();
    journeys[1].name = "   ".into();
    let err = store.import_journeys(&journeys).unwrap_err();
    assert!(err.to_string().contains("journey name"), "{err}");
    drop(store);
    let store = Store::open(&ws.path).unwrap();
    assert_eq!(store.journeys().unwrap().len(), 2, "part of the batch was added");
}

#[test]
fn the_workshop_record_survives_reopening_in_order() {
    let (ws, mut store) = sample_workspace();
    let id = first_journey(&store);
    store.log_workshop(id, "Ana", "added “Queue at the door”").unwrap();
    store.log_workshop(id, "Facilitator", "revealed 3 private cards").unwrap();
    drop(store);
    let store = Store::open(&ws.path).unwrap();
    let log = store.workshop_log(id).unwrap();
    assert_eq!(log.iter().map(|(_, who, what)| (who.as_str(), what.as_str())).collect::<Vec<_>>(),
        vec![("Ana", "added “Queue at the door”"), ("Facilitator", "revealed 3 private cards")]);
    assert!(log[0].0.len() == 19, "a time like 2026-11-26 10:00:00: {}", log[0].0);
}
