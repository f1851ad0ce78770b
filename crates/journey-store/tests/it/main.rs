//! Integration tests of journey-store against real SQLite files in temporary folders.

mod changes;
mod durability;
mod fuzz_corpus;
mod imports;
mod merging;
mod receiving;
mod opening;
mod support;
mod undo_log;
mod versions;
