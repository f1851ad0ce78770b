// Any bytes as a workbook import: a journey or a refusal naming sheet, row and column (or saying
// the zip is unreadable), never a panic or a hang; and what was accepted exports as a workbook
// that reads back.
#![no_main]
use libfuzzer_sys::fuzz_target;

use journey_export::ImportFormat;

fuzz_target!(|data: &[u8]| {
    if let Ok((journeys, _)) = journey_export::import_bytes_reported(data, ImportFormat::Xlsx) {
        let again = journey_export::xlsx::to_xlsx(&journeys[0]).expect("an accepted journey makes a workbook");
        journey_export::import_bytes_reported(&again, ImportFormat::Xlsx).expect("our own workbook reads back");
    }
});
