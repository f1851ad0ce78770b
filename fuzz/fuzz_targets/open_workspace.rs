// Any bytes as a workspace file: opened, or refused with a reason; never a panic, and a refused
// file is left exactly as it was.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("fuzz.journeys");
    std::fs::write(&path, data).expect("write the input");
    match journey_store::Store::open(&path) {
        Ok(mut store) => {
            if let Ok(list) = store.journeys() {
                for j in list {
                    let _ = store.journey(j.id);
                }
            }
        }
        Err(_) => assert_eq!(std::fs::read(&path).expect("read back"), data, "a refused file was changed"),
    }
});
