//! Value checks shared by every edit: explicit size limits and ranges. Text is never truncated
//! silently; anything over a limit is refused with the field, its length and the limit.

use serde::Serialize;

use crate::error::{Counted, EditError, Field, Problem};
use crate::model::*;

/// Names: journey, stage, lane, persona.
pub const MAX_NAME: usize = 200;
/// Card text, descriptions, goals, quotes.
pub const MAX_TEXT: usize = 10_000;
pub const MAX_STAGES: usize = 1_000;
pub const MAX_LANES: usize = 200;
pub const MAX_CARDS: usize = 250_000;
pub const MAX_PERSONAS: usize = 50;
/// Widest emotion scale (e.g. -10..+10).
pub const MAX_SCALE_SPAN: i32 = 20;
/// Goals, needs or frustrations one persona lists.
pub const MAX_PERSONA_ENTRIES: usize = 100;

/// Closed range of a number the core accepts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
pub struct Bounds {
    pub min: f64,
    pub max: f64,
}

impl Bounds {
    pub fn contains(self, v: f64) -> bool {
        (self.min..=self.max).contains(&v)
    }
}

/// Every limit the edits are checked against, in one value the page is given: the generated
/// contract declares `LIMITS` from it (crates/journey-api's generator), so the inspector shows
/// and bounds its fields with the numbers the core refuses beyond, never with copies of them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Characters in a name (journey, stage, lane, persona, flow label).
    pub max_name: usize,
    /// Characters in a card's text, a description, a goal, a quote.
    pub max_text: usize,
    pub max_stages: usize,
    pub max_lanes: usize,
    pub max_cards: usize,
    pub max_personas: usize,
    /// Steps from the lowest to the highest score of an emotion scale.
    pub max_scale_span: i32,
    /// A pain's severity and frequency, an opportunity's value and effort.
    pub rating: Bounds,
    pub nps: Bounds,
    /// Per cent satisfied.
    pub csat: Bounds,
    pub ces: Bounds,
}

pub const LIMITS: Limits = Limits {
    max_name: MAX_NAME,
    max_text: MAX_TEXT,
    max_stages: MAX_STAGES,
    max_lanes: MAX_LANES,
    max_cards: MAX_CARDS,
    max_personas: MAX_PERSONAS,
    max_scale_span: MAX_SCALE_SPAN,
    rating: Bounds { min: 1.0, max: 5.0 },
    nps: Bounds { min: -100.0, max: 100.0 },
    csat: Bounds { min: 0.0, max: 100.0 },
    ces: Bounds { min: 1.0, max: 7.0 },
};

pub fn name(field: Field, value: &str) -> Result<(), EditError> {
    if value.trim().is_empty() {
        return Err(EditError::invalid(field, Problem::Empty));
    }
    text(field, value, MAX_NAME)
}

pub fn text(field: Field, value: &str, max: usize) -> Result<(), EditError> {
    let len = value.chars().count();
    if len > max {
        return Err(EditError::TooLong { field, len, max });
    }
    Ok(())
}

pub fn one_to_five(field: Field, v: u8) -> Result<(), EditError> {
    let Bounds { min, max } = LIMITS.rating;
    if !LIMITS.rating.contains(f64::from(v)) {
        return Err(EditError::invalid(field, Problem::OutOfRange { min, max, value: f64::from(v) }));
    }
    Ok(())
}

/// Whether `v` is a colour the map can draw: empty (the default) or `#rrggbb`.
pub fn is_colour(v: &str) -> bool {
    v.is_empty() || (v.len() == 7 && v.starts_with('#') && v[1..].chars().all(|c| c.is_ascii_hexdigit()))
}

pub fn color(field: Field, v: &str) -> Result<(), EditError> {
    if !is_colour(v) {
        return Err(EditError::invalid(field, Problem::NotAColour { value: v.to_string() }));
    }
    Ok(())
}

pub fn rank(field: Field, v: f64) -> Result<(), EditError> {
    if !v.is_finite() {
        return Err(EditError::invalid(field, Problem::NotFinite));
    }
    Ok(())
}

pub fn scale(s: &EmotionScale) -> Result<(), EditError> {
    if s.min >= s.max {
        return Err(EditError::invalid(Field::EmotionScale, Problem::ScaleInverted { min: s.min, max: s.max }));
    }
    if s.max - s.min > MAX_SCALE_SPAN {
        return Err(EditError::invalid(Field::EmotionScale, Problem::ScaleTooWide { max: MAX_SCALE_SPAN }));
    }
    for (step, label) in &s.names {
        if !s.contains(*step) {
            return Err(EditError::invalid(Field::EmotionScale, Problem::StepOutsideScale { step: *step, min: s.min, max: s.max }));
        }
        name(Field::EmotionName, label)?;
    }
    Ok(())
}

pub fn metrics(m: &Metrics) -> Result<(), EditError> {
    let check = |field: Field, v: &Option<Measure>, range: Bounds| -> Result<(), EditError> {
        if let Some(v) = v {
            if !(v.value.is_finite() && range.contains(v.value)) {
                return Err(EditError::invalid(field, Problem::NotBetween { min: range.min, max: range.max }));
            }
        }
        Ok(())
    };
    check(Field::Nps, &m.nps, LIMITS.nps)?;
    check(Field::Csat, &m.csat, LIMITS.csat)?;
    check(Field::Ces, &m.ces, LIMITS.ces)
}

pub fn stage(s: &Stage) -> Result<(), EditError> {
    name(Field::StageName, &s.name)?;
    text(Field::StageDescription, &s.description, MAX_TEXT)?;
    if let Some(Phase::Custom(label)) = &s.phase {
        name(Field::PhaseName, label)?;
    }
    rank(Field::StageRank, s.rank)?;
    metrics(&s.metrics)
}

pub fn lane(l: &Lane) -> Result<(), EditError> {
    name(Field::LaneName, &l.name)?;
    rank(Field::LaneRank, l.rank)?;
    color(Field::LaneColour, &l.color)
}

pub fn persona(p: &Persona) -> Result<(), EditError> {
    name(Field::PersonaName, &p.name)?;
    text(Field::PersonaRole, &p.role, MAX_NAME)?;
    text(Field::PersonaQuote, &p.quote, MAX_TEXT)?;
    for list in [&p.goals, &p.needs, &p.frustrations] {
        if list.len() > MAX_PERSONA_ENTRIES {
            return Err(EditError::invalid(Field::Persona, Problem::TooManyEntries { max: MAX_PERSONA_ENTRIES }));
        }
        for item in list {
            text(Field::PersonaEntry, item, MAX_TEXT)?;
        }
    }
    color(Field::PersonaColour, &p.color)
}

/// Checks a card against the journey it is going into (its cell, scale and links exist).
pub fn card(j: &Journey, c: &Card) -> Result<(), EditError> {
    text(Field::CardText, &c.text, MAX_TEXT)?;
    if let Some(author) = &c.workshop.author {
        name(Field::CardAuthor, author)?;
    }
    rank(Field::CardRank, c.rank)?;
    if !j.graph.contains_stage(c.stage) {
        return Err(EditError::NotFound { what: "stage", id: c.stage });
    }
    if j.lane(c.lane).is_none() {
        return Err(EditError::NotFound { what: "lane", id: c.lane });
    }
    match &c.body {
        CardBody::Touchpoint(t) => {
            let scores = t.emotion.iter().map(|e| e.score).chain(t.persona_emotions.values().copied());
            for score in scores {
                if !j.scale.contains(score) {
                    return Err(EditError::invalid(
                        Field::Emotion,
                        Problem::ScoreOutsideScale { score, min: j.scale.min, max: j.scale.max },
                    ));
                }
            }
            if let Some(e) = &t.emotion {
                text(Field::EmotionName, &e.name, MAX_NAME)?;
            }
            for p in t.persona_emotions.keys() {
                if j.persona(*p).is_none() {
                    return Err(EditError::NotFound { what: "persona", id: *p });
                }
            }
            if let Some(Channel::Other(label)) = &t.channel {
                name(Field::ChannelName, label)?;
            }
            if let Some(s) = &t.sacrifice {
                text(Field::Wanted, &s.wanted, MAX_TEXT)?;
                text(Field::Accepted, &s.accepted, MAX_TEXT)?;
            }
        }
        CardBody::PainPoint(p) => {
            one_to_five(Field::Severity, p.severity)?;
            one_to_five(Field::Frequency, p.frequency)?;
            if let Some(Friction::Other(label)) = &p.friction {
                name(Field::FrictionName, label)?;
            }
        }
        CardBody::Opportunity(o) => {
            one_to_five(Field::Value, o.value)?;
            one_to_five(Field::Effort, o.effort)?;
            text(Field::Owner, &o.owner, MAX_NAME)?;
            for pain in &o.answers {
                match j.card(*pain) {
                    Some(Card { body: CardBody::PainPoint(_), .. }) => {}
                    Some(_) => return Err(EditError::invalid(Field::Answers, Problem::AnswersOnlyPainPoints)),
                    None => return Err(EditError::NotFound { what: "pain point", id: *pain }),
                }
            }
        }
        CardBody::Note => {}
        CardBody::Quote { speaker } => text(Field::Speaker, speaker, MAX_NAME)?,
    }
    Ok(())
}

/// Checks a whole journey as one coming from outside (an import, a file from another
/// version) must be: every value within its limits, every card in an existing cell, ids
/// unique. The stage graph checks its own structure when it is built.
pub fn journey(j: &Journey) -> Result<(), EditError> {
    name(Field::JourneyName, &j.name)?;
    text(Field::JourneyGoal, &j.goal, MAX_TEXT)?;
    scale(&j.scale)?;
    metrics(&j.metrics)?;
    let counts = [
        (Counted::Stages, j.graph.stage_count(), MAX_STAGES),
        (Counted::Lanes, j.lanes.len(), MAX_LANES),
        (Counted::Cards, j.cards.len(), MAX_CARDS),
        (Counted::Personas, j.personas.len(), MAX_PERSONAS),
    ];
    for (what, n, max) in counts {
        if n > max {
            return Err(EditError::invalid(Field::Journey, Problem::JourneyTooLarge { what, count: n, max }));
        }
    }
    for s in j.graph.stages() {
        stage(s)?;
    }
    let mut seen = std::collections::HashSet::new();
    for l in &j.lanes {
        lane(l)?;
        if !seen.insert(l.id) {
            return Err(EditError::DuplicateId { what: "lane", id: l.id });
        }
    }
    for p in &j.personas {
        persona(p)?;
        if !seen.insert(p.id) {
            return Err(EditError::DuplicateId { what: "persona", id: p.id });
        }
    }
    for c in j.cards.values() {
        card(j, c)?;
    }
    Ok(())
}
