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
pub mod said;
pub mod schema;
pub mod svg;
pub mod templates;
pub mod text;
pub mod xlsx;

pub use export::{export, export_file, export_notes, ExportOptions, Format};
pub use import::{import, import_bytes_reported, import_reported, ImportFormat};
pub use json::{from_json, to_json};
pub use said::{Said, SaidArg};

/// Why a file was refused, with the place in it (a line, a cell, a JSON path) and what is wrong
/// there, each said by a catalog message (`said`): the window and the CLI say it in their
/// language, `Display` in English.
#[derive(Debug, PartialEq)]
pub enum ImportError {
    /// Text that does not parse (JSON, OpenJourney): where the parser stopped.
    Syntax { line: usize, column: usize, message: Said },
    WrongFormat(String),
    NewerVersion { found: u32, supported: u32 },
    /// A line of a text file (CSV, Mermaid, Lucidchart's CSV, SVG).
    Line { line: usize, message: Said },
    /// A cell of a workbook: its sheet, row as the spreadsheet shows it, column letter (when the
    /// column was found) and header.
    Cell { sheet: String, row: usize, column: Option<String>, header: String, message: Said },
    /// A workbook's sheet, or one of its rows.
    Sheet { sheet: String, row: Option<usize>, message: Said },
    /// A member of a JSON document (`nodes[3].score`).
    Path { path: String, message: Said },
    /// The file as a whole.
    Invalid(Said),
}

impl ImportError {
    /// The refusal as one message: its place around its detail.
    pub fn said(&self) -> Said {
        let detail = |m: &Said| SaidArg::Said(Box::new(m.clone()));
        match self {
            ImportError::Syntax { line, column, message } => {
                said!("error-import-at-line-column", line = *line, column = *column, detail = detail(message))
            }
            ImportError::WrongFormat(format) => said!("error-import-wrong-format", format = format.as_str()),
            ImportError::NewerVersion { found, supported } => said!("error-import-newer-version", found = *found, supported = *supported),
            ImportError::Line { line, message } => said!("error-import-at-line", line = *line, detail = detail(message)),
            ImportError::Cell { sheet, row, column: Some(column), header, message } => {
                said!("error-import-at-cell", sheet = sheet.as_str(), row = *row, column = column.as_str(), header = header.as_str(), detail = detail(message))
            }
            ImportError::Cell { sheet, row, column: None, header, message } => {
                said!("error-import-at-row-header", sheet = sheet.as_str(), row = *row, header = header.as_str(), detail = detail(message))
            }
            ImportError::Sheet { sheet, row: Some(row), message } => said!("error-import-at-sheet-row", sheet = sheet.as_str(), row = *row, detail = detail(message)),
            ImportError::Sheet { sheet, row: None, message } => said!("error-import-at-sheet", sheet = sheet.as_str(), detail = detail(message)),
            ImportError::Path { path, message } => said!("error-import-at-path", path = path.as_str(), detail = detail(message)),
            ImportError::Invalid(message) => message.clone(),
        }
    }

    /// What is wrong, without its place.
    pub fn detail(&self) -> Option<&Said> {
        match self {
            ImportError::Syntax { message, .. }
            | ImportError::Line { message, .. }
            | ImportError::Cell { message, .. }
            | ImportError::Sheet { message, .. }
            | ImportError::Path { message, .. }
            | ImportError::Invalid(message) => Some(message),
            ImportError::WrongFormat(_) | ImportError::NewerVersion { .. } => None,
        }
    }
}

/// The English sentence.
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for ImportError {}

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
