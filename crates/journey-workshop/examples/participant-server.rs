//! A workshop session on the sample journey, on loopback, for the participant page's browser
//! tests (tests/browser/participant-page.test.mjs): prints the page's address and the join code
//! on one line, opens the pain-point lane, and runs until its standard input closes. The journey
//! is held in memory and edited with the core, as the store would.

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};

use journey_core::{apply_tracked, Change, Edit, Id, Journey, LaneKind, LiveLayout};
use journey_workshop::{Action, Host, Server};

struct Memory {
    journey: Mutex<Journey>,
    state: Mutex<(u64, LiveLayout)>,
}

impl Host for Memory {
    fn journey(&self, _: Id) -> Result<Journey, String> {
        Ok(self.journey.lock().unwrap().clone())
    }
    fn journey_and_revision(&self, _: Id) -> Result<(Journey, Option<u64>), String> {
        let j = self.journey.lock().unwrap();
        Ok((j.clone(), Some(self.state.lock().unwrap().0)))
    }
    fn apply(&self, _: Id, edit: &Edit) -> Result<Change, String> {
        let mut j = self.journey.lock().unwrap();
        let mut state = self.state.lock().unwrap();
        let (revision, live) = &mut *state;
        let t = apply_tracked(&mut j, live, edit, *revision).map_err(|e| e.to_string())?;
        *revision = t.change.revision;
        Ok(t.change)
    }
    fn record(&self, _: Id, _: &str, _: &str) {}
    fn changed(&self) {}
}

fn main() {
    let j = journey_core::sample::sample_journeys().remove(0);
    let (id, pains) = (j.id, j.lanes.iter().find(|l| l.kind == LaneKind::PainPoints).map(|l| l.id));
    let live = LiveLayout::new(&j);
    let host = Arc::new(Memory { journey: Mutex::new(j), state: Mutex::new((1, live)) });
    let server = Server::start(host, id, IpAddr::V4(Ipv4Addr::LOCALHOST), 0).expect("the session starts");
    server.act(Action::OpenLanes { lanes: pains.into_iter().collect() }).expect("the lane opens");
    println!("http://{} {}", server.addr(), server.code());
    // Until the test is done with it.
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    server.stop();
}
