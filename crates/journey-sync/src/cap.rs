//! How many documents a workspace may hold in a repo that others write to: the team server's
//! (one repo per workspace) and a studio accepting the room. Without it a member's client gone
//! wrong could fill the server's disk with documents nobody lists, one sync message each.
//!
//! It is samod's share policy: a document already held, or a new one while there is room, is
//! shared both ways; past the cap a new one is refused (samod answers "unavailable") and the
//! documents already held go on syncing.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use samod::{DocumentId, PeerId, ShareConfig};

/// Documents one workspace may hold on a team server: its index and its journeys. A workspace
/// of a thousand journeys is far beyond any seen; this only stops a runaway client.
pub const DOCUMENTS: usize = 5_000;

#[derive(Clone)]
pub struct DocumentCap {
    known: Arc<Mutex<HashSet<DocumentId>>>,
    cap: usize,
}

impl DocumentCap {
    /// A cap of `cap` documents, counting those already in `held`.
    pub fn new(cap: usize, held: impl IntoIterator<Item = DocumentId>) -> DocumentCap {
        DocumentCap { known: Arc::new(Mutex::new(held.into_iter().collect())), cap }
    }

    /// The documents samod's filesystem storage in `dir` holds (its keys begin with the
    /// document id, splayed by its first two characters: `dir/ab/cdef…/…`).
    pub fn held_on_disk(dir: &Path) -> Vec<DocumentId> {
        let mut ids = Vec::new();
        let Ok(firsts) = std::fs::read_dir(dir) else { return ids };
        for first in firsts.flatten() {
            let Ok(rests) = std::fs::read_dir(first.path()) else { continue };
            for rest in rests.flatten() {
                let id = format!("{}{}", first.file_name().to_string_lossy(), rest.file_name().to_string_lossy());
                if let Ok(id) = id.parse::<DocumentId>() {
                    ids.push(id);
                }
            }
        }
        ids
    }

    /// Whether `doc` may be shared: held already, or taken on while there is room.
    pub fn admit(&self, doc: DocumentId) -> bool {
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        if known.contains(&doc) {
            return true;
        }
        if known.len() >= self.cap {
            return false;
        }
        known.insert(doc);
        true
    }

    pub fn held(&self) -> usize {
        self.known.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

impl samod::SharePolicy for DocumentCap {
    fn share(&self, doc: DocumentId, _peer: PeerId) -> impl futures::Stream<Item = ShareConfig> + Send + 'static {
        let decision = if self.admit(doc) { ShareConfig::read_write() } else { ShareConfig::none() };
        futures::stream::iter([decision])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_held_stay_shared_and_new_ones_stop_at_the_cap() {
        let ids: Vec<DocumentId> = (0..4).map(|_| journey_doc::document_id(journey_core::Id::new_v4())).collect();
        let cap = DocumentCap::new(3, ids[..2].iter().cloned());
        assert!(cap.admit(ids[0].clone()), "held already");
        assert!(cap.admit(ids[2].clone()), "room for a third");
        assert!(!cap.admit(ids[3].clone()), "a fourth is past the cap");
        assert!(cap.admit(ids[2].clone()) && cap.admit(ids[1].clone()), "those held still are");
        assert_eq!(cap.held(), 3);
    }
}
