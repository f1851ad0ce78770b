//! The bundled journey templates (assets/templates/*.json), one per CX framework of domain.md,
//! shipped inside the binary like the samples so "New from template" needs no files beside the
//! app.
//!
//! A template is an ordinary journey in the JSON document format; `instantiate` turns it into a
//! journey of the designer's own, with fresh ids, so two journeys made from one template never
//! share an id.

use crate::model::Journey;
use crate::sample::Document;

/// A template as the "New journey" menu shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// The file name under assets/templates, without `.json`; stable, for the CLI and settings.
    pub id: &'static str,
    /// The menu entry; the same as the template journey's name.
    pub name: &'static str,
    /// One sentence on when to use it.
    pub description: &'static str,
    pub journey: Journey,
}

/// (id, name, description, file), in menu order: the plain classic five first, then the
/// frameworks. The file is found by the id, so the two cannot drift apart.
macro_rules! table {
    ($(($id:literal, $name:literal, $description:literal)),* $(,)?) => {
        [$(($id, $name, $description, include_str!(concat!("../../../assets/templates/", $id, ".json")))),*]
    };
}

const TEMPLATES: [(&str, &str, &str, &str); 6] = table![
    (
        "classic-five",
        "Classic five stages",
        "Aware, consider, buy, use, advocate in a line, with the usual lanes and no cards."
    ),
    (
        "purchase",
        "Before, during and after purchase",
        "Customer experience management: the whole purchase, an emotion and the customer sacrifice at every touchpoint."
    ),
    (
        "connected-strategy",
        "Connected strategy",
        "Recognize, Request, Respond and the Repeat loop, with the connected experience that acts on each phase."
    ),
    (
        "service-blueprint",
        "Service blueprint",
        "Customer actions, frontstage, backstage and support, split by the line of visibility."
    ),
    (
        "six-pillars-audit",
        "Six pillars audit",
        "One pain point to look for per pillar of customer experience, spread over the journey."
    ),
    (
        "loyalty-3",
        "Loyalty 3.0",
        "An opportunity lane per loyalty pillar, and a spender and a sender persona."
    ),
];

/// Every template, in menu order. The files are checked by this module's tests, so failure
/// here is a bug.
pub fn templates() -> Vec<Template> {
    TEMPLATES.iter().map(load).collect()
}

/// The template with this id, if there is one.
pub fn template(id: &str) -> Option<Template> {
    TEMPLATES.iter().find(|t| t.0 == id).map(load)
}

fn load(&(id, name, description, text): &(&'static str, &'static str, &'static str, &'static str)) -> Template {
    Template { id, name, description, journey: parse(id, text) }
}

fn parse(id: &str, text: &str) -> Journey {
    let doc: Document =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("bundled template {id} is invalid: {e}"));
    let mut j = doc.journeys.into_iter().next().unwrap_or_else(|| panic!("bundled template {id} is empty"));
    j.normalize();
    j
}

/// The template `id` in `l`'s language (`locales/<lang>/templates.ftl`): its goal, and each
/// stage's name and description, flow label, lane name and card text, counted in the template
/// file's order from 1 (`template-<id>-stage-2`, `-stage-2-description`, `-flow-4`, `-lane-1`,
/// `-card-3`). What the catalogs do not name keeps the template's English. The file's text is
/// changed before it is read, so the numbering is the file's, whatever order the graph keeps.
pub fn template_in(id: &str, l: &journey_i18n::Localizer) -> Option<Template> {
    let &(id, name, description, text) = TEMPLATES.iter().find(|t| t.0 == id)?;
    let mut doc: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("bundled template {id} is invalid: {e}"));
    let put = |field: &mut serde_json::Value, key: String| {
        if l.has(&key) {
            *field = serde_json::Value::String(l.text(&key));
        }
    };
    let j = &mut doc["journeys"][0];
    put(&mut j["goal"], format!("template-{id}-goal"));
    for (list, fields) in [
        ("stages", &["name", "description"][..]),
        ("flows", &["label"][..]),
        ("lanes", &["name"][..]),
        ("cards", &["text"][..]),
        ("personas", &["name", "role"][..]),
    ] {
        let singular = list.trim_end_matches('s');
        for (i, item) in j[list].as_array_mut().into_iter().flatten().enumerate() {
            for (k, field) in fields.iter().enumerate() {
                // The first field is the item itself ("-stage-2"), the others by name ("-stage-2-description").
                let key = if k == 0 { format!("template-{id}-{singular}-{}", i + 1) } else { format!("template-{id}-{singular}-{}-{field}", i + 1) };
                if item.get(*field).is_some() {
                    put(&mut item[*field], key);
                }
            }
        }
    }
    Some(Template { id, name, description, journey: parse(id, &doc.to_string()) })
}

/// A new journey from a template: everything the template holds (stages, flows including the
/// repeat loop, lanes, personas, cards and their links) under fresh ids and the given name, so
/// the template's fixed ids never reach a saved journey.
pub fn instantiate(t: &Journey, name: &str) -> Journey {
    crate::copy::duplicate(t, name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::FlowKind;
    use crate::layout::layout;
    use crate::model::*;
    use crate::validate;
    use std::collections::{BTreeMap, BTreeSet, HashSet};

    fn get(id: &str) -> Journey {
        template(id).unwrap_or_else(|| panic!("no template {id}")).journey
    }

    /// Every id a journey holds: its own, stages, flows, lanes, personas and cards.
    fn ids(j: &Journey) -> Vec<Id> {
        let mut out = vec![j.id];
        out.extend(j.graph.stages().map(|s| s.id));
        out.extend(j.graph.flows().map(|f| f.id));
        out.extend(j.lanes.iter().map(|l| l.id));
        out.extend(j.personas.iter().map(|p| p.id));
        out.extend(j.cards.keys());
        out
    }

    fn stage_names(j: &Journey) -> Vec<String> {
        j.graph.ordered_stages().iter().map(|s| s.name.clone()).collect()
    }

    fn lanes_of(j: &Journey, kind: LaneKind) -> Vec<&Lane> {
        j.lanes_in_order().into_iter().filter(|l| l.kind == kind).collect()
    }

    fn row_of(j: &Journey, kind: LaneKind) -> crate::layout::RowBox {
        let lane = lanes_of(j, kind).first().unwrap_or_else(|| panic!("no {kind:?} lane")).id;
        layout(j).rows.into_iter().find(|r| r.lane == lane).expect("every lane has a row")
    }

    /// True when every field of `file` is in `model` with the same value: nothing the file says
    /// is ignored (a misspelt field would be). Lists of entities are matched by id, since the
    /// model writes them in id order; numbers compare by value (1 and 1.0 are the same rank).
    fn written_as_read(file: &serde_json::Value, model: &serde_json::Value, at: &str) -> Result<(), String> {
        use serde_json::Value;
        match (file, model) {
            (Value::Object(f), Value::Object(m)) => {
                for (k, v) in f {
                    let mv = m.get(k).ok_or_else(|| format!("{at}.{k} is not a field of the model"))?;
                    written_as_read(v, mv, &format!("{at}.{k}"))?;
                }
                Ok(())
            }
            (Value::Array(f), Value::Array(m)) => {
                if f.len() != m.len() {
                    return Err(format!("{at} has {} entries but the model has {}", f.len(), m.len()));
                }
                for (i, v) in f.iter().enumerate() {
                    let mv = match v.get("id") {
                        Some(id) => m.iter().find(|x| x.get("id") == Some(id)),
                        None => m.get(i),
                    };
                    let mv = mv.ok_or_else(|| format!("{at}[{i}] is missing from the model"))?;
                    written_as_read(v, mv, &format!("{at}[{i}]"))?;
                }
                Ok(())
            }
            (Value::Number(f), Value::Number(m)) if f.as_f64() == m.as_f64() => Ok(()),
            (f, m) if f == m => Ok(()),
            (f, m) => Err(format!("{at} is {f} in the file but {m} in the model")),
        }
    }

    #[test]
    fn every_template_parses_passes_validation_and_matches_its_table_entry() {
        let all = templates();
        assert_eq!(all.len(), TEMPLATES.len());
        assert_eq!(all[0].id, "classic-five", "the classic five come first in the menu");
        for t in &all {
            let j = &t.journey;
            validate::journey(j).unwrap_or_else(|e| panic!("template {}: {e}", t.id));
            assert_eq!(j.name, t.name, "template {}: journey name and menu name differ", t.id);
            assert!(!t.description.is_empty(), "template {} has no description", t.id);
            assert_eq!(j.scale, EmotionScale::default(), "template {} changes the emotion scale", t.id);
            assert!(j.graph.stage_count() >= 3, "template {} has {} stages", t.id, j.graph.stage_count());
            // The stages form one chain of `next` flows, in rank order.
            let order = j.graph.ordered_stages();
            for pair in order.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                assert!(a.rank < b.rank, "template {}: \"{}\" is ranked after \"{}\"", t.id, a.name, b.name);
            }
            let first = order[0].id;
            for s in &order[1..] {
                assert!(j.graph.reaches_forward(first, s.id), "template {}: \"{}\" is not reached", t.id, s.name);
            }
            let mut lane_ranks: Vec<f64> = j.lanes_in_order().iter().map(|l| l.rank).collect();
            lane_ranks.dedup();
            assert_eq!(lane_ranks.len(), j.lanes.len(), "template {}: two lanes share a rank", t.id);
            let mut cells = HashSet::new();
            for c in j.cards.values() {
                assert!(!c.text.trim().is_empty(), "template {}: a card without text", t.id);
                assert!(cells.insert((c.stage, c.lane, c.rank.to_bits())), "template {}: two cards share a slot", t.id);
            }
        }
    }

    #[test]
    fn every_template_file_says_only_what_the_model_reads() {
        for (id, _, _, text) in TEMPLATES {
            let file: serde_json::Value = serde_json::from_str(text).unwrap();
            let doc: Document = serde_json::from_str(text).unwrap();
            assert_eq!(doc.format, crate::sample::FORMAT, "template {id}");
            assert_eq!(doc.version, crate::sample::VERSION, "template {id}");
            assert_eq!(doc.journeys.len(), 1, "template {id} must hold one journey");
            let model = serde_json::to_value(&doc).unwrap();
            written_as_read(&file, &model, id).unwrap_or_else(|e| panic!("template {e}"));
        }
    }

    #[test]
    fn ids_are_unique_across_all_templates_and_the_samples() {
        let mut seen = HashSet::new();
        for t in templates() {
            for id in ids(&t.journey) {
                assert!(seen.insert(id), "template {}: id {id} is used twice", t.id);
            }
        }
        for j in crate::sample::sample_journeys() {
            for id in ids(&j) {
                assert!(seen.insert(id), "sample {}: id {id} is also a template's", j.name);
            }
        }
    }

    #[test]
    fn an_instance_is_the_template_under_fresh_ids_and_a_new_name() {
        for t in templates() {
            let j = &t.journey;
            let copy = instantiate(j, "My journey");
            validate::journey(&copy).unwrap_or_else(|e| panic!("instance of {}: {e}", t.id));
            assert_eq!(copy.name, "My journey");
            let old: HashSet<Id> = ids(j).into_iter().collect();
            let shared: Vec<Id> = ids(&copy).into_iter().filter(|id| old.contains(id)).collect();
            assert!(shared.is_empty(), "instance of {} keeps the template's ids {shared:?}", t.id);
            assert_eq!(copy.goal, j.goal);
            assert_eq!(stage_names(&copy), stage_names(j), "instance of {}", t.id);
            let kinds = |j: &Journey| j.graph.flows().map(|f| format!("{:?}", f.kind)).collect::<BTreeSet<_>>();
            assert_eq!(kinds(&copy), kinds(j), "instance of {}", t.id);
            assert_eq!(copy.graph.flows().count(), j.graph.flows().count(), "instance of {}", t.id);
            let lanes = |j: &Journey| j.lanes_in_order().iter().map(|l| (l.name.clone(), l.kind)).collect::<Vec<_>>();
            assert_eq!(lanes(&copy), lanes(j), "instance of {}", t.id);
            let people = |j: &Journey| {
                j.personas.iter().map(|p| (p.name.clone(), format!("{:?}", p.value_type), p.color.clone())).collect::<BTreeSet<_>>()
            };
            assert_eq!(people(&copy), people(j), "instance of {}", t.id);
            let bodies = |j: &Journey| j.cards.values().map(|c| (c.text.clone(), c.kind_name())).collect::<BTreeSet<_>>();
            assert_eq!(bodies(&copy), bodies(j), "instance of {}", t.id);
            let links = |j: &Journey| {
                j.cards
                    .values()
                    .filter_map(|c| match &c.body {
                        CardBody::Opportunity(o) => Some((c.text.clone(), o.answers.iter().map(|a| j.cards[a].text.clone()).collect::<Vec<_>>())),
                        _ => None,
                    })
                    .collect::<BTreeMap<_, _>>()
            };
            assert_eq!(links(&copy), links(j), "instance of {}: opportunity links differ", t.id);
        }
    }

    #[test]
    fn connected_strategy_runs_recognize_request_respond_and_loops_back_to_recognize() {
        let j = get("connected-strategy");
        let phases: Vec<Phase> = j.graph.ordered_stages().iter().filter_map(|s| s.phase.clone()).collect();
        let at = |p: Phase| phases.iter().position(|x| *x == p).unwrap_or_else(|| panic!("no stage in phase {p:?}"));
        assert!(at(Phase::Recognize) < at(Phase::Request), "Request comes before Recognize: {phases:?}");
        assert!(at(Phase::Request) < at(Phase::Respond), "Respond comes before Request: {phases:?}");
        let recognize = j.graph.stages().find(|s| s.phase == Some(Phase::Recognize)).unwrap();
        assert_eq!(recognize.name, "Recognize");
        assert_eq!(j.graph.ordered_stages()[0].id, recognize.id, "the journey starts at Recognize");
        let repeats: Vec<_> = j.graph.flows().filter(|f| f.kind == FlowKind::Repeat).collect();
        assert!(repeats.iter().any(|f| f.to == recognize.id), "no repeat flow back to Recognize");
        for (phase, experience) in [
            (Phase::Recognize, ConnectedExperience::CoachBehavior),
            (Phase::Request, ConnectedExperience::CuratedOffering),
            (Phase::Respond, ConnectedExperience::RespondToDesire),
        ] {
            for s in j.graph.stages().filter(|s| s.phase == Some(phase.clone())) {
                assert_eq!(s.experience, Some(experience), "stage {}", s.name);
                assert!(!s.description.is_empty(), "stage {} has no hint", s.name);
            }
        }
        let mentions = |t: &str| t.to_lowercase().contains("automatic execution");
        assert!(
            mentions(&j.goal) || j.cards.values().any(|c| matches!(c.body, CardBody::Note) && mentions(&c.text)),
            "automatic execution is mentioned nowhere"
        );
        for kind in [LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Emotions, LaneKind::PainPoints, LaneKind::Opportunities] {
            assert!(!lanes_of(&j, kind).is_empty(), "no {kind:?} lane");
        }
    }

    #[test]
    fn purchase_goes_before_during_after_and_every_touchpoint_holds_an_emotion_and_a_sacrifice() {
        let j = get("purchase");
        let step = |p: &Phase| match p {
            Phase::BeforePurchase => 0,
            Phase::DuringPurchase => 1,
            Phase::AfterPurchase => 2,
            other => panic!("phase {other:?} in the purchase template"),
        };
        let steps: Vec<u8> = j
            .graph
            .ordered_stages()
            .iter()
            .map(|s| step(s.phase.as_ref().unwrap_or_else(|| panic!("stage {} has no phase", s.name))))
            .collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "purchase phases out of order: {steps:?}");
        assert_eq!(steps.iter().copied().collect::<BTreeSet<_>>(), BTreeSet::from([0, 1, 2]), "a purchase phase is missing");
        assert!(!lanes_of(&j, LaneKind::Touchpoints).is_empty() && !lanes_of(&j, LaneKind::Emotions).is_empty());
        let touchpoints: Vec<(&Card, &Touchpoint)> = j
            .cards
            .values()
            .filter_map(|c| match &c.body {
                CardBody::Touchpoint(t) => Some((c, t)),
                _ => None,
            })
            .collect();
        let stages: BTreeSet<Id> = touchpoints.iter().map(|(c, _)| c.stage).collect();
        assert_eq!(stages.len(), j.graph.stage_count(), "a stage has no touchpoint");
        for (c, t) in touchpoints {
            assert!(t.sacrifice.is_some(), "touchpoint \"{}\" has no customer sacrifice", c.text);
            assert!(t.emotion.is_some(), "touchpoint \"{}\" has no emotion", c.text);
        }
    }

    #[test]
    fn service_blueprint_draws_the_line_of_visibility_between_frontstage_and_backstage() {
        let j = get("service-blueprint");
        let line = layout(&j).visibility_line.expect("no line of visibility");
        let (front, back) = (row_of(&j, LaneKind::Frontstage), row_of(&j, LaneKind::Backstage));
        assert!(front.y + front.height <= line, "the line {line} cuts through the frontstage row {front:?}");
        assert!(line <= back.y, "the line {line} lies below the top of the backstage row {back:?}");
        let kinds: Vec<LaneKind> = j.lanes_in_order().iter().map(|l| l.kind).collect();
        let at = |k: LaneKind| kinds.iter().position(|x| *x == k).unwrap_or_else(|| panic!("no {k:?} lane"));
        assert!(at(LaneKind::Actions) < at(LaneKind::Frontstage));
        assert!(at(LaneKind::Frontstage) < at(LaneKind::Backstage));
        assert!(at(LaneKind::Backstage) < at(LaneKind::Support));
        for l in &j.lanes {
            assert!(j.cards.values().any(|c| c.lane == l.id), "lane {} has no starter card", l.name);
        }
    }

    #[test]
    fn six_pillars_audit_has_exactly_one_pain_point_per_pillar() {
        let j = get("six-pillars-audit");
        let pains: Vec<(&Card, &PainPoint)> = j
            .cards
            .values()
            .filter_map(|c| match &c.body {
                CardBody::PainPoint(p) => Some((c, p)),
                _ => None,
            })
            .collect();
        for pillar in CxPillar::ALL {
            let n = pains.iter().filter(|(_, p)| p.pillar == Some(pillar)).count();
            assert_eq!(n, 1, "{n} pain points for {pillar:?}");
        }
        assert_eq!(pains.len(), 6, "pain points without a pillar");
        for (c, p) in &pains {
            assert_eq!((p.severity, p.frequency), (3, 3), "\"{}\"", c.text);
            assert_eq!(j.lane(c.lane).map(|l| l.kind), Some(LaneKind::PainPoints), "\"{}\"", c.text);
        }
        let stages: BTreeSet<Id> = pains.iter().map(|(c, _)| c.stage).collect();
        assert!(stages.len() >= 3, "the pillars sit on only {} stages", stages.len());
    }

    #[test]
    fn loyalty_3_has_an_opportunity_lane_per_pillar_and_a_spender_and_a_sender() {
        let j = get("loyalty-3");
        let lanes = lanes_of(&j, LaneKind::Opportunities);
        let all = [
            LoyaltyPillar::ProductsAndServices,
            LoyaltyPillar::CustomerService,
            LoyaltyPillar::Community,
            LoyaltyPillar::Experiences,
            LoyaltyPillar::Bridges,
        ];
        assert_eq!(lanes.len(), all.len(), "one opportunity lane per loyalty pillar");
        let mut pillars = Vec::new();
        for lane in &lanes {
            let cards: Vec<&Card> = j.cards.values().filter(|c| c.lane == lane.id).collect();
            assert!(!cards.is_empty(), "lane {} has no starter card", lane.name);
            let tags: BTreeSet<String> = cards
                .iter()
                .map(|c| match &c.body {
                    CardBody::Opportunity(o) => format!("{:?}", o.loyalty_pillar.expect("tagged with a pillar")),
                    _ => panic!("\"{}\" is not an opportunity", c.text),
                })
                .collect();
            assert_eq!(tags.len(), 1, "lane {} mixes pillars {tags:?}", lane.name);
            pillars.extend(tags);
        }
        let want: BTreeSet<String> = all.iter().map(|p| format!("{p:?}")).collect();
        assert_eq!(pillars.iter().cloned().collect::<BTreeSet<_>>(), want);
        assert_eq!(pillars.len(), want.len(), "two lanes share a pillar");
        let names: BTreeSet<&str> = lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names.len(), lanes.len(), "two opportunity lanes share a name");
        let values: Vec<Option<CustomerValue>> = j.personas.iter().map(|p| p.value_type).collect();
        assert_eq!(j.personas.len(), 2);
        assert!(values.contains(&Some(CustomerValue::Spender)), "no spender persona");
        assert!(values.contains(&Some(CustomerValue::Sender)), "no sender persona");
        assert_ne!(j.personas[0].color, j.personas[1].color, "both personas have one colour");
        for p in &j.personas {
            assert!(!p.color.is_empty() && !p.role.is_empty(), "persona {} lacks a colour or role", p.name);
        }
    }

    #[test]
    fn classic_five_is_the_starter_journey_as_a_template() {
        let j = get("classic-five");
        assert_eq!(stage_names(&j), ["Aware", "Consider", "Buy", "Use", "Advocate"]);
        assert!(j.cards.is_empty(), "the classic five come without cards");
        let starter = crate::sample::starter_journey("Starter");
        assert_eq!(stage_names(&j), stage_names(&starter), "template and starter journey differ");
        let lanes = |j: &Journey| j.lanes_in_order().iter().map(|l| (l.name.clone(), l.kind)).collect::<Vec<_>>();
        assert_eq!(lanes(&j), lanes(&starter), "template and starter journey differ");
        assert!(j.graph.flows().all(|f| f.kind == FlowKind::Next));
    }

    #[test]
    fn the_connected_strategy_template_in_persian_has_persian_stages_lanes_and_cards() {
        let fa = journey_i18n::Localizer::for_code("fa");
        let t = template_in("connected-strategy", &fa).unwrap().journey;
        let order = crate::layout::layout(&t).columns_in_reading_order().map(|c| t.graph.stage(c.stage).unwrap().name.clone()).collect::<Vec<_>>();
        assert_eq!(order, ["شناسایی", "درخواست", "پاسخ", "تکرار"]);
        let lanes: Vec<&str> = t.lanes_in_order().iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lanes, ["اقدامات مشتری", "نقاط تماس", "احساسات", "نقاط درد", "فرصت‌ها"]);
        assert!(t.cards.values().all(|c| c.text.chars().any(|ch| ('\u{600}'..='\u{6ff}').contains(&ch))), "a card kept its English");
        assert!(t.graph.flows().any(|f| f.label == "دفعهٔ بعد"), "the repeat loop's label");
        // Everything else is the template's: the same structure as the English one.
        let en = get("connected-strategy");
        assert_eq!(t.graph.flows().count(), en.graph.flows().count());
        assert_eq!(t.cards.len(), en.cards.len());
        validate::journey(&t).unwrap();
    }

    #[test]
    fn the_english_template_catalog_says_what_the_template_files_say() {
        // en/templates.ftl is the translators' source: it must not drift from the bundled files.
        let en = journey_i18n::english_localizer();
        for t in templates() {
            let localized = template_in(t.id, en).unwrap().journey;
            assert_eq!(serde_json::to_value(&localized).unwrap(), serde_json::to_value(&t.journey).unwrap(), "{}: en/templates.ftl differs from the file", t.id);
        }
    }

    #[test]
    fn every_template_in_persian_leaves_no_english_name() {
        let fa = journey_i18n::Localizer::for_code("fa");
        let persian = |t: &str| t.is_empty() || t.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c));
        for t in templates() {
            let j = template_in(t.id, &fa).unwrap().journey;
            let mut texts: Vec<&str> = j.graph.stages().flat_map(|s| [s.name.as_str(), s.description.as_str()]).collect();
            texts.extend(j.graph.flows().map(|f| f.label.as_str()));
            texts.extend(j.lanes.iter().map(|l| l.name.as_str()));
            texts.extend(j.cards.values().map(|c| c.text.as_str()));
            texts.extend(j.personas.iter().flat_map(|p| [p.name.as_str(), p.role.as_str()]));
            texts.push(&j.goal);
            let english: Vec<&&str> = texts.iter().filter(|t| !persian(t)).collect();
            assert!(english.is_empty(), "{}: still English in Persian: {english:?}", t.id);
        }
    }
}
