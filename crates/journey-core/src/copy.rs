//! Copies with fresh ids: a whole journey (`duplicate`), keeping every reference inside the copy
//! pointing at the copy, and cards pasted from one journey into another (`fit_pasted`, what
//! `Edit::PasteCards` adds), fitted to the journey they land in.

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
        direction: j.direction,
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

/// Cards copied from this journey or another, made fit to be pasted into the cell (`stage`,
/// `lane`) of `j` (`Edit::PasteCards`): card `cards[i]` becomes a card with id `ids[i]` in that
/// cell, keeping its text, kind and workshop facts. What it points at is fitted to `j`: an
/// opportunity's link to a pain point goes to that pain's pasted copy when the pain is pasted
/// with it, stays when `j` has that pain point, and is dropped otherwise; scores of personas `j`
/// does not have are dropped, and every score is brought onto `j`'s scale. Ranks are the
/// caller's (they depend on where in the cell the cards land).
pub fn fit_pasted(j: &Journey, cards: &[Card], ids: &[Id], stage: Id, lane: Id) -> Vec<Card> {
    let pasted_pains: HashMap<Id, Id> = cards
        .iter()
        .zip(ids)
        .filter(|(c, _)| matches!(c.body, CardBody::PainPoint(_)))
        .map(|(c, id)| (c.id, *id))
        .collect();
    let is_pain_here = |id: &Id| matches!(j.card(*id), Some(Card { body: CardBody::PainPoint(_), .. }));
    let on_scale = |score: i32| score.max(j.scale.min).min(j.scale.max);
    cards
        .iter()
        .zip(ids)
        .map(|(c, id)| {
            let mut body = c.body.clone();
            match &mut body {
                CardBody::Opportunity(o) => {
                    let mut answers: Vec<Id> = Vec::with_capacity(o.answers.len());
                    for a in &o.answers {
                        let fitted = pasted_pains.get(a).copied().or_else(|| is_pain_here(a).then_some(*a));
                        if let Some(f) = fitted.filter(|f| !answers.contains(f)) {
                            answers.push(f);
                        }
                    }
                    o.answers = answers;
                }
                CardBody::Touchpoint(t) => {
                    if let Some(e) = &mut t.emotion {
                        e.score = on_scale(e.score);
                    }
                    t.persona_emotions = t
                        .persona_emotions
                        .iter()
                        .filter(|(p, _)| j.persona(**p).is_some())
                        .map(|(p, s)| (*p, on_scale(*s)))
                        .collect();
                }
                _ => {}
            }
            Card { id: *id, stage, lane, rank: c.rank, text: c.text.clone(), body, workshop: c.workshop.clone() }
        })
        .collect()
}
