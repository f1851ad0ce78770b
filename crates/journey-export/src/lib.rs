//! Exports and imports of journeys: the map as SVG, PNG, PDF and HTML (all drawn from the
//! core's layout, the window's geometry), and the data as JSON, CSV, Markdown, Mermaid,
//! OpenJourney (.ojf) and Excel workbooks.
//! Nothing here touches the workspace file: importers return journeys, and the caller adds
//! them in one transaction, so a bad import changes nothing.

use std::sync::atomic::{AtomicBool, Ordering};

pub mod csv;
pub mod export;
pub mod fonts;
pub mod html;
pub mod import;
pub mod markdown;
pub mod json;
pub mod labels;
pub mod lucid;
pub mod mermaid;
pub mod ojf;
pub mod pdf;
pub mod png;
pub mod schema;
pub mod svg;
pub mod templates;
pub mod text;
pub mod xlsx;

pub use export::{export, export_file, export_notes, ExportOptions, Format};
pub use import::{import, import_bytes_reported, import_reported, ImportFormat};
pub use json::{from_json, to_json};

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ImportError {
    #[error("line {line}, column {column}: {message}")]
    Syntax { line: usize, column: usize, message: String },
    #[error("this is not a Journey Studio JSON document (format is \"{0}\")")]
    WrongFormat(String),
    #[error("the document is format version {found}; this version reads up to {supported}")]
    NewerVersion { found: u32, supported: u32 },
    #[error("line {line}: {message}")]
    Line { line: usize, message: String },
    #[error("{0}")]
    Invalid(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the export was cancelled")]
    Cancelled,
    #[error("{0}")]
    TooLarge(String),
    #[error("could not write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("could not draw the map: {0}")]
    Render(String),
}

/// A long export's link to whoever waits for it: fractions done (0 to 1) go to `progress`, and
/// a raised `cancel` flag stops the work at the next step with `ExportError::Cancelled`.
pub struct Job<'a> {
    progress: Box<dyn Fn(f64) + Send + Sync + 'a>,
    cancel: Option<&'a AtomicBool>,
}

impl<'a> Job<'a> {
    pub fn new(progress: impl Fn(f64) + Send + Sync + 'a, cancel: &'a AtomicBool) -> Self {
        Job { progress: Box::new(progress), cancel: Some(cancel) }
    }

    /// A job nobody watches or cancels (the CLI, tests).
    pub fn silent() -> Job<'static> {
        Job { progress: Box::new(|_| {}), cancel: None }
    }

    /// Reports `done` and answers whether to go on.
    pub fn step(&self, done: f64) -> Result<(), ExportError> {
        if self.cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(ExportError::Cancelled);
        }
        (self.progress)(done.clamp(0.0, 1.0));
        Ok(())
    }
}

/// The SVG parsed for rendering with the bundled fonts only.
pub(crate) fn parse_svg(svg: &str) -> Result<usvg::Tree, ExportError> {
    let options = usvg::Options { fontdb: fonts::database(), ..usvg::Options::default() };
    usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))
}
