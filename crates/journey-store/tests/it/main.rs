//! Integration tests of journey-store against real SQLite files in temporary folders.

mod durability;
mod imports;
mod opening;
mod support;
mod versions;
