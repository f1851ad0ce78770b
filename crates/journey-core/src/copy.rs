//! Copies of journeys with fresh ids (duplicate a journey, paste cards into another journey),
//! keeping every reference inside the copy pointing at the copy.

use std::collections::HashMap;

use crate::graph::{Flow, StageGraph};
use crate::model::*;

/// Fresh ids for old ones; an id never seen before gets a new one on first use.
#[derive(Default)]
pub struct IdMap(HashMap<Id, Id>);

impl IdMap {
    pub fn get(&mut self, old: Id) -> Id {
        *self.0.entry(old).or_insert_with(new_id)
    }
}

/// The journey under a new name, with new ids for the journey and everything in it.
pub fn duplicate(j: &Journey, name: &str) -> Journey {
    let mut ids = IdMap::default();
    let mut graph = StageGraph::default();
    for s in j.graph.stages() {
        let stage = Stage { id: ids.get(s.id), ..s.clone() };
        graph.add_stage(stage).expect("fresh ids are unique");
    }
    // Forward flows first: a repeat flow needs the path it closes.
    let mut flows: Vec<&Flow> = j.graph.flows().collect();
    flows.sort_by_key(|f| !f.kind.is_forward());
    for f in flows {
        let flow = Flow { id: ids.get(f.id), from: ids.get(f.from), to: ids.get(f.to), ..f.clone() };
        graph.add_flow(flow).expect("the copy has the original's valid shape");
    }
    let personas = j.personas.iter().map(|p| Persona { id: ids.get(p.id), ..p.clone() }).collect();
    let lanes = j.lanes.iter().map(|l| Lane { id: ids.get(l.id), ..l.clone() }).collect();
    let cards = j.cards.values().map(|c| copy_card(c, &mut ids)).map(|c| (c.id, c)).collect();
    let mut copy = Journey {
        id: new_id(),
        name: name.to_string(),
        goal: j.goal.clone(),
        personas,
        scale: j.scale.clone(),
        metrics: j.metrics.clone(),
        graph,
        lanes,
        cards,
    };
    copy.normalize();
    copy
}

/// A card with a new id and every id it holds (cell, persona scores, answered pains) mapped.
pub fn copy_card(c: &Card, ids: &mut IdMap) -> Card {
    let mut body = c.body.clone();
    match &mut body {
        CardBody::Touchpoint(t) => {
            t.persona_emotions = t.persona_emotions.iter().map(|(p, s)| (ids.get(*p), *s)).collect();
        }
        CardBody::Opportunity(o) => o.answers = o.answers.iter().map(|a| ids.get(*a)).collect(),
        _ => {}
    }
    Card { id: ids.get(c.id), stage: ids.get(c.stage), lane: ids.get(c.lane), rank: c.rank, text: c.text.clone(), body, workshop: c.workshop.clone() }
}
