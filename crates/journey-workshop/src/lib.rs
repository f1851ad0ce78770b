//! Workshop mode: the facilitator runs a session from the laptop; participants on the same
//! Wi-Fi join from their own browsers with a short code, add cards to the lanes the facilitator
//! opened (privately, if asked), place dots in votes and see the timer. No account, no
//! internet: the page is served by this crate from the laptop, and every change goes through
//! the host's store like the facilitator's own edits.

pub mod board;
pub mod guard;
pub mod said;
pub mod server;
pub mod session;

pub use board::{Board, Delta, Map};
pub use server::{Action, Delivery, Host, Server};
pub use session::{FacilitatorView, Participant, Session, Settings, Timer, VoteView};

use serde::Serialize;
use std::net::{IpAddr, Ipv4Addr, UdpSocket};

/// The laptop's address on the local network: the one the system would use to reach other
/// machines (no packet is sent), or the loopback address when there is no network.
pub fn lan_address() -> IpAddr {
    UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| {
            s.connect((Ipv4Addr::new(10, 254, 254, 254), 9))?;
            s.local_addr()
        })
        .map(|a| a.ip())
        .ok()
        .filter(|ip| !ip.is_unspecified())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// A QR code as rows of "1" (dark) and "0" (light) modules, made here, offline.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "WorkshopQr")]
pub struct Qr {
    /// Modules per side: `rows.length`, and each row's length.
    pub size: usize,
    pub rows: Vec<String>,
}

pub fn qr(text: &str) -> Option<Qr> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let size = code.width();
    let colors = code.to_colors();
    let rows = colors
        .chunks(size)
        .map(|row| row.iter().map(|c| if *c == qrcode::Color::Dark { '1' } else { '0' }).collect())
        .collect();
    Some(Qr { size, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_code_is_square_with_finder_patterns_in_three_corners() {
        let q = qr("http://192.168.1.20:48213/?code=K7PQ2M").unwrap();
        assert_eq!(q.rows.len(), q.size);
        assert!(q.rows.iter().all(|r| r.len() == q.size));
        // A finder pattern starts with a row of seven dark modules.
        assert!(q.rows[0].starts_with("1111111"));
        assert!(q.rows[0].ends_with("1111111"));
        assert!(q.rows[q.size - 1].starts_with("1111111"));
        assert!(!q.rows[q.size - 1].ends_with("1111111"), "no finder pattern bottom right");
    }
}
