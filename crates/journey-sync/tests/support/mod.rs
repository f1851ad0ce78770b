//! What the live-sync tests share: bounded waits and a journey's name read, set and found.

#![allow(dead_code)] // each test crate uses its own part of it

use std::time::{Duration, Instant};

use journey_core::{Edit, Id};
use journey_sync::client::{with, Shared};

/// Waits until `ok` holds, failing the test after `limit`.
pub fn wait_for(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) {
    let until = Instant::now() + limit;
    while !ok() {
        assert!(Instant::now() < until, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn first_journey(host: &Shared) -> Id {
    with(host, |s| s.journeys().unwrap()[0].id)
}

pub fn name_of(host: &Shared, id: Id) -> String {
    with(host, |s| s.journey(id).map(|j| j.0.name.clone()).unwrap_or_default())
}

pub fn rename(host: &Shared, id: Id, name: &str) {
    with(host, |s| s.apply(id, &Edit::SetJourney { name: name.into(), goal: String::new() }, None).unwrap());
}
