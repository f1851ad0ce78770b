//! Excel workbooks (.xlsx): a journey as one sheet per concern, to keep research in and to hand
//! to managers, and read back after a person edited it in a spreadsheet.
//!
//! Written with rust_xlsxwriter and read with calamine, never as hand-made XML. The sheets
//! `Journey`, `Stages`, `Flows`, `Lanes`, `Personas` and `Cards` hold the journey whole and are
//! what an import reads: columns are found by their header (a person may move them), rows in
//! their order (a moved row moves the card; a new row without an id is a new card; a deleted
//! row is gone). `Pain points`, `Opportunities`, `Insights` and `Heatmap` are views computed
//! from the rest: protected in the spreadsheet, and not read back.
//!
//! Sheet names and column headers stay English in every language, on purpose: they are the
//! format an import finds its data by, so a workbook written from a Persian window and edited in
//! a spreadsheet must read back in a Russian one. Translated names
//! would make the format depend on the writer's language (and a person's edited workbook
//! unreadable after they switch). The user's own text in the cells is never translated.

mod read;
mod sheets;
mod write;

pub use read::from_xlsx_reported;
pub use write::to_xlsx;

/// The `Journey` sheet's first field says which program and layout wrote the workbook.
const MARKER: &str = "Journey Studio workbook 1";

/// Sheet names, in the workbook's order.
const JOURNEY: &str = "Journey";
const STAGES: &str = "Stages";
const FLOWS: &str = "Flows";
const LANES: &str = "Lanes";
const PERSONAS: &str = "Personas";
const CARDS: &str = "Cards";
const PAINS: &str = "Pain points";
const OPPORTUNITIES: &str = "Opportunities";
const INSIGHTS: &str = "Insights";
const HEATMAP: &str = "Heatmap";

/// The sheets an import reads back, and the views it does not.
const VIEWS: [&str; 4] = [PAINS, OPPORTUNITIES, INSIGHTS, HEATMAP];

/// Lists in one cell (goals, what a pain is short of, the pains an idea answers) go one item a
/// line: a line break is what a person types in a cell with Alt+Enter.
const ITEM_SEPARATOR: char = '\n';

#[cfg(test)]
mod tests;
