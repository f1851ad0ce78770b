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

/// A failure with its own exit code. The failure stays typed, so `main` says it through the
/// catalogs in the run's language.
#[derive(Debug)]
pub struct Exit(pub u8, pub crate::Failure);

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.1, f)
    }
}

impl std::error::Error for Exit {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.1.as_ref())
    }
}

fn exit(e: SyncError) -> crate::Failure {
    let code = match &e {
        SyncError::Connect(c) if c.transient() => 3,
        SyncError::Timeout(..) => 3,
        SyncError::Connect(_) => 4,
        _ => 1,
    };
    Box::new(Exit(code, Box::new(e)))
}

/// A `--listen` that is not an address: a usage mistake, with an example of one.
pub(crate) fn bad_listen(listen: &str, e: std::net::AddrParseError, example: &str) -> crate::Failure {
    crate::usage(&crate::t("cli-bad-listen", &[("listen", listen.into()), ("reason", e.to_string().into()), ("example", example.into())]))
}

/// A new file to join into: an existing one is refused before anything is fetched.
pub(crate) fn new_file(into: &Path) -> Result<(), crate::Failure> {
    if into.exists() {
        return Err(crate::t("error-join-exists", &[("path", into.display().to_string().into())]).into());
    }
    Ok(())
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
    let listen = listen.parse().map_err(|e| bad_listen(listen, e, "0.0.0.0:7420"))?;
    let mut options = ServerOptions::new(data.to_path_buf(), listen);
    options.plain = plain;
    let server = TeamServer::start(options).map_err(|e| crate::t("cli-serve-failed", &[("detail", e.to_string().into())]))?;
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
        std::fs::write(out, format!("{text}\n"))
            .map_err(|e| crate::t("cli-cannot-write", &[("file", out.display().to_string().into()), ("reason", e.to_string().into())]))?;
    }
    Ok(text)
}

/// An invitation given as its text or as a file holding it.
fn invitation(arg: &str) -> Result<Invitation, crate::Failure> {
    let text = if Path::new(arg).is_file() {
        std::fs::read_to_string(arg).map_err(|e| crate::t("cli-cannot-read", &[("file", arg.into()), ("reason", e.to_string().into())]))?
    } else {
        arg.to_string()
    };
    Ok(Invitation::parse(&text)?)
}

pub fn join(arg: &str, into: &Path, timeout: u64) -> Result<String, crate::Failure> {
    new_file(into)?;
    let inv = invitation(arg)?;
    let host = share::join(&inv, into, Duration::from_secs(timeout)).map_err(exit)?;
    let n = with(&*host, |s| s.journeys().map(|j| j.len()))?;
    let said: [(&str, journey_i18n::Arg); 3] = [("name", inv.name.as_str().into()), ("file", into.display().to_string().into()), ("count", n.into())];
    Ok(crate::t("cli-joined", &said))
}

pub fn sync(file: &Path, watch: bool, timeout: u64, author: Option<&str>) -> Result<String, crate::Failure> {
    let store = open(file, author)?;
    let target = share::target(&store).map_err(exit)?;
    let host = Arc::new(Shared(Mutex::new(store)));
    if !watch {
        let n = share::sync_once(host, target, Duration::from_secs(timeout)).map_err(exit)?;
        return Ok(crate::t("cli-synced", &[("count", n.into())]));
    }
    drop(host);
    let host = Arc::new(Printing(Shared(Mutex::new(open(file, author)?))));
    let client = Client::start(host, target).map_err(exit)?;
    println!("{}", crate::t("cli-syncing", &[("file", file.display().to_string().into())]));
    until_stopped()?;
    let received = client.received();
    client.stop();
    Ok(crate::t("cli-sync-stopped", &[("count", received.into())]))
}

/// `sync --watch`: says on stdout what happens, a line each.
struct Printing(Shared);

impl journey_sync::Host for Printing {
    fn with_store(&self, f: &mut dyn FnMut(&mut Store)) {
        self.0.with_store(f)
    }

    fn received(&self, r: &journey_store::Received) {
        let who: Vec<String> = r.authors.iter().map(|(a, n)| format!("{a} ({n})")).collect();
        let authors = journey_i18n::localizer(crate::language()).list(&who);
        println!("{}", crate::t("cli-sync-received", &[("count", r.incoming.into()), ("authors", authors.into())]));
    }

    fn status(&self, s: &Status) {
        let line = match s {
            Status::Connecting => crate::t("cli-sync-connecting", &[]),
            Status::Connected { .. } => crate::t("cli-sync-connected", &[]),
            Status::Offline { sentence, said } => crate::t("cli-sync-offline", &[("reason", reason(sentence, said.as_ref()).into())]),
            Status::Failed { sentence, said, .. } => crate::t("cli-sync-failed", &[("reason", reason(sentence, said.as_ref()).into())]),
        };
        println!("{line}");
    }
}


/// A status's reason in the run's language (its catalog message), else its English sentence.
fn reason(sentence: &str, said: Option<&journey_sync::wire::Said>) -> String {
    let loc = journey_i18n::localizer(crate::language());
    match said {
        Some(said) if loc.has(&said.id) => {
            let args: Vec<(&str, journey_i18n::Arg)> = said.args.iter().map(|(k, v)| (k.as_str(), v.as_str().into())).collect();
            loc.format(&said.id, &args)
        }
        _ => sentence.to_string(),
    }
}
