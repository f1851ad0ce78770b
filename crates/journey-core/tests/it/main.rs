//! Integration tests of journey-core: one binary, one module per area (keeps link time low).

mod change;
mod edits;
mod generator;
mod gestures;
mod graph;
mod insights;
mod layout;
mod moves;
mod refusals;
mod sample;
mod support;
mod versions;
