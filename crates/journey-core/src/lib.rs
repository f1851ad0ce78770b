//! Journey Studio's domain: journeys as stage graphs with lanes and cards, the `Edit` values
//! that change them, and the layout geometry shared by the window and every export.
//!
//! No I/O and no tauri here: this crate builds and tests in seconds and is the single source of
//! the rules every front end (app, CLI, workshop guests) obeys.

pub mod change;
pub mod copy;
pub mod diff;
pub mod direction;
pub mod edit;
pub mod error;
pub mod graph;
pub mod insights;
pub mod layout;
pub mod live_layout;
pub mod model;
mod moves;
mod placing;
pub mod repair;
pub mod sample;
pub mod templates;
pub mod validate;
pub mod vocab;

pub use change::{apply_tracked, touched_by, Change, CurvePatch, JourneyHeader, LayoutPatch, ReadModel, Tracked};
pub use live_layout::LiveLayout;
pub use repair::{repair, Loose, Repaired, Repair};
pub use direction::{Direction, DirectionChoice};
pub use diff::{diff, restore_edit, JourneyDiff};
pub use edit::{apply, validate, Edit, Touched};
pub use error::{EditError, Field, GraphProblem, Problem};
pub use graph::{Flow, FlowKind, StageGraph};
pub use layout::{layout, Layout};
pub use model::*;
