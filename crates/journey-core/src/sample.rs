//! The bundled samples (assets/sample/*.json): a meal-kit subscription journey and a Persian
//! clinic booking, shipped inside the binary so a first start needs no network and no files
//! beside the app.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Journey;

/// The JSON document that carries one or more journeys (sample, exports, imports).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Always "journey-studio"; tells our JSON apart from any other.
    pub format: String,
    pub version: u32,
    pub journeys: Vec<Journey>,
}

pub const FORMAT: &str = "journey-studio";
pub const VERSION: u32 = 1;

/// The bundled samples: an English meal-kit journey and a Persian (right-to-left) clinic
/// booking, so a first start shows both scripts working.
const SAMPLES: [&str; 2] = [
    include_str!("../../../assets/sample/meal-kit.json"),
    include_str!("../../../assets/sample/clinic-fa.json"),
];

/// The sample journeys, meal kit first. The files are checked by this crate's tests, so
/// failure here is a bug.
pub fn sample_journeys() -> Vec<Journey> {
    let mut journeys = Vec::new();
    for text in SAMPLES {
        let doc: Document = serde_json::from_str(text).expect("bundled sample is valid");
        journeys.extend(doc.journeys);
    }
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
    let mut j = Journey::new(name, graph, lanes);
    j.normalize();
    j
}

/// The sample's stages and lanes holding `cards` generated cards (touchpoints with emotions,
/// pain points, opportunities and notes in turn, spread over every cell, text in several
/// scripts). For benchmarks and for tests that need a large journey.
pub fn synthetic_journey(cards: usize) -> Journey {
    use crate::model::*;
    let mut j = sample_journeys().remove(0);
    j.id = new_id();
    j.name = format!("Synthetic journey, {cards} cards");
    j.cards.clear();
    let stages = j.graph.order();
    let lanes: Vec<Id> = j.lanes_in_order().iter().map(|l| l.id).collect();
    let texts = [
        "Compares three plans on price per portion",
        "قیمت نهایی را در صفحه پرداخت می‌بیند",
        "డెలివరీ ఫీజు చివరలో మాత్రమే కనిపిస్తుంది",
        "Ждёт ответа службы поддержки двадцать минут",
    ];
    for i in 0..cards {
        let body = match i % 4 {
            0 => CardBody::Touchpoint(Touchpoint {
                channel: Some(Channel::App),
                emotion: Some(Emotion { score: (i % 7) as i32 - 3, name: String::new() }),
                ..Touchpoint::default()
            }),
            1 => CardBody::PainPoint(PainPoint {
                severity: (i % 5) as u8 + 1,
                frequency: ((i / 5) % 5) as u8 + 1,
                pillar: None,
                friction: None,
                short_of: Vec::new(),
            }),
            2 => CardBody::Opportunity(Opportunity {
                answers: Vec::new(),
                loyalty_pillar: None,
                value: 3,
                effort: 2,
                owner: String::new(),
            }),
            _ => CardBody::Note,
        };
        let cell = i % (stages.len() * lanes.len());
        let card = Card { workshop: Default::default(),
            id: new_id(),
            stage: stages[cell % stages.len()],
            lane: lanes[cell / stages.len()],
            rank: (i / (stages.len() * lanes.len())) as f64,
            text: format!("{} #{i}", texts[i % texts.len()]),
            body,
        };
        j.cards.insert(card.id, card);
    }
    j
}

/// A long journey: `stages` stages in a line, each holding `per_stage` generated cards spread
/// over the lanes (the synthetic journey's texts and kinds). For the wide-map benchmarks: at
/// 236 px a stage, 170 stages make a map about 40,000 px wide.
pub fn synthetic_wide_journey(stages: usize, per_stage: usize) -> Journey {
    use crate::graph::{Flow, FlowKind};
    use crate::model::*;
    let mut j = synthetic_journey(stages * per_stage);
    j.name = format!("Synthetic journey, {stages} stages");
    let old: Vec<Id> = j.graph.order();
    let mut ids = Vec::with_capacity(stages);
    for i in 0..stages {
        let id = new_id();
        let stage = Stage {
            id,
            name: format!("Stage {}", i + 1),
            description: String::new(),
            phase: None,
            experience: None,
            metrics: Metrics::default(),
            rank: i as f64,
        };
        j.graph.add_stage(stage).expect("fresh ids are unique");
        if let Some(prev) = ids.last() {
            let flow = Flow { id: new_id(), from: *prev, to: id, kind: FlowKind::Next, label: String::new() };
            j.graph.add_flow(flow).expect("a line of stages is acyclic");
        }
        ids.push(id);
    }
    // Deal the generated cards out over the new stages, then drop the sample's stages.
    for (i, card) in j.cards.values_mut().enumerate() {
        card.stage = ids[i % stages];
    }
    for id in old {
        j.graph.remove_stage(id).expect("the sample's stages exist");
    }
    j
}
