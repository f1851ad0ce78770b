//! What every document of ours shares: an Automerge document under a samod document id, and
//! which of its changes are already in storage.

use automerge::{ActorId, AutoCommit, ChangeHash};
use samod_core::{CompactionHash, DocumentId, StorageKey};
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
        if !doc.get_missing_deps(&[]).is_empty() {
            return Err(DocError::Damaged("changes are missing from its history".into()));
        }
        doc.set_actor(ActorId::random());
        let saved = doc.get_heads();
        Ok(Stored { doc, id, saved, on_disk: None })
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
        self.doc.get_changes(&[]).into_iter().find(|c| c.deps().is_empty()).map(|c| c.hash())
    }
}
