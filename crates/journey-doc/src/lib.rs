//! Journeys that merge: each journey is an Automerge document, each edit a commit of the fields
//! it changed, and two copies changed apart merge into one holding both people's work.
//!
//! The engine is Automerge (no merge logic of our own); this crate only maps the model onto it
//! (`json.rs`), keeps one document per journey (`doc.rs`) and one for the workspace's list of
//! journeys (`workspace.rs`), and names their storage chunks the way samod's `Storage` does, so
//! the live-sync layer can read the same chunks. A merged document can break invariants no
//! single edit can; `journey_core::repair` turns it into a valid journey on every machine alike.
//! No I/O here: the store decides where chunks go.

/// The engine, for callers that pass its heads and changes along (the store, the sync layer).
pub use automerge;

pub mod doc;
pub mod json;
pub mod stored;
pub mod workspace;

pub use doc::{before, entity, entity_of, json_of, meta_of, set_loose, Before, Changed, JourneyDoc, Meta};
pub use stored::{chunk_prefix, document_id, heads_text, Stored};
pub use json::Write;
pub use workspace::WorkspaceDoc;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DocError {
    #[error("its shared history is damaged ({0})")]
    Damaged(String),
    #[error("it was written by a newer version of Journey Studio (document format {0})")]
    Newer(i64),
    #[error("it is not a copy of this journey: the two have no history in common")]
    Unrelated,
}
