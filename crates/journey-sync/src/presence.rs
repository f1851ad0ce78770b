//! Who else is in a journey now, and what each has selected: samod's ephemeral messages on the
//! journey's document (sent to whoever has it open, never stored). Each studio says where it is
//! every `HEARTBEAT` and when that changes; one not heard from for `GONE_AFTER` has left.
//! Messages are CBOR maps, as automerge-repo's other peers expect ephemeral messages to be.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use journey_core::Id;

pub const HEARTBEAT: Duration = Duration::from_secs(2);
pub const GONE_AFTER: Duration = Duration::from_secs(5);

/// One teammate in a journey, as the top bar and the map show them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Peer {
    /// This session of theirs (a studio restarted is a new one).
    pub session: String,
    pub name: String,
    /// A CSS colour (#rrggbb) for their outline.
    pub colour: String,
    pub journey: Id,
    /// The cards or stages they have selected.
    pub selection: Vec<Id>,
}

/// A colour per person, the same on every laptop: from their name (readable under white text).
pub fn colour_of(name: &str) -> String {
    const COLOURS: [&str; 8] = ["#c0392b", "#2471a3", "#1e8449", "#8e44ad", "#b9770e", "#117a65", "#a93226", "#2e4053"];
    let h = name.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    COLOURS[(h as usize) % COLOURS.len()].to_string()
}

const MAX_SELECTION: usize = 200;
const MAX_TEXT: usize = 80;

pub fn encode(p: &Peer) -> Vec<u8> {
    let mut e = minicbor::Encoder::new(Vec::new());
    let sel: Vec<String> = p.selection.iter().take(MAX_SELECTION).map(|i| i.to_string()).collect();
    // Writing into a Vec cannot fail.
    let _ = e
        .map(6)
        .and_then(|e| e.str("type")?.str("journey-presence"))
        .and_then(|e| e.str("session")?.str(&p.session))
        .and_then(|e| e.str("name")?.str(&p.name))
        .and_then(|e| e.str("colour")?.str(&p.colour))
        .and_then(|e| e.str("journey")?.str(&p.journey.to_string()))
        .and_then(|e| {
            e.str("selection")?.array(sel.len() as u64)?;
            for s in &sel {
                e.str(s)?;
            }
            Ok(e)
        });
    e.into_writer()
}

/// Reads a teammate's message; anything else (another app's ephemera, a malformed or oversized
/// one) is ignored.
pub fn decode(bytes: &[u8]) -> Option<Peer> {
    if bytes.len() > 64 * 1024 {
        return None;
    }
    let mut d = minicbor::Decoder::new(bytes);
    let n = d.map().ok()??;
    let mut fields: HashMap<String, Vec<String>> = HashMap::new();
    for _ in 0..n.min(16) {
        let key = d.str().ok()?.to_string();
        match d.datatype().ok()? {
            minicbor::data::Type::Array => {
                let len = d.array().ok()??.min(MAX_SELECTION as u64);
                let mut v = Vec::new();
                for _ in 0..len {
                    v.push(d.str().ok()?.to_string());
                }
                fields.insert(key, v);
            }
            minicbor::data::Type::String => {
                fields.insert(key, vec![d.str().ok()?.to_string()]);
            }
            _ => d.skip().ok()?,
        }
    }
    let one = |k: &str| fields.get(k).and_then(|v| v.first()).cloned();
    if one("type")? != "journey-presence" {
        return None;
    }
    let clean = |s: String| -> String {
        // A name is shown beside others: no controls or bidi overrides, not too long.
        s.chars().filter(|c| !c.is_control() && !journey_workshop::session::is_invisible_format(*c)).take(MAX_TEXT).collect()
    };
    let colour = one("colour").filter(|c| c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|x| x.is_ascii_hexdigit()))?;
    Some(Peer {
        session: clean(one("session")?),
        name: clean(one("name")?),
        colour,
        journey: one("journey")?.parse().ok()?,
        selection: fields.get("selection").map(|v| v.iter().filter_map(|s| s.parse().ok()).collect()).unwrap_or_default(),
    })
}

/// Who is in a journey now (the `sync-presence` event).
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InJourney {
    pub journey: Id,
    pub peers: Vec<Peer>,
}

/// Teammates heard from, with when, pruned as they go quiet.
#[derive(Default)]
pub struct Room {
    peers: HashMap<String, (Peer, Instant)>,
}

impl Room {
    /// Takes in a message; true when what the room shows changed.
    pub fn heard(&mut self, p: Peer, at: Instant) -> bool {
        let changed = self.peers.get(&p.session).map(|(old, _)| old != &p).unwrap_or(true);
        self.peers.insert(p.session.clone(), (p, at));
        changed
    }

    /// Forgets who has been quiet for `GONE_AFTER`; true when someone left.
    pub fn prune(&mut self, now: Instant) -> bool {
        let before = self.peers.len();
        self.peers.retain(|_, (_, at)| now.duration_since(*at) < GONE_AFTER);
        self.peers.len() != before
    }

    /// The journeys someone is in.
    pub fn all_journeys(&self) -> std::collections::BTreeSet<Id> {
        self.peers.values().map(|(p, _)| p.journey).collect()
    }

    /// Who is in `journey`, by name.
    pub fn in_journey(&self, journey: Id) -> Vec<Peer> {
        let mut v: Vec<Peer> = self.peers.values().filter(|(p, _)| p.journey == journey).map(|(p, _)| p.clone()).collect();
        v.sort_by(|a, b| a.name.cmp(&b.name).then(a.session.cmp(&b.session)));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ana() -> Peer {
        Peer {
            session: "s1".into(),
            name: "Ana".into(),
            colour: "#aa3300".into(),
            journey: journey_core::new_id(),
            selection: vec![journey_core::new_id()],
        }
    }

    #[test]
    fn a_presence_message_reads_back_and_other_messages_are_ignored() {
        let p = ana();
        assert_eq!(decode(&encode(&p)), Some(p.clone()));
        assert_eq!(decode(b"not cbor"), None);
        let mut bad = p.clone();
        bad.colour = "red; background:url(x)".into();
        assert_eq!(decode(&encode(&bad)), None, "a colour that is not #rrggbb");
        let mut sneaky = p;
        sneaky.name = "\u{202e}rotatilicaF".into();
        assert_eq!(decode(&encode(&sneaky)).unwrap().name, "rotatilicaF");
    }

    #[test]
    fn a_persons_colour_is_the_same_everywhere_and_one_the_messages_accept() {
        assert_eq!(colour_of("Ana"), colour_of("Ana"));
        let mut p = ana();
        p.colour = colour_of("Ben");
        assert_eq!(decode(&encode(&p)).map(|d| d.colour), Some(colour_of("Ben")));
    }

    #[test]
    fn a_teammate_not_heard_from_leaves_the_room() {
        let mut room = Room::default();
        let p = ana();
        let t0 = Instant::now();
        assert!(room.heard(p.clone(), t0));
        assert!(!room.heard(p.clone(), t0 + Duration::from_secs(1)), "the same again changes nothing");
        assert_eq!(room.in_journey(p.journey), vec![p.clone()]);
        assert!(!room.prune(t0 + Duration::from_secs(3)));
        assert!(room.prune(t0 + Duration::from_secs(7)));
        assert!(room.in_journey(p.journey).is_empty());
    }
}
