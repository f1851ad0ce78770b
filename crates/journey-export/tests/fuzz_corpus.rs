//! Every input the fuzzers keep (fuzz/corpus) or found a problem with (fuzz/artifacts) is an
//! import regression test: it is read to journeys that export again, or refused in words.

use std::path::Path;

use journey_export::{import_bytes_reported, ImportFormat};

fn inputs(target: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    ["corpus", "artifacts"]
        .iter()
        .filter_map(|d| std::fs::read_dir(root.join(d).join(target)).ok())
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect()
}

fn check(target: &str, format: ImportFormat) -> usize {
    let files = inputs(target);
    for path in &files {
        // A fuzzer running meanwhile replaces inputs as it shrinks them: one gone is skipped.
        let Ok(bytes) = std::fs::read(path) else { continue };
        // The text targets feed only UTF-8 to the importer; the workbook target feeds any bytes.
        if format != ImportFormat::Xlsx && std::str::from_utf8(&bytes).is_err() {
            continue;
        }
        match import_bytes_reported(&bytes, format).map(|(j, _)| j) {
            Ok(journeys) => {
                let json = journey_export::to_json(&journeys);
                let back = journey_export::from_json(&json).unwrap_or_else(|e| panic!("{}: its own export does not read back: {e}", path.display()));
                assert_eq!(back.len(), journeys.len(), "{}", path.display());
            }
            Err(e) => assert!(!e.to_string().trim().is_empty(), "{}: refused without a reason", path.display()),
        }
    }
    files.len()
}

#[test]
fn the_fuzz_corpora_import_or_are_refused_in_words() {
    assert!(check("import_json", ImportFormat::Json) > 0, "the JSON corpus is empty");
    assert!(check("import_csv", ImportFormat::Csv) > 0, "the CSV corpus is empty");
    assert!(check("import_mermaid", ImportFormat::Mermaid) > 0, "the Mermaid corpus is empty");
    assert!(check("import_ojf", ImportFormat::Ojf) > 0, "the OpenJourney corpus is empty");
    assert!(check("import_xlsx", ImportFormat::Xlsx) > 0, "the workbook corpus is empty");
    assert!(check("import_lucid", ImportFormat::Lucid) > 0, "the Lucidchart corpus is empty");
}
