//! Why an edit was refused. Each variant has a stable `code` the UI and tests match on, and a
//! message a facilitator can act on.

use crate::model::Id;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("the {what} {id} does not exist (it may have been deleted)")]
    NotFound { what: &'static str, id: Id },
    #[error("a {what} with id {id} already exists")]
    DuplicateId { what: &'static str, id: Id },
    #[error("{0}")]
    InvalidGraph(String),
    #[error("{field}: {problem}")]
    InvalidValue { field: String, problem: String },
    #[error("{field} is {len} characters long; the limit is {max}")]
    TooLong { field: String, len: usize, max: usize },
}

impl EditError {
    pub fn code(&self) -> &'static str {
        match self {
            EditError::NotFound { .. } => "not_found",
            EditError::DuplicateId { .. } => "duplicate_id",
            EditError::InvalidGraph(_) => "invalid_graph",
            EditError::InvalidValue { .. } => "invalid_value",
            EditError::TooLong { .. } => "too_long",
        }
    }

    pub fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        EditError::InvalidValue { field: field.into(), problem: problem.into() }
    }
}
