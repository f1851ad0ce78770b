// Any bytes as a csv import: an answer (journeys or a located error), never a panic or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(journeys) = journey_export::import(text, journey_export::ImportFormat::Csv) {
            // What was accepted exports again.
            let _ = journey_export::to_json(&journeys);
        }
    }
});
