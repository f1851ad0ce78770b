//! Rooms on the local network, found by mDNS and DNS-SD (RFC 6762 and 6763, through `mdns-sd`,
//! pure Rust with a small daemon thread of its own): a studio accepting the room advertises
//! `_journey-room._tcp.local.` under its workspace's name, and the join dialog lists what it
//! hears. A convenience only: every room can be reached by typing the address it shows, and
//! nothing here lets anyone in (the code does, `room.rs`). Networks that drop multicast (some
//! guest Wi-Fi, client isolation) find nothing, and the typed address still works.
//!
//! What the advertisement tells everyone on the network: the workspace's name, the host's name,
//! the address and port. Not the workspace's id, the secret or the certificate.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mdns_sd::{ServiceDaemon, ServiceEvent, ServiceInfo};
use serde::Serialize;

/// The DNS-SD service type of a room.
pub const SERVICE: &str = "_journey-room._tcp.local.";
/// What this version advertises (a TXT property, `v`).
const VERSION: &str = "1";

pub use mdns_sd::Error;

/// This machine's name as one DNS label (`[a-z0-9-]`, at most 63), for the advertisement.
fn host_label() -> String {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default();
    let label: String = name
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .take(63)
        .collect();
    let label = label.trim_matches('-').to_string();
    if label.is_empty() { "journey-studio".into() } else { label }
}

/// `text` cut to at most `max` bytes at a character boundary.
fn cut(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A room announced on the network; withdrawn when dropped.
pub struct Advert {
    daemon: ServiceDaemon,
    fullname: String,
}

impl Advert {
    /// Announces the room of workspace `name` on `port` (every interface's addresses).
    pub fn start(name: &str, port: u16) -> Result<Advert, Error> {
        let daemon = ServiceDaemon::new()?;
        let host = host_label();
        // Two studios in a room may have the same workspace open: the host's name tells them apart.
        let instance = format!("{} ({host})", cut(name.trim(), 40));
        let properties = [("v", VERSION), ("name", cut(name.trim(), 180))];
        let info = ServiceInfo::new(SERVICE, cut(&instance, 63), &format!("{host}.local."), "", port, &properties[..])?.enable_addr_auto();
        let fullname = info.get_fullname().to_string();
        daemon.register(info)?;
        Ok(Advert { daemon, fullname })
    }
}

impl Drop for Advert {
    fn drop(&mut self) {
        // Says goodbye (others drop the room at once rather than when its record expires).
        if let Ok(done) = self.daemon.unregister(&self.fullname) {
            let _ = done.recv_timeout(Duration::from_millis(500));
        }
        let _ = self.daemon.shutdown();
    }
}

/// A room heard on the network, as the join dialog lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
pub struct NearbyRoom {
    /// The workspace's name.
    pub name: String,
    /// The host's machine name.
    pub host: String,
    /// `ip:port`, as the join dialog fills it in.
    pub address: String,
}

/// The address to reach a room at: an IPv4 address not on loopback first (what a person would
/// type), then loopback (the same machine), then IPv6 that needs no interface scope.
fn best_address(addresses: impl Iterator<Item = IpAddr>, port: u16) -> Option<String> {
    let mut all: Vec<IpAddr> = addresses.filter(|ip| !matches!(ip, IpAddr::V6(v6) if v6.segments()[0] & 0xffc0 == 0xfe80)).collect();
    all.sort_by_key(|ip| (!ip.is_ipv4(), ip.is_loopback(), *ip));
    all.first().map(|ip| match ip {
        IpAddr::V4(v4) => format!("{v4}:{port}"),
        IpAddr::V6(v6) => format!("[{v6}]:{port}"),
    })
}

/// Listens for rooms on the network for as long as it lives.
pub struct Browser {
    daemon: ServiceDaemon,
    rooms: Arc<Mutex<BTreeMap<String, NearbyRoom>>>,
}

impl Browser {
    pub fn start() -> Result<Browser, Error> {
        let daemon = ServiceDaemon::new()?;
        let events = daemon.browse(SERVICE)?;
        let rooms: Arc<Mutex<BTreeMap<String, NearbyRoom>>> = Arc::default();
        let found = rooms.clone();
        std::thread::Builder::new()
            .name("mdns-rooms".into())
            .spawn(move || {
                // Ends when the daemon shuts down (the channel closes).
                while let Ok(event) = events.recv() {
                    let mut rooms = found.lock().unwrap_or_else(|e| e.into_inner());
                    match event {
                        ServiceEvent::ServiceResolved(r) => {
                            if r.get_property_val_str("v").is_none() {
                                continue;
                            }
                            let Some(address) = best_address(r.get_addresses().iter().map(|a| a.to_ip_addr()), r.port) else { continue };
                            let name = r.get_property_val_str("name").map(str::to_string).unwrap_or_else(|| r.fullname.clone());
                            let host = r.host.trim_end_matches('.').trim_end_matches(".local").to_string();
                            rooms.insert(r.fullname.clone(), NearbyRoom { name, host, address });
                        }
                        ServiceEvent::ServiceRemoved(_, fullname) => {
                            rooms.remove(&fullname);
                        }
                        _ => {}
                    }
                }
            })
            .map_err(|e| Error::Msg(e.to_string()))?;
        Ok(Browser { daemon, rooms })
    }

    /// The rooms heard and not withdrawn, by name.
    pub fn rooms(&self) -> Vec<NearbyRoom> {
        let mut all: Vec<NearbyRoom> = self.rooms.lock().unwrap_or_else(|e| e.into_inner()).values().cloned().collect();
        all.sort();
        all
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.daemon.shutdown();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_shown_is_the_one_a_person_would_type() {
        let ips: Vec<IpAddr> = ["fe80::1", "127.0.0.1", "fd00::2", "192.168.1.20"].iter().map(|s| s.parse().unwrap()).collect();
        assert_eq!(best_address(ips.iter().copied(), 7420).as_deref(), Some("192.168.1.20:7420"));
        assert_eq!(best_address(ips[..3].iter().copied(), 7420).as_deref(), Some("127.0.0.1:7420"));
        assert_eq!(best_address([ips[0], ips[2]].into_iter(), 7420).as_deref(), Some("[fd00::2]:7420"), "link-local needs a scope");
        assert_eq!(best_address(std::iter::empty(), 7420), None);
    }

    #[test]
    fn a_long_name_is_cut_at_a_character() {
        assert_eq!(cut("سفر مشتری", 3), "س");
        assert_eq!(cut("abc", 10), "abc");
    }
}
