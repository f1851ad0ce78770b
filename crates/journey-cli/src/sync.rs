//! `journey serve | share | join | sync`: the team server and a headless studio, for servers,
//! scripts and the tests of live sync. The same library (journey-sync) as the window.
//!
//! Exit codes beyond the usual (0, 1, 2): 3 when the server could not be reached (try again
//! later: nothing was lost), 4 when it refused (a revoked or wrong invitation, a newer app
//! needed, another certificate: a person has to act).

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use journey_store::Store;
use journey_sync::client::{with, Shared};
use journey_sync::{share, Client, Invitation, ServerOptions, Status, SyncError, TeamServer};

/// A failure with its own exit code.
#[derive(Debug)]
pub struct Exit(pub u8, pub String);

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

impl std::error::Error for Exit {}

fn exit(e: SyncError) -> crate::Failure {
    let code = match &e {
        SyncError::Connect(c) if c.transient() => 3,
        SyncError::Timeout(..) => 3,
        SyncError::Connect(_) => 4,
        _ => 1,
    };
    Box::new(Exit(code, e.to_string()))
}

/// Waits for SIGINT or SIGTERM (how systemd and a terminal stop a server).
pub(crate) fn until_stopped() -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r,
            _ = term.recv() => Ok(()),
        }
    })
}

pub fn serve(data: &Path, listen: &str, plain: bool) -> Result<(), crate::Failure> {
    let listen = listen.parse().map_err(|e| crate::usage(&format!("--listen {listen}: {e} (e.g. 0.0.0.0:7420)")))?;
    let mut options = ServerOptions::new(data.to_path_buf(), listen);
    options.plain = plain;
    let server = TeamServer::start(options).map_err(|e| format!("the team server could not start: {e}"))?;
    // Two lines scripts read: where clients connect, and the certificate they pin.
    println!("serving {}", server.url());
    if let Some(f) = server.fingerprint() {
        println!("fingerprint {f}");
    }
    until_stopped()?;
    server.stop();
    Ok(())
}

fn open(file: &Path, author: Option<&str>) -> Result<Store, crate::Failure> {
    let mut store = Store::open(file)?;
    if let Some(a) = author {
        store.set_author(a);
    }
    Ok(store)
}

pub fn share(
    file: &Path,
    server: Option<&str>,
    fingerprint: Option<&str>,
    rotate: bool,
    out: Option<&Path>,
    timeout: u64,
) -> Result<String, crate::Failure> {
    let mut store = open(file, None)?;
    let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or("workspace").to_string();
    let invitation = match (server, rotate) {
        (_, true) => share::rotate(&mut store).map_err(exit)?,
        (Some(server), false) => share::share(&mut store, server, fingerprint, &name).map_err(exit)?,
        (None, false) => share::invitation(&store).map_err(exit)?,
    };
    // The first sync registers the workspace on the server and uploads it.
    let target = share::target(&store).map_err(exit)?;
    let host = Arc::new(Shared(Mutex::new(store)));
    share::sync_once(host, target, Duration::from_secs(timeout)).map_err(exit)?;
    let text = invitation.text();
    if let Some(out) = out {
        std::fs::write(out, format!("{text}\n")).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(text)
}

/// An invitation given as its text or as a file holding it.
fn invitation(arg: &str) -> Result<Invitation, crate::Failure> {
    let text = if Path::new(arg).is_file() { std::fs::read_to_string(arg)? } else { arg.to_string() };
    Ok(Invitation::parse(&text)?)
}

pub fn join(arg: &str, into: &Path, timeout: u64) -> Result<String, crate::Failure> {
    let inv = invitation(arg)?;
    if into.exists() {
        return Err(format!("{} already exists; join into a new file", into.display()).into());
    }
    let host = share::join(&inv, into, Duration::from_secs(timeout)).map_err(exit)?;
    let n = with(&*host, |s| s.journeys().map(|j| j.len()))?;
    Ok(format!("joined \"{}\" into {}: {n} journeys", inv.name, into.display()))
}

pub fn sync(file: &Path, watch: bool, timeout: u64, author: Option<&str>) -> Result<String, crate::Failure> {
    let store = open(file, author)?;
    let target = share::target(&store).map_err(exit)?;
    let host = Arc::new(Shared(Mutex::new(store)));
    if !watch {
        let n = share::sync_once(host, target, Duration::from_secs(timeout)).map_err(exit)?;
        return Ok(format!("synced: {n} changes received"));
    }
    drop(host);
    let host = Arc::new(Printing(Shared(Mutex::new(open(file, author)?))));
    let client = Client::start(host, target).map_err(exit)?;
    println!("syncing {} (Ctrl+C to stop)", file.display());
    until_stopped()?;
    let received = client.received();
    client.stop();
    Ok(format!("stopped: {received} changes received"))
}

/// `sync --watch`: says on stdout what happens, a line each.
struct Printing(Shared);

impl journey_sync::Host for Printing {
    fn with_store(&self, f: &mut dyn FnMut(&mut Store)) {
        self.0.with_store(f)
    }

    fn received(&self, r: &journey_store::Received) {
        let who: Vec<String> = r.authors.iter().map(|(a, n)| format!("{a} ({n})")).collect();
        println!("received {} changes from {}", r.incoming, who.join(", "));
    }

    fn status(&self, s: &Status) {
        match s {
            Status::Connecting => println!("connecting"),
            Status::Connected { .. } => println!("connected"),
            Status::Offline { sentence, .. } => println!("offline: {sentence}"),
            Status::Failed { sentence, .. } => println!("failed: {sentence}"),
        }
    }
}

