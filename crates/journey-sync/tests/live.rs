//! Studios syncing through a real team server on loopback: real files, real sockets, TLS with
//! the pinned certificate. Each wait is for a condition, bounded.

mod support;
use support::*;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use journey_core::{Edit, Id};
use journey_store::Store;
use journey_sync::client::{with, Shared};
use journey_sync::share;
use journey_sync::{Client, ServerOptions, TeamServer};

fn server(dir: &std::path::Path, plain: bool) -> TeamServer {
    let mut o = ServerOptions::new(dir.to_path_buf(), "127.0.0.1:0".parse().unwrap());
    o.plain = plain;
    // These tests open many connections from one address in a second; the limit is tested apart.
    o.connects = (1000.0, 1000.0);
    TeamServer::start(o).unwrap()
}

/// A WebSocket upgrade as any client would make it (TLS with the pinned certificate, then the
/// plain automerge-repo handshake): Ok when let in, else the HTTP status.
async fn raw_upgrade(target: &journey_sync::wire::Target, path: &str, auth: Option<&str>) -> Result<(), u16> {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let port = target.server.port().unwrap();
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let config = journey_sync::tls::client_config(target.fingerprint.clone(), Arc::new(Mutex::new(None)));
    let name = rustls::pki_types::ServerName::try_from("journey-studio").unwrap();
    let tls = tokio_rustls::TlsConnector::from(config).connect(name, tcp).await.unwrap();
    let mut req = format!("wss://127.0.0.1:{port}{path}").into_client_request().unwrap();
    req.headers_mut().insert("journey-sync", "1".parse().unwrap());
    if let Some(a) = auth {
        req.headers_mut().insert("authorization", a.parse().unwrap());
    }
    match tokio_tungstenite::client_async(req, tls).await {
        Ok(_) => Ok(()),
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => Err(r.status().as_u16()),
        Err(e) => panic!("{e}"),
    }
}

/// A team server with Ana's shared, uploaded workspace (the sample) and Ben's joined copy.
struct Team {
    srv: TeamServer,
    invitation: journey_sync::Invitation,
    target: journey_sync::wire::Target,
    ana: Arc<Shared>,
    ben: Arc<Shared>,
}

fn team(dir: &std::path::Path) -> Team {
    let srv = server(&dir.join("server"), false);
    let mut store = Store::create_with_sample(&dir.join("ana.journeys")).unwrap();
    let invitation = share::share(&mut store, &srv.url(), None, "Team").unwrap();
    let target = share::target(&store).unwrap();
    let ana = Arc::new(Shared(Mutex::new(store)));
    share::sync_once(ana.clone(), target.clone(), Duration::from_secs(30)).unwrap();
    let ben = share::join(&invitation, &dir.join("ben.journeys"), Duration::from_secs(30)).unwrap();
    Team { srv, invitation, target, ana, ben }
}

#[test]
fn a_shared_workspace_is_joined_and_edited_live_both_ways_over_tls() {
    let _ = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_test_writer().try_init();
    let dir = tempfile::tempdir().unwrap();
    let srv = server(&dir.path().join("server"), false);
    assert!(srv.url().starts_with("wss://127.0.0.1:"));
    let mut ana_store = Store::create_with_sample(&dir.path().join("ana.journeys")).unwrap();
    ana_store.set_author("Ana");
    let invitation = share::share(&mut ana_store, &srv.url(), None, "Team").unwrap();
    assert_eq!(invitation.fingerprint.as_deref(), srv.fingerprint());
    let target = share::target(&ana_store).unwrap();
    let ana = Arc::new(Shared(Mutex::new(ana_store)));
    share::sync_once(ana.clone(), target.clone(), Duration::from_secs(30)).unwrap();

    let parsed = journey_sync::Invitation::parse(&invitation.text()).unwrap();
    let ben = share::join(&parsed, &dir.path().join("ben.journeys"), Duration::from_secs(30)).unwrap();
    let names = |h: &Shared| with(h, |s| s.journeys().unwrap().into_iter().map(|j| j.name).collect::<Vec<_>>());
    assert_eq!(names(&*ben), names(&*ana));
    let id = first_journey(&*ana);
    assert_eq!(with(&*ana, |s| s.journey(id).unwrap().0.clone()), with(&*ben, |s| s.journey(id).unwrap().0.clone()));

    // Live, both ways.
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let ben_target = with(&*ben, |s| share::target(s).unwrap());
    let ben_client = Client::start(ben.clone(), ben_target).unwrap();
    rename(&*ana, id, "Renamed by Ana");
    wait_for("Ana's change at Ben's", Duration::from_secs(10), || name_of(&*ben, id) == "Renamed by Ana");
    rename(&*ben, id, "Then by Ben");
    wait_for("Ben's change at Ana's", Duration::from_secs(10), || name_of(&*ana, id) == "Then by Ben");
    // Ben's change is not in Ana's undo stack: her undo takes back her own rename, which Ben's
    // replaced, so it keeps his.
    let undo = with(&*ana, |s| s.undo(id).unwrap());
    assert_eq!(name_of(&*ana, id), "Then by Ben", "{:?}", undo.skipped);
    assert!(with(&*ana, |s| s.check_document(id).unwrap()));
    // Both files come to hold the same documents.
    let docs = with(&*ana, |s| s.document_ids().unwrap());
    let same = |doc: Id| {
        let (mut a, mut b) = (with(&*ana, |s| s.heads_of(doc).unwrap()), with(&*ben, |s| s.heads_of(doc).unwrap()));
        a.sort();
        b.sort();
        a == b
    };
    wait_for("the same heads everywhere", Duration::from_secs(10), || docs.iter().all(|d| same(*d)));
    ana_client.stop();
    ben_client.stop();
    assert_eq!(with(&*ana, |s| s.journey(id).unwrap().0.clone()), with(&*ben, |s| s.journey(id).unwrap().0.clone()));
    srv.stop();
}

#[test]
fn without_the_secret_nothing_is_read_or_written_and_a_rotated_secret_is_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let srv = server(&dir.path().join("server"), false);
    let mut store = Store::create_with_sample(&dir.path().join("ana.journeys")).unwrap();
    let invitation = share::share(&mut store, &srv.url(), None, "Team").unwrap();
    let target = share::target(&store).unwrap();
    let ana = Arc::new(Shared(Mutex::new(store)));
    share::sync_once(ana.clone(), target.clone(), Duration::from_secs(30)).unwrap();

    // A client that knows the workspace (and so every document id) but not the secret.
    let mut wrong = target.clone();
    wrong.owner = None;
    wrong.secret = journey_sync::invite::random_secret();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let e = rt.block_on(journey_sync::wire::connect(&wrong, Arc::new(Mutex::new(None)))).err().unwrap();
    assert_eq!(e, journey_sync::ConnectError::WrongSecret);
    wrong.secret = String::new();
    let e = rt.block_on(journey_sync::wire::connect(&wrong, Arc::new(Mutex::new(None)))).err().unwrap();
    assert_eq!(e, journey_sync::ConnectError::WrongSecret);
    // A raw WebSocket client (automerge-repo's protocol, no headers of ours), at the document's
    // own path, at the workspace's path without the secret, and with a wrong one.
    let doc = journey_doc::document_id(first_journey(&*ana));
    let ws = target.workspace;
    for (path, auth) in [
        (format!("/{doc}"), None),
        (format!("/sync/{ws}"), None),
        (format!("/sync/{ws}"), Some(format!("Bearer {}", journey_sync::invite::random_secret()))),
    ] {
        let status = rt.block_on(raw_upgrade(&target, &path, auth.as_deref()));
        assert!(matches!(status, Err(401) | Err(404) | Err(426)), "{path} {auth:?}: {status:?}");
    }
    // With the right secret the same raw client is let in: the refusals above were the secret's.
    let right = format!("Bearer {}", target.secret);
    assert_eq!(rt.block_on(raw_upgrade(&target, &format!("/sync/{ws}"), Some(&right))), Ok(()));
    // The wrong certificate (another server at the same address would show one).
    let mut pinned = target.clone();
    pinned.fingerprint = Some("00".repeat(32));
    let e = rt.block_on(journey_sync::wire::connect(&pinned, Arc::new(Mutex::new(None)))).err().unwrap();
    assert_eq!(e, journey_sync::ConnectError::Certificate);

    // A member joins, then the owner rotates: the member's invitation stops working.
    let ben = share::join(&invitation, &dir.path().join("ben.journeys"), Duration::from_secs(30)).unwrap();
    let new = with(&*ana, share::rotate).unwrap();
    assert_ne!(new.secret, invitation.secret);
    let ben_target = with(&*ben, |s| share::target(s).unwrap());
    let e = share::sync_once(ben.clone(), ben_target, Duration::from_secs(20)).err().unwrap();
    assert_eq!(e.code(), "revoked", "{e}");
    let e = share::join(&invitation, &dir.path().join("carl.journeys"), Duration::from_secs(20)).err().unwrap();
    assert_eq!(e.code(), "revoked", "{e}");
    assert!(!dir.path().join("carl.journeys").exists(), "a failed join left its file");
    // The new invitation works.
    share::join(&new, &dir.path().join("dana.journeys"), Duration::from_secs(30)).unwrap();
    srv.stop();
}

#[test]
fn teammates_see_who_is_in_a_journey_and_what_they_selected_until_they_leave() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv: _srv, target, ana, ben, .. } = team(dir.path());
    let id = first_journey(&*ana);
    let card = with(&*ana, |s| *s.journey(id).unwrap().0.cards.keys().next().unwrap());
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let ben_client = Client::start(ben.clone(), with(&*ben, |s| share::target(s).unwrap())).unwrap();
    ana_client.wait_synced(Duration::from_secs(20)).unwrap();
    ben_client.wait_synced(Duration::from_secs(20)).unwrap();
    ana_client.focus("Ana", "#c0392b", Some(id), vec![card]);
    ben_client.focus("Ben", "#2471a3", Some(id), vec![]);
    wait_for("Ana in Ben's room", Duration::from_secs(6), || {
        ben_client.peers(id).iter().any(|p| p.name == "Ana" && p.colour == "#c0392b" && p.selection == vec![card])
    });
    wait_for("Ben in Ana's room", Duration::from_secs(6), || ana_client.peers(id).iter().any(|p| p.name == "Ben"));
    assert!(ana_client.peers(id).iter().all(|p| p.name != "Ana"), "one sees oneself");
    // Ana selects nothing, then leaves: Ben sees each.
    ana_client.focus("Ana", "#c0392b", Some(id), vec![]);
    wait_for("Ana's new selection", Duration::from_secs(6), || {
        ben_client.peers(id).iter().any(|p| p.name == "Ana" && p.selection.is_empty())
    });
    ana_client.stop();
    wait_for("Ana gone from Ben's room", Duration::from_secs(10), || ben_client.peers(id).is_empty());
    ben_client.stop();
}

#[test]
fn a_studio_accepts_its_teammates_directly_when_the_team_server_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv, invitation, target, ana, ben } = team(dir.path());
    srv.stop(); // the room has Wi-Fi but no way to the server
    let id = first_journey(&*ana);

    // Ana's studio accepts the room; the invitation it shows points at her laptop.
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let (room, room_invitation) = ana_client.serve_room("127.0.0.1:0".parse().unwrap()).unwrap();
    assert_ne!(room_invitation.server, invitation.server);
    assert_eq!(room_invitation.secret, invitation.secret);
    // Ben connects to her laptop with it, and they edit live.
    let mut ben_target = with(&*ben, |s| share::target(s).unwrap());
    ben_target.server = url::Url::parse(&room_invitation.server).unwrap();
    ben_target.fingerprint = room_invitation.fingerprint.clone();
    let ben_client = Client::start(ben.clone(), ben_target.clone()).unwrap();
    rename(&*ben, id, "Renamed in the room");
    wait_for("Ben's change at Ana's", Duration::from_secs(10), || name_of(&*ana, id) == "Renamed in the room");
    rename(&*ana, id, "And back");
    wait_for("Ana's change at Ben's", Duration::from_secs(10), || name_of(&*ben, id) == "And back");
    // A newcomer joins from the room's invitation alone.
    let carl = share::join(&room_invitation, &dir.path().join("carl.journeys"), Duration::from_secs(30)).unwrap();
    assert_eq!(with(&*carl, |s| s.journey(id).unwrap().0.clone()), with(&*ana, |s| s.journey(id).unwrap().0.clone()));
    // The room admits only this workspace's secret.
    let mut wrong = ben_target.clone();
    wrong.secret = journey_sync::invite::random_secret();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let e = rt.block_on(journey_sync::wire::connect(&wrong, Arc::new(Mutex::new(None)))).err().unwrap();
    assert_eq!(e, journey_sync::ConnectError::WrongSecret);
    ben_client.stop();
    room.stop();
    ana_client.stop();
}

#[test]
fn a_client_flooding_the_server_is_slowed_and_the_others_keep_syncing() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv, target, ana, ben, .. } = team(dir.path());
    let id = first_journey(&*ana);

    // A member's client gone wrong: admitted with the secret, it sends junk as fast as it can.
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let mut flooder_target = target.clone();
    flooder_target.owner = None;
    let ws = rt.block_on(journey_sync::wire::connect(&flooder_target, Arc::new(Mutex::new(None)))).unwrap();
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let sent = Arc::new(AtomicUsize::new(0));
    let cut_off = Arc::new(AtomicBool::new(false));
    let (counter, cut) = (sent.clone(), cut_off.clone());
    let started = Instant::now();
    let flood = rt.spawn(async move {
        use futures::SinkExt;
        let mut ws = ws;
        let junk = vec![0xA5u8; 60_000];
        while ws.send(tokio_tungstenite::tungstenite::Message::Binary(junk.clone().into())).await.is_ok() {
            counter.fetch_add(1, Ordering::Relaxed);
        }
        cut.store(true, Ordering::Relaxed);
    });

    // Meanwhile the honest two edit and see each other's changes.
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let ben_client = Client::start(ben.clone(), with(&*ben, |s| share::target(s).unwrap())).unwrap();
    rename(&*ana, id, "Despite the flood");
    wait_for("Ana's change at Ben's", Duration::from_secs(15), || name_of(&*ben, id) == "Despite the flood");
    rename(&*ben, id, "Still in step");
    wait_for("Ben's change at Ana's", Duration::from_secs(15), || name_of(&*ana, id) == "Still in step");
    // The flooder was cut off (what it sends is not automerge-repo's protocol), or at most let
    // through at the meter's pace (its burst, then 200 messages a second, and what the socket
    // buffers hold).
    let m = journey_sync::wire::Meter::DEFAULT;
    let allowed = m.message_burst + m.messages_per_second * started.elapsed().as_secs_f64() + 200.0;
    let n = sent.load(Ordering::Relaxed);
    assert!(cut_off.load(Ordering::Relaxed) || (n as f64) < allowed, "{n} junk messages went through (allowed {allowed})");
    flood.abort();
    ana_client.stop();
    ben_client.stop();
    srv.stop();
}

/// A TCP relay between one client and the server, for faults of that client's network alone:
/// `stall` holds what the server sends (the client's changes go out, no confirmation comes
/// back); `cut` closes its connections and refuses new ones until `mend`.
struct Relay {
    port: u16,
    stalled: Arc<std::sync::atomic::AtomicBool>,
    cut: Arc<std::sync::atomic::AtomicBool>,
    open: Arc<Mutex<Vec<std::net::TcpStream>>>,
}

impl Relay {
    fn to(server_port: u16) -> Relay {
        use std::sync::atomic::{AtomicBool, Ordering};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let (stalled, cut) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
        let open: Arc<Mutex<Vec<std::net::TcpStream>>> = Arc::default();
        let (s, c, o) = (stalled.clone(), cut.clone(), open.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                if c.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let Ok(server) = std::net::TcpStream::connect(("127.0.0.1", server_port)) else { continue };
                o.lock().unwrap().extend([client.try_clone().unwrap(), server.try_clone().unwrap()]);
                let pipe = |mut from: std::net::TcpStream, mut to: std::net::TcpStream, hold: Option<Arc<AtomicBool>>| {
                    std::thread::spawn(move || {
                        use std::io::{Read, Write};
                        let mut buf = vec![0u8; 64 * 1024];
                        loop {
                            let n = match from.read(&mut buf) {
                                Ok(0) | Err(_) => break,
                                Ok(n) => n,
                            };
                            while hold.as_ref().is_some_and(|h| h.load(Ordering::SeqCst)) {
                                std::thread::sleep(Duration::from_millis(5));
                            }
                            if to.write_all(&buf[..n]).is_err() {
                                break;
                            }
                        }
                        let _ = to.shutdown(std::net::Shutdown::Both);
                    });
                };
                pipe(client.try_clone().unwrap(), server.try_clone().unwrap(), None);
                pipe(server, client, Some(s.clone()));
            }
        });
        Relay { port, stalled, cut, open }
    }

    /// `target` through this relay.
    fn target(&self, target: &journey_sync::wire::Target) -> journey_sync::wire::Target {
        let mut t = target.clone();
        t.server.set_port(Some(self.port)).unwrap();
        t
    }

    fn stall(&self, on: bool) {
        self.stalled.store(on, std::sync::atomic::Ordering::SeqCst);
    }

    fn cut(&self) {
        self.cut.store(true, std::sync::atomic::Ordering::SeqCst);
        for s in self.open.lock().unwrap().drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }

    fn mend(&self) {
        self.cut.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

fn pending(c: &Client) -> Option<usize> {
    match c.status() {
        journey_sync::client::Status::Connected { pending } => Some(pending),
        _ => None,
    }
}

#[test]
fn the_status_counts_the_changes_the_server_has_not_confirmed_yet() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv, target, ana, ben, .. } = team(dir.path());
    let id = first_journey(&*ana);
    let relay = Relay::to(srv.addr().port());
    let ana_client = Client::start(ana.clone(), relay.target(&target)).unwrap();
    ana_client.wait_synced(Duration::from_secs(20)).unwrap();
    wait_for("Ana in sync", Duration::from_secs(10), || pending(&ana_client) == Some(0));
    // The server's answers are held: Ana's five edits go out, none is confirmed.
    relay.stall(true);
    for i in 0..5 {
        rename(&*ana, id, &format!("Edit {i}"));
    }
    wait_for("five changes shown as pending", Duration::from_secs(10), || pending(&ana_client) == Some(5));
    // Answers flow again: nothing is pending, and a teammate has them all.
    relay.stall(false);
    wait_for("nothing pending", Duration::from_secs(10), || pending(&ana_client) == Some(0));
    share::sync_once(ben.clone(), with(&*ben, |s| share::target(s).unwrap()), Duration::from_secs(30)).unwrap();
    assert_eq!(name_of(&*ben, id), "Edit 4");
    ana_client.stop();
    srv.stop();
}

#[test]
fn a_studio_cut_off_from_the_team_keeps_working_and_converges_when_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv, invitation, target, ana, ben } = team(dir.path());
    let carl = share::join(&invitation, &dir.path().join("carl.journeys"), Duration::from_secs(30)).unwrap();
    let id = first_journey(&*ana);
    let cards: Vec<Id> = with(&*ana, |s| s.journey(id).unwrap().0.cards.keys().copied().take(3).collect());
    let retext = |host: &Shared, card: Id, text: &str| {
        let mut c = with(host, |s| s.journey(id).unwrap().0.cards[&card].clone());
        c.text = text.into();
        with(host, |s| s.apply(id, &Edit::UpdateCard { card: c }, None).unwrap());
    };
    let text_of = |host: &Shared, card: Id| with(host, |s| s.journey(id).unwrap().0.cards[&card].text.clone());
    // Ben's network goes through a relay that can be cut; Ana and Carl reach the server.
    let relay = Relay::to(srv.addr().port());
    let ben_target = relay.target(&with(&*ben, |s| share::target(s).unwrap()));
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let ben_client = Client::start(ben.clone(), ben_target).unwrap();
    let carl_client = Client::start(carl.clone(), with(&*carl, |s| share::target(s).unwrap())).unwrap();
    retext(&*ana, cards[0], "Before the cut");
    wait_for("Ana's change at Ben's", Duration::from_secs(10), || text_of(&*ben, cards[0]) == "Before the cut");

    relay.cut();
    wait_for("Ben offline", Duration::from_secs(10), || matches!(ben_client.status(), journey_sync::client::Status::Offline { .. }));
    // Both sides go on: Ana and Carl still see each other; Ben works alone.
    retext(&*ana, cards[0], "Ana while Ben was away");
    retext(&*ben, cards[1], "Ben on the train");
    retext(&*carl, cards[2], "Carl while Ben was away");
    wait_for("Carl's change at Ana's", Duration::from_secs(10), || text_of(&*ana, cards[2]) == "Carl while Ben was away");
    assert_eq!(text_of(&*ben, cards[0]), "Before the cut", "Ben was cut off, yet got Ana's change");
    assert_ne!(text_of(&*ana, cards[1]), "Ben on the train", "Ben was cut off, yet Ana got his change");

    relay.mend();
    wait_for("Ben's change at Ana's", Duration::from_secs(20), || text_of(&*ana, cards[1]) == "Ben on the train");
    wait_for("Ana's and Carl's at Ben's", Duration::from_secs(20), || {
        text_of(&*ben, cards[0]) == "Ana while Ben was away" && text_of(&*ben, cards[2]) == "Carl while Ben was away"
    });
    wait_for("Ben's change at Carl's", Duration::from_secs(20), || text_of(&*carl, cards[1]) == "Ben on the train");
    // Converged: the same heads and the same journey in all three files, read models equal to
    // their documents.
    let docs = with(&*ana, |s| s.document_ids().unwrap());
    let heads = |h: &Shared, d: Id| {
        let mut v = with(h, |s| s.heads_of(d).unwrap());
        v.sort();
        v
    };
    wait_for("the same heads everywhere", Duration::from_secs(20), || {
        docs.iter().all(|d| heads(&*ana, *d) == heads(&*ben, *d) && heads(&*ana, *d) == heads(&*carl, *d))
    });
    for h in [&ana, &ben, &carl] {
        assert!(with(&**h, |s| s.check_document(id).unwrap()));
        assert_eq!(with(&**h, |s| s.journey(id).unwrap().0.clone()), with(&*ana, |s| s.journey(id).unwrap().0.clone()));
    }
    ana_client.stop();
    ben_client.stop();
    carl_client.stop();
    srv.stop();
}

#[test]
fn a_workspace_holds_at_most_its_cap_of_documents_on_the_server_and_the_rest_syncs_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create_with_sample(&dir.path().join("ana.journeys")).unwrap();
    let held = store.document_ids().unwrap().len();
    // Room for what the workspace holds and two more.
    let mut o = ServerOptions::new(dir.path().join("server"), "127.0.0.1:0".parse().unwrap());
    o.connects = (1000.0, 1000.0);
    o.documents = held + 2;
    let srv = TeamServer::start(o).unwrap();
    let invitation = share::share(&mut store, &srv.url(), None, "Team").unwrap();
    let target = share::target(&store).unwrap();
    let ana = Arc::new(Shared(Mutex::new(store)));
    share::sync_once(ana.clone(), target.clone(), Duration::from_secs(30)).unwrap();
    let ben = share::join(&invitation, &dir.path().join("ben.journeys"), Duration::from_secs(30)).unwrap();
    let id = first_journey(&*ana);
    let docs = dir.path().join("server").join("workspaces").join(target.workspace.to_string()).join("docs");
    let on_server = || journey_sync::cap::DocumentCap::held_on_disk(&docs).len();
    assert_eq!(on_server(), held);

    // Ben's studio makes five new journeys while syncing: two fit, the server keeps no more.
    let ben_client = Client::start(ben.clone(), with(&*ben, |s| share::target(s).unwrap())).unwrap();
    let ana_client = Client::start(ana.clone(), target).unwrap();
    for i in 0..5 {
        with(&*ben, |s| s.add_journey(&journey_core::sample::starter_journey(&format!("Extra {i}"))).unwrap());
    }
    wait_for("two new documents on the server", Duration::from_secs(15), || on_server() == held + 2);
    // The documents it holds go on syncing both ways.
    rename(&*ana, id, "Past the cap, still live");
    wait_for("Ana's change at Ben's", Duration::from_secs(10), || name_of(&*ben, id) == "Past the cap, still live");
    rename(&*ben, id, "And back");
    wait_for("Ben's change at Ana's", Duration::from_secs(10), || name_of(&*ana, id) == "And back");
    ana_client.flush();
    ben_client.flush();
    assert_eq!(on_server(), held + 2, "the server took on more documents than its cap");
    ana_client.stop();
    ben_client.stop();
    srv.stop();
}

#[test]
fn a_message_past_the_size_limit_ends_its_connection_and_bursts_of_connections_are_turned_away() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv, target, ana, ben, .. } = team(dir.path());
    let id = first_journey(&*ana);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();

    // An admitted client announces one frame larger than the limit: the server ends the
    // connection on the frame's header, without waiting for (or holding) its 65 MiB.
    let mut member = target.clone();
    member.owner = None;
    let mut ws = rt.block_on(journey_sync::wire::connect(&member, Arc::new(Mutex::new(None)))).unwrap();
    let ended = rt.block_on(async {
        use tokio::io::AsyncWriteExt;
        let len = (journey_sync::wire::MAX_MESSAGE as u64) + (1 << 20);
        let mut frame = vec![0x82u8, 0x80 | 127];
        frame.extend_from_slice(&len.to_be_bytes());
        frame.extend_from_slice(&[1, 2, 3, 4]); // the mask a client must send
        frame.extend_from_slice(&[0u8; 4096]);
        let io = ws.get_mut();
        io.write_all(&frame).await.unwrap();
        io.flush().await.unwrap();
        // Then it goes on sending the body slowly; the server must have hung up.
        let mut sent = 0usize;
        let until = Instant::now() + Duration::from_secs(10);
        while Instant::now() < until {
            match tokio::time::timeout(Duration::from_millis(200), io.write_all(&[0u8; 16 * 1024])).await {
                Ok(Ok(())) => sent += 16 * 1024,
                Ok(Err(_)) => return Some(sent),
                Err(_) => {}
            }
            let _ = io.flush().await;
        }
        None
    });
    let sent = ended.expect("the server kept a connection that announced a 65 MiB message");
    assert!(sent < 32 << 20, "the server read {sent} bytes of an oversized message before hanging up");

    // A burst of connections from one address: the first ten are served, the rest turned away
    // at once (two a second refill the allowance).
    let mut o = ServerOptions::new(dir.path().join("server2"), "127.0.0.1:0".parse().unwrap());
    o.plain = true;
    let strict = TeamServer::start(o).unwrap();
    let mut stranger = target.clone();
    stranger.server = url::Url::parse(&strict.url()).unwrap();
    stranger.fingerprint = None;
    let started = Instant::now();
    let served = rt.block_on(async {
        let mut served = 0;
        for _ in 0..40 {
            // A served connection is upgraded (the first registers the workspace here); a
            // turned-away one is closed before its upgrade.
            match journey_sync::wire::connect(&stranger, Arc::new(Mutex::new(None))).await {
                Ok(_) => served += 1,
                Err(journey_sync::ConnectError::Unreachable(..)) => {}
                Err(e) => panic!("{e:?}"),
            }
        }
        served
    });
    let allowed = journey_sync::server::CONNECT_BURST + journey_sync::server::CONNECTS_PER_SECOND * started.elapsed().as_secs_f64() + 1.0;
    assert!(served >= 10, "only {served} of a first burst of connections were served");
    assert!((served as f64) <= allowed, "{served} connections served in {:?} (allowed {allowed})", started.elapsed());
    strict.stop();

    // The honest two were never disturbed.
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let ben_client = Client::start(ben.clone(), with(&*ben, |s| share::target(s).unwrap())).unwrap();
    rename(&*ana, id, "After the abuse");
    wait_for("Ana's change at Ben's", Duration::from_secs(10), || name_of(&*ben, id) == "After the abuse");
    ana_client.stop();
    ben_client.stop();
    srv.stop();
}

#[test]
fn a_member_flooding_valid_messages_is_metered_and_the_others_stay_live() {
    let dir = tempfile::tempdir().unwrap();
    let Team { srv, invitation, target, ana, ben } = team(dir.path());
    let carl = share::join(&invitation, &dir.path().join("carl.journeys"), Duration::from_secs(30)).unwrap();
    let id = first_journey(&*ana);
    let ana_client = Client::start(ana.clone(), target).unwrap();
    let ben_client = Client::start(ben.clone(), with(&*ben, |s| share::target(s).unwrap())).unwrap();
    let carl_client = Arc::new(Client::start(carl.clone(), with(&*carl, |s| share::target(s).unwrap())).unwrap());
    ana_client.wait_synced(Duration::from_secs(20)).unwrap();
    carl_client.wait_synced(Duration::from_secs(20)).unwrap();
    // Carl's studio gone wrong: presence messages (automerge-repo ephemera, well formed) as fast
    // as it can make them.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flood = {
        let (c, stop) = (carl_client.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                c.focus("Carl", "#1e8449", Some(id), vec![journey_core::Id::new_v4()]);
                n += 1;
            }
            n
        })
    };
    // Meanwhile Ana and Ben edit and see each other's changes, ten times each way.
    let started = Instant::now();
    for i in 0..10 {
        rename(&*ana, id, &format!("Ana {i}"));
        wait_for("Ana's change at Ben's during the flood", Duration::from_secs(10), || name_of(&*ben, id) == format!("Ana {i}"));
        rename(&*ben, id, &format!("Ben {i}"));
        wait_for("Ben's change at Ana's during the flood", Duration::from_secs(10), || name_of(&*ana, id) == format!("Ben {i}"));
    }
    let elapsed = started.elapsed();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let made = flood.join().unwrap();
    // It was a flood: more than the meter lets through in that time (its burst, then 200 a
    // second), so the server had to slow Carl down for the others to stay live.
    let m = journey_sync::wire::Meter::DEFAULT;
    let allowed = m.message_burst + m.messages_per_second * elapsed.as_secs_f64();
    assert!(made as f64 > allowed, "the flood ({made} messages) was not a flood; the test proves nothing");
    ana_client.stop();
    ben_client.stop();
    drop(carl_client);
    srv.stop();
}

#[test]
fn a_plain_server_is_refused_anywhere_but_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = ServerOptions::new(dir.path().join("server"), "0.0.0.0:0".parse().unwrap());
    o.plain = true;
    let e = TeamServer::start(o).err().expect("a plain server on every interface started");
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
    assert!(e.to_string().contains("only for loopback"), "{e}");
    // On loopback it serves ws://.
    let mut o = ServerOptions::new(dir.path().join("server"), "127.0.0.1:0".parse().unwrap());
    o.plain = true;
    let srv = TeamServer::start(o).unwrap();
    assert!(srv.url().starts_with("ws://127.0.0.1:"), "{}", srv.url());
    srv.stop();
}
