//! The invitation: everything a teammate needs to join a shared workspace, as one short line
//! of text (copied, sent, shown as a QR code, or saved as a `.journey-invite` file).
//!
//! It holds the workspace's id (its index document's id; the journeys' documents are listed in
//! that index), where to sync (a team server's URL, or a studio in the room), the fingerprint of
//! that server's certificate (pinned: no certificate authority is asked), and the secret that
//! admits a client. Anyone holding it can read and change the workspace; rotating the secret
//! (the owner) makes old invitations useless.

use base64::Engine;
use journey_core::Id;
use serde::{Deserialize, Serialize};

pub const PREFIX: &str = "journey-invite:";
/// The invitation format this version writes and reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invitation {
    pub v: u32,
    pub workspace: Id,
    /// What the workspace is called where it was shared (the join dialog shows it).
    pub name: String,
    /// `wss://host:port` (a team server or a studio in the room); `ws://` only on loopback.
    pub server: String,
    /// SHA-256 of the server's certificate (hex), for `wss://`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Admits a client to this workspace (base64url, 32 random bytes).
    pub secret: String,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum InviteError {
    #[error("This is not a Journey Studio invitation: an invitation is one line starting with \"journey-invite:\". Ask for it again and paste all of it.")]
    NotAnInvitation,
    #[error("This invitation is damaged ({0}): part of it may be missing. Ask for it again and paste all of it.")]
    Damaged(String),
    #[error("This invitation was made by a newer Journey Studio (invitation format {0}). Update Journey Studio to join.")]
    Newer(u32),
    #[error("This invitation's server address {0} cannot be used: {1}")]
    BadServer(String, String),
}

/// 32 random bytes as base64url: a secret (or an owner's key).
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the system has a source of randomness");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What a server keeps of a secret: its SHA-256, never the secret.
pub fn digest(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(secret.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where a client connects: the URL checked for what plain `ws://` may reach.
pub fn check_server(server: &str) -> Result<url::Url, InviteError> {
    let bad = |why: &str| InviteError::BadServer(server.to_string(), why.to_string());
    let url = url::Url::parse(server).map_err(|e| bad(&e.to_string()))?;
    match url.scheme() {
        "wss" => {}
        "ws" => {
            let loopback = match url.host() {
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                Some(url::Host::Domain(d)) => d == "localhost",
                None => false,
            };
            if !loopback {
                return Err(bad("plain ws:// is only for this computer (loopback); use wss:// so the traffic is encrypted"));
            }
        }
        _ => return Err(bad("it must start with wss:// (or ws:// on this computer)")),
    }
    if url.host().is_none() {
        return Err(bad("it names no host"));
    }
    Ok(url)
}

impl Invitation {
    pub fn text(&self) -> String {
        let json = serde_json::to_vec(self).expect("an invitation always serialises");
        format!("{PREFIX}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json))
    }

    /// Reads an invitation from its text (surrounding blanks and line breaks, as mail and chat
    /// add them, are ignored).
    pub fn parse(text: &str) -> Result<Invitation, InviteError> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let body = compact.strip_prefix(PREFIX).ok_or(InviteError::NotAnInvitation)?;
        let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|e| InviteError::Damaged(e.to_string()))?;
        let value: serde_json::Value = serde_json::from_slice(&json).map_err(|e| InviteError::Damaged(e.to_string()))?;
        let v = value.get("v").and_then(|v| v.as_u64()).ok_or_else(|| InviteError::Damaged("it has no version".into()))?;
        if v > VERSION as u64 {
            return Err(InviteError::Newer(v as u32));
        }
        let inv: Invitation = serde_json::from_value(value).map_err(|e| InviteError::Damaged(e.to_string()))?;
        check_server(&inv.server)?;
        if inv.server.starts_with("wss:") && inv.fingerprint.is_none() {
            return Err(InviteError::Damaged("it names an encrypted server but not its certificate".into()));
        }
        if inv.secret.len() < 32 {
            return Err(InviteError::Damaged("its secret is too short".into()));
        }
        Ok(inv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Invitation {
        Invitation {
            v: VERSION,
            workspace: journey_core::new_id(),
            name: "Onboarding".into(),
            server: "wss://192.168.1.20:7420".into(),
            fingerprint: Some("ab".repeat(32)),
            secret: random_secret(),
        }
    }

    #[test]
    fn an_invitation_reads_back_from_its_text_even_wrapped_by_a_mail_program() {
        let inv = sample();
        let text = inv.text();
        assert!(text.starts_with(PREFIX));
        let wrapped: String = text.chars().collect::<Vec<_>>().chunks(20).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("\n  ");
        assert_eq!(Invitation::parse(&format!("  {wrapped}\n")).unwrap(), inv);
    }

    #[test]
    fn what_is_not_a_usable_invitation_is_refused_with_a_reason() {
        assert_eq!(Invitation::parse("hello"), Err(InviteError::NotAnInvitation));
        let text = sample().text();
        assert!(matches!(Invitation::parse(&text[..text.len() - 10]), Err(InviteError::Damaged(_))));
        let mut newer = serde_json::to_value(sample()).unwrap();
        newer["v"] = 9.into();
        let t = format!("{PREFIX}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(newer.to_string()));
        assert_eq!(Invitation::parse(&t), Err(InviteError::Newer(9)));
        let mut plain = sample();
        plain.server = "ws://192.168.1.20:7420".into();
        assert!(matches!(Invitation::parse(&plain.text()), Err(InviteError::BadServer(..))));
        plain.server = "ws://127.0.0.1:7420".into();
        assert!(Invitation::parse(&plain.text()).is_ok());
        let mut unpinned = sample();
        unpinned.fingerprint = None;
        assert!(matches!(Invitation::parse(&unpinned.text()), Err(InviteError::Damaged(_))));
    }

    #[test]
    fn secrets_are_random_and_servers_keep_only_their_digest() {
        let (a, b) = (random_secret(), random_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(digest(&a), digest(&a));
        assert_ne!(digest(&a), digest(&b));
        assert!(!digest(&a).contains(&a));
    }
}
