//! Live sync for a workspace: its Automerge documents (one per journey, one index) kept in step
//! with teammates' through samod, the Rust implementation of automerge-repo, over WebSockets:
//! through a team server (`server.rs`, `journey serve`) or a studio in the same room.
//!
//! Nothing here is a protocol of our own. What we add is around it: who may connect (the
//! invitation's secret, `access.rs`, `invite.rs`), encryption with a pinned certificate
//! (`tls.rs`), limits on what a connection may cost (`wire.rs`) and on the documents a
//! workspace may hold (`cap.rs`), a studio accepting the room by a typed code (`room.rs`) and
//! found on the local network (`mdns.rs`), samod's storage over the
//! workspace file, and the bridge between samod's documents and the store's (`client.rs`),
//! through which a teammate's change reaches the read model and the window.

pub mod access;
pub mod cap;
pub mod client;
pub mod invite;
pub mod mdns;
pub mod presence;
pub mod room;
pub mod server;
pub mod share;
pub mod tls;
pub mod wire;

pub use invite::{Invitation, InviteError};
pub use server::{Options as ServerOptions, TeamServer};
pub use wire::ConnectError;
pub use client::{Client, Host, Status, SyncError};
