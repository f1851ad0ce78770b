//! The bundled sample: a meal-kit subscription journey (assets/sample/meal-kit.json), shipped
//! inside the binary so a first start needs no network and no files beside the app.

use serde::{Deserialize, Serialize};

use crate::model::Journey;

/// The JSON document that carries one or more journeys (sample, exports, imports).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Always "journey-studio"; tells our JSON apart from any other.
    pub format: String,
    pub version: u32,
    pub journeys: Vec<Journey>,
}

pub const FORMAT: &str = "journey-studio";
pub const VERSION: u32 = 1;

const SAMPLE: &str = include_str!("../../../assets/sample/meal-kit.json");

/// The sample journeys. The file is checked by this crate's tests, so failure here is a bug.
pub fn sample_journeys() -> Vec<Journey> {
    let doc: Document = serde_json::from_str(SAMPLE).expect("bundled sample is valid");
    let mut journeys = doc.journeys;
    journeys.iter_mut().for_each(Journey::normalize);
    journeys
}
