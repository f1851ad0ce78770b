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

/// An empty journey to start from: the classic five stages in a line and the usual lanes.
pub fn starter_journey(name: &str) -> Journey {
    use crate::graph::{Flow, FlowKind, StageGraph};
    use crate::model::*;
    let mut graph = StageGraph::default();
    let mut previous: Option<Id> = None;
    for (i, stage) in ["Aware", "Consider", "Buy", "Use", "Advocate"].iter().enumerate() {
        let s = Stage {
            id: new_id(),
            name: (*stage).into(),
            description: String::new(),
            phase: None,
            experience: None,
            metrics: Metrics::default(),
            rank: i as f64,
        };
        let id = s.id;
        graph.add_stage(s).expect("fresh ids are unique");
        if let Some(prev) = previous {
            let flow = Flow { id: new_id(), from: prev, to: id, kind: FlowKind::Next, label: String::new() };
            graph.add_flow(flow).expect("a line of stages is acyclic");
        }
        previous = Some(id);
    }
    let lanes = [
        ("Customer actions", LaneKind::Actions),
        ("Touchpoints", LaneKind::Touchpoints),
        ("Emotions", LaneKind::Emotions),
        ("Pain points", LaneKind::PainPoints),
        ("Opportunities", LaneKind::Opportunities),
    ]
    .iter()
    .enumerate()
    .map(|(i, (n, k))| Lane { id: new_id(), name: (*n).into(), kind: *k, rank: i as f64, color: String::new() })
    .collect();
    let mut j = Journey {
        id: new_id(),
        name: name.into(),
        goal: String::new(),
        personas: Vec::new(),
        scale: EmotionScale::default(),
        metrics: Metrics::default(),
        graph,
        lanes,
        cards: Default::default(),
    };
    j.normalize();
    j
}
