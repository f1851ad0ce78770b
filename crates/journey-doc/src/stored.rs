//! What every document of ours shares: an Automerge document under a samod document id, and
//! which of its changes are already in storage.

use automerge::{ActorId, AutoCommit, Change, ChangeHash};
use samod_core::{CompactionHash, DocumentId, StorageKey};
use std::collections::BTreeSet;
use std::str::FromStr;

use crate::DocError;

/// The document id samod and automerge-repo know a document by: the uuid of the journey (or
/// workspace) it holds.
pub fn document_id(id: uuid::Uuid) -> DocumentId {
    DocumentId::from_str(&id.to_string()).expect("a uuid is a valid document id")
}

/// A storage key as the text the chunk table keys on: samod's parts joined by '/'.
pub fn key_text(key: StorageKey) -> String {
    key.into_iter().collect::<Vec<String>>().join("/")
}

/// The prefix under which all chunks of document `id` are kept.
pub fn chunk_prefix(id: uuid::Uuid) -> String {
    format!("{}/", document_id(id))
}

/// Heads as text: sorted hex hashes joined by commas (what the read model records).
pub fn heads_text(heads: &[ChangeHash]) -> String {
    let mut h: Vec<String> = heads.iter().map(|h| h.to_string()).collect();
    h.sort();
    h.join(",")
}

pub struct Stored {
    pub doc: AutoCommit,
    pub id: uuid::Uuid,
    /// What is already in storage: changes after these heads are the next incremental chunks.
    pub saved: Vec<ChangeHash>,
    /// Incremental chunks in storage since its last snapshot, once the store has looked (kept
    /// here so an edit need not ask the file).
    pub on_disk: Option<i64>,
    /// The storage keys whose chunks this document is known to contain (read at load, written
    /// since). A compaction deletes only these: the live-sync layer writes chunks of the same
    /// document beside ours, and one it wrote after our load may hold changes we lack.
    pub known: BTreeSet<String>,
    /// The first change's hash once looked up: it never changes, and finding it walks the whole
    /// history (Automerge rebuilds each change it lists from its op set).
    root: Option<ChangeHash>,
}

impl Stored {
    /// Reads a document back from its storage chunks (snapshots and incrementals, any order),
    /// with a fresh actor for the changes this session makes: a copied file must never write
    /// under the same actor as the original, or the two histories could not be merged.
    pub fn load<'a>(id: uuid::Uuid, chunks: impl IntoIterator<Item = &'a [u8]>) -> Result<Stored, DocError> {
        let mut doc = AutoCommit::new();
        for chunk in chunks {
            doc.load_incremental(chunk).map_err(|e| DocError::Damaged(e.to_string()))?;
        }
        if doc.get_heads().is_empty() {
            return Err(DocError::Damaged("it has no changes".into()));
        }
        // Changes whose ancestors are not among the chunks wait in Automerge's queue, unused: the
        // sync layer writes a document's chunks one by one, so a read between two of its writes
        // sees some without the ones they build on. They are taken in once those come (by
        // `apply`); `holds` tells the store which chunks it may count as its own.
        doc.set_actor(ActorId::random());
        let saved = doc.get_heads();
        Ok(Stored { doc, id, saved, on_disk: None, known: BTreeSet::new(), root: None })
    }

    /// Whether the chunk under `key` is part of this document as it is (an incremental chunk
    /// whose change is applied, or a snapshot), so a compaction may delete it.
    pub fn holds(&mut self, key: &str) -> bool {
        let mut parts = key.rsplit('/');
        match (parts.next(), parts.next()) {
            (Some(hash), Some("incremental")) => {
                hash.parse::<ChangeHash>().is_ok_and(|h| self.has(&h))
            }
            _ => true,
        }
    }

    /// A document nothing of which is in storage yet.
    pub fn fresh(doc: AutoCommit, id: uuid::Uuid) -> Stored {
        Stored { doc, id, saved: Vec::new(), on_disk: None, known: BTreeSet::new(), root: None }
    }

    /// A document made of changes received from a peer (its whole history), with a fresh actor.
    /// None of it counts as saved: the store writes it with its own next save.
    pub fn from_changes(id: uuid::Uuid, changes: Vec<Change>) -> Result<Stored, DocError> {
        let mut s = Stored::fresh(AutoCommit::new(), id);
        s.apply(changes)?;
        if s.doc.get_heads().is_empty() {
            return Err(DocError::Damaged("it has no changes".into()));
        }
        s.doc.set_actor(ActorId::random());
        Ok(s)
    }

    /// Parses changes as a peer sent them (each one change's bytes).
    pub fn parse_changes(raw: &[Vec<u8>]) -> Result<Vec<Change>, DocError> {
        raw.iter()
            .map(|b| Change::from_bytes(b.clone()).map_err(|e| DocError::Damaged(format!("a change that came in does not read: {e}"))))
            .collect()
    }

    /// Applies changes from a peer. Refuses, applying none, a history that starts elsewhere (a
    /// first change other than ours) and changes whose ancestors are missing; returns who made
    /// those that were new here.
    pub fn apply(&mut self, changes: Vec<Change>) -> Result<Vec<crate::Meta>, DocError> {
        let root = self.root_change();
        let new: Vec<Change> = changes.into_iter().filter(|c| !self.has(&c.hash())).collect();
        if let Some(root) = root {
            if new.iter().any(|c| c.deps().is_empty() && c.hash() != root) {
                return Err(DocError::Unrelated);
            }
        } else if new.iter().filter(|c| c.deps().is_empty()).count() > 1 {
            return Err(DocError::Unrelated);
        }
        let metas = new.iter().map(crate::meta_of).collect();
        // Checked before applying: Automerge would keep such changes queued, out of sight.
        let coming: BTreeSet<ChangeHash> = new.iter().map(|c| c.hash()).collect();
        let missing = new.iter().flat_map(|c| c.deps().iter()).any(|d| !coming.contains(d) && !self.has(d));
        if missing {
            return Err(DocError::Damaged("changes came without the ones they build on".into()));
        }
        self.doc.apply_changes(new).map_err(|e| DocError::Damaged(e.to_string()))?;
        Ok(metas)
    }

    /// The changes this document has after `heads`, as bytes to send (heads it does not know
    /// are ignored: what they name came from elsewhere).
    pub fn changes_after(&mut self, heads: &[ChangeHash]) -> Vec<Vec<u8>> {
        // Nothing after heads that include ours: said without listing changes, which costs a
        // pass over every op of the document however few it lists.
        if self.doc.get_heads().iter().all(|h| heads.contains(h)) {
            return Vec::new();
        }
        let known: Vec<ChangeHash> = heads.iter().copied().filter(|h| self.has(h)).collect();
        self.doc.get_changes(&known).into_iter().map(|c| c.raw_bytes().to_vec()).collect()
    }

    /// The changes not yet in storage, as samod stores them: one chunk per change under
    /// `<document>/incremental/<change hash>`.
    pub fn unsaved_chunks(&mut self) -> Vec<(String, Vec<u8>)> {
        let doc_id = document_id(self.id);
        self.doc
            .get_changes(&self.saved)
            .into_iter()
            .map(|c| (key_text(StorageKey::incremental_path(&doc_id, c.hash())), c.raw_bytes().to_vec()))
            .collect()
    }

    /// The whole document as one compacted chunk, under samod's snapshot key for its heads.
    pub fn snapshot_chunk(&mut self) -> (String, Vec<u8>) {
        let heads = self.doc.get_heads();
        let key = StorageKey::snapshot_path(&document_id(self.id), &CompactionHash::new(&heads));
        (key_text(key), self.doc.save())
    }

    /// Marks everything as stored (after the chunks above were committed).
    pub fn mark_saved(&mut self) {
        self.saved = self.doc.get_heads();
    }

    /// Forgets changes since the last save: the write that should have stored them failed.
    pub fn forget_unsaved(&mut self) -> Result<(), DocError> {
        let saved = self.saved.clone();
        let mut back = self.doc.fork_at(&saved).map_err(|e| DocError::Damaged(e.to_string()))?;
        back.set_actor(ActorId::random());
        self.doc = back;
        self.root = None; // a document rolled back to nothing has no first change any more
        // The count went with the rolled-back transaction: ask the file again next time.
        self.on_disk = None;
        Ok(())
    }

    pub fn heads(&mut self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// The hash of the first change: two documents with different first changes are not copies
    /// of one another, whatever their ids say.
    pub fn root_change(&mut self) -> Option<ChangeHash> {
        if self.root.is_none() {
            self.root = self.doc.get_changes_meta(&[]).into_iter().find(|c| c.deps.is_empty()).map(|c| c.hash);
        }
        self.root
    }

    /// Whether the document holds change `hash`. Asked of the change graph: `get_change_by_hash`
    /// would rebuild the whole change from the op set only to be dropped.
    pub fn has(&mut self, hash: &ChangeHash) -> bool {
        has_change(&mut self.doc, hash)
    }
}

/// Whether `doc` holds change `hash` (see `Stored::has`).
pub fn has_change(doc: &mut AutoCommit, hash: &ChangeHash) -> bool {
    doc.get_change_meta_by_hash(hash).is_some()
}
