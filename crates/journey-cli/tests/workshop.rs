//! A room that misbehaves, against `journey workshop` as a real process on loopback: the same
//! server and limits as the app's. Other loopback addresses (127.0.0.2, ...) stand for other
//! devices on the room's Wi-Fi. Every wait is for a condition, bounded in time.

mod support;
use support::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

/// A `journey workshop` process on the sample workspace, its join link read from its stdout.
struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    answers: std::sync::mpsc::Receiver<String>,
    addr: SocketAddr,
    code: String,
    _dir: tempfile::TempDir,
}

impl Session {
    fn start() -> Session {
        Session::start_with(&[])
    }

    /// `prefix`: a command the server runs under (`prlimit --nofile=...`).
    fn start_with(prefix: &[&str]) -> Session {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("room.journeys");
        let exe = env!("CARGO_BIN_EXE_journey");
        assert!(Command::new(exe).args(["new", file.to_str().unwrap()]).status().unwrap().success());
        let args = ["workshop", file.to_str().unwrap(), "--listen", "127.0.0.1:0", "--author", "Maryam"];
        let mut cmd = match prefix.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(exe).args(args);
                c
            }
            None => {
                let mut c = Command::new(exe);
                c.args(args);
                c
            }
        };
        let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().unwrap();
        let stdin = child.stdin.take();
        let (tx, answers) = std::sync::mpsc::channel();
        let out = BufReader::new(child.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in out.lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let url = answers.recv_timeout(Duration::from_secs(20)).expect("the join link on stdout");
        let code = answers.recv_timeout(Duration::from_secs(5)).expect("the code on stdout");
        let rest = url.strip_prefix("http://").expect(&url);
        let (host, query) = rest.split_once("/?code=").expect(&url);
        assert_eq!(query, code, "the link carries the code");
        Session { child, stdin, answers, addr: host.parse().unwrap(), code, _dir: dir }
    }

    /// A facilitator action on stdin, and its answer.
    fn act(&mut self, action: serde_json::Value) -> String {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{action}").unwrap();
        stdin.flush().unwrap();
        self.answers.recv_timeout(Duration::from_secs(10)).expect("an answer to the action")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP request from `from` (a loopback address), with `extra` header lines: status and body.
fn http_from(from: IpAddr, addr: SocketAddr, method: &str, path: &str, extra: &str, body: &str) -> (u16, String) {
    let mut s = bind_connect(from, addr);
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "{method} {path} HTTP/1.1\r\nHost: {addr}\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    (head.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0), body.to_string())
}

/// A blocking connection from a given loopback source address (tokio's socket, made blocking).
fn bind_connect(from: IpAddr, addr: SocketAddr) -> TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let s = rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::new(from, 0)).unwrap();
        socket.connect(addr).await.unwrap()
    });
    let s = s.into_std().unwrap();
    s.set_nonblocking(false).unwrap();
    s
}

fn join_from(from: IpAddr, addr: SocketAddr, name: &str, code: &str) -> (u16, serde_json::Value) {
    let body = serde_json::json!({ "name": name, "code": code }).to_string();
    let (status, body) = http_from(from, addr, "POST", "/api/join", "", &body);
    (status, serde_json::from_str(&body).unwrap_or(serde_json::Value::Null))
}

fn join(addr: SocketAddr, name: &str, code: &str) -> serde_json::Value {
    let (status, v) = join_from(IpAddr::from([127, 0, 0, 1]), addr, name, code);
    assert_eq!(status, 200, "{v}");
    v
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn socket(addr: SocketAddr, token: &str) -> Socket {
    tokio_tungstenite::connect_async(format!("ws://{addr}/api/ws?token={token}")).await.unwrap().0
}

/// The next JSON message of `kind`s from a socket, ten seconds at most.
async fn next_of(ws: &mut Socket, kinds: &[&str]) -> serde_json::Value {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => {
                    let v: serde_json::Value = serde_json::from_str(&t).unwrap();
                    if kinds.contains(&v["type"].as_str().unwrap_or_default()) {
                        return v;
                    }
                }
                Some(Ok(_)) => {}
                other => panic!("the socket ended: {other:?}"),
            }
        }
    })
    .await
    .expect("a message within 10 s")
}

/// The first pain-point lane and first stage of the participant's snapshot.
fn cell(state: &serde_json::Value) -> (String, String) {
    let lane = state["journey"]["lanes"].as_array().unwrap().iter().find(|l| l["open"] == true).unwrap()["id"].as_str().unwrap().to_string();
    let stage = state["journey"]["stages"][0]["id"].as_str().unwrap().to_string();
    (stage, lane)
}

#[test]
fn the_headless_host_prints_its_link_and_code_and_ends_when_its_input_ends() {
    let mut s = Session::start();
    assert_eq!(s.code.len(), 6);
    let (status, page) = http_from(IpAddr::from([127, 0, 0, 1]), s.addr, "GET", "/", "", "");
    assert_eq!(status, 200);
    assert!(page.contains("app.js"));
    // Every lane a card can go in is open.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let token = join(s.addr, "Ana", &s.code)["token"].as_str().unwrap().to_string();
    let state = rt.block_on(async { next_of(&mut socket(s.addr, &token).await, &["state"]).await });
    let lanes = state["journey"]["lanes"].as_array().unwrap();
    assert!(lanes.iter().filter(|l| l["open"] == true).count() >= lanes.len() - 1, "not every lane is open: {lanes:?}");
    // The facilitator's own name is taken.
    assert_eq!(join(s.addr, "maryam", &s.code)["name"], "maryam (2)");
    drop(s.stdin.take());
    let started = Instant::now();
    while s.child.try_wait().unwrap().is_none() {
        assert!(started.elapsed() < Duration::from_secs(10), "still running after its input ended");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(TcpStream::connect(s.addr).is_err(), "the port is still open");
}

#[test]
fn sigterm_ends_the_headless_host() {
    let mut s = Session::start();
    assert!(Command::new("kill").args(["-TERM", &s.child.id().to_string()]).status().unwrap().success());
    let started = Instant::now();
    let status = loop {
        if let Some(st) = s.child.try_wait().unwrap() {
            break st;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still running after SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_removed_and_banned_participant_cannot_rejoin_and_a_rotated_code_keeps_strangers_out() {
    let mut s = Session::start();
    let phone = IpAddr::from([127, 0, 0, 9]);
    let (status, eve) = join_from(phone, s.addr, "Eve", &s.code);
    assert_eq!(status, 200, "{eve}");
    assert_eq!(s.act(serde_json::json!({ "type": "ban", "participant": eve["id"], "address": true })), "ok");
    let (status, again) = join_from(phone, s.addr, "Eve", &s.code);
    assert_eq!((status, again["code"].as_str()), (403, Some("banned")), "{again}");
    let (status, again) = join_from(phone, s.addr, "Not Eve", &s.code);
    assert_eq!((status, again["code"].as_str()), (403, Some("banned")), "the banned device got in under another name: {again}");
    let (status, again) = join_from(IpAddr::from([127, 0, 0, 10]), s.addr, "eve", &s.code);
    assert_eq!(status, 403, "the banned name got in from another device: {again}");
    // The same code is not this session's any more once rotated.
    let old = s.code.clone();
    assert_eq!(s.act(serde_json::json!({ "type": "rotateCode" })), "ok");
    let (status, again) = join_from(IpAddr::from([127, 0, 0, 11]), s.addr, "Mallory", &old);
    assert_eq!((status, again["code"].as_str()), (403, Some("wrongCode")), "{again}");
}

#[test]
fn a_bidi_name_is_cleaned_and_one_device_cannot_fill_the_room() {
    let s = Session::start();
    let v = join(s.addr, "\u{202E}rotatilicaf\u{202C}", &s.code);
    assert_eq!(v["name"], "rotatilicaf", "{v}");
    let phone = IpAddr::from([127, 0, 0, 12]);
    let mut refused = None;
    for n in 0..40 {
        let (status, v) = join_from(phone, s.addr, &format!("P{n}"), &s.code);
        if status != 200 {
            refused = Some((n, status, v));
            break;
        }
    }
    let (n, status, v) = refused.expect("one device joined 40 times");
    assert_eq!((status, v["code"].as_str()), (429, Some("tooManyJoins")), "{v}");
    assert!(n <= 10, "{n} joins from one device");
}

#[test]
fn a_card_flood_from_one_participant_is_throttled_while_anothers_round_trip_stays_under_200_ms() {
    let s = Session::start();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let flooder = join(s.addr, "Flood", &s.code)["token"].as_str().unwrap().to_string();
    let honest = join(s.addr, "Ana", &s.code)["token"].as_str().unwrap().to_string();
    let addr = s.addr;
    rt.block_on(async move {
        let mut bad = socket(addr, &flooder).await;
        let state = next_of(&mut bad, &["state"]).await;
        let (stage, lane) = cell(&state);
        let mut good = socket(addr, &honest).await;
        next_of(&mut good, &["state"]).await;
        // The flood: 100 cards as fast as the socket takes them, then reading every answer (the
        // server reads a socket over its message rate no faster than the rate).
        let (mut bad_tx, mut bad_rx) = bad.split();
        let (stage2, lane2) = (stage.clone(), lane.clone());
        let flood = tokio::spawn(async move {
            let started = Instant::now();
            for n in 0..100 {
                let m = serde_json::json!({ "type": "add", "id": format!("f{n}"), "stage": stage2, "lane": lane2, "text": format!("spam {n}") });
                bad_tx.send(Message::Text(m.to_string().into())).await.unwrap();
            }
            let (mut acks, mut slow) = (0, None::<serde_json::Value>);
            let mut answers = 0;
            while answers < 100 {
                let v = next_of_split(&mut bad_rx).await;
                match v["type"].as_str() {
                    Some("ack") => {
                        acks += 1;
                        answers += 1;
                    }
                    Some("error") => {
                        answers += 1;
                        assert_eq!(v["code"], "slowDownCards", "{v}");
                        slow.get_or_insert(v);
                    }
                    _ => {}
                }
            }
            (acks, slow, started.elapsed())
        });
        // Meanwhile the honest participant adds ten cards, one at a time, timing each answer.
        let mut worst = Duration::ZERO;
        for n in 0..10 {
            let m = serde_json::json!({ "type": "add", "id": format!("a{n}"), "stage": stage, "lane": lane, "text": format!("honest {n}") });
            let sent = Instant::now();
            good.send(Message::Text(m.to_string().into())).await.unwrap();
            loop {
                let v = next_of(&mut good, &["ack", "error"]).await;
                if v["id"] == format!("a{n}") {
                    assert_eq!(v["type"], "ack", "the honest participant was refused: {v}");
                    break;
                }
            }
            worst = worst.max(sent.elapsed());
            tokio::time::sleep(Duration::from_millis(600)).await;
        }
        let (acks, slow, took) = flood.await.unwrap();
        let slow = slow.expect("the flood was never told to slow down");
        assert_eq!(slow["message"], "Slow down: at most 2 cards a second.");
        // Five at once, then two a second.
        let allowed = 5 + (took.as_secs_f64() * 2.0).ceil() as usize + 1;
        assert!(acks <= allowed, "{acks} cards of the flood were taken in {took:?}");
        assert!(worst < Duration::from_millis(200), "the honest participant's round trip reached {worst:?}");
    });
}

async fn next_of_split(rx: &mut futures_util::stream::SplitStream<Socket>) -> serde_json::Value {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match rx.next().await {
                Some(Ok(Message::Text(t))) => return serde_json::from_str(&t).unwrap(),
                Some(Ok(_)) => {}
                other => panic!("the socket ended: {other:?}"),
            }
        }
    })
    .await
    .expect("a message within 10 s")
}

#[test]
fn three_hundred_sockets_on_one_token_leave_one() {
    let s = Session::start();
    let token = join(s.addr, "Ana", &s.code)["token"].as_str().unwrap().to_string();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let addr = s.addr;
    rt.block_on(async move {
        let mut sockets = Vec::new();
        for n in 0..300u32 {
            // From several devices, so the per-address cap is not what closes them.
            let from = IpAddr::from([127, 0, 1, (n % 50) as u8 + 1]);
            let tcp = tokio::net::TcpSocket::new_v4().unwrap();
            tcp.bind(SocketAddr::new(from, 0)).unwrap();
            let stream = tcp.connect(addr).await.unwrap();
            let (ws, _) = tokio_tungstenite::client_async(format!("ws://{addr}/api/ws?token={token}"), tokio_tungstenite::MaybeTlsStream::Plain(stream)).await.unwrap();
            sockets.push(ws);
        }
        let mut last = sockets.pop().unwrap();
        let mut open = 0;
        for mut ws in sockets {
            let closed = tokio::time::timeout(Duration::from_secs(10), async {
                loop {
                    match ws.next().await {
                        Some(Ok(Message::Close(_))) | Some(Err(_)) | None => return true,
                        Some(Ok(_)) => {}
                    }
                }
            })
            .await
            .unwrap_or(false);
            if !closed {
                open += 1;
            }
        }
        assert_eq!(open, 0, "{open} older sockets on the token are still open");
        // The newest is the live one: it has its board and is answered.
        let state = next_of(&mut last, &["state"]).await;
        let (stage, lane) = cell(&state);
        let m = serde_json::json!({ "type": "add", "id": "x1", "stage": stage, "lane": lane, "text": "still here" });
        last.send(Message::Text(m.to_string().into())).await.unwrap();
        assert_eq!(next_of(&mut last, &["ack", "error"]).await["type"], "ack");
    });
}

#[test]
fn a_thousand_half_open_requests_at_the_usual_open_file_limit_do_not_keep_a_participant_out() {
    // The server at a desktop's usual limit, as the app was when a room's connections froze it.
    let mut s = Session::start_with(&["prlimit", "--nofile=1024:1024"]);
    // This test holds a thousand sockets itself.
    raise_own_limit();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let addr = s.addr;
    let code = s.code.clone();
    let held = rt.block_on(async move {
        let mut held = Vec::new();
        for n in 0..1000u32 {
            // Sixteen devices, more than the per-address cap each, more than the total together.
            let from = IpAddr::from([127, 0, 2, (n % 16) as u8 + 1]);
            let tcp = tokio::net::TcpSocket::new_v4().unwrap();
            tcp.bind(SocketAddr::new(from, 0)).unwrap();
            let Ok(mut stream) = tcp.connect(addr).await else { continue };
            use tokio::io::AsyncWriteExt;
            let _ = stream.write_all(format!("GET / HTTP/1.1\r\nHost: {addr}\r\n").as_bytes()).await;
            held.push(stream);
        }
        held
    });
    assert!(held.len() >= 900, "only {} connections were made", held.len());
    let started = Instant::now();
    let (status, v) = join_from(IpAddr::from([127, 0, 0, 1]), addr, "Ana", &code);
    let took = started.elapsed();
    assert_eq!(status, 200, "{v}");
    assert!(took < Duration::from_secs(1), "joining took {took:?} with the room's sockets held");
    // The server is still the facilitator's to drive.
    assert_eq!(s.act(serde_json::json!({ "type": "lock", "on": true })), "ok");
    drop(held);
}

#[test]
fn under_a_lower_open_file_limit_the_server_takes_fewer_connections_and_leaves_the_reserve() {
    use journey_workshop::guard::{RESERVE, SERVERS};
    const LIMIT: usize = 512;
    let s = Session::start_with(&["prlimit", &format!("--nofile={LIMIT}:{LIMIT}")]);
    let pid = s.child.id();
    let (rest, rest_sockets) = descriptors(pid);
    // This test holds a thousand sockets itself.
    raise_own_limit();
    let sampler = Peak::of(pid);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let addr = s.addr;
    let held = rt.block_on(async move {
        let mut held = Vec::new();
        for n in 0..1000u32 {
            let from = IpAddr::from([127, 0, 5, (n % 16) as u8 + 1]);
            let tcp = tokio::net::TcpSocket::new_v4().unwrap();
            tcp.bind(SocketAddr::new(from, 0)).unwrap();
            let Ok(mut stream) = tcp.connect(addr).await else { continue };
            use tokio::io::AsyncWriteExt;
            let _ = stream.write_all(format!("GET / HTTP/1.1\r\nHost: {addr}\r\n").as_bytes()).await;
            held.push(stream);
        }
        held
    });
    assert!(held.len() >= 900, "only {} connections were made", held.len());
    let started = Instant::now();
    let (status, v) = join_from(IpAddr::from([127, 0, 0, 1]), addr, "Ana", &s.code);
    let took = started.elapsed();
    assert_eq!(status, 200, "{v}");
    assert!(took < Duration::from_secs(1), "joining took {took:?} with the room's sockets held");
    let (peak, peak_sockets) = sampler.stop();
    let budget = (LIMIT - RESERVE).max(LIMIT / 4).min(SERVERS);
    eprintln!("journey workshop at {LIMIT}: {rest} descriptors at rest ({rest_sockets} sockets), {peak} at the peak ({peak_sockets} sockets; budget {budget}); joined in {took:?}");
    // The budget is the limit less the reserve here, so this is also "the rest of the process
    // kept its reserve". One more may be between accept and its refusal, one closed to make
    // room not yet gone.
    assert!(peak_sockets <= rest_sockets + budget + 2, "{peak_sockets} sockets at the peak: more connections than the budget of {budget}");
    drop(held);
}

#[test]
fn a_session_in_persian_prints_the_same_link_and_code_lines_and_answers() {
    // What a script reads (the link, the code, "ok") does not change with the language.
    let mut s = Session::start_with(&["env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=fa_IR.UTF-8"]);
    assert_eq!(s.code.len(), 6, "{}", s.code);
    assert_eq!(s.act(serde_json::json!({ "type": "lock", "on": true })), "ok");
}
