//! Reading journeys from files: this format's JSON, CSV, Mermaid `journey` text, and the data
//! that SVG and HTML exports carry inside them. Nothing is written here; the caller adds the
//! journeys to a workspace in one transaction, so a bad file changes nothing.

use std::path::Path;

use journey_core::Journey;

use crate::{said, ImportError, Said};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    Json,
    Csv,
    Mermaid,
    /// An SVG export's `<metadata>`.
    Svg,
    /// An HTML export's embedded data.
    Html,
    /// OpenJourney, the Ptolemy journey mapper's JSON.
    Ojf,
    /// A Journey Studio Excel workbook (binary: read with `import_bytes_reported`).
    Xlsx,
    /// Lucidchart's CSV of a process diagram (a `.csv` with its header is read as this too).
    Lucid,
}

impl ImportFormat {
    pub fn parse(s: &str) -> Option<ImportFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Some(ImportFormat::Json),
            "csv" => Some(ImportFormat::Csv),
            "mermaid" | "mmd" => Some(ImportFormat::Mermaid),
            "svg" => Some(ImportFormat::Svg),
            "html" | "htm" => Some(ImportFormat::Html),
            "ojf" | "openjourney" => Some(ImportFormat::Ojf),
            "xlsx" | "excel" => Some(ImportFormat::Xlsx),
            "lucid" | "lucidchart" => Some(ImportFormat::Lucid),
            _ => None,
        }
    }

    pub fn from_path(path: &Path) -> Option<ImportFormat> {
        path.extension().and_then(|e| e.to_str()).and_then(ImportFormat::parse)
    }
}

/// The journeys in `text`, read as `format`, each checked as a whole.
pub fn import(text: &str, format: ImportFormat) -> Result<Vec<Journey>, ImportError> {
    import_reported(text, format).map(|(journeys, _)| journeys)
}

/// `import`, with a note (a catalog message, `Said`) for each thing the file held that did not come in as written
/// (for the import report): e.g. a Mermaid task without a numeric score.
pub fn import_reported(text: &str, format: ImportFormat) -> Result<(Vec<Journey>, Vec<Said>), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut notes = Vec::new();
    let journeys = match format {
        ImportFormat::Json => crate::from_json(text)?,
        // Lucidchart's CSV is a .csv too: told apart by its header.
        ImportFormat::Csv | ImportFormat::Lucid if crate::lucid::is_lucid(text) || format == ImportFormat::Lucid => {
            let (j, report) = crate::lucid::from_lucid_reported(text)?;
            notes = report;
            j
        }
        ImportFormat::Csv | ImportFormat::Lucid => crate::csv::from_csv(text)?,
        ImportFormat::Mermaid => {
            let (j, warnings) = crate::mermaid::from_mermaid_reported(text)?;
            notes = warnings;
            vec![j]
        }
        ImportFormat::Svg => {
            let doc = usvg::roxmltree::Document::parse(text).map_err(|e| {
                let pos = e.pos();
                ImportError::Line { line: pos.row as usize, message: said!("error-import-svg-malformed", detail = e.to_string()) }
            })?;
            let data = doc
                .descendants()
                .find(|n| n.has_tag_name("metadata") && n.attribute("id") == Some("journey-studio"))
                .and_then(|n| n.text())
                .ok_or_else(|| ImportError::Invalid(said!("error-import-svg-no-journey")))?;
            crate::from_json(data)?
        }
        ImportFormat::Html => {
            let data = crate::html::data_of(text)
                .ok_or_else(|| ImportError::Invalid(said!("error-import-html-no-journey")))?;
            crate::from_json(data)?
        }
        ImportFormat::Ojf => {
            let (j, report) = crate::ojf::from_ojf_reported(text)?;
            notes = report;
            vec![j]
        }
        ImportFormat::Xlsx => return import_bytes_reported(text.as_bytes(), format),
    };
    checked(journeys, notes)
}

/// `import_reported` for a file's bytes: workbooks are read as they are, every other format
/// must be UTF-8 text.
pub fn import_bytes_reported(bytes: &[u8], format: ImportFormat) -> Result<(Vec<Journey>, Vec<Said>), ImportError> {
    match format {
        ImportFormat::Xlsx => {
            let (j, notes) = crate::xlsx::from_xlsx_reported(bytes)?;
            checked(vec![j], notes)
        }
        _ => {
            let text = std::str::from_utf8(bytes).map_err(|e| {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
                ImportError::Line { line, message: said!("error-import-not-utf8", byte = at) }
            })?;
            import_reported(text, format)
        }
    }
}

/// The journeys as a whole checked against the core's rules.
fn checked(journeys: Vec<Journey>, notes: Vec<Said>) -> Result<(Vec<Journey>, Vec<Said>), ImportError> {
    if journeys.is_empty() {
        return Err(ImportError::Invalid(said!("error-import-no-journey")));
    }
    for j in &journeys {
        journey_core::validate::journey(j).map_err(|e| ImportError::Invalid(said!("error-import-journey-refused", name = j.name.as_str(), detail = Said::from(e))))?;
    }
    Ok((journeys, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::svg::{to_svg, SvgOptions};
    use journey_core::sample::sample_journeys;

    #[test]
    fn svg_and_html_exports_import_back_exactly() {
        let j = sample_journeys().remove(1);
        let svg = to_svg(&j, SvgOptions { metadata: true, ..SvgOptions::default() });
        assert_eq!(import(&svg, ImportFormat::Svg).unwrap(), vec![j.clone()]);
        let html = crate::html::to_html(&j);
        assert_eq!(import(&html, ImportFormat::Html).unwrap(), vec![j]);
    }

    #[test]
    fn an_svg_from_elsewhere_is_refused_in_words() {
        let err = import(r#"<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#, ImportFormat::Svg).unwrap_err();
        assert!(err.to_string().contains("carries no journey"), "{err}");
        let err = import("<svg><rect></svg>", ImportFormat::Svg).unwrap_err();
        assert!(err.to_string().starts_with("line 1: this SVG is not well-formed"), "{err}");
    }

    #[test]
    fn a_json_journey_breaking_a_rule_is_refused() {
        let mut doc: serde_json::Value = serde_json::from_str(&crate::to_json(&sample_journeys())).unwrap();
        doc["journeys"][0]["cards"][0]["text"] = "x".repeat(10_001).into();
        let err = import(&doc.to_string(), ImportFormat::Json).unwrap_err();
        assert!(err.to_string().contains("limit is 10,000"), "{err}");
    }

    #[test]
    fn formats_are_guessed_from_the_extension() {
        assert_eq!(ImportFormat::from_path(Path::new("a/map.CSV")), Some(ImportFormat::Csv));
        assert_eq!(ImportFormat::from_path(Path::new("m.mmd")), Some(ImportFormat::Mermaid));
        assert_eq!(ImportFormat::from_path(Path::new("noext")), None);
    }
}
