// Any bytes as a Lucidchart CSV import: journeys or a refusal naming the line, never a panic or a
// hang; what was accepted exports again.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(journeys) = journey_export::import(text, journey_export::ImportFormat::Lucid) {
            let _ = journey_export::to_json(&journeys);
        }
    }
});
