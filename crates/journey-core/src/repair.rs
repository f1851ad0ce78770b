//! From a merged document to a journey the map can show.
//!
//! Two copies of a journey edited apart are each valid, but merging them entity by entity can
//! give what no validated edit could: a flow to a stage the other person deleted, a card in a
//! removed lane, a loop of forward flows drawn from both ends, a name both people deleted half
//! of. `repair` never refuses such a document. It keeps everything it can, shows the rest in a
//! fixed, deterministic way (every machine shows the same map whatever order the changes
//! arrived in) and lists each decision as a `Repair`, so the merge report can say what the map
//! shows differently from the document. The document itself is left alone: a repair is undone by
//! an ordinary edit, after which the merged document needs no repair.

use journey_i18n::{Said, SaidArg};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::graph::{Flow, FlowKind, StageGraph};
use crate::model::*;
use crate::validate::{self, LIMITS, MAX_CARDS, MAX_LANES, MAX_NAME, MAX_PERSONAS, MAX_SCALE_SPAN, MAX_STAGES, MAX_TEXT};

/// What the map shows for a name that a merge left blank.
pub const UNTITLED: &str = "Untitled";
/// Name of the stand-in lane or stage that holds cards whose own was removed.
pub const UNPLACED: &str = "Unplaced";

/// A journey as a merged document holds it: every entity by id, no invariant guaranteed.
#[derive(Debug, Clone, PartialEq)]
pub struct Loose {
    pub id: Id,
    pub name: String,
    pub goal: String,
    pub scale: EmotionScale,
    pub metrics: Metrics,
    pub direction: crate::direction::DirectionChoice,
    pub personas: BTreeMap<Id, Persona>,
    pub stages: BTreeMap<Id, Stage>,
    pub flows: BTreeMap<Id, Flow>,
    pub lanes: BTreeMap<Id, Lane>,
    pub cards: BTreeMap<Id, Card>,
}

impl Loose {
    /// The lossless inverse of `repair` for a valid journey: `repair(&Loose::of(j))` is `j`
    /// (with its lists in canonical order) and lists no repairs.
    pub fn of(j: &Journey) -> Loose {
        Loose {
            id: j.id,
            name: j.name.clone(),
            goal: j.goal.clone(),
            scale: j.scale.clone(),
            metrics: j.metrics.clone(),
            direction: j.direction,
            personas: j.personas.iter().map(|p| (p.id, p.clone())).collect(),
            stages: j.graph.stages().map(|s| (s.id, s.clone())).collect(),
            flows: j.graph.flows().map(|f| (f.id, f.clone())).collect(),
            lanes: j.lanes.iter().map(|l| (l.id, l.clone())).collect(),
            cards: j.cards.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Repaired {
    /// Always passes `validate::journey`, lanes and personas in canonical order.
    pub journey: Journey,
    /// In a fixed order: by kind (the order of `Repair`'s variants), then by the ids involved.
    pub repairs: Vec<Repair>,
}

/// One thing the map shows differently from the merged document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Repair {
    /// The merged scale is not a valid scale (or names steps it does not have); the map uses
    /// the default scale, or leaves the offending step names out.
    InvalidScale { fix: ScaleFix },
    /// The two copies together hold more of something than a journey may: the newest beyond
    /// the limit (`hidden`, ids of `what`) are left out of the map, and with them the `cards`
    /// they hold. Stages and lanes that hold cards are kept before empty ones.
    OverLimit { what: String, limit: usize, hidden: Vec<Id>, cards: Vec<Id> },
    /// Cards whose stage was removed: the map shows them in a stand-in stage with the removed
    /// stage's id, named "Unplaced", last in the grid and without flows.
    UnplacedStage { stage: Id, cards: Vec<Id> },
    /// Cards whose lane was removed: the map shows them in a stand-in lane with the removed
    /// lane's id, named "Unplaced", below the other lanes.
    UnplacedLane { lane: Id, cards: Vec<Id> },
    /// A flow from or to a stage that no longer exists (`missing`); left out of the map.
    DanglingFlow { flow: Id, missing: Id },
    /// A flow the stage graph refuses (it would close a loop of forward flows, a repeat loop
    /// that does not go back, a duplicate, a flow from a stage to itself); kept in the document
    /// but left out of the map. `reason` is the graph's refusal.
    SuspendedFlow { flow: Flow, reason: String },
    /// An opportunity's link to a card that is gone or no longer a pain point; not shown.
    DroppedLink { card: Id, pain: Id },
    /// A touchpoint's score by a persona no longer in the journey; not shown.
    DroppedPersonaScore { card: Id, persona: Id },
    /// A score outside the journey's scale (`persona` is `None` for the card's own emotion);
    /// the map shows it clamped into the scale as `shown`.
    ScoreOutsideScale { card: Id, persona: Option<Id>, score: i32, shown: i32 },
    /// A name that became blank (shown as "Untitled" or left out) or a text over its limit
    /// (shown cut to the limit). `entity` is the journey, a persona, stage, lane, flow or card.
    Text { entity: Id, field: String, fix: Fix },
    /// Any other value out of its range (a rating, a metric, a rank, a colour, a list's
    /// length); the map shows it brought into range.
    InvalidValue { entity: Id, field: String, fix: Fix },
}

/// How the map shows a value a merge left out of bounds (`Repair::Text`, `InvalidValue`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Fix {
    /// A text over its limit, shown cut to it.
    TooLong { length: usize, max: usize },
    /// A name left blank: shown as `instead` ("Untitled"), or left out when `None`.
    Blank { instead: Option<String> },
    /// A rating or measure outside its range, shown clamped into it.
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
        shown: f64,
    },
    /// A rank that is not a finite number; the map uses 0.
    NotFinite,
    /// A measure that is not a number; the map leaves it out.
    NotANumber,
    /// A colour that is not one; the map uses the default.
    NotAColour { value: String },
    /// A list over its limit, shown cut to it.
    TooMany { count: usize, max: usize },
}

/// Why the merged emotion scale is not shown as it is (`Repair::InvalidScale`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ScaleFix {
    /// The minimum is not below the maximum: the map uses the default scale.
    Inverted { min: i32, max: i32 },
    /// More steps than a scale may span: the map uses the default scale.
    TooWide { min: i32, max: i32, span: i64 },
    /// A named step outside the scale: the name is not shown.
    StepOutside {
        step: i32,
        name: String,
        min: i32,
        max: i32,
    },
    /// A step name left blank: not shown.
    StepBlank { step: i32 },
    /// A step name over its limit: shown cut to it.
    StepTooLong { step: i32, length: usize },
}

/// Makes the journey the map shows from a merged document; see the top of this file.
///
/// The order of decisions is fixed so every machine reaches the same map: limits first (the
/// oldest entities are kept), then stand-ins for cards whose stage or lane is gone, then the
/// flows: forward flows in id order, then repeat loops in id order (ids are UUIDv7, so that is
/// the order they were made in), each added only if the graph accepts it.
pub fn repair(loose: &Loose) -> Repaired {
    let mut fx = Fixes::default();
    let jid = loose.id;
    let name = fx.name(jid, "name", &loose.name, UNTITLED);
    let goal = fx.text(jid, "goal", &loose.goal, MAX_TEXT);
    let scale = fx.scale(&loose.scale);
    let metrics = fx.metrics(jid, &loose.metrics);

    // Limits, cards first: which cards are shown decides which stages and lanes hold cards.
    let no_preference = BTreeSet::new();
    let hidden_cards = over_limit(loose.cards.keys().copied(), &no_preference, MAX_CARDS);
    fx.over_limit("cards", MAX_CARDS, &hidden_cards, Vec::new());
    // Each entity is taken by its key in the document, whatever its own `id` field says.
    let mut cards: Vec<(Id, &Card)> =
        loose.cards.iter().filter(|(id, _)| !hidden_cards.contains(id)).map(|(id, c)| (*id, c)).collect();

    // A stand-in stage counts against the limit like any other, so the candidates are the
    // stages plus the removed stages cards still sit in.
    let busy: BTreeSet<Id> = cards.iter().map(|(_, c)| c.stage).collect();
    let candidates: BTreeSet<Id> = loose.stages.keys().copied().chain(busy.iter().copied()).collect();
    let hidden_stages = over_limit(candidates.into_iter(), &busy, MAX_STAGES);
    let gone = take_cards(&mut cards, |c| hidden_stages.contains(&c.stage));
    fx.over_limit("stages", MAX_STAGES, &hidden_stages, gone);

    let busy: BTreeSet<Id> = cards.iter().map(|(_, c)| c.lane).collect();
    let candidates: BTreeSet<Id> = loose.lanes.keys().copied().chain(busy.iter().copied()).collect();
    let hidden_lanes = over_limit(candidates.into_iter(), &busy, MAX_LANES);
    let gone = take_cards(&mut cards, |c| hidden_lanes.contains(&c.lane));
    fx.over_limit("lanes", MAX_LANES, &hidden_lanes, gone);

    let hidden_personas = over_limit(loose.personas.keys().copied(), &no_preference, MAX_PERSONAS);
    fx.over_limit("personas", MAX_PERSONAS, &hidden_personas, Vec::new());

    // Stages, then a stand-in for each removed stage that still has cards.
    let mut graph = StageGraph::default();
    let stages: Vec<Stage> = loose
        .stages
        .iter()
        .filter(|(id, _)| !hidden_stages.contains(id))
        .map(|(id, s)| fx.stage(*id, s))
        .collect();
    let real: BTreeSet<Id> = stages.iter().map(|s| s.id).collect();
    let stand_in_rank = after(stages.iter().map(|s| s.rank));
    for stage in stages {
        graph.add_stage(stage).expect("stage ids are the map's keys, so unique");
    }
    for (stage, ids) in group(&cards, |c| c.stage, |id| real.contains(&id)) {
        graph
            .add_stage(Stage {
                id: stage,
                name: UNPLACED.into(),
                description: String::new(),
                phase: None,
                experience: None,
                metrics: Metrics::default(),
                rank: stand_in_rank,
            })
            .expect("a stand-in's id is not a stage's");
        fx.push(Repair::UnplacedStage { stage, cards: ids });
    }

    // Flows. A flow to a stand-in is dangling too: the stage it joined is gone.
    let mut forward = Vec::new();
    let mut repeat = Vec::new();
    for (id, f) in &loose.flows {
        let flow = Flow { id: *id, ..f.clone() };
        if let Some(missing) = [flow.from, flow.to].into_iter().find(|end| !real.contains(end)) {
            fx.push(Repair::DanglingFlow { flow: flow.id, missing });
        } else if flow.kind.is_forward() {
            forward.push(flow);
        } else {
            repeat.push(flow);
        }
    }
    // All forward flows before any repeat loop, as when a graph is read from a file: a loop is
    // judged against the whole forward graph, so which loops show does not depend on the order
    // the forward flows were made in.
    for flow in forward.into_iter().chain(repeat) {
        match graph.check_flow(&flow) {
            Ok(()) => {
                let label = fx.text(flow.id, "label", &flow.label, MAX_NAME);
                graph.add_flow(Flow { label, ..flow }).expect("checked just above");
            }
            Err(refusal) => fx.push(Repair::SuspendedFlow { reason: refusal.to_string(), flow }),
        }
    }

    // Lanes, then a stand-in for each removed lane that still has cards.
    let mut lanes: Vec<Lane> = loose
        .lanes
        .iter()
        .filter(|(id, _)| !hidden_lanes.contains(id))
        .map(|(id, l)| fx.lane(*id, l))
        .collect();
    let stand_in_rank = after(lanes.iter().map(|l| l.rank));
    for (lane, ids) in group(&cards, |c| c.lane, |id| loose.lanes.contains_key(&id)) {
        lanes.push(Lane { id: lane, name: UNPLACED.into(), kind: LaneKind::Custom, rank: stand_in_rank, color: String::new() });
        fx.push(Repair::UnplacedLane { lane, cards: ids });
    }

    let personas: Vec<Persona> = loose
        .personas
        .iter()
        .filter(|(id, _)| !hidden_personas.contains(id))
        .map(|(id, p)| fx.persona(*id, p))
        .collect();

    let shown = Shown {
        scale: &scale,
        personas: personas.iter().map(|p| p.id).collect(),
        pains: cards.iter().filter(|(_, c)| matches!(c.body, CardBody::PainPoint(_))).map(|(id, _)| *id).collect(),
    };
    let cards: BTreeMap<Id, Card> = cards.iter().map(|(id, c)| (*id, fx.card(*id, c, &shown))).collect();

    let mut journey = Journey { id: jid, name, goal, personas, scale, metrics, direction: loose.direction, graph, lanes, cards };
    journey.normalize();
    let mut repairs = fx.0;
    repairs.sort_by_key(Repair::sort_key);
    // An opportunity can list the same link twice (both people made it); one line says it.
    repairs.dedup_by(|a, b| matches!(a, Repair::DroppedLink { .. }) && a == b);
    Repaired { journey, repairs }
}

impl Repair {
    /// Kind first (in declaration order), then the ids involved. Sorting is stable, so repairs
    /// with the same key (several fields of one entity) keep the order they were found in.
    fn sort_key(&self) -> (u8, Id, Id) {
        let nil = Id::nil();
        match self {
            Repair::InvalidScale { .. } => (0, nil, nil),
            // Found cards, stages, lanes, personas in that order; the stable sort keeps it.
            Repair::OverLimit { .. } => (1, nil, nil),
            Repair::UnplacedStage { stage, .. } => (2, *stage, nil),
            Repair::UnplacedLane { lane, .. } => (3, *lane, nil),
            Repair::DanglingFlow { flow, .. } => (4, *flow, nil),
            Repair::SuspendedFlow { flow, .. } => (5, flow.id, nil),
            Repair::DroppedLink { card, pain } => (6, *card, *pain),
            Repair::DroppedPersonaScore { card, persona } => (7, *card, *persona),
            Repair::ScoreOutsideScale { card, persona, .. } => (8, *card, persona.unwrap_or(nil)),
            Repair::Text { entity, .. } => (9, *entity, nil),
            Repair::InvalidValue { entity, .. } => (10, *entity, nil),
        }
    }

    /// The merge report's sentence for this repair in English (the CLI's and the logs'); the
    /// window and `journey merge --lang` say `said` in their language.
    pub fn sentence(&self, j: &Journey) -> String {
        self.said(j).to_string()
    }

    /// The merge report's message for this repair (`repair-*` in studio.ftl), naming stages,
    /// lanes and cards as the repaired journey `j` shows them.
    pub fn said(&self, j: &Journey) -> Said {
        match self {
            Repair::InvalidScale { fix } => scale_said(fix),
            Repair::OverLimit {
                what,
                limit,
                hidden,
                cards,
            } => Said::with(
                "repair-over-limit",
                vec![
                    ("what", what.as_str().into()),
                    ("limit", (*limit).into()),
                    ("hidden", hidden.len().into()),
                    ("cards", cards.len().into()),
                ],
            ),
            Repair::UnplacedStage { cards, .. } => Said::with(
                "repair-unplaced-stage",
                vec![("count", cards.len().into()), ("unplaced", UNPLACED.into())],
            ),
            Repair::UnplacedLane { cards, .. } => Said::with(
                "repair-unplaced-lane",
                vec![("count", cards.len().into()), ("unplaced", UNPLACED.into())],
            ),
            Repair::DanglingFlow { .. } => Said::of("repair-dangling-flow"),
            Repair::SuspendedFlow { flow, .. } => suspended_said(j, flow),
            Repair::DroppedLink { card, pain } => match j.card(*pain) {
                Some(p) => Said::with(
                    "repair-dropped-link",
                    vec![
                        ("card", card_item(j, *card).into()),
                        ("pain", pain_ref(p).into()),
                    ],
                ),
                None => Said::with(
                    "repair-dropped-link-gone",
                    vec![("card", card_item(j, *card).into())],
                ),
            },
            Repair::DroppedPersonaScore { card, .. } => Said::with(
                "repair-dropped-persona-score",
                vec![("card", card_item(j, *card).into())],
            ),
            Repair::ScoreOutsideScale {
                card,
                persona,
                score,
                shown,
            } => {
                let mut args: Vec<(&'static str, SaidArg)> = vec![
                    ("card", card_item(j, *card).into()),
                    ("score", (*score).into()),
                    ("min", j.scale.min.into()),
                    ("max", j.scale.max.into()),
                    ("shown", (*shown).into()),
                ];
                match persona.and_then(|p| j.persona(p)) {
                    Some(p) => {
                        args.push(("persona", p.name.as_str().into()));
                        Said::with("repair-persona-score-outside", args)
                    }
                    None => Said::with("repair-score-outside", args),
                }
            }
            Repair::Text { entity, field, fix } | Repair::InvalidValue { entity, field, fix } => {
                let mut args: Vec<(&'static str, SaidArg)> = vec![
                    ("item", item(j, *entity).into()),
                    ("field", field_label(j, *entity, field).into()),
                ];
                let id = match fix {
                    Fix::TooLong { length, max } => {
                        args.extend([("length", (*length).into()), ("max", (*max).into())]);
                        "repair-too-long"
                    }
                    Fix::Blank {
                        instead: Some(instead),
                    } => {
                        args.push(("instead", instead.as_str().into()));
                        "repair-blank"
                    }
                    Fix::Blank { instead: None } => "repair-blank-none",
                    Fix::OutOfRange {
                        value,
                        min,
                        max,
                        shown,
                    } => {
                        args.extend([
                            ("value", (*value).into()),
                            ("min", (*min).into()),
                            ("max", (*max).into()),
                            ("shown", (*shown).into()),
                        ]);
                        "repair-out-of-range"
                    }
                    Fix::NotFinite => "repair-not-finite",
                    Fix::NotANumber => "repair-not-a-number",
                    Fix::NotAColour { value } => {
                        args.push(("value", value.as_str().into()));
                        "repair-not-a-colour"
                    }
                    Fix::TooMany { count, max } => {
                        args.extend([("count", (*count).into()), ("max", (*max).into())]);
                        "repair-too-many"
                    }
                };
                Said::with(id, args)
            }
        }
    }
}

fn scale_said(fix: &ScaleFix) -> Said {
    let fallback = EmotionScale::default();
    let default = || -> [(&'static str, SaidArg); 2] {
        [
            ("defaultMin", fallback.min.into()),
            ("defaultMax", fallback.max.into()),
        ]
    };
    match fix {
        ScaleFix::Inverted { min, max } => {
            let mut args = vec![("min", (*min).into()), ("max", (*max).into())];
            args.extend(default());
            Said::with("repair-scale-inverted", args)
        }
        ScaleFix::TooWide { min, max, span } => {
            let mut args = vec![
                ("min", (*min).into()),
                ("max", (*max).into()),
                ("span", (*span).into()),
                ("limit", MAX_SCALE_SPAN.into()),
            ];
            args.extend(default());
            Said::with("repair-scale-too-wide", args)
        }
        ScaleFix::StepOutside {
            step,
            name,
            min,
            max,
        } => Said::with(
            "repair-scale-step-outside",
            vec![
                ("step", (*step).into()),
                ("name", name.as_str().into()),
                ("min", (*min).into()),
                ("max", (*max).into()),
            ],
        ),
        ScaleFix::StepBlank { step } => {
            Said::with("repair-scale-step-blank", vec![("step", (*step).into())])
        }
        ScaleFix::StepTooLong { step, length } => Said::with(
            "repair-scale-step-too-long",
            vec![
                ("step", (*step).into()),
                ("length", (*length).into()),
                ("max", MAX_NAME.into()),
            ],
        ),
    }
}

fn suspended_said(j: &Journey, flow: &Flow) -> Said {
    let kind = match flow.kind {
        FlowKind::Next => "next",
        FlowKind::Branch => "branch",
        FlowKind::Repeat => "repeat",
    };
    let args = |with_to: bool| -> Vec<(&'static str, SaidArg)> {
        let mut args = vec![
            ("kind", kind.into()),
            ("from", stage_ref(j, flow.from).into()),
        ];
        if with_to {
            args.push(("to", stage_ref(j, flow.to).into()));
        }
        args
    };
    // The same tests in the same order as `StageGraph::check_flow`; the repaired graph gives
    // the answer the graph gave when the flow was refused, because every forward flow was added
    // before any loop and a refused forward flow's loop only grows as more flows are added.
    let duplicate = j.graph.flows().any(|f| f.from == flow.from && f.to == flow.to && f.kind == flow.kind);
    if flow.from == flow.to {
        Said::with("repair-flow-to-itself", args(false))
    } else if duplicate {
        Said::with("repair-flow-duplicate", args(true))
    } else if flow.kind == FlowKind::Repeat {
        Said::with("repair-loop-not-back", args(true))
    } else {
        Said::with("repair-flow-closes-loop", args(true))
    }
}

fn stage_ref(j: &Journey, id: Id) -> Said {
    match j.graph.stage(id) {
        Some(s) => Said::with("repair-stage", vec![("name", s.name.as_str().into())]),
        None => Said::of("repair-stage-gone"),
    }
}

/// A card as a sentence names it: by the start of its first line (`None` when it has no text).
fn card_start(card: &Card) -> Option<String> {
    const SHOWN: usize = 40;
    let line = card.text.lines().map(str::trim).find(|l| !l.is_empty())?;
    if line.chars().count() > SHOWN {
        let start: String = line.chars().take(SHOWN).collect();
        Some(format!("{}…", start.trim_end()))
    } else {
        Some(line.to_string())
    }
}

fn card_item(j: &Journey, id: Id) -> Said {
    match j.card(id) {
        Some(card) => match card_start(card) {
            Some(name) => Said::with("repair-item-card", vec![("name", name.into())]),
            None => Said::of("repair-item-blank-card"),
        },
        None => Said::of("repair-item-gone"),
    }
}

/// A pain point named inside a sentence about another card.
fn pain_ref(card: &Card) -> Said {
    match card_start(card) {
        Some(name) => Said::with("repair-pain", vec![("name", name.into())]),
        None => Said::of("repair-pain-blank"),
    }
}

/// What a repair of a value is about, as the merge report names it (and an undo what it kept).
pub fn item(j: &Journey, id: Id) -> Said {
    let named = |id: &'static str, name: &str| Said::with(id, vec![("name", name.into())]);
    if id == j.id {
        Said::of("repair-item-journey")
    } else if let Some(s) = j.graph.stage(id) {
        named("repair-item-stage", &s.name)
    } else if let Some(l) = j.lane(id) {
        named("repair-item-lane", &l.name)
    } else if let Some(p) = j.persona(id) {
        named("repair-item-persona", &p.name)
    } else if j.card(id).is_some() {
        card_item(j, id)
    } else if let Some(f) = j.graph.flow(id) {
        Said::with(
            "repair-item-flow",
            vec![
                ("from", stage_ref(j, f.from).into()),
                ("to", stage_ref(j, f.to).into()),
            ],
        )
    } else {
        Said::of("repair-item-gone")
    }
}

/// The inspector's label (`field-*`) of the value `field` (the repair's own name for it, or the
/// model's field name an undo names) of entity `id`: the label the user finds it under; the
/// word itself for a value without one.
pub fn field_label(j: &Journey, id: Id, field: &str) -> Said {
    known_field(j, id, field).unwrap_or_else(|| Said::untranslated(field))
}

fn known_field(j: &Journey, id: Id, field: &str) -> Option<Said> {
    let stage = j.graph.stage(id).is_some();
    let lane = j.lane(id).is_some();
    let persona = j.persona(id).is_some();
    let label = match field {
        "name" if id == j.id => "field-journey-name",
        "name" if stage => "field-stage-name",
        "name" if lane => "field-lane-name",
        "name" if persona => "field-persona-name",
        "name" => "field-name",
        "role" => "field-persona-role",
        "quote" => "field-persona-quote",
        "goals" => "field-persona-goals",
        "needs" => "field-persona-needs",
        "frustrations" => "field-persona-frustrations",
        "colour" | "color" if persona => "field-persona-colour",
        "colour" | "color" => "field-lane-colour",
        "rank" if stage => "field-stage-rank",
        "rank" if lane => "field-lane-rank",
        "rank" => "field-card-rank",
        "description" => "field-stage-description",
        "phase" => "field-phase-name",
        "label" => "field-flow-label",
        "author" => "field-card-author",
        "text" => "field-card-text",
        "severity" => "field-severity",
        "frequency" => "field-frequency",
        "friction" => "field-friction-name",
        "value" => "field-value",
        "effort" => "field-effort",
        "owner" => "field-owner",
        "speaker" => "field-speaker",
        "channel" => "field-channel-name",
        "emotion name" => "field-emotion-name",
        "wanted" => "field-wanted",
        "accepted" => "field-accepted",
        "NPS" => "field-nps",
        "CSAT" => "field-csat",
        "CES" => "field-ces",
        _ => return None,
    };
    Some(Said::of(label))
}

/// Which of `ids` go over `max`: those in `busy` are kept before the others, then the oldest
/// (smallest UUIDv7) first.
fn over_limit(ids: impl Iterator<Item = Id>, busy: &BTreeSet<Id>, max: usize) -> BTreeSet<Id> {
    let mut ids: Vec<Id> = ids.collect();
    if ids.len() <= max {
        return BTreeSet::new();
    }
    ids.sort_by_key(|id| (!busy.contains(id), *id));
    ids.split_off(max).into_iter().collect()
}

/// Removes the cards `which` picks; returns their ids.
fn take_cards(cards: &mut Vec<(Id, &Card)>, which: impl Fn(&Card) -> bool) -> Vec<Id> {
    let mut gone = Vec::new();
    cards.retain(|(id, c)| {
        let take = which(c);
        if take {
            gone.push(*id);
        }
        !take
    });
    gone
}

/// Cards whose stage or lane (`place`) is not among those that exist, by that missing id.
fn group(cards: &[(Id, &Card)], place: impl Fn(&Card) -> Id, exists: impl Fn(Id) -> bool) -> BTreeMap<Id, Vec<Id>> {
    let mut out: BTreeMap<Id, Vec<Id>> = BTreeMap::new();
    for (id, c) in cards {
        if !exists(place(c)) {
            out.entry(place(c)).or_default().push(*id);
        }
    }
    out
}

/// A rank after all of `ranks` (which are finite by now): where a stand-in goes.
fn after(ranks: impl Iterator<Item = f64>) -> f64 {
    ranks.fold(None, |m: Option<f64>, r| Some(m.map_or(r, |m| m.max(r)))).map_or(0.0, |m| m + 1.0)
}

/// What a card may refer to in the repaired journey.
struct Shown<'a> {
    scale: &'a EmotionScale,
    personas: BTreeSet<Id>,
    pains: BTreeSet<Id>,
}

/// The repairs found so far, and the value fixes that record them.
#[derive(Default)]
struct Fixes(Vec<Repair>);

impl Fixes {
    fn push(&mut self, r: Repair) {
        self.0.push(r);
    }

    fn over_limit(&mut self, what: &str, limit: usize, hidden: &BTreeSet<Id>, cards: Vec<Id>) {
        if !hidden.is_empty() {
            self.push(Repair::OverLimit { what: what.into(), limit, hidden: hidden.iter().copied().collect(), cards });
        }
    }

    fn text_repair(&mut self, entity: Id, field: &str, fix: Fix) {
        self.push(Repair::Text {
            entity,
            field: field.into(),
            fix,
        });
    }

    fn value_repair(&mut self, entity: Id, field: &str, fix: Fix) {
        self.push(Repair::InvalidValue {
            entity,
            field: field.into(),
            fix,
        });
    }

    /// `value` cut to `max` characters (two appends can pass the limit together).
    fn text(&mut self, entity: Id, field: &str, value: &str, max: usize) -> String {
        let len = value.chars().count();
        if len <= max {
            return value.to_string();
        }
        self.text_repair(entity, field, Fix::TooLong { length: len, max });
        value.chars().take(max).collect()
    }

    /// A name cut to its limit, or `None` when nothing visible is left of it (two deletions can
    /// empty it together); `instead` is what the map shows then (`None`: nothing).
    fn name_or_none(
        &mut self,
        entity: Id,
        field: &str,
        value: &str,
        instead: Option<&str>,
    ) -> Option<String> {
        let cut: String = value.chars().take(MAX_NAME).collect();
        if cut.trim().is_empty() {
            self.text_repair(
                entity,
                field,
                Fix::Blank {
                    instead: instead.map(str::to_string),
                },
            );
            return None;
        }
        Some(self.text(entity, field, value, MAX_NAME))
    }

    fn name(&mut self, entity: Id, field: &str, value: &str, fallback: &str) -> String {
        self.name_or_none(entity, field, value, Some(fallback))
            .unwrap_or_else(|| fallback.to_string())
    }

    fn rating(&mut self, entity: Id, field: &str, v: u8) -> u8 {
        let (min, max) = (LIMITS.rating.min as u8, LIMITS.rating.max as u8);
        let shown = v.clamp(min, max);
        if shown != v {
            self.value_repair(
                entity,
                field,
                Fix::OutOfRange {
                    value: v.into(),
                    min: min.into(),
                    max: max.into(),
                    shown: shown.into(),
                },
            );
        }
        shown
    }

    fn rank(&mut self, entity: Id, v: f64) -> f64 {
        if v.is_finite() {
            return v;
        }
        self.value_repair(entity, "rank", Fix::NotFinite);
        0.0
    }

    fn color(&mut self, entity: Id, v: &str) -> String {
        if validate::is_colour(v) {
            return v.to_string();
        }
        self.value_repair(
            entity,
            "colour",
            Fix::NotAColour {
                value: v.to_string(),
            },
        );
        String::new()
    }

    fn metrics(&mut self, entity: Id, m: &Metrics) -> Metrics {
        let mut measure = |field: &str, v: &Option<Measure>, range: validate::Bounds| {
            let v = v.as_ref()?;
            if !v.value.is_finite() {
                self.value_repair(entity, field, Fix::NotANumber);
                return None;
            }
            let shown = v.value.clamp(range.min, range.max);
            if shown != v.value {
                self.value_repair(
                    entity,
                    field,
                    Fix::OutOfRange {
                        value: v.value,
                        min: range.min,
                        max: range.max,
                        shown,
                    },
                );
            }
            Some(Measure { value: shown, ..v.clone() })
        };
        Metrics {
            nps: measure("NPS", &m.nps, LIMITS.nps),
            csat: measure("CSAT", &m.csat, LIMITS.csat),
            ces: measure("CES", &m.ces, LIMITS.ces),
        }
    }

    /// The merged scale, or the default one when its ends do not make a scale (one person
    /// moved the minimum, the other the maximum). Step names outside it or blank are left out.
    fn scale(&mut self, s: &EmotionScale) -> EmotionScale {
        let fallback = EmotionScale::default();
        // In i64: the ends of a damaged scale may be anywhere.
        let span = i64::from(s.max) - i64::from(s.min);
        if span <= 0 {
            self.push(Repair::InvalidScale {
                fix: ScaleFix::Inverted {
                    min: s.min,
                    max: s.max,
                },
            });
            return fallback;
        }
        if span > i64::from(MAX_SCALE_SPAN) {
            self.push(Repair::InvalidScale {
                fix: ScaleFix::TooWide {
                    min: s.min,
                    max: s.max,
                    span,
                },
            });
            return fallback;
        }
        let mut names = BTreeMap::new();
        for (step, label) in &s.names {
            let cut: String = label.chars().take(MAX_NAME).collect();
            let fix = if !s.contains(*step) {
                ScaleFix::StepOutside {
                    step: *step,
                    name: label.clone(),
                    min: s.min,
                    max: s.max,
                }
            } else if cut.trim().is_empty() {
                ScaleFix::StepBlank { step: *step }
            } else {
                let len = label.chars().count();
                if len > MAX_NAME {
                    self.push(Repair::InvalidScale {
                        fix: ScaleFix::StepTooLong {
                            step: *step,
                            length: len,
                        },
                    });
                }
                names.insert(*step, cut);
                continue;
            };
            self.push(Repair::InvalidScale { fix });
        }
        EmotionScale { min: s.min, max: s.max, names }
    }

    fn persona(&mut self, id: Id, p: &Persona) -> Persona {
        let name = self.name(id, "name", &p.name, UNTITLED);
        let role = self.text(id, "role", &p.role, MAX_NAME);
        let goals = self.list(id, "goals", &p.goals);
        let needs = self.list(id, "needs", &p.needs);
        let frustrations = self.list(id, "frustrations", &p.frustrations);
        Persona {
            id,
            name,
            role,
            goals,
            needs,
            frustrations,
            quote: self.text(id, "quote", &p.quote, MAX_TEXT),
            value_type: p.value_type,
            color: self.color(id, &p.color),
        }
    }

    /// A persona's goals, needs or frustrations: two copies' additions can pass the limit.
    fn list(&mut self, id: Id, field: &str, items: &[String]) -> Vec<String> {
        const MAX_ITEMS: usize = validate::MAX_PERSONA_ENTRIES;
        if items.len() > MAX_ITEMS {
            self.value_repair(
                id,
                field,
                Fix::TooMany {
                    count: items.len(),
                    max: MAX_ITEMS,
                },
            );
        }
        items.iter().take(MAX_ITEMS).map(|item| self.text(id, field, item, MAX_TEXT)).collect()
    }

    fn stage(&mut self, id: Id, s: &Stage) -> Stage {
        Stage {
            id,
            name: self.name(id, "name", &s.name, UNTITLED),
            description: self.text(id, "description", &s.description, MAX_TEXT),
            phase: match &s.phase {
                Some(Phase::Custom(label)) => Some(Phase::Custom(self.name(id, "phase", label, "Custom"))),
                other => other.clone(),
            },
            experience: s.experience,
            metrics: self.metrics(id, &s.metrics),
            rank: self.rank(id, s.rank),
        }
    }

    fn lane(&mut self, id: Id, l: &Lane) -> Lane {
        Lane {
            id,
            name: self.name(id, "name", &l.name, UNTITLED),
            kind: l.kind,
            rank: self.rank(id, l.rank),
            color: self.color(id, &l.color),
        }
    }

    /// A card as the map shows it; its place (stage, lane) is never changed.
    fn card(&mut self, id: Id, c: &Card, shown: &Shown) -> Card {
        let text = self.text(id, "text", &c.text, MAX_TEXT);
        let author = c
            .workshop
            .author
            .as_deref()
            .and_then(|a| self.name_or_none(id, "author", a, None));
        let rank = self.rank(id, c.rank);
        let body = match &c.body {
            CardBody::Touchpoint(t) => CardBody::Touchpoint(self.touchpoint(id, t, shown)),
            CardBody::PainPoint(p) => CardBody::PainPoint(PainPoint {
                severity: self.rating(id, "severity", p.severity),
                frequency: self.rating(id, "frequency", p.frequency),
                friction: match &p.friction {
                    Some(Friction::Other(label)) => Some(Friction::Other(self.name(id, "friction", label, "Other"))),
                    other => other.clone(),
                },
                ..p.clone()
            }),
            CardBody::Opportunity(o) => CardBody::Opportunity(Opportunity {
                answers: o
                    .answers
                    .iter()
                    .copied()
                    .filter(|pain| {
                        let keep = shown.pains.contains(pain);
                        if !keep {
                            self.push(Repair::DroppedLink { card: id, pain: *pain });
                        }
                        keep
                    })
                    .collect(),
                value: self.rating(id, "value", o.value),
                effort: self.rating(id, "effort", o.effort),
                owner: self.text(id, "owner", &o.owner, MAX_NAME),
                ..o.clone()
            }),
            CardBody::Note => CardBody::Note,
            CardBody::Quote { speaker } => CardBody::Quote { speaker: self.text(id, "speaker", speaker, MAX_NAME) },
        };
        Card {
            id,
            stage: c.stage,
            lane: c.lane,
            rank,
            text,
            body,
            workshop: CardWorkshop { author, ..c.workshop.clone() },
        }
    }

    fn touchpoint(&mut self, card: Id, t: &Touchpoint, shown: &Shown) -> Touchpoint {
        let emotion = t.emotion.as_ref().map(|e| Emotion {
            score: self.score(card, None, e.score, shown.scale),
            name: self.text(card, "emotion name", &e.name, MAX_NAME),
        });
        let mut persona_emotions = BTreeMap::new();
        for (persona, score) in &t.persona_emotions {
            if shown.personas.contains(persona) {
                persona_emotions.insert(*persona, self.score(card, Some(*persona), *score, shown.scale));
            } else {
                self.push(Repair::DroppedPersonaScore { card, persona: *persona });
            }
        }
        Touchpoint {
            emotion,
            persona_emotions,
            channel: match &t.channel {
                Some(Channel::Other(label)) => Some(Channel::Other(self.name(card, "channel", label, "Other"))),
                other => other.clone(),
            },
            sacrifice: t.sacrifice.as_ref().map(|s| Sacrifice {
                wanted: self.text(card, "wanted", &s.wanted, MAX_TEXT),
                accepted: self.text(card, "accepted", &s.accepted, MAX_TEXT),
            }),
            ..t.clone()
        }
    }

    fn score(&mut self, card: Id, persona: Option<Id>, score: i32, scale: &EmotionScale) -> i32 {
        let shown = score.clamp(scale.min, scale.max);
        if shown != score {
            self.push(Repair::ScoreOutsideScale { card, persona, score, shown });
        }
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_journeys;
    use proptest::prelude::*;

    fn id(n: u128) -> Id {
        Id::from_u128(n)
    }

    // A small journey with ids small enough to read in a failure; ids from 100 up stand for
    // entities one of the two people made while apart (newer than everything in the journey).
    const JOURNEY: u128 = 1;
    const FIND: u128 = 10;
    const BOOK: u128 = 11;
    const PAY: u128 = 12;
    const FIND_BOOK: u128 = 20;
    const FIND_PAY: u128 = 21;
    const ACTIONS: u128 = 30;
    const EMOTIONS: u128 = 31;
    const PAINS: u128 = 32;
    const IDEAS: u128 = 33;
    const SAM: u128 = 40;
    const NOTE: u128 = 50;
    const TOUCH: u128 = 51;
    const PAIN: u128 = 52;
    const PAIN2: u128 = 53;
    const IDEA: u128 = 54;

    fn stage(n: u128, name: &str, rank: f64) -> Stage {
        Stage { id: id(n), name: name.into(), description: String::new(), phase: None, experience: None, metrics: Metrics::default(), rank }
    }

    fn lane(n: u128, name: &str, kind: LaneKind, rank: f64) -> Lane {
        Lane { id: id(n), name: name.into(), kind, rank, color: String::new() }
    }

    fn card(n: u128, stage: u128, lane: u128, text: &str, body: CardBody) -> Card {
        Card { id: id(n), stage: id(stage), lane: id(lane), rank: 1.0, text: text.into(), body, workshop: CardWorkshop::default() }
    }

    fn flow(n: u128, from: u128, to: u128, kind: FlowKind) -> Flow {
        Flow { id: id(n), from: id(from), to: id(to), kind, label: String::new() }
    }

    fn pain() -> CardBody {
        CardBody::of_kind(CardKind::PainPoint)
    }

    /// Find leads to Book and to Pay, which the graph leaves unordered (so either could be
    /// drawn to the other); four lanes, a persona, and one card of each kind that can break.
    fn small() -> Journey {
        let mut graph = StageGraph::default();
        for s in [stage(FIND, "Find", 1.0), stage(BOOK, "Book", 2.0), stage(PAY, "Pay", 3.0)] {
            graph.add_stage(s).unwrap();
        }
        graph.add_flow(flow(FIND_BOOK, FIND, BOOK, FlowKind::Next)).unwrap();
        graph.add_flow(flow(FIND_PAY, FIND, PAY, FlowKind::Branch)).unwrap();
        let lanes = vec![
            lane(ACTIONS, "Actions", LaneKind::Actions, 1.0),
            lane(EMOTIONS, "Emotions", LaneKind::Emotions, 2.0),
            lane(PAINS, "Pain points", LaneKind::PainPoints, 3.0),
            lane(IDEAS, "Opportunities", LaneKind::Opportunities, 4.0),
        ];
        let mut j = Journey::new("Booking", graph, lanes);
        j.id = id(JOURNEY);
        j.personas.push(Persona {
            id: id(SAM),
            name: "Sam".into(),
            role: String::new(),
            goals: vec![],
            needs: vec![],
            frustrations: vec![],
            quote: String::new(),
            value_type: None,
            color: String::new(),
        });
        let touch = CardBody::Touchpoint(Touchpoint {
            emotion: Some(Emotion { score: -1, name: String::new() }),
            persona_emotions: [(id(SAM), 1)].into(),
            ..Touchpoint::default()
        });
        let idea = CardBody::Opportunity(Opportunity {
            answers: vec![id(PAIN)],
            loyalty_pillar: None,
            value: 4,
            effort: 2,
            owner: String::new(),
        });
        for c in [
            card(NOTE, FIND, ACTIONS, "Searches for a slot", CardBody::Note),
            card(TOUCH, BOOK, EMOTIONS, "Booking form", touch),
            card(PAIN, PAY, PAINS, "Card refused", pain()),
            card(PAIN2, PAY, PAINS, "No receipt", pain()),
            card(IDEA, PAY, IDEAS, "Retry with another card", idea),
        ] {
            j.cards.insert(c.id, c);
        }
        j.normalize();
        validate::journey(&j).expect("the small journey is valid");
        j
    }

    /// Repairs `loose` and checks what every repair must give: a valid journey holding every
    /// card of the document in the place the document gives it.
    fn repaired(loose: &Loose) -> Repaired {
        let r = repair(loose);
        if let Err(e) = validate::journey(&r.journey) {
            panic!("repaired journey is invalid: {e}\n{:#?}", r.repairs);
        }
        assert_eq!(r.journey.cards.len(), loose.cards.len(), "a card went missing");
        for (key, c) in &loose.cards {
            let shown = r.journey.card(*key).expect("every card is shown");
            assert_eq!((shown.stage, shown.lane), (c.stage, c.lane), "a card changed place");
        }
        let mut canonical = r.journey.clone();
        canonical.normalize();
        assert_eq!(canonical, r.journey, "lists in canonical order");
        r
    }

    fn touchpoint(c: &mut Card) -> &mut Touchpoint {
        match &mut c.body {
            CardBody::Touchpoint(t) => t,
            _ => panic!("not a touchpoint"),
        }
    }

    #[test]
    fn a_valid_journey_repairs_to_itself() {
        let mut journeys = sample_journeys();
        journeys.push(small());
        for j in journeys {
            let r = repaired(&Loose::of(&j));
            assert_eq!(r.repairs, vec![]);
            assert_eq!(r.journey, j);
        }
    }

    #[test]
    fn a_forward_flow_closing_a_loop_is_suspended() {
        // One person drew Pay -> Book, the other (a moment later) Book -> Pay.
        let j = small();
        let mut loose = Loose::of(&j);
        let earlier = flow(100, PAY, BOOK, FlowKind::Next);
        let later = flow(101, BOOK, PAY, FlowKind::Next);
        loose.flows.insert(earlier.id, earlier.clone());
        loose.flows.insert(later.id, later.clone());
        let r = repaired(&loose);
        let reason = "\"Pay\" already leads to \"Book\"; to go back, use a repeat loop instead".to_string();
        assert_eq!(r.repairs, vec![Repair::SuspendedFlow { flow: later.clone(), reason }]);
        assert_eq!(r.journey.graph.flow(earlier.id), Some(&earlier));
        assert_eq!(r.journey.graph.flow(later.id), None);
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The flow from “Book” to “Pay” would close a loop of forward flows; it is kept and drawn dashed, but not followed. \
             Remove it or make it a repeat loop."
        );
    }

    #[test]
    fn a_repeat_loop_that_no_longer_goes_back_is_suspended() {
        // One person deleted Find -> Pay; the other drew the loop Pay -> Find over it.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.flows.remove(&id(FIND_PAY));
        let lp = flow(100, PAY, FIND, FlowKind::Repeat);
        loose.flows.insert(lp.id, lp.clone());
        let r = repaired(&loose);
        let reason =
            "a repeat loop must go back to an earlier stage, but \"Find\" does not come before \"Pay\"".to_string();
        assert_eq!(r.repairs, vec![Repair::SuspendedFlow { flow: lp, reason }]);
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The repeat loop from “Pay” back to “Find” does not go back to an earlier stage; it is kept and drawn dashed, but not followed. \
             Remove it or make it a forward flow."
        );
    }

    #[test]
    fn a_duplicate_flow_is_suspended() {
        // Both drew Book -> Pay.
        let j = small();
        let mut loose = Loose::of(&j);
        let first = flow(100, BOOK, PAY, FlowKind::Next);
        let second = flow(101, BOOK, PAY, FlowKind::Next);
        loose.flows.insert(first.id, first.clone());
        loose.flows.insert(second.id, second.clone());
        let r = repaired(&loose);
        let reason = "\"Book\" is already connected to \"Pay\" that way".to_string();
        assert_eq!(r.repairs, vec![Repair::SuspendedFlow { flow: second, reason }]);
        assert!(r.journey.graph.flow(first.id).is_some());
        assert!(r.repairs[0].sentence(&r.journey).contains("duplicates another between the same stages"));
    }

    #[test]
    fn a_flow_from_a_stage_to_itself_is_suspended() {
        // Find -> Pay: one person moved its start to Book, the other its end to Book.
        let j = small();
        let mut loose = Loose::of(&j);
        let f = loose.flows.get_mut(&id(FIND_PAY)).unwrap();
        f.from = id(BOOK);
        f.to = id(BOOK);
        let f = f.clone();
        let r = repaired(&loose);
        let reason = "a flow cannot lead from \"Book\" back to itself".to_string();
        assert_eq!(r.repairs, vec![Repair::SuspendedFlow { flow: f, reason }]);
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The branch from “Book” leads back to “Book” itself; it is kept and drawn dashed, but not followed. \
             Remove it or connect it to another stage."
        );
    }

    #[test]
    fn a_flow_to_a_deleted_stage_is_dropped() {
        // One person deleted Pay (with its flow and cards); the other drew Book -> Pay.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.stages.remove(&id(PAY));
        loose.flows.remove(&id(FIND_PAY));
        loose.cards.retain(|_, c| c.stage != id(PAY));
        let f = flow(100, BOOK, PAY, FlowKind::Next);
        loose.flows.insert(f.id, f);
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![Repair::DanglingFlow { flow: id(100), missing: id(PAY) }]);
        assert_eq!(r.journey.graph.flow(id(100)), None);
    }

    #[test]
    fn cards_of_a_deleted_lane_go_to_an_unplaced_row() {
        // One person deleted the Actions lane with its card; the other added a card to it.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.lanes.remove(&id(ACTIONS));
        loose.cards.remove(&id(NOTE));
        let added = card(100, BOOK, ACTIONS, "Calls instead", CardBody::Note);
        loose.cards.insert(added.id, added.clone());
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![Repair::UnplacedLane { lane: id(ACTIONS), cards: vec![id(100)] }]);
        let stand_in = r.journey.lane(id(ACTIONS)).expect("a stand-in with the removed lane's id");
        assert_eq!(stand_in, &Lane { id: id(ACTIONS), name: "Unplaced".into(), kind: LaneKind::Custom, rank: 5.0, color: String::new() });
        assert_eq!(r.journey.lanes_in_order().last().unwrap().id, id(ACTIONS));
        assert_eq!(r.journey.card(id(100)), Some(&added));
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "One card was in a lane that was deleted in the other copy; it is shown in an “Unplaced” row. \
             Move it to another lane to resolve this."
        );
        // Moving the card out (an ordinary edit on the document) ends the repair.
        loose.cards.get_mut(&id(100)).unwrap().lane = id(EMOTIONS);
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![]);
        assert_eq!(r.journey.lane(id(ACTIONS)), None);
    }

    #[test]
    fn cards_of_a_deleted_stage_go_to_an_unplaced_column_last() {
        // One person deleted Find with its flows and card; the other moved a card into it.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.stages.remove(&id(FIND));
        loose.flows.clear();
        loose.cards.remove(&id(NOTE));
        loose.cards.get_mut(&id(TOUCH)).unwrap().stage = id(FIND);
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![Repair::UnplacedStage { stage: id(FIND), cards: vec![id(TOUCH)] }]);
        let stand_in = r.journey.graph.stage(id(FIND)).expect("a stand-in with the removed stage's id");
        assert_eq!(stand_in, &Stage { name: "Unplaced".into(), rank: 4.0, ..stage(FIND, "", 0.0) });
        assert_eq!(r.journey.graph.flows_of(id(FIND)), Vec::<&Flow>::new());
        assert_eq!(r.journey.graph.order(), vec![id(BOOK), id(PAY), id(FIND)]);
        assert_eq!(r.journey.card(id(TOUCH)).unwrap().stage, id(FIND));
    }

    #[test]
    fn an_unplaced_column_comes_last_after_the_forward_flows() {
        // The sample's stages in a line, one removed while a card was moved into it.
        let j = sample_journeys().remove(0);
        let order = j.graph.order();
        let mut loose = Loose::of(&j);
        let (gone, card) = (order[2], *j.cards.keys().next().unwrap());
        loose.stages.remove(&gone);
        loose.flows.retain(|_, f| f.from != gone && f.to != gone);
        loose.cards.retain(|_, c| c.stage != gone);
        loose.cards.insert(card, Card { stage: gone, ..j.cards[&card].clone() });
        let r = repaired(&loose);
        assert_eq!(r.journey.graph.order().last(), Some(&gone));
        assert!(r.repairs.contains(&Repair::UnplacedStage { stage: gone, cards: vec![card] }));
    }

    #[test]
    fn a_card_whose_stage_and_lane_are_both_gone_gets_both_stand_ins() {
        let j = small();
        let mut loose = Loose::of(&j);
        loose.stages.remove(&id(FIND));
        loose.flows.clear();
        loose.lanes.remove(&id(ACTIONS));
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![
                Repair::UnplacedStage { stage: id(FIND), cards: vec![id(NOTE)] },
                Repair::UnplacedLane { lane: id(ACTIONS), cards: vec![id(NOTE)] },
            ]
        );
        assert_eq!(r.journey.cards_in_cell(id(FIND), id(ACTIONS)).len(), 1);
    }

    #[test]
    fn a_link_to_a_deleted_pain_point_is_dropped() {
        // One person linked the idea to the second pain; the other deleted that pain.
        let j = small();
        let mut loose = Loose::of(&j);
        if let CardBody::Opportunity(o) = &mut loose.cards.get_mut(&id(IDEA)).unwrap().body {
            o.answers.push(id(PAIN2));
        }
        loose.cards.remove(&id(PAIN2));
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![Repair::DroppedLink { card: id(IDEA), pain: id(PAIN2) }]);
        assert!(matches!(&r.journey.card(id(IDEA)).unwrap().body, CardBody::Opportunity(o) if o.answers == vec![id(PAIN)]));
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "Card “Retry with another card”: the opportunity answered a pain point that is no longer on the map; \
             the link is not shown."
        );
    }

    #[test]
    fn a_link_to_a_card_that_is_no_longer_a_pain_point_is_dropped() {
        // One person linked the idea to the second pain; the other made that pain a note.
        let j = small();
        let mut loose = Loose::of(&j);
        if let CardBody::Opportunity(o) = &mut loose.cards.get_mut(&id(IDEA)).unwrap().body {
            o.answers.push(id(PAIN2));
        }
        loose.cards.get_mut(&id(PAIN2)).unwrap().body = CardBody::Note;
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![Repair::DroppedLink {
                card: id(IDEA),
                pain: id(PAIN2)
            }]
        );
        assert!(r.repairs[0]
            .sentence(&r.journey)
            .contains("answered “No receipt”, which is no longer a pain point"));
    }

    #[test]
    fn a_score_by_a_deleted_persona_is_dropped() {
        // One person deleted Sam (and Sam's scores); the other changed Sam's score on a card.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.personas.remove(&id(SAM));
        touchpoint(loose.cards.get_mut(&id(TOUCH)).unwrap()).persona_emotions.insert(id(SAM), 2);
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![Repair::DroppedPersonaScore { card: id(TOUCH), persona: id(SAM) }]);
        assert!(touchpoint(&mut r.journey.card(id(TOUCH)).unwrap().clone()).persona_emotions.is_empty());
    }

    #[test]
    fn a_score_outside_the_merged_scale_is_clamped() {
        // One person narrowed the scale to -2..2; the other scored the touchpoint 3 (and -3 for Sam).
        let j = small();
        let mut loose = Loose::of(&j);
        loose.scale.min = -2;
        loose.scale.max = 2;
        loose.scale.names.retain(|step, _| step.abs() <= 2);
        let t = touchpoint(loose.cards.get_mut(&id(TOUCH)).unwrap());
        t.emotion.as_mut().unwrap().score = 3;
        t.persona_emotions.insert(id(SAM), -3);
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![
                Repair::ScoreOutsideScale { card: id(TOUCH), persona: None, score: 3, shown: 2 },
                Repair::ScoreOutsideScale { card: id(TOUCH), persona: Some(id(SAM)), score: -3, shown: -2 },
            ]
        );
        let shown = r.journey.card(id(TOUCH)).unwrap().emotion().unwrap().score;
        assert_eq!(shown, 2);
        assert_eq!(
            r.repairs[1].sentence(&r.journey),
            "Card “Booking form”: the score -3 by persona “Sam” lies outside the emotion scale -2 to 2; \
             the map shows -2. Change the score or the scale."
        );
    }

    #[test]
    fn an_invalid_merged_scale_falls_back_to_the_default() {
        // One person moved the scale's top down to -1, the other its bottom up to 1.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.scale.min = 1;
        loose.scale.max = -1;
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![Repair::InvalidScale {
                fix: ScaleFix::Inverted { min: 1, max: -1 }
            }]
        );
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The merged emotion scale is not valid: its minimum 1 is not below its maximum -1, so the map uses the default scale -3 to 3."
        );
        assert_eq!(r.journey.scale, EmotionScale::default());

        // One widened it down to -10, the other up to 13: 23 steps.
        let mut loose = Loose::of(&j);
        loose.scale.min = -10;
        loose.scale.max = 13;
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![Repair::InvalidScale {
                fix: ScaleFix::TooWide {
                    min: -10,
                    max: 13,
                    span: 23
                }
            }]
        );
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The merged emotion scale is not valid: -10 to 13 spans 23 steps, more than 20, so the map uses the default scale -3 to 3."
        );
        assert_eq!(r.journey.scale, EmotionScale::default());
    }

    #[test]
    fn a_step_name_outside_the_merged_scale_is_left_out() {
        // One person narrowed the scale to -2..2; the other renamed step 3.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.scale.min = -2;
        loose.scale.max = 2;
        loose.scale.names.retain(|step, _| step.abs() <= 2);
        loose.scale.names.insert(3, "Thrilled".into());
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![Repair::InvalidScale {
                fix: ScaleFix::StepOutside {
                    step: 3,
                    name: "Thrilled".into(),
                    min: -2,
                    max: 2
                }
            }]
        );
        assert_eq!(
            (
                r.journey.scale.min,
                r.journey.scale.max,
                r.journey.scale.name_of(3)
            ),
            (-2, 2, None)
        );
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The merged emotion scale is not valid: step 3 is named “Thrilled” but lies outside -2 to 2; the name is not shown."
        );
    }

    #[test]
    fn a_blank_name_shows_untitled_and_a_long_text_is_cut() {
        // Each deleted half of "Book"; each appended to the card's text.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.stages.get_mut(&id(BOOK)).unwrap().name = "  ".into();
        let long = "a".repeat(MAX_TEXT + 250);
        loose.cards.get_mut(&id(NOTE)).unwrap().text = long.clone();
        loose.name = "x".repeat(MAX_NAME + 1);
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![
                Repair::Text {
                    entity: id(JOURNEY),
                    field: "name".into(),
                    fix: Fix::TooLong {
                        length: 201,
                        max: 200
                    }
                },
                Repair::Text {
                    entity: id(BOOK),
                    field: "name".into(),
                    fix: Fix::Blank {
                        instead: Some("Untitled".into())
                    }
                },
                Repair::Text {
                    entity: id(NOTE),
                    field: "text".into(),
                    fix: Fix::TooLong {
                        length: 10250,
                        max: 10000
                    }
                },
            ]
        );
        assert_eq!(r.journey.graph.stage_name(id(BOOK)), "Untitled");
        assert_eq!(r.journey.card(id(NOTE)).unwrap().text, long[..MAX_TEXT]);
        assert_eq!(r.journey.name.chars().count(), MAX_NAME);
        assert_eq!(
            r.repairs[1].sentence(&r.journey),
            "Stage “Untitled” · Stage name: became blank; the map shows “Untitled”."
        );
        assert_eq!(
            r.repairs[0].sentence(&r.journey),
            "The journey · Journey name: 201 characters, over the limit of 200; the map shows the first 200."
        );
        assert_eq!(r.repairs[2].sentence(&r.journey), "Card “aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…” · Card text: 10,250 characters, over the limit of 10,000; the map shows the first 10,000.");
    }

    #[test]
    fn a_blank_author_is_left_out_and_a_long_flow_label_is_cut() {
        let j = small();
        let mut loose = Loose::of(&j);
        loose.cards.get_mut(&id(NOTE)).unwrap().workshop.author = Some(String::new());
        loose.flows.get_mut(&id(FIND_BOOK)).unwrap().label = "y".repeat(MAX_NAME + 5);
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![
                Repair::Text {
                    entity: id(FIND_BOOK),
                    field: "label".into(),
                    fix: Fix::TooLong {
                        length: 205,
                        max: 200
                    }
                },
                Repair::Text {
                    entity: id(NOTE),
                    field: "author".into(),
                    fix: Fix::Blank { instead: None }
                },
            ]
        );
        assert_eq!(r.journey.card(id(NOTE)).unwrap().workshop.author, None);
        assert_eq!(r.journey.graph.flow(id(FIND_BOOK)).unwrap().label.chars().count(), MAX_NAME);
    }

    #[test]
    fn values_out_of_range_are_brought_into_range() {
        // Merging scalars cannot make these from valid values; a damaged document still shows.
        let j = small();
        let mut loose = Loose::of(&j);
        if let CardBody::PainPoint(p) = &mut loose.cards.get_mut(&id(PAIN)).unwrap().body {
            p.severity = 9;
            p.frequency = 0;
        }
        loose.lanes.get_mut(&id(PAINS)).unwrap().color = "red".into();
        loose.stages.get_mut(&id(PAY)).unwrap().rank = f64::NAN;
        loose.metrics.nps = Some(Measure { value: 140.0, sample_size: 12 });
        let r = repaired(&loose);
        let value = |entity: u128, field: &str, fix: Fix| Repair::InvalidValue {
            entity: id(entity),
            field: field.into(),
            fix,
        };
        let range = |value: f64, min: f64, max: f64, shown: f64| Fix::OutOfRange {
            value,
            min,
            max,
            shown,
        };
        assert_eq!(
            r.repairs,
            vec![
                value(JOURNEY, "NPS", range(140.0, -100.0, 100.0, 100.0)),
                value(PAY, "rank", Fix::NotFinite),
                value(
                    PAINS,
                    "colour",
                    Fix::NotAColour {
                        value: "red".into()
                    }
                ),
                value(PAIN, "severity", range(9.0, 1.0, 5.0, 5.0)),
                value(PAIN, "frequency", range(0.0, 1.0, 5.0, 1.0)),
            ]
        );
        let said: Vec<String> = r.repairs.iter().map(|x| x.sentence(&r.journey)).collect();
        assert_eq!(
            said[0],
            "The journey · NPS: 140 is outside -100 to 100; the map shows 100."
        );
        assert_eq!(said[2], "Lane “Pain points” · Lane colour: “red” is not a colour like #3366cc; the map uses the default.");
        assert_eq!(
            said[3],
            "Card “Card refused” · Severity: 9 is outside 1 to 5; the map shows 5."
        );
        assert!(
            matches!(&r.journey.card(id(PAIN)).unwrap().body, CardBody::PainPoint(p) if (p.severity, p.frequency) == (5, 1))
        );
        assert_eq!(
            r.journey.metrics.nps,
            Some(Measure {
                value: 100.0,
                sample_size: 12
            })
        );
    }

    #[test]
    fn more_personas_than_the_limit_hide_the_newest() {
        // Each added personas while apart; together they pass the limit by one.
        let j = small();
        let mut loose = Loose::of(&j);
        let sam = loose.personas[&id(SAM)].clone();
        for n in 1000..1000 + MAX_PERSONAS as u128 {
            loose.personas.insert(id(n), Persona { id: id(n), name: format!("P{n}"), ..sam.clone() });
        }
        let newest = id(999 + MAX_PERSONAS as u128);
        touchpoint(loose.cards.get_mut(&id(TOUCH)).unwrap()).persona_emotions.insert(newest, 0);
        let r = repaired(&loose);
        assert_eq!(
            r.repairs,
            vec![
                Repair::OverLimit { what: "personas".into(), limit: MAX_PERSONAS, hidden: vec![newest], cards: vec![] },
                Repair::DroppedPersonaScore { card: id(TOUCH), persona: newest },
            ]
        );
        assert_eq!(r.journey.personas.len(), MAX_PERSONAS);
    }

    #[test]
    fn more_lanes_than_the_limit_hide_the_newest_empty_ones() {
        let j = small();
        let mut loose = Loose::of(&j);
        for n in 1000..1000 + MAX_LANES as u128 {
            loose.lanes.insert(id(n), lane(n, "Extra", LaneKind::Custom, n as f64));
        }
        // An unplaced card's stand-in lane counts too, and holds a card, so it stays.
        loose.cards.insert(id(100), card(100, BOOK, 99, "Stray", CardBody::Note));
        let r = repaired(&loose);
        let hidden: Vec<Id> = (1000 + MAX_LANES as u128 - 5..1000 + MAX_LANES as u128).map(id).collect();
        assert_eq!(
            r.repairs,
            vec![
                Repair::OverLimit { what: "lanes".into(), limit: MAX_LANES, hidden, cards: vec![] },
                Repair::UnplacedLane { lane: id(99), cards: vec![id(100)] },
            ]
        );
        assert_eq!(r.journey.lanes.len(), MAX_LANES);
        assert!(r.repairs[0].sentence(&r.journey).starts_with("Together the two copies hold more lanes than a journey may (200); the newest 5"));
    }

    #[test]
    fn an_entity_is_taken_by_its_key() {
        // The key is the document's identity for an entity; a stale `id` field inside does not
        // make a second entity or a card nobody can find.
        let j = small();
        let mut loose = Loose::of(&j);
        loose.cards.get_mut(&id(NOTE)).unwrap().id = id(999);
        loose.lanes.get_mut(&id(ACTIONS)).unwrap().id = id(998);
        let r = repaired(&loose);
        assert_eq!(r.repairs, vec![]);
        assert_eq!(r.journey, j);
    }

    /// The small journey damaged every way at once.
    fn wrecked() -> Loose {
        let mut loose = Loose::of(&small());
        loose.stages.remove(&id(FIND));
        loose.lanes.remove(&id(PAINS));
        loose.personas.remove(&id(SAM));
        loose.cards.remove(&id(PAIN2));
        loose.scale.max = -5;
        loose.stages.get_mut(&id(PAY)).unwrap().name = String::new();
        for f in [flow(100, PAY, BOOK, FlowKind::Next), flow(101, BOOK, PAY, FlowKind::Branch), flow(102, PAY, BOOK, FlowKind::Repeat)] {
            loose.flows.insert(f.id, f);
        }
        if let CardBody::Opportunity(o) = &mut loose.cards.get_mut(&id(IDEA)).unwrap().body {
            o.answers.extend([id(PAIN2), id(PAIN2), id(NOTE)]);
        }
        loose
    }

    #[test]
    fn repair_is_deterministic_and_its_result_needs_none() {
        let loose = wrecked();
        let r = repaired(&loose);
        // A `Loose` holds every entity by id, so the order changes arrived in cannot reach it;
        // what is left to check is that nothing else (hash order, the clock) does.
        assert_eq!(repaired(&loose.clone()), r);
        let kinds: Vec<u8> = r.repairs.iter().map(|x| x.sort_key().0).collect();
        assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "listed by kind: {:#?}", r.repairs);
        assert_eq!(
            r.repairs.iter().filter(|x| matches!(x, Repair::DroppedLink { pain, .. } if *pain == id(PAIN2))).count(),
            1,
            "a link listed twice is reported once"
        );
        for x in &r.repairs {
            assert!(!x.sentence(&r.journey).is_empty());
        }
        // What repair shows is itself a valid journey, which repairs to itself.
        let again = repaired(&Loose::of(&r.journey));
        assert_eq!(again.repairs, vec![]);
        assert_eq!(again.journey, r.journey);
    }

    /// Every message a `Said` names, nested ones included.
    fn ids(said: &Said, out: &mut Vec<&'static str>) {
        out.push(said.id);
        for (_, arg) in &said.args {
            if let SaidArg::Said(inner) = arg {
                ids(inner, out);
            }
        }
    }

    #[test]
    fn every_repair_is_said_in_every_language_by_its_own_messages() {
        let j = small();
        let fixes = [
            Fix::TooLong {
                length: 12,
                max: 10,
            },
            Fix::Blank {
                instead: Some(UNTITLED.into()),
            },
            Fix::Blank { instead: None },
            Fix::OutOfRange {
                value: 9.0,
                min: 1.0,
                max: 5.0,
                shown: 5.0,
            },
            Fix::NotFinite,
            Fix::NotANumber,
            Fix::NotAColour {
                value: "red".into(),
            },
            Fix::TooMany { count: 30, max: 20 },
        ];
        let scales = [
            ScaleFix::Inverted { min: 1, max: -1 },
            ScaleFix::TooWide {
                min: -10,
                max: 13,
                span: 23,
            },
            ScaleFix::StepOutside {
                step: 3,
                name: "Thrilled".into(),
                min: -2,
                max: 2,
            },
            ScaleFix::StepBlank { step: 2 },
            ScaleFix::StepTooLong {
                step: 1,
                length: 230,
            },
        ];
        let flows = [
            flow(200, BOOK, BOOK, FlowKind::Next),
            flow(201, FIND, BOOK, FlowKind::Next),
            flow(202, PAY, FIND, FlowKind::Repeat),
            flow(203, PAY, 9999, FlowKind::Branch),
        ];
        let mut all: Vec<Repair> = repair(&wrecked()).repairs;
        all.extend(fixes.iter().flat_map(|fix| {
            // Every kind of entity a value belongs to, and one that is gone.
            [JOURNEY, BOOK, PAINS, SAM, NOTE, FIND_BOOK, 9999].map(|e| Repair::Text {
                entity: id(e),
                field: "name".into(),
                fix: fix.clone(),
            })
        }));
        all.extend(
            ["goals", "colour", "rank", "NPS", "emotion name", "severity"].map(|f| {
                Repair::InvalidValue {
                    entity: id(SAM),
                    field: f.into(),
                    fix: Fix::NotFinite,
                }
            }),
        );
        all.extend(
            scales
                .iter()
                .map(|fix| Repair::InvalidScale { fix: fix.clone() }),
        );
        all.extend(flows.iter().map(|f| Repair::SuspendedFlow {
            flow: f.clone(),
            reason: String::new(),
        }));
        all.extend([
            Repair::OverLimit {
                what: "stages".into(),
                limit: 100,
                hidden: vec![id(1)],
                cards: vec![id(2), id(3)],
            },
            Repair::UnplacedStage {
                stage: id(9999),
                cards: vec![id(1), id(2), id(3)],
            },
            Repair::DroppedLink {
                card: id(IDEA),
                pain: id(NOTE),
            },
            Repair::DroppedLink {
                card: id(IDEA),
                pain: id(9999),
            },
            Repair::ScoreOutsideScale {
                card: id(TOUCH),
                persona: Some(id(SAM)),
                score: 5,
                shown: 3,
            },
            Repair::ScoreOutsideScale {
                card: id(TOUCH),
                persona: None,
                score: 5,
                shown: 3,
            },
        ]);
        for language in journey_i18n::LANGUAGES {
            let l = journey_i18n::localizer(language);
            for x in &all {
                let said = x.said(&j);
                let mut named = Vec::new();
                ids(&said, &mut named);
                for id in named {
                    assert!(l.has(id), "{}: no message {id} for {x:?}", language.code);
                }
                let text = said.format(l);
                assert!(
                    !text.contains("repair-") && !text.contains("field-") && !text.contains('{'),
                    "{}: {text}",
                    language.code
                );
                if language.code != "en" {
                    assert_ne!(text, x.sentence(&j), "{}: said in English", language.code);
                }
            }
        }
        // The Persian sentence names the card as it is written, in Persian digits.
        let fa = journey_i18n::localizer(journey_i18n::language("fa").unwrap());
        let score = Repair::ScoreOutsideScale {
            card: id(TOUCH),
            persona: None,
            score: 5,
            shown: 3,
        }
        .said(&j)
        .format(fa);
        assert!(
            score.contains("Booking form") && score.contains('۵') && !score.contains('5'),
            "{score}"
        );
    }

    #[test]
    fn repairs_serialize_tagged_by_kind() {
        let r = Repair::DanglingFlow { flow: id(1), missing: id(2) };
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "danglingFlow",
                "flow": "00000000-0000-0000-0000-000000000001",
                "missing": "00000000-0000-0000-0000-000000000002",
            })
        );
        let s = Repair::ScoreOutsideScale { card: id(1), persona: None, score: 5, shown: 3 };
        assert_eq!(serde_json::to_value(&s).unwrap()["kind"], "scoreOutsideScale");
        for x in repair(&wrecked()).repairs {
            let back: Repair = serde_json::from_value(serde_json::to_value(&x).unwrap()).unwrap();
            assert_eq!(back, x);
        }
    }

    /// A damage a merge can do to a journey's document, picked by proptest.
    #[derive(Debug, Clone)]
    enum Damage {
        RemoveStage(prop::sample::Index),
        RemoveLane(prop::sample::Index),
        RemovePersona(prop::sample::Index),
        RemoveCard(prop::sample::Index),
        /// A flow gets new ends (from every stage the journey ever had) and a kind.
        Rewire(prop::sample::Index, prop::sample::Index, prop::sample::Index, u8),
        AddFlow(prop::sample::Index, prop::sample::Index, u8),
        /// A card moves to any stage and lane the journey ever had.
        MoveCard(prop::sample::Index, prop::sample::Index, prop::sample::Index),
        /// A touchpoint gets a score, for its own emotion or a persona's (maybe a deleted one).
        Score(prop::sample::Index, bool, i32),
        Link(prop::sample::Index, prop::sample::Index),
        Scale(i32, i32),
    }

    fn damage() -> impl Strategy<Value = Damage> {
        use prop::sample::Index;
        prop_oneof![
            any::<Index>().prop_map(Damage::RemoveStage),
            any::<Index>().prop_map(Damage::RemoveLane),
            any::<Index>().prop_map(Damage::RemovePersona),
            any::<Index>().prop_map(Damage::RemoveCard),
            (any::<Index>(), any::<Index>(), any::<Index>(), 0..3u8).prop_map(|(f, a, b, k)| Damage::Rewire(f, a, b, k)),
            (any::<Index>(), any::<Index>(), 0..3u8).prop_map(|(a, b, k)| Damage::AddFlow(a, b, k)),
            (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(c, s, l)| Damage::MoveCard(c, s, l)),
            (any::<Index>(), any::<bool>(), -6..6i32).prop_map(|(c, p, s)| Damage::Score(c, p, s)),
            (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::Link(a, b)),
            (-12..12i32, -12..12i32).prop_map(|(a, b)| Damage::Scale(a, b)),
        ]
    }

    fn kind(k: u8) -> FlowKind {
        [FlowKind::Next, FlowKind::Branch, FlowKind::Repeat][usize::from(k % 3)]
    }

    fn damaged(j: &Journey, damages: &[Damage]) -> Loose {
        let mut loose = Loose::of(j);
        // Ends and places are drawn from everything the journey had, so deleted ones come up.
        let stages: Vec<Id> = loose.stages.keys().copied().collect();
        let lanes: Vec<Id> = loose.lanes.keys().copied().collect();
        let personas: Vec<Id> = loose.personas.keys().copied().collect();
        let cards: Vec<Id> = loose.cards.keys().copied().collect();
        let mut fresh = 0u128;
        for d in damages {
            match d {
                Damage::RemoveStage(i) => {
                    loose.stages.remove(i.get(&stages));
                }
                Damage::RemoveLane(i) => {
                    loose.lanes.remove(i.get(&lanes));
                }
                Damage::RemovePersona(i) => {
                    loose.personas.remove(i.get(&personas));
                }
                Damage::RemoveCard(i) => {
                    // Cards are never lost by repair; one deleted in the document is simply gone.
                    loose.cards.remove(i.get(&cards));
                }
                Damage::Rewire(f, a, b, k) => {
                    let ids: Vec<Id> = loose.flows.keys().copied().collect();
                    if let Some(flow) = (!ids.is_empty()).then(|| f.get(&ids)).and_then(|id| loose.flows.get_mut(id)) {
                        flow.from = *a.get(&stages);
                        flow.to = *b.get(&stages);
                        flow.kind = kind(*k);
                    }
                }
                Damage::AddFlow(a, b, k) => {
                    // Newer than every id of the sample (UUIDv7 ids start with the time).
                    fresh += 1;
                    let f = Flow { id: Id::from_u128(u128::MAX - 1000 + fresh), from: *a.get(&stages), to: *b.get(&stages), kind: kind(*k), label: String::new() };
                    loose.flows.insert(f.id, f);
                }
                Damage::MoveCard(c, s, l) => {
                    if let Some(card) = loose.cards.get_mut(c.get(&cards)) {
                        card.stage = *s.get(&stages);
                        card.lane = *l.get(&lanes);
                    }
                }
                Damage::Score(c, for_persona, score) => {
                    if let Some(Card { body: CardBody::Touchpoint(t), .. }) = loose.cards.get_mut(c.get(&cards)) {
                        match (for_persona, personas.first()) {
                            (true, Some(p)) => {
                                t.persona_emotions.insert(*p, *score);
                            }
                            _ => t.emotion = Some(Emotion { score: *score, name: String::new() }),
                        }
                    }
                }
                Damage::Link(a, b) => {
                    let pain = *b.get(&cards);
                    if let Some(Card { body: CardBody::Opportunity(o), .. }) = loose.cards.get_mut(a.get(&cards)) {
                        o.answers.push(pain);
                    }
                }
                Damage::Scale(min, max) => {
                    loose.scale.min = *min;
                    loose.scale.max = *max;
                }
            }
        }
        loose
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_merge_damage_repairs_to_a_valid_journey_with_every_card(
            which in 0..2usize,
            damages in prop::collection::vec(damage(), 0..12),
        ) {
            let j = sample_journeys().remove(which);
            let loose = damaged(&j, &damages);
            let r = repaired(&loose);
            prop_assert_eq!(&repair(&loose), &r);
            // Every flow of the document is shown, suspended or dangling, exactly once.
            for (id, f) in &loose.flows {
                let shown = r.journey.graph.flow(*id).is_some();
                let listed = r.repairs.iter().filter(|x| match x {
                    Repair::SuspendedFlow { flow, .. } => flow == f,
                    Repair::DanglingFlow { flow, .. } => flow == id,
                    _ => false,
                }).count();
                prop_assert_eq!(usize::from(shown) + listed, 1, "flow {} shown {} listed {}", id, shown, listed);
            }
            // Stand-ins exist exactly for the stages and lanes the document lacks.
            for x in &r.repairs {
                match x {
                    Repair::UnplacedStage { stage, .. } => prop_assert!(!loose.stages.contains_key(stage)),
                    Repair::UnplacedLane { lane, .. } => prop_assert!(!loose.lanes.contains_key(lane)),
                    _ => {}
                }
                prop_assert!(!x.sentence(&r.journey).is_empty());
            }
            let again = repair(&Loose::of(&r.journey));
            prop_assert_eq!(again.repairs, vec![]);
            prop_assert_eq!(again.journey, r.journey);
        }
    }
}
