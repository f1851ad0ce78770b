//! `journey workshop`: a session served from the command line, with the same server and limits
//! as the app's (journey-workshop), over a workspace file. For tests that want a real process on
//! loopback, and for tools: it prints the join link and the code, opens every lane a card can go
//! in, takes facilitator actions as JSON lines on stdin, and ends on SIGTERM, Ctrl+C or the end of
//! its input.

use std::io::{BufRead, Write};
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use journey_core::{Change, Edit, Id, Journey, LaneKind};
use journey_store::Store;
use journey_workshop::{Action, Host, Server};

/// The workspace file as the server's host, as the app's window is. Counts the whole journeys
/// it hands out (each a clone of every card: the load benchmark reports them).
pub struct StoreHost {
    store: Mutex<Store>,
    pub journey_reads: AtomicUsize,
}

impl StoreHost {
    pub fn new(store: Store) -> StoreHost {
        StoreHost { store: Mutex::new(store), journey_reads: AtomicUsize::new(0) }
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Host for StoreHost {
    fn journey(&self, id: Id) -> Result<Journey, String> {
        self.journey_reads.fetch_add(1, Ordering::Relaxed);
        self.store().journey(id).map(|(j, _)| j.clone()).map_err(|e| e.to_string())
    }
    fn journey_and_revision(&self, id: Id) -> Result<(Journey, Option<u64>), String> {
        self.journey_reads.fetch_add(1, Ordering::Relaxed);
        self.store().journey(id).map(|(j, r)| (j.clone(), Some(r))).map_err(|e| e.to_string())
    }
    fn apply(&self, id: Id, edit: &Edit) -> Result<Change, String> {
        self.store().apply(id, edit, None).map(|a| a.change).map_err(|e| e.to_string())
    }
    fn record(&self, id: Id, who: &str, what: &str) {
        let _ = self.store().log_workshop(id, who, what);
    }
    fn changed(&self) {}
    fn facilitator_name(&self) -> Option<String> {
        Some(self.store().author().to_string())
    }
}

/// The lanes a participant's card can go in: all but the emotion curve's.
fn card_lanes(j: &Journey) -> Vec<Id> {
    j.lanes_in_order().iter().filter(|l| l.kind != LaneKind::Emotions).map(|l| l.id).collect()
}

/// Runs a session on `journey` of `file` at `listen` until stopped. Prints two lines scripts
/// read (the join link, then the code); each stdin line is a facilitator action as the window
/// sends it (`{"type":"lock","on":true}`), answered `ok` or `error: …` on stdout.
pub fn host(file: &Path, journey: Option<&str>, listen: &str, author: Option<&str>) -> Result<(), crate::Failure> {
    let listen: SocketAddr = listen.parse().map_err(|e| crate::sync::bad_listen(listen, e, "127.0.0.1:0, 0.0.0.0:7000"))?;
    let mut store = Store::open(file)?;
    if let Some(a) = author {
        store.set_author(a);
    }
    let id = crate::find_journey(&store, journey)?;
    let lanes = card_lanes(store.journey(id)?.0);
    let host = Arc::new(StoreHost::new(store));
    let server = Server::start(host, id, listen.ip(), listen.port()).map_err(|e| crate::t("error-workshop-failed", &[("detail", e.to_string().into())]))?;
    server.act(Action::OpenLanes { lanes })?;
    // The link names the address phones reach: the LAN's when listening on every interface.
    let shown = if listen.ip().is_unspecified() { journey_workshop::lan_address() } else { listen.ip() };
    let shown = match shown {
        IpAddr::V6(v6) => format!("[{v6}]"),
        v4 => v4.to_string(),
    };
    // SIGTERM is caught from before the link is printed: a script that reads it and stops the
    // session at once gets a clean end, not the default death (it raced the handler once).
    let signals = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let mut term = signals.block_on(async { tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) })?;
    let mut out = std::io::stdout();
    writeln!(out, "http://{shown}:{}/?code={}", server.addr().port(), server.code())?;
    writeln!(out, "{}", server.code())?;
    out.flush()?;

    // Stdin on its own thread: its end, like a signal, ends the session.
    let (done, stopped) = std::sync::mpsc::channel::<()>();
    let server = Arc::new(server);
    let reader = server.clone();
    let eof = done.clone();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if line.trim().is_empty() {
                continue;
            }
            let answer = match serde_json::from_str::<Action>(&line) {
                // Answers to the tool on stdin ("ok", "error: …"), the same in every language.
                Ok(action) => reader.act(action).map(|()| "ok".to_string()).unwrap_or_else(|e| format!("error: {e}")),
                Err(e) => format!("error: not an action: {e}"),
            };
            let mut out = std::io::stdout();
            let _ = writeln!(out, "{answer}");
            let _ = out.flush();
        }
        let _ = eof.send(());
    });
    std::thread::spawn(move || {
        signals.block_on(async {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        });
        let _ = done.send(());
    });
    let _ = stopped.recv();
    match Arc::try_unwrap(server) {
        Ok(server) => server.stop(),
        // The stdin thread holds it while an action runs; the process ends it either way.
        Err(server) => drop(server),
    }
    Ok(())
}
