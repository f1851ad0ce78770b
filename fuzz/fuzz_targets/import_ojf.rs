// Any bytes as an OpenJourney import: journeys or a refusal that says where, never a panic or a
// hang; and what was accepted exports as OJF that reads back.
#![no_main]
use libfuzzer_sys::fuzz_target;

use journey_export::ImportFormat;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(journeys) = journey_export::import(text, ImportFormat::Ojf) {
            let again = journey_export::ojf::to_ojf(&journeys[0]);
            journey_export::import(&again, ImportFormat::Ojf).expect("our own OJF export reads back");
        }
    }
});
