//! A studio accepting the room, joined by the address and code it shows: the code exchange on
//! the room's own TLS listener (room.rs), then the same live sync as through a team server, on
//! loopback with real files and sockets; and the room found by mDNS where multicast works.

mod support;
use support::*;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use journey_store::Store;
use journey_sync::client::{with, Shared};
use journey_sync::room::{self, Room, RoomError};
use journey_sync::{share, Client};

/// Ana's workspace (the sample), on no team server, with its room open on loopback.
struct Host {
    ana: Arc<Shared>,
    client: Client,
    room: Room,
}

fn host(dir: &std::path::Path) -> Host {
    let mut store = Store::create_with_sample(&dir.join("ana.journeys")).unwrap();
    room::share_for_room(&mut store, "Clinic team").unwrap();
    assert!(!room::on_team_server(&store));
    let ana = Arc::new(Shared(Mutex::new(store)));
    let client = Client::start_local(ana.clone()).unwrap();
    let room = Room::open(&client, "127.0.0.1:0".parse().unwrap(), false).unwrap();
    Host { ana, client, room }
}

#[test]
fn a_teammate_who_types_the_address_and_code_joins_and_they_edit_live() {
    let dir = tempfile::tempdir().unwrap();
    let Host { ana, client, room } = host(dir.path());
    let address = room.address();
    assert!(address.starts_with("127.0.0.1:"), "{address}");
    let code = room.code();
    assert_eq!(code.len(), 9, "{code}: four, a dash, four");

    // Typed in lower case, without the dash: the invitation comes back, pinned to the room.
    let typed = code.replace('-', "").to_lowercase();
    let invitation = room::exchange(&address, &typed).unwrap();
    assert_eq!(invitation.server, format!("wss://{address}"));
    assert_eq!(invitation.fingerprint, room.invitation().fingerprint);
    assert_eq!(invitation.secret, room.invitation().secret);
    assert_eq!(invitation.name, "Clinic team");

    // Ben joins with it and they edit live, both ways.
    let ben = share::join(&invitation, &dir.path().join("ben.journeys"), Duration::from_secs(30)).unwrap();
    let id = first_journey(&ana);
    assert_eq!(with(&*ben, |s| s.journey(id).unwrap().0.clone()), with(&*ana, |s| s.journey(id).unwrap().0.clone()));
    let ben_client = Client::start(ben.clone(), with(&*ben, |s| share::target(s).unwrap())).unwrap();
    rename(&ana, id, "Renamed by the host");
    wait_for("the host's change at Ben's", Duration::from_secs(10), || name_of(&ben, id) == "Renamed by the host");
    rename(&ben, id, "Then by Ben");
    wait_for("Ben's change at the host's", Duration::from_secs(10), || name_of(&ana, id) == "Then by Ben");

    // The same secret next time: a room opened again admits Ben's file (at its new address).
    ben_client.stop();
    room.stop();
    let again = Room::open(&client, "127.0.0.1:0".parse().unwrap(), false).unwrap();
    assert_eq!(again.invitation().secret, invitation.secret, "the room's secret is kept in the host's file");
    assert_ne!(again.code(), code, "a new room, a new code");
    client.stop();
}

#[test]
fn a_wrong_code_is_refused_with_a_sentence_and_tries_beyond_the_limit_wait() {
    let dir = tempfile::tempdir().unwrap();
    let Host { client, room, .. } = host(dir.path());
    let address = room.address();
    let right = room.code();
    let wrong = if right.starts_with('A') { "BBBB-BBBB" } else { "AAAA-AAAA" };

    // Not a code at all: said without asking the room.
    let e = room::exchange(&address, "hello").unwrap_err();
    assert!(matches!(e, RoomError::BadCode(_)), "{e:?}");
    assert!(e.to_string().contains("8 letters and digits"), "{e}");
    let e = room::exchange("no-port-here", &right).unwrap_err();
    assert_eq!(e.code(), "bad_address", "{e}");

    // A wrong code: the room answered, and the answer does not open with it.
    let e = room::exchange(&address, wrong).unwrap_err();
    assert_eq!(e, RoomError::WrongCode(address.clone()));
    assert_eq!(e.code(), "wrong_code");
    assert!(e.to_string().contains("does not open the room"), "{e}");

    // Five tries at once from one address, then one every 12 s: the right code waits too (or
    // the limit would not limit guessing), and the sentence says how long.
    for _ in 0..4 {
        assert!(matches!(room::exchange(&address, wrong), Err(RoomError::WrongCode(_))));
    }
    let e = room::exchange(&address, &right).unwrap_err();
    let RoomError::TooManyAttempts(_, secs) = e.clone() else { panic!("{e:?}") };
    assert!((1..=12).contains(&secs), "{secs}");
    assert_eq!(e.code(), "too_many_attempts");
    assert!(e.to_string().contains(&format!("Wait {secs} seconds")), "{e}");
    room.stop();
    client.stop();
}

#[test]
fn a_stopped_room_refuses_its_code_and_its_invitation() {
    let dir = tempfile::tempdir().unwrap();
    let Host { client, room, .. } = host(dir.path());
    let (address, code) = (room.address(), room.code());
    let invitation = room::exchange(&address, &code).unwrap();
    room.stop();
    let e = room::exchange(&address, &code).unwrap_err();
    assert!(matches!(e, RoomError::NoRoom(..)), "{e:?}");
    assert_eq!(e.code(), "no_room");
    assert!(e.to_string().contains("still open"), "{e}");
    // The invitation it gave reaches nobody now.
    let e = share::join(&invitation, &dir.path().join("late.journeys"), Duration::from_secs(5)).err().expect("refused");
    // (share::join keeps trying an unreachable server until its time is up, as for a team server.)
    assert!(e.to_string().contains("cannot be reached"), "{e}");
    assert!(!dir.path().join("late.journeys").exists(), "a failed join leaves no file");
    client.stop();
}

#[test]
fn the_door_answers_only_its_request_and_the_sync_upgrade_still_needs_the_secret() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let Host { client, room, .. } = host(dir.path());
    let url = room::room_url(&room.address()).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let ask = |request: String| {
        rt.block_on(async {
            let mut io = journey_sync::wire::open(&url, None, Arc::new(Mutex::new(None))).await.unwrap();
            io.write_all(request.as_bytes()).await.unwrap();
            let mut out = Vec::new();
            let _ = io.read_to_end(&mut out).await;
            String::from_utf8_lossy(&out).to_string()
        })
    };
    let post = |body: &str| format!("POST /room/join HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\n\r\n{body}", body.len());
    assert!(ask(post("not json")).starts_with("HTTP/1.1 400"), "junk");
    assert!(ask(post(r#"{"v":1,"pake":"AAAA"}"#)).starts_with("HTTP/1.1 400"), "not a SPAKE2 message");
    assert!(ask(post(r#"{"v":9,"pake":"AAAA"}"#)).starts_with("HTTP/1.1 426"), "a newer joiner");
    assert!(ask("GET /room/join HTTP/1.1\r\nhost: x\r\n\r\n".into()).starts_with("HTTP/1.1 405"));
    let big = "POST /room/join HTTP/1.1\r\nhost: x\r\ncontent-length: 100000\r\n\r\n".to_string();
    assert!(ask(big).starts_with("HTTP/1.1 413"));
    // Anything else goes on to the WebSocket upgrade, which wants the workspace's secret.
    let mut target = journey_sync::wire::Target {
        server: url.clone(),
        workspace: room.invitation().workspace,
        fingerprint: room.invitation().fingerprint.clone(),
        secret: journey_sync::invite::random_secret(),
        owner: None,
        rotate: None,
    };
    let e = rt.block_on(journey_sync::wire::connect(&target, Arc::new(Mutex::new(None)))).err().expect("refused");
    assert_eq!(e, journey_sync::ConnectError::WrongSecret);
    target.secret = room.invitation().secret.clone();
    assert!(rt.block_on(journey_sync::wire::connect(&target, Arc::new(Mutex::new(None)))).is_ok(), "the secret is let in");
    room.stop();
    client.stop();
}

/// Someone on the network between the joiner and the room: it answers at the address the
/// joiner typed with a certificate of its own and relays the bytes to the real room, reading
/// everything that passes.
#[test]
fn someone_in_between_learns_neither_the_code_nor_the_secret_and_the_joiner_is_told() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let Host { client, room, .. } = host(dir.path());
    let real = room::room_url(&room.address()).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let relay_at = listener.local_addr().unwrap();
    let seen: Arc<Mutex<Vec<u8>>> = Arc::default();
    let heard = seen.clone();
    rt.spawn(async move {
        let acceptor = tokio_rustls::TlsAcceptor::from(journey_sync::tls::Identity::ephemeral().server_config());
        let (tcp, _) = listener.accept().await.unwrap();
        let mut joiner = acceptor.accept(tcp).await.unwrap();
        let mut request = vec![0u8; 8192];
        let n = joiner.read(&mut request).await.unwrap();
        request.truncate(n);
        let mut upstream = journey_sync::wire::open(&real, None, Arc::new(Mutex::new(None))).await.unwrap();
        upstream.write_all(&request).await.unwrap();
        let mut answer = Vec::new();
        let _ = upstream.read_to_end(&mut answer).await;
        joiner.write_all(&answer).await.unwrap();
        let _ = joiner.shutdown().await;
        let mut h = heard.lock().unwrap();
        h.extend_from_slice(&request);
        h.extend_from_slice(&answer);
    });
    let code = room.code();
    let e = room::exchange(&relay_at.to_string(), &code).unwrap_err();
    assert_eq!(e, RoomError::InBetween(relay_at.to_string()));
    assert_eq!(e.code(), "certificate");
    let heard = String::from_utf8_lossy(&seen.lock().unwrap()).to_string();
    assert!(heard.contains("/room/join"), "the relay saw the exchange");
    assert!(!heard.contains(&code) && !heard.contains(&code.replace('-', "")), "the code passed in the clear");
    assert!(!heard.contains(&room.invitation().secret), "the secret passed in the clear");
    room.stop();
    client.stop();
}

/// Whether multicast reaches this machine's own sockets (a sandbox may have no route for it).
fn multicast_works() -> Result<(), String> {
    use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
    let group = Ipv4Addr::new(239, 255, 77, 21);
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::DGRAM, Some(socket2::Protocol::UDP)).map_err(|e| e.to_string())?;
    socket.set_reuse_address(true).map_err(|e| e.to_string())?;
    socket.bind(&SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0).into()).map_err(|e| e.to_string())?;
    let socket: UdpSocket = socket.into();
    let port = socket.local_addr().map_err(|e| e.to_string())?.port();
    socket.join_multicast_v4(&group, &Ipv4Addr::UNSPECIFIED).map_err(|e| format!("joining a group: {e}"))?;
    socket.set_multicast_loop_v4(true).map_err(|e| e.to_string())?;
    socket.set_read_timeout(Some(Duration::from_secs(1))).map_err(|e| e.to_string())?;
    socket.send_to(b"ping", (group, port)).map_err(|e| format!("sending to a group: {e}"))?;
    let mut buf = [0u8; 8];
    socket.recv_from(&mut buf).map(|_| ()).map_err(|e| format!("nothing came back from a group: {e}"))
}

#[test]
fn a_room_is_found_on_the_local_network_by_its_workspace_name_and_gone_when_it_stops() {
    if let Err(why) = multicast_works() {
        println!("SKIPPED: multicast does not work on this machine ({why}); the room is still found by its typed address");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create_with_sample(&dir.path().join("ana.journeys")).unwrap();
    room::share_for_room(&mut store, "Clinic team").unwrap();
    let ana = Arc::new(Shared(Mutex::new(store)));
    let client = Client::start_local(ana).unwrap();
    let browser = journey_sync::mdns::Browser::start().unwrap();
    let room = Room::open(&client, "0.0.0.0:0".parse().unwrap(), true).unwrap();
    assert!(room.advertised());
    let port = room.addr().port();
    let mine = |b: &journey_sync::mdns::Browser| b.rooms().into_iter().find(|r| r.address.ends_with(&format!(":{port}")));
    wait_for("the room heard on the network", Duration::from_secs(10), || mine(&browser).is_some());
    let found = mine(&browser).unwrap();
    assert_eq!(found.name, "Clinic team");
    assert!(!found.host.is_empty());
    // What it found is where the room is: the code works there.
    assert!(room::exchange(&found.address, &room.code()).is_ok(), "{found:?}");
    room.stop();
    wait_for("the room gone from the list", Duration::from_secs(10), || mine(&browser).is_none());
    client.stop();
}
