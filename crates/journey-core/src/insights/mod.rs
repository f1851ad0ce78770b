//! What a journey map says: analyses of the stage graph, the emotion curve, pains and
//! opportunities, the CX and loyalty pillars, channels and personas. Pure functions of a
//! `Journey`, so the app, the CLI (`journey analyse`) and the exports show the same findings.
//! Every finding names the stages and cards it is about, so the app can select them.
//! The JSON shape is documented in docs/insights.md.

mod measures;
mod paths;

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Card, CardBody, Id, Journey};

pub use measures::{
    ChannelReport, ChannelSwitch, EmotionReport, FrictionCount, HeatCell, Moment, OpportunityPoint, PainRank, PainReport,
    PersonaGap, PersonaReport, PillarReport, Quadrant, SacrificeEntry, StructureReport,
};
pub use paths::{JourneyPath, PathsReport, MAX_PATHS};

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Insights {
    pub paths: PathsReport,
    pub structure: StructureReport,
    pub emotion: EmotionReport,
    pub pains: PainReport,
    pub pillars: PillarReport,
    pub channels: ChannelReport,
    pub personas: PersonaReport,
    /// The analyses above as sentences, most important first.
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable identifier of the kind of finding (e.g. "noRepeatLoop", "worstPath").
    pub code: String,
    pub level: Level,
    /// The sentence in English (the catalog's message `id` with `args`), for the CLI and scripts.
    pub message: String,
    /// The catalog message (`locales/<lang>/export.ftl`) that says it in every language.
    pub id: String,
    /// The message's arguments: the window and the exports render `id` with them.
    #[ts(type = "Record<string, FindingArg>")]
    pub args: BTreeMap<String, FindingArg>,
    pub stages: Vec<Id>,
    pub cards: Vec<Id>,
}

/// An argument of a finding's message: text as written (a stage or card), a number (Fluent picks
/// the plural by it), a vocabulary term by its message id, or lists of either, which each
/// language joins its own way.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum FindingArg {
    Text(String),
    Number(f64),
    /// An emotion score, written with its sign ("+2", "0", "-3") in the language's digits.
    Score(f64),
    /// A mean of scores, with its sign and one decimal ("+0.7").
    Mean(f64),
    Term(String),
    List(Vec<String>),
    Terms(Vec<String>),
}

impl FindingArg {
    /// The argument for an English sentence (lists joined with commas).
    fn english(&self) -> journey_i18n::Arg {
        match self {
            FindingArg::Text(t) => t.as_str().into(),
            FindingArg::Number(n) => (*n).into(),
            FindingArg::Score(_) | FindingArg::Mean(_) => {
                self.in_language(journey_i18n::english_localizer())
            }
            FindingArg::Term(id) => journey_i18n::english(id).into(),
            FindingArg::List(items) => items.join(", ").into(),
            FindingArg::Terms(ids) => ids.iter().map(|id| journey_i18n::english(id)).collect::<Vec<_>>().join(", ").into(),
        }
    }

    /// The argument for a sentence in `l`'s language: terms in its words, lists joined its way.
    fn in_language(&self, l: &journey_i18n::Localizer) -> journey_i18n::Arg {
        match self {
            FindingArg::Text(t) => t.as_str().into(),
            FindingArg::Number(n) => (*n).into(),
            FindingArg::Score(n) => journey_i18n::Arg::score(*n),
            FindingArg::Mean(n) => {
                journey_i18n::Arg::Formatted(*n, journey_i18n::NumberFormat::signed(1))
            }
            FindingArg::Term(id) => l.text(id).into(),
            FindingArg::List(items) => l.list(items).into(),
            FindingArg::Terms(ids) => l.list(&ids.iter().map(|id| l.text(id)).collect::<Vec<_>>()).into(),
        }
    }
}

impl Finding {
    /// The finding's sentence in `l`'s language (what the exports and `journey analyse --lang`
    /// print); `message` is the same in English.
    pub fn text(&self, l: &journey_i18n::Localizer) -> String {
        let args: Vec<(&str, journey_i18n::Arg)> = self.args.iter().map(|(k, v)| (k.as_str(), v.in_language(l))).collect();
        l.format(&self.id, &args)
    }
}

fn text(s: impl Into<String>) -> FindingArg {
    FindingArg::Text(s.into())
}
fn number(n: impl Into<f64>) -> FindingArg {
    FindingArg::Number(n.into())
}
/// A vocabulary label the core reports as text (a phase, a friction kind) as its term when it is
/// one of the closed values, so it reads in the chosen language; a custom label stays as written.
fn term_or_text(label: &str, table: &[&'static str]) -> FindingArg {
    match table.iter().find(|id| journey_i18n::english(id) == label) {
        Some(id) => FindingArg::Term((*id).to_string()),
        None => text(label),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    /// Something to fix or to look at first.
    Warning,
    /// Worth knowing.
    Info,
}

/// Touchpoints in the order the emotion curve draws them: stage by stage in grid order, then
/// lane order, then rank within the cell.
pub struct Touchpoints<'a> {
    pub cards: Vec<&'a Card>,
    by_stage: HashMap<Id, Vec<usize>>,
}

impl<'a> Touchpoints<'a> {
    pub fn of(j: &'a Journey) -> Self {
        let lane_rank: HashMap<Id, usize> = j.lanes_in_order().iter().enumerate().map(|(i, l)| (l.id, i)).collect();
        let mut cards = Vec::new();
        for stage in j.graph.order() {
            let mut here: Vec<&Card> =
                j.cards.values().filter(|c| c.stage == stage && matches!(c.body, CardBody::Touchpoint(_))).collect();
            here.sort_by(|a, b| {
                lane_rank.get(&a.lane).cmp(&lane_rank.get(&b.lane)).then(a.rank.total_cmp(&b.rank)).then(a.id.cmp(&b.id))
            });
            cards.extend(here);
        }
        let mut by_stage: HashMap<Id, Vec<usize>> = HashMap::new();
        for (i, c) in cards.iter().enumerate() {
            by_stage.entry(c.stage).or_default().push(i);
        }
        Touchpoints { cards, by_stage }
    }

    /// Scored touchpoints in order, with their score.
    pub fn scored(&self) -> Vec<(&'a Card, i32)> {
        self.cards.iter().filter_map(|c| c.emotion().map(|e| (*c, e.score))).collect()
    }

    pub fn scores_in(&self, stage: Id) -> Vec<i32> {
        self.by_stage
            .get(&stage)
            .map(|ix| ix.iter().filter_map(|i| self.cards[*i].emotion().map(|e| e.score)).collect())
            .unwrap_or_default()
    }

    pub fn count_in(&self, stage: Id) -> usize {
        self.by_stage.get(&stage).map_or(0, Vec::len)
    }
}

pub fn analyse(j: &Journey) -> Insights {
    let tps = Touchpoints::of(j);
    let paths = paths::paths(j, &tps);
    let structure = measures::structure(j, &tps);
    let emotion = measures::emotion(j, &tps);
    let pains = measures::pains(j);
    let pillars = measures::pillars(j);
    let channels = measures::channels(j, &tps);
    let personas = measures::personas(j, &tps);
    let mut insights =
        Insights { paths, structure, emotion, pains, pillars, channels, personas, findings: Vec::new() };
    insights.findings = findings(j, &insights);
    insights
}

fn text_of(j: &Journey, id: Id) -> String {
    let t = j.card(id).map_or("", |c| c.text.as_str()).trim();
    let short: String = t.chars().take(60).collect();
    if short.chars().count() < t.chars().count() { format!("“{short}…”") } else { format!("“{short}”") }
}

fn stage_name(j: &Journey, id: Id) -> String {
    j.graph.stage(id).map_or_else(|| "?".into(), |s| s.name.clone())
}

fn score(n: i32) -> FindingArg {
    FindingArg::Score(f64::from(n))
}

/// A finding of kind `code`, said by message `finding-<code>` (kebab case) with `args`.
fn finding(code: &str, level: Level, args: Vec<(&str, FindingArg)>, stages: Vec<Id>, cards: Vec<Id>) -> Finding {
    let mut id = String::from("finding-");
    for c in code.chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    let args: BTreeMap<String, FindingArg> = args.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let english: Vec<(&str, journey_i18n::Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.english())).collect();
    let message = journey_i18n::english_localizer().format(&id, &english);
    Finding { code: code.into(), level, message, id, args, stages, cards }
}

/// The JSON Schema of `Insights` (docs/insights.schema.json), for scripts reading
/// `journey analyse --json`.
pub fn json_schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Insights)).expect("a schema serialises") + "\n"
}

/// The reports as sentences a facilitator can read out, warnings first.
fn findings(j: &Journey, i: &Insights) -> Vec<Finding> {
    use Level::*;
    let mut out = Vec::new();
    let s = &i.structure;
    if !s.has_repeat_loop {
        out.push(finding("noRepeatLoop", Warning, vec![], vec![], vec![]));
    }
    for id in &s.unreachable {
        out.push(finding("unreachable", Warning, vec![("stage", text(stage_name(j, *id)))], vec![*id], vec![]));
    }
    for id in &s.dead_ends {
        out.push(finding("deadEnd", Warning, vec![("stage", text(stage_name(j, *id)))], vec![*id], vec![]));
    }
    for p in &s.missing_phases {
        let phases: Vec<&str> = crate::vocab::PHASES.iter().map(|(_, id)| *id).collect();
        out.push(finding("missingPhase", Warning, vec![("phase", term_or_text(p, &phases))], vec![], vec![]));
    }
    if !s.without_touchpoints.is_empty() {
        let names: Vec<String> = s.without_touchpoints.iter().map(|id| format!("“{}”", stage_name(j, *id))).collect();
        out.push(finding("noTouchpoint", Info, vec![("stages", FindingArg::List(names))], s.without_touchpoints.clone(), vec![]));
    }
    if let Some(w) = i.paths.worst_by_mean.map(|k| &i.paths.paths[k]) {
        if i.paths.paths.len() > 1 {
            let route: Vec<String> = w.stages.iter().map(|id| stage_name(j, *id)).collect();
            out.push(finding(
                "worstPath",
                Warning,
                vec![
                    ("route", text(route.join(" → "))),
                    ("mean", FindingArg::Mean(w.mean.unwrap_or(0.0))),
                    ("lowest", score(w.min.unwrap_or(0))),
                ],
                w.stages.clone(),
                vec![],
            ));
        }
    }
    for m in &i.emotion.negative_moments_of_truth {
        out.push(finding(
            "negativeMomentOfTruth",
            Warning,
            vec![
                ("score", score(m.score)),
                ("card", text(text_of(j, m.card))),
                ("stage", text(stage_name(j, m.stage))),
            ],
            vec![m.stage],
            vec![m.card],
        ));
    }
    if let Some(d) = &i.emotion.largest_drop {
        out.push(finding(
            "largestDrop",
            Warning,
            vec![
                ("from", score(d.0.score)),
                ("to", score(d.1.score)),
                ("fromCard", text(text_of(j, d.0.card))),
                ("toCard", text(text_of(j, d.1.card))),
            ],
            vec![d.0.stage, d.1.stage],
            vec![d.0.card, d.1.card],
        ));
    }
    if let (Some(peak), Some(end)) = (&i.emotion.peak, &i.emotion.end) {
        out.push(finding(
            "peakEnd",
            Info,
            vec![
                ("peak", score(peak.score)),
                ("peakCard", text(text_of(j, peak.card))),
                ("end", score(end.score)),
                ("endCard", text(text_of(j, end.card))),
                (
                    "remembered",
                    FindingArg::Mean(f64::from(peak.score + end.score) / 2.0),
                ),
            ],
            vec![peak.stage, end.stage],
            vec![peak.card, end.card],
        ));
    }
    if let Some(top) = i.pains.ranked.first() {
        out.push(finding(
            "topPain",
            Warning,
            vec![
                ("card", text(text_of(j, top.card))),
                ("severity", number(top.severity)),
                ("frequency", number(top.frequency)),
                ("weight", number(top.weight)),
                ("stage", text(stage_name(j, top.stage))),
            ],
            vec![top.stage],
            vec![top.card],
        ));
    }
    if !i.pains.unanswered.is_empty() {
        let n = i.pains.unanswered.len();
        out.push(finding("unansweredPains", Warning, vec![("count", number(n as f64))], vec![], i.pains.unanswered.clone()));
    }
    let quick: Vec<&OpportunityPoint> = i.pains.opportunities.iter().filter(|o| o.quadrant == Quadrant::QuickWin).collect();
    if !quick.is_empty() {
        let names: Vec<String> = quick.iter().map(|o| text_of(j, o.card)).collect();
        out.push(finding("quickWins", Info, vec![("cards", FindingArg::List(names))], vec![], quick.iter().map(|o| o.card).collect()));
    }
    // The first cell (map order) with the highest severity.
    let hottest = i.pillars.heatmap.iter().fold(None::<&HeatCell>, |best, c| match best {
        Some(b) if b.severity >= c.severity => Some(b),
        _ => Some(c),
    });
    if let Some(hot) = hottest {
        if hot.severity > 0 {
            out.push(finding(
                "pillarHotspot",
                Warning,
                vec![
                    ("pillar", FindingArg::Term(hot.pillar.message_id().into())),
                    ("stage", text(stage_name(j, hot.stage))),
                    ("severity", number(hot.severity)),
                ],
                vec![hot.stage],
                hot.cards.clone(),
            ));
        }
    }
    if !i.pillars.empty_loyalty_pillars.is_empty() && i.pillars.loyalty.iter().any(|(_, n)| *n > 0) {
        let ids: Vec<String> = i.pillars.empty_loyalty_pillars.iter().map(|p| p.message_id().to_string()).collect();
        out.push(finding("emptyLoyaltyPillars", Info, vec![("pillars", FindingArg::Terms(ids))], vec![], vec![]));
    }
    if !i.channels.switches.is_empty() {
        let hops: Vec<String> = i.channels.switches.iter().map(|sw| format!("{} → {}", sw.from_channel, sw.to_channel)).collect();
        let n = hops.len();
        let mut cards: Vec<Id> = i.channels.switches.iter().flat_map(|sw| [sw.from, sw.to]).collect();
        cards.dedup();
        out.push(finding("channelSwitches", Info, vec![("count", number(n as f64)), ("hops", FindingArg::List(hops))], vec![], cards));
    }
    // One sentence per friction kind, naming the stages where it occurs.
    let mut kinds: Vec<&str> = Vec::new();
    for f in &i.channels.friction {
        if !kinds.contains(&f.kind.as_str()) {
            kinds.push(&f.kind);
        }
    }
    for kind in kinds {
        let here: Vec<&FrictionCount> = i.channels.friction.iter().filter(|f| f.kind == kind).collect();
        let places: Vec<String> = here.iter().map(|f| format!("“{}”", stage_name(j, f.stage))).collect();
        out.push(finding(
            "friction",
            Warning,
            vec![
                ("kind", term_or_text(kind, &crate::vocab::FRICTIONS.iter().map(|(_, id)| *id).collect::<Vec<_>>())),
                ("stages", FindingArg::List(places)),
            ],
            here.iter().map(|f| f.stage).collect(),
            here.iter().flat_map(|f| f.cards.iter().copied()).collect(),
        ));
    }
    if let Some(g) = i.personas.gaps.first() {
        out.push(finding(
            "personaGap",
            Info,
            vec![
                ("a", text(g.a_name.clone())),
                ("b", text(g.b_name.clone())),
                ("card", text(text_of(j, g.card))),
                ("aScore", score(g.a_score)),
                ("bScore", score(g.b_score)),
            ],
            vec![g.stage],
            vec![g.card],
        ));
    }
    out.sort_by_key(|f| f.level);
    out
}

#[cfg(test)]
mod tests;
