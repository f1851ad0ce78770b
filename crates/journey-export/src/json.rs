//! The JSON document: the complete journeys, the format the bundled samples are written in.
//! Canonical order, so export, import and export again gives identical bytes.

use journey_core::sample::{Document, FORMAT, VERSION};
use journey_core::Journey;

use crate::ImportError;

/// The journeys as a pretty-printed JSON document, in canonical order, so exporting the same
/// journeys twice gives identical bytes.
pub fn to_json(journeys: &[Journey]) -> String {
    let mut journeys = journeys.to_vec();
    journeys.iter_mut().for_each(Journey::normalize);
    let doc = Document { format: FORMAT.into(), version: VERSION, journeys };
    serde_json::to_string_pretty(&doc).expect("journeys always serialise") + "\n"
}

/// Reads a JSON document; errors name the line and column.
pub fn from_json(text: &str) -> Result<Vec<Journey>, ImportError> {
    let doc: Document = serde_json::from_str(text)
        .map_err(|e| {
            // serde_json's message ends with its own "at line L column C"; ours leads with it.
            let message = e.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_string();
            ImportError::Syntax { line: e.line(), column: e.column(), message: crate::said::json_syntax(&e, message, false) }
        })?;
    if doc.format != FORMAT {
        return Err(ImportError::WrongFormat(doc.format));
    }
    if doc.version > VERSION {
        return Err(ImportError::NewerVersion { found: doc.version, supported: VERSION });
    }
    let mut journeys = doc.journeys;
    journeys.iter_mut().for_each(Journey::normalize);
    Ok(journeys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ImportError;
    use journey_core::sample::sample_journeys;

    #[test]
    fn export_import_export_gives_identical_bytes() {
        let first = to_json(&sample_journeys());
        let again = to_json(&from_json(&first).unwrap());
        assert_eq!(first, again);
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let text = to_json(&sample_journeys()).replacen("\"rank\": 1.0", "\"rank\": oops", 1);
        let err = from_json(&text).unwrap_err();
        let ImportError::Syntax { line, .. } = err else { panic!("expected a syntax error, got {err:?}") };
        let expected = text.lines().position(|l| l.contains("oops")).unwrap() + 1;
        assert_eq!(line, expected);
    }

    #[test]
    fn a_flow_to_a_missing_stage_is_refused() {
        let text = to_json(&sample_journeys());
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        value["journeys"][0]["flows"][0]["to"] = serde_json::json!("01900000-0000-7000-8000-000000000000");
        let err = from_json(&value.to_string()).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn another_programs_json_is_refused() {
        let err = from_json(r#"{"format":"miro-board","version":1,"journeys":[]}"#).unwrap_err();
        assert_eq!(err, ImportError::WrongFormat("miro-board".into()));
    }
}
