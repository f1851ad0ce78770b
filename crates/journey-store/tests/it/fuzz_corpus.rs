use std::path::Path;

use journey_store::Store;

/// Every workspace file the fuzzer keeps or found a problem with opens, or is refused and left
/// byte for byte as it was.
#[test]
fn the_workspace_fuzz_corpus_opens_or_is_refused_unchanged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut n = 0;
    for dir in ["corpus/open_workspace", "artifacts/open_workspace"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).unwrap();
            let tmp = tempfile::tempdir().unwrap();
            let path = tmp.path().join("w.journeys");
            std::fs::write(&path, &bytes).unwrap();
            match Store::open(&path) {
                Ok(store) => drop(store),
                Err(e) => {
                    assert!(!e.to_string().is_empty());
                    assert_eq!(std::fs::read(&path).unwrap(), bytes, "{}: a refused file was changed ({e})", entry.path().display());
                }
            }
            n += 1;
        }
    }
    assert!(n > 0, "the workspace corpus is empty");
}
