//! The server over real loopback sockets: HTTP join, WebSocket state and requests, facilitator
//! actions, and the port closing when the session ends.

mod common;

use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::sync::Arc;

use common::{http, join, Client, Memory};
use journey_core::sample::sample_journeys;
use journey_core::{Id, LaneKind};
use journey_workshop::{Action, Server};

fn start() -> (Arc<Memory>, Server, Id) {
    let j = sample_journeys().remove(0);
    let id = j.id;
    let host = Memory::new(j);
    let server = Server::start(host.clone(), id, IpAddr::V4(Ipv4Addr::LOCALHOST), 0).unwrap();
    (host, server, id)
}

#[test]
fn the_page_is_served_with_a_strict_policy_and_a_wrong_code_is_refused() {
    let (_, server, _) = start();
    let addr = server.addr();
    let (status, head, body) = http(addr, "GET", "/", "");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-security-policy: default-src 'none'"), "{head}");
    assert!(body.contains("<script src=\"/app.js\"></script>"));
    // The board model the page applies deltas with comes from the laptop too, under the same policy.
    let (status, head, body) = http(addr, "GET", "/model.js", "");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-security-policy: default-src 'none'"), "{head}");
    assert!(body.contains("applyDelta"));
    let (status, _, body) = http(addr, "POST", "/api/join", r#"{"name":"Eve","code":"NOPE00"}"#);
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("not this session"));
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participant_adds_a_private_card_the_facilitator_reveals_and_the_port_closes_at_the_end() {
    let (host, server, _) = start();
    let addr = server.addr();
    let code = server.code();
    let pains = host.journey.lock().unwrap().lanes.iter().find(|l| l.kind == LaneKind::PainPoints).unwrap().id;
    let stage = host.journey.lock().unwrap().graph.order()[0];
    server.act(Action::OpenLanes { lanes: vec![pains] }).unwrap();
    server.act(Action::PrivateMode { on: true }).unwrap();

    // A socket with a made-up token is refused before it opens.
    match tokio_tungstenite::connect_async(format!("ws://{addr}/api/ws?token=forged")).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => assert_eq!(r.status(), 401),
        other => panic!("a forged token was not refused: {other:?}"),
    }
    let token = tokio::task::spawn_blocking(move || join(addr, "Ana", &code)).await.unwrap();
    let mut ana = Client::connect(addr, &token).await;
    ana.wait_for(|m| !m.is_empty()).await;
    let first = ana.messages().remove(0);
    assert_eq!(first["type"], "state");
    assert_eq!(first["you"]["name"], "Ana");
    let add = serde_json::json!({ "type": "add", "stage": stage, "lane": pains, "text": "Queue at the door" });
    assert_eq!(ana.request(add).await["type"], "ack");
    // The card comes back as a delta naming it, private and hers.
    ana.wait_for(|m| {
        m.iter().any(|(_, v)| v["type"] == "delta" && v["cards"].as_array().is_some_and(|c| c.iter().any(|c| c["text"] == "Queue at the door" && c["private"] == true && c["mine"] == true)))
    })
    .await;
    let card = host.journey.lock().unwrap().cards.values().find(|c| c.text == "Queue at the door").unwrap().clone();
    assert!(card.workshop.private);
    assert_eq!(card.workshop.author.as_deref(), Some("Ana"));

    server.act(Action::Reveal { anonymous: false }).unwrap();
    assert!(!host.journey.lock().unwrap().card(card.id).unwrap().workshop.private);
    let log = host.log.lock().unwrap().clone();
    assert!(log.contains(&("Ana".into(), "added “Queue at the door” (private)".into())), "{log:?}");
    assert!(log.iter().any(|(who, what)| who == "Facilitator" && what.starts_with("revealed")));

    tokio::task::spawn_blocking(move || server.stop()).await.unwrap();
    assert!(TcpStream::connect(addr).is_err(), "the port is still open after the session ended");
}

/// A raw HTTP request with the headers given, answered as (status, head).
fn raw(addr: std::net::SocketAddr, request: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let out = String::from_utf8_lossy(&out).to_string();
    let head = out.split("\r\n\r\n").next().unwrap_or_default().to_string();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head.to_lowercase())
}

fn has_security_headers(head: &str) -> bool {
    head.contains("content-security-policy: default-src 'none'")
        && head.contains("x-content-type-options: nosniff")
        && head.contains("cache-control: no-store")
}

#[test]
fn every_answer_carries_the_security_headers_even_a_404_and_a_refused_body() {
    let (_, server, _) = start();
    let addr = server.addr();
    let (status, head) = raw(addr, &format!("GET /nothing-here HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"));
    assert_eq!(status, 404);
    assert!(has_security_headers(&head), "{head}");
    let (status, head) = raw(addr, &format!("POST /api/join HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot json!"));
    assert_eq!(status, 400);
    assert!(has_security_headers(&head), "{head}");
    server.stop();
}

#[test]
fn a_request_for_another_host_name_is_refused_as_dns_rebinding_would_send_it() {
    let (_, server, _) = start();
    let addr = server.addr();
    let port = addr.port();
    for host in [format!("evil.example:{port}"), "evil.example".to_string(), format!("127.0.0.1:{}", port.wrapping_add(1))] {
        let (status, head) = raw(addr, &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        assert_eq!(status, 421, "Host {host} was served");
        assert!(has_security_headers(&head), "{head}");
    }
    let (status, _) = raw(addr, "GET / HTTP/1.0\r\n\r\n");
    assert_ne!(status, 200, "a request without Host was served");
    for host in [addr.to_string(), format!("localhost:{port}")] {
        let (status, _) = raw(addr, &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        assert_eq!(status, 200, "Host {host} was refused");
    }
    server.stop();
}

/// Asks for a WebSocket upgrade from a page at `origin`; the status, read as soon as the
/// answer's head has come (an accepted socket stays open).
fn upgrade(addr: std::net::SocketAddr, token: &str, origin: &str) -> u16 {
    use std::io::{Read, Write};
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /api/ws?token={token} HTTP/1.1\r\nHost: {addr}\r\nOrigin: {origin}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    )
    .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && s.read(&mut byte).unwrap() == 1 {
        head.push(byte[0]);
    }
    String::from_utf8_lossy(&head).split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

#[test]
fn a_socket_from_a_page_of_another_origin_is_refused() {
    let (_, server, _) = start();
    let addr = server.addr();
    let token = join(addr, "Ana", &server.code());
    assert_eq!(upgrade(addr, &token, "http://evil.example"), 403);
    assert_eq!(upgrade(addr, &token, &format!("http://evil.example:{}", addr.port())), 403);
    // The session's own page may.
    assert_eq!(upgrade(addr, &token, &format!("http://{addr}")), 101);
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_socket_on_a_token_replaces_the_old_so_many_leave_one() {
    use futures_util::StreamExt;
    let (_, server, _) = start();
    let addr = server.addr();
    let token = join(addr, "Ana", &server.code());
    let url = format!("ws://{addr}/api/ws?token={token}");
    let mut sockets = Vec::new();
    for _ in 0..30 {
        let (ws, _) = tokio_tungstenite::connect_async(&url).await.unwrap();
        sockets.push(ws);
    }
    let last = sockets.pop().unwrap();
    // Each older socket is closed by the server (bounded wait, not a sleep).
    for (n, mut ws) in sockets.into_iter().enumerate() {
        let closed = tokio::time::timeout(std::time::Duration::from_secs(10), async {
            while let Some(msg) = ws.next().await {
                match msg {
                    Ok(tokio_tungstenite::tungstenite::Message::Close(_)) | Err(_) => return true,
                    Ok(_) => {}
                }
            }
            true
        })
        .await
        .unwrap_or(false);
        assert!(closed, "socket {n} on the same token is still open");
    }
    // The newest one still gets the board.
    let (mut tx, mut rx) = last.split();
    let _ = &mut tx;
    let first = tokio::time::timeout(std::time::Duration::from_secs(10), rx.next()).await.unwrap().unwrap().unwrap();
    assert!(first.to_text().unwrap().contains("\"type\""), "{first:?}");
    drop((tx, rx));
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_holding_half_open_requests_cannot_crowd_out_the_room() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_, server, _) = start();
    let addr = server.addr();
    // Another loopback address stands for the phone on the room's Wi-Fi that misbehaves.
    let mut held = Vec::new();
    for _ in 0..(journey_workshop::guard::PER_ADDRESS + 24) {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.2:0".parse().unwrap()).unwrap();
        let mut s = socket.connect(addr).await.unwrap();
        // Half a request, never finished.
        let _ = s.write_all(format!("GET / HTTP/1.1\r\nHost: {addr}\r\n").as_bytes()).await;
        held.push(s);
    }
    // A participant from elsewhere still joins at once.
    let code = server.code();
    let joined = tokio::task::spawn_blocking(move || join(addr, "Ana", &code)).await.unwrap();
    assert!(!joined.is_empty());
    // The server kept at most its per-address share of the half-open ones and closed the rest.
    let mut closed = 0;
    for s in &mut held {
        let mut buf = [0u8; 64];
        match tokio::time::timeout(std::time::Duration::from_millis(150), s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => closed += 1,
            _ => {}
        }
    }
    assert_eq!(closed, held.len() - journey_workshop::guard::PER_ADDRESS, "connections over the per-address cap were kept");
    drop(held);
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_whose_headers_never_end_is_closed_at_the_head_limit() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_, server, _) = start();
    let addr = server.addr();
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _ = s.write_all(format!("GET / HTTP/1.1\r\nHost: {addr}\r\nX-Padding: ").as_bytes()).await;
    // Past the limit, a line at a time, never the blank line; the server closes before the end.
    let line = vec![b'a'; 1024];
    let mut sent = 0;
    while sent <= 2 * journey_workshop::guard::HEAD_LIMIT {
        if s.write_all(&line).await.is_err() {
            break;
        }
        sent += line.len();
    }
    let mut buf = [0u8; 256];
    let closed = tokio::time::timeout(std::time::Duration::from_secs(5), s.read(&mut buf)).await.expect("the connection was kept");
    assert!(matches!(closed, Ok(0) | Err(_)), "the server answered instead of closing: {closed:?}");
    drop(s);
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_cards_redraws_the_facilitators_window_once_per_interval_not_once_per_card() {
    use std::sync::atomic::Ordering;
    use std::time::{Duration, Instant};
    let (host, server, id) = start();
    server.without_rate_limits();
    let addr = server.addr();
    let code = server.code();
    let token = tokio::task::spawn_blocking(move || join(addr, "Ana", &code)).await.unwrap();
    let mut ana = Client::connect(addr, &token).await;
    ana.wait_for(|m| m.iter().any(|(_, v)| v["type"] == "state")).await;
    let j = journey_workshop::Host::journey(host.as_ref(), id).unwrap();
    let (stage, lane) = (j.graph.order()[0], j.lanes.iter().find(|l| l.kind == LaneKind::PainPoints).unwrap().id);
    let before = host.changed.load(Ordering::SeqCst);
    let t0 = Instant::now();
    for n in 0..40 {
        let answer = ana.request(serde_json::json!({ "type": "add", "stage": stage, "lane": lane, "text": format!("card {n}") })).await;
        assert_eq!(answer["type"], "ack", "{answer}");
        // At any moment, at most one redraw per interval so far (plus the first).
        let redraws = host.changed.load(Ordering::SeqCst) - before;
        let allowed = (t0.elapsed().as_millis() / journey_workshop::server::COALESCE.as_millis()) as usize + 1;
        assert!(redraws <= allowed, "{redraws} redraws after {n} cards in {:?}", t0.elapsed());
    }
    // The last cards are drawn too: a redraw follows the burst (bounded wait).
    let after_burst = host.changed.load(Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_secs(5);
    while host.changed.load(Ordering::SeqCst) == after_burst && Instant::now() < deadline {
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(host.changed.load(Ordering::SeqCst) > after_burst || after_burst > before, "the window was never told");
    // Everyone still gets every card, in order.
    let last = host.revision();
    ana.wait_for_revision(last).await;
    server.stop();
}

/// Sends `request` as it is and reads one answer, without waiting for the connection to close
/// (an upgrade request keeps it open): the status, the head in lower case, and the body
/// (its Content-Length's bytes) as UTF-8.
fn exchange(addr: std::net::SocketAddr, request: &str) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && s.read(&mut byte).unwrap() == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8(head).unwrap().to_lowercase();
    let length = head.lines().find_map(|l| l.strip_prefix("content-length:")).map_or(0, |n| n.trim().parse().unwrap());
    let mut body = vec![0u8; length];
    s.read_exact(&mut body).unwrap();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head, String::from_utf8(body).expect("the body is UTF-8"))
}

/// A header's value in a lower-cased head.
fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| l.strip_prefix(name).and_then(|rest| rest.strip_prefix(':'))).map(str::trim)
}

/// The names of a head's headers but those that differ between two answers by nature (the
/// date, the body's length and language).
fn header_names(head: &str) -> Vec<String> {
    let mut names: Vec<String> = head.lines().skip(1).filter_map(|l| l.split_once(':')).map(|(n, _)| n.to_string()).filter(|n| !["date", "content-length", "content-language"].contains(&n.as_str())).collect();
    names.sort();
    names
}

#[test]
fn a_request_for_another_host_name_is_refused_in_persian_when_the_browser_asks_for_persian() {
    let (_, server, _) = start();
    let addr = server.addr();
    let port = addr.port();
    let ask = |language: &str| exchange(addr, &format!("GET / HTTP/1.1\r\nHost: evil.example:{port}\r\n{language}Connection: close\r\n\r\n"));
    let (status, head, body) = ask("Accept-Language: fa\r\n");
    assert_eq!(status, 421, "{head}");
    assert!(has_security_headers(&head), "{head}");
    assert!(body.contains("این نشانی کارگاه نیست. پیوندی را که تسهیلگر نشان می‌دهد باز کنید."), "not the Persian sentence: {body:?}");
    assert!(!body.chars().any(|c| c.is_ascii_alphabetic()), "English left in the Persian refusal: {body:?}");
    assert_eq!(header(&head, "content-language"), Some("fa"), "{head}");
    assert_eq!(header(&head, "content-type"), Some("text/plain; charset=utf-8"), "{head}");
    // The same refusal, headers and all, as for a browser that asks for no language, which is
    // told in English.
    let (english_status, english_head, english) = ask("");
    assert_eq!(english_status, 421);
    assert_eq!(english, "This is not the workshop's address. Open the link the facilitator shows.");
    assert_eq!(header(&english_head, "content-language"), Some("en"), "{english_head}");
    assert_eq!(header_names(&head), header_names(&english_head), "the Persian refusal's headers differ from the English one's");
    // A language without catalogs is told in English too.
    let (_, head, body) = ask("Accept-Language: de-DE,de;q=0.9\r\n");
    assert!(body.starts_with("This is not the workshop's address"), "{body:?}");
    assert_eq!(header(&head, "content-language"), Some("en"));
    server.stop();
}

#[test]
fn a_socket_from_another_origin_is_refused_in_russian_and_one_without_a_participant_in_english() {
    let (_, server, _) = start();
    let addr = server.addr();
    let token = join(addr, "Ana", &server.code());
    let upgrade = |token: &str, origin: &str, language: &str| {
        exchange(
            addr,
            &format!("GET /api/ws?token={token} HTTP/1.1\r\nHost: {addr}\r\nOrigin: {origin}\r\n{language}Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"),
        )
    };
    let (status, head, body) = upgrade(&token, "http://evil.example", "Accept-Language: ru-RU,ru;q=0.9\r\n");
    assert_eq!(status, 403, "{head}");
    assert!(has_security_headers(&head), "{head}");
    assert_eq!(body, "Подключаться может только собственная страница воркшопа.");
    assert_eq!(header(&head, "content-language"), Some("ru"));
    assert_eq!(header(&head, "content-type"), Some("text/plain; charset=utf-8"));
    // The session's own page with a made-up token, asking for no language.
    let (status, head, body) = upgrade("forged", &format!("http://{addr}"), "");
    assert_eq!(status, 401, "{head}");
    assert!(has_security_headers(&head), "{head}");
    assert_eq!(body, "Join the session first.");
    assert_eq!(header(&head, "content-language"), Some("en"));
    server.stop();
}

#[test]
fn what_the_server_does_not_serve_or_cannot_read_is_refused_in_the_browsers_language_with_its_own_status() {
    let (_, server, _) = start();
    let addr = server.addr();
    let ask = |method: &str, path: &str, language: &str, extra: &str, body: &str| {
        exchange(addr, &format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: {language}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()))
    };
    let json = "Content-Type: application/json\r\n";
    let cases = [
        // What, the request, the status axum gives it, the sentence.
        ("a path the server does not serve", ask("GET", "/nothing-here", "te-IN,te;q=0.9", "", ""), 404, "ఈ చిరునామాలో ఏమీ లేదు. ఫెసిలిటేటర్ చూపించే లింక్‌ను తెరవండి."),
        ("a method a path does not take", ask("GET", "/api/join", "tl", "", ""), 405, "Hindi tumatanggap dito ang workshop ng ganyang uri ng kahilingan."),
        ("a join that is not JSON", ask("POST", "/api/join", "ru", json, "not json!"), 400, "Воркшоп не понял этот запрос."),
        ("a join without its content type", ask("POST", "/api/join", "ru", "", "{}"), 415, "Воркшоп не понял этот запрос."),
        ("a join larger than a page sends", ask("POST", "/api/join", "fa", json, &format!(r#"{{"name":"{}","code":"x"}}"#, "n".repeat(20_000))), 413, "این درخواست برای کارگاه بیش از اندازه بزرگ است."),
        ("a socket request without a token", ask("GET", "/api/ws", "te", "", ""), 400, "వర్క్‌షాప్‌కు ఆ అభ్యర్థన అర్థం కాలేదు."),
    ];
    for (what, (status, head, body), want_status, want) in cases {
        assert_eq!(status, want_status, "{what}: {head}");
        assert!(has_security_headers(&head), "{what}: {head}");
        assert!(body.contains(want), "{what}: {body:?}");
        assert_eq!(header(&head, "content-type"), Some("text/plain; charset=utf-8"), "{what}");
        assert!(header(&head, "content-language").is_some(), "{what}: {head}");
    }
    // A 405 still says which methods the path takes.
    let (_, head, _) = ask("GET", "/api/join", "tl", "", "");
    assert_eq!(header(&head, "allow"), Some("post"), "{head}");
    // A Persian refusal is marked right to left at both ends, so a browser's plain-text view ends
    // it on the left.
    let (_, _, body) = ask("GET", "/nothing-here", "fa", "", "");
    assert!(body.starts_with('\u{200f}') && body.ends_with('\u{200f}'), "{body:?}");
    server.stop();
}

#[test]
fn a_refused_join_says_its_sentence_in_telugu_beside_its_code_and_arguments() {
    let (_, server, _) = start();
    let addr = server.addr();
    let code = server.code();
    let join_asking = |name: &str, code: &str, language: &str| {
        let body = format!(r#"{{"name":"{name}","code":"{code}"}}"#);
        let (status, head, body) = exchange(
            addr,
            &format!("POST /api/join HTTP/1.1\r\nHost: {addr}\r\n{language}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()),
        );
        (status, head, serde_json::from_str::<serde_json::Value>(&body).unwrap())
    };
    let (status, head, answer) = join_asking("Ana", "NOPE00", "Accept-Language: te-IN,te;q=0.9,en;q=0.5\r\n");
    assert_eq!(status, 403);
    assert!(has_security_headers(&head), "{head}");
    assert_eq!(answer["code"], "wrongCode", "the machine field changed: {answer}");
    assert_eq!(answer["error"], "ఆ కోడ్ ఈ సెషన్‌ది కాదు. ఫెసిలిటేటర్‌తో సరిచూసుకోండి.");
    assert_eq!(header(&head, "content-language"), Some("te"));
    // A bad name's sentence comes from the catalog too, with the longest name as its argument
    // (the page formats it in its own language by the code).
    let (status, _, answer) = join_asking(&"n".repeat(61), &code, "Accept-Language: te\r\n");
    assert_eq!(status, 400);
    assert_eq!((answer["code"].as_str(), answer["args"]["max"].as_f64()), (Some("badName"), Some(60.0)), "{answer}");
    assert_eq!(answer["error"], "1 నుండి 60 అక్షరాల పేరు ఇవ్వండి.");
    let (_, head, answer) = join_asking(&"n".repeat(61), &code, "");
    assert_eq!(answer["error"], "Give a name of 1 to 60 characters.");
    assert_eq!(header(&head, "content-language"), Some("en"));
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_card_is_worded_in_telugu_on_a_socket_that_asked_for_telugu() {
    let (host, server, _) = start();
    let addr = server.addr();
    let code = server.code();
    let (stage, pains, closed) = {
        let j = host.journey.lock().unwrap();
        let lane = |k: LaneKind| j.lanes.iter().find(|l| l.kind == k).unwrap().id;
        (j.graph.order()[0], lane(LaneKind::PainPoints), lane(LaneKind::Opportunities))
    };
    server.act(Action::OpenLanes { lanes: vec![pains] }).unwrap();
    let token = tokio::task::spawn_blocking(move || join(addr, "Ana", &code)).await.unwrap();
    let mut ana = Client::connect_asking(addr, &token, Some("te-IN,te;q=0.9,en-US;q=0.8")).await;
    ana.wait_for(|m| m.iter().any(|(_, v)| v["type"] == "state")).await;
    let refused = ana.request(serde_json::json!({ "type": "add", "stage": stage, "lane": closed, "text": "x" })).await;
    assert_eq!((refused["type"].as_str(), refused["code"].as_str()), (Some("error"), Some("laneClosed")), "{refused}");
    assert_eq!(refused["message"], "ఆ వరుస కార్డుల కోసం తెరిచి లేదు.");
    // Faster than the rate: the rate's refusal, its argument in the sentence.
    for n in 0..8 {
        ana.send(serde_json::json!({ "type": "add", "id": format!("fast{n}"), "stage": stage, "lane": pains, "text": format!("card {n}") })).await;
    }
    ana.wait_for(|m| m.iter().any(|(_, v)| v["code"] == "slowDownCards")).await;
    let slow = ana.messages().into_iter().find(|v| v["code"] == "slowDownCards").unwrap();
    assert_eq!(slow["message"], "నెమ్మదిగా: సెకనుకు గరిష్ఠంగా 2 కార్డులు.", "{slow}");
    // A socket that asks for no language is told in English.
    let code = server.code();
    let token = tokio::task::spawn_blocking(move || join(addr, "Ben", &code)).await.unwrap();
    let mut ben = Client::connect(addr, &token).await;
    ben.wait_for(|m| m.iter().any(|(_, v)| v["type"] == "state")).await;
    let refused = ben.request(serde_json::json!({ "type": "add", "stage": stage, "lane": closed, "text": "x" })).await;
    assert_eq!(refused["message"], "That lane is not open for cards.");
    server.stop();
}
