//! The JSON Schema of the export format, generated from the Rust types that read and write it
//! (schemars), so it cannot drift from the code. Published as docs/journey.schema.json; a test
//! fails when that file is out of date.

use journey_core::sample::Document;

pub fn json_schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Document)).expect("a schema serialises");
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("$id".into(), "https://journey-studio.invalid/journey.schema.json".into());
        obj.insert("title".into(), "Journey Studio document".into());
        obj.insert(
            "description".into(),
            "One or more customer journeys as exported by Journey Studio (format \"journey-studio\").".into(),
        );
    }
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::sample::{sample_journeys, synthetic_journey};

    fn validator() -> jsonschema::Validator {
        jsonschema::validator_for(&serde_json::from_str(&json_schema()).unwrap()).unwrap()
    }

    #[test]
    fn the_published_schema_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/journey.schema.json");
        let published = std::fs::read_to_string(path).unwrap_or_default();
        assert!(published == json_schema(), "docs/journey.schema.json is out of date: run `journey schema > docs/journey.schema.json`");
    }

    #[test]
    fn exports_validate_against_the_schema() {
        let v = validator();
        for journeys in [sample_journeys(), vec![synthetic_journey(300)]] {
            let doc: serde_json::Value = serde_json::from_str(&crate::to_json(&journeys)).unwrap();
            let errors: Vec<String> = v.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
            assert!(errors.is_empty(), "{errors:?}");
        }
    }

    #[test]
    fn the_schema_refuses_what_the_reader_refuses() {
        let v = validator();
        let mut doc: serde_json::Value = serde_json::from_str(&crate::to_json(&sample_journeys())).unwrap();
        doc["journeys"][0]["lanes"][0]["kind"] = "swimlane".into();
        assert!(!v.is_valid(&doc), "an unknown lane kind passed the schema");
        let mut doc2: serde_json::Value = serde_json::from_str(&crate::to_json(&sample_journeys())).unwrap();
        doc2["journeys"][0]["cards"][0]["body"] = serde_json::json!({ "kind": "touchpoint", "momentOfTruth": "yes" });
        assert!(!v.is_valid(&doc2), "a string where a boolean belongs passed the schema");
    }
}
