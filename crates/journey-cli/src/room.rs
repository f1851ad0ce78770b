//! `journey room` and `journey join --room`: a studio accepting the room without a window (for
//! scripts and tests), and a teammate joining it by the address and code it printed. The same
//! library as the window (journey-sync's room.rs); the exit codes are `sync.rs`'s (3: no room
//! answers, 4: refused: a wrong code, too many tries, someone in between).

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use journey_store::Store;
use journey_sync::client::{with, Shared};
use journey_sync::room::{self, Room, RoomError};
use journey_sync::{share, Client};

use crate::sync::Exit;

fn refused(e: RoomError) -> crate::Failure {
    match e {
        RoomError::BadAddress(_) | RoomError::BadCode(_) => {
            crate::usage(&journey_api::ApiError::from(e).sentence(journey_i18n::localizer(crate::language())))
        }
        RoomError::NoRoom(..) => Box::new(Exit(3, Box::new(e))),
        _ => Box::new(Exit(4, Box::new(e))),
    }
}

/// Accepts teammates in the room on `listen` until SIGTERM or Ctrl+C: prints `room ADDRESS`,
/// `code CODE` and `invitation TEXT` (lines scripts read). A workspace on a team server syncs
/// there too meanwhile; one on no server is shared for the room.
pub fn host(file: &Path, listen: &str, advertise: bool) -> Result<(), crate::Failure> {
    let listen = listen.parse().map_err(|e| crate::sync::bad_listen(listen, e, "0.0.0.0:0"))?;
    let mut store = Store::open(file)?;
    let name = file.file_stem().and_then(|n| n.to_str()).unwrap_or("workspace").to_string();
    room::share_for_room(&mut store, &name)?;
    let target = if room::on_team_server(&store) { Some(share::target(&store)?) } else { None };
    let host = Arc::new(Shared(Mutex::new(store)));
    let client = match target {
        Some(t) => Client::start(host, t),
        None => Client::start_local(host),
    }?;
    let room = Room::open(&client, listen, advertise)?;
    println!("room {}", room.address());
    println!("code {}", room.code());
    println!("invitation {}", room.invitation().text());
    crate::sync::until_stopped()?;
    room.stop();
    client.stop();
    Ok(())
}

/// Joins the room at `address` with `code` into `into` (a new file) and syncs it once.
pub fn join(address: &str, code: &str, into: &Path, timeout: u64) -> Result<String, crate::Failure> {
    crate::sync::new_file(into)?;
    let inv = room::exchange(address, code).map_err(refused)?;
    let host = share::join(&inv, into, Duration::from_secs(timeout)).map_err(|e| Box::new(Exit(3, Box::new(e))) as crate::Failure)?;
    let n = with(&*host, |s| s.journeys().map(|j| j.len()))?;
    let said: [(&str, journey_i18n::Arg); 4] =
        [("name", inv.name.as_str().into()), ("address", address.into()), ("file", into.display().to_string().into()), ("count", n.into())];
    Ok(crate::t("cli-joined-room", &said))
}
