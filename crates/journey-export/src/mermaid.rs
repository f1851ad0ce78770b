//! Mermaid `journey` diagrams (https://mermaid.js.org/syntax/userJourney.html): the emotion
//! curve as text for a wiki, a README or a slide, and a way to start a map from such a diagram.
//!
//! ```text
//! journey
//!   title Meal-kit subscription
//!   section Checkout
//!     Checkout form asks for the address a second time: 2: Maya Okafor
//! ```
//!
//! The export holds only touchpoints with an emotion score: one section per stage in grid
//! order, one task per touchpoint in lane-then-rank order, the score mapped onto Mermaid's 1
//! to 5, and the first persona as the actor of every task. An import gives a journey with the
//! sections as stages in a line, one "Touchpoints" lane and the 1-to-5 scale, so export, import
//! and export again gives the same text.
//!
//! Mermaid has no escaping. Its lexer ends a task name at `:`, `#` (comment) and `;`, a line
//! at a line break, starts a comment at `%%`, splits actors at `,`, and reads a task that
//! begins with `journey`, `title `, `section ` or `accDescr {` (any case) as that keyword. So
//! the export replaces, in every text: `:` by `﹕` (U+FE55 small colon; titles keep their `:`,
//! which Mermaid allows there), `#` by `＃` (U+FF03), `;` by `；` (U+FF1B), `%%` by `%﹪`
//! (U+FE6A), line breaks by spaces, and in actor names `,` by `，` (U+FF0C); trims the text;
//! writes an empty one as `(untitled)`; and puts a WORD JOINER (U+2060, invisible) after the
//! first letter of a task that would read as a keyword, which the import takes out again.
//! These replacements are one-way: an import keeps the look-alike characters.

use std::collections::HashMap;

use journey_core::model::*;
use journey_core::{validate, Flow, FlowKind, StageGraph};

use crate::ImportError;

const UNTITLED: &str = "(untitled)";
const DEFAULT_TITLE: &str = "Imported journey";
const LANE_NAME: &str = "Touchpoints";
const WORD_JOINER: char = '\u{2060}';

/// The scale of an imported journey: Mermaid's 1 to 5.
fn mermaid_scale() -> EmotionScale {
    let names = [(1, "Very unhappy"), (2, "Unhappy"), (3, "Neutral"), (4, "Happy"), (5, "Very happy")];
    EmotionScale { min: 1, max: 5, names: names.iter().map(|(k, v)| (*k, v.to_string())).collect() }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Section,
    Task,
    Actor,
}

/// `s` made safe for one place of a Mermaid line (see the module comment).
fn clean(s: &str, part: Part) -> String {
    let replaced: String = s
        .chars()
        .map(|c| match c {
            ':' if part != Part::Title => '\u{FE55}',
            '#' => '\u{FF03}',
            ';' => '\u{FF1B}',
            ',' if part == Part::Actor => '\u{FF0C}',
            '\r' | '\n' => ' ',
            c => c,
        })
        .collect();
    let replaced = replaced.replace("%%", "%\u{FE6A}");
    let text = replaced.trim();
    if text.is_empty() {
        return if part == Part::Actor { String::new() } else { UNTITLED.to_string() };
    }
    if part == Part::Task && reads_as_keyword(text) {
        let mut chars = text.chars();
        let first = chars.next().expect("not empty");
        return format!("{first}{WORD_JOINER}{}", chars.as_str());
    }
    text.to_string()
}

/// Whether `s` starts with `word`, ignoring ASCII case.
fn starts_with_word(s: &str, word: &str) -> bool {
    s.get(..word.len()).is_some_and(|head| head.eq_ignore_ascii_case(word))
}

/// `s` starts with `word` and whitespace; the rest, trimmed.
fn keyword_rest<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    if !starts_with_word(s, word) {
        return None;
    }
    let rest = &s[word.len()..];
    rest.starts_with(char::is_whitespace).then(|| rest.trim())
}

/// Whether Mermaid's lexer would read a task line starting with `s` as a keyword.
fn reads_as_keyword(s: &str) -> bool {
    starts_with_word(s, "journey")
        || keyword_rest(s, "title").is_some()
        || keyword_rest(s, "section").is_some()
        || (starts_with_word(s, "accDescr") && s["accDescr".len()..].trim_start().starts_with('{'))
}

/// Takes out the word joiner `clean` put into a task that reads as a keyword.
fn unguard_task(s: &str) -> String {
    let mut chars = s.chars();
    if let (Some(first), Some(WORD_JOINER)) = (chars.next(), chars.next()) {
        let unguarded = format!("{first}{}", chars.as_str());
        if reads_as_keyword(&unguarded) {
            return unguarded;
        }
    }
    s.to_string()
}

/// The journey's touchpoints with an emotion score as a Mermaid `journey` diagram.
pub fn to_mermaid(j: &Journey) -> String {
    let mut cells: HashMap<(Id, Id), Vec<&Card>> = HashMap::new();
    for card in j.cards.values() {
        cells.entry((card.stage, card.lane)).or_default().push(card);
    }
    for cards in cells.values_mut() {
        cards.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)));
    }
    let lanes = j.lanes_in_order();
    let actor = j.personas.first().map(|p| clean(&p.name, Part::Actor)).filter(|a| !a.is_empty());

    let mut out = format!("journey\n  title {}\n", clean(&j.name, Part::Title));
    for stage in j.graph.ordered_stages() {
        out += &format!("  section {}\n", clean(&stage.name, Part::Section));
        for lane in &lanes {
            for card in cells.get(&(stage.id, lane.id)).into_iter().flatten() {
                let Some(emotion) = card.emotion() else { continue };
                let score = 1 + (4.0 * j.scale.fraction(emotion.score)).round() as i32;
                out += &format!("    {}: {score}", clean(&card.text, Part::Task));
                if let Some(actor) = &actor {
                    out += &format!(": {actor}");
                }
                out.push('\n');
            }
        }
    }
    out
}

fn at_line(line: usize, message: impl Into<String>) -> ImportError {
    ImportError::Line { line, message: message.into() }
}

fn is_comment(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("%%") || line.starts_with('#')
}

/// A statement without its trailing comment (`#`) or anything after a `;`.
fn statement(line: &str) -> &str {
    line.split(['#', ';']).next().unwrap_or("").trim()
}

/// At most `max` characters of `s`, for quoting a line in a message.
fn excerpt(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

struct Section<'t> {
    name: &'t str,
    line: usize,
}

struct Task {
    line: usize,
    section: usize,
    text: String,
    score: i32,
}

/// Reads a Mermaid `journey` diagram: the title names the journey ("Imported journey" without
/// one), each section becomes a stage (chained in order), each task a touchpoint in a
/// "Touchpoints" lane with its score on a 1-to-5 scale, and each distinct actor a persona, in
/// order of first mention. Which actor was on which task is not kept. `%%` and `#` comments,
/// `accTitle`/`accDescr` and a leading front-matter block (`---`, whose `title:` is used) are
/// read past. Errors name the line.
pub fn from_mermaid(text: &str) -> Result<Journey, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let skip_blank = |i: &mut usize| {
        while lines.get(*i).is_some_and(|l| l.trim().is_empty()) {
            *i += 1;
        }
    };

    let mut title: Option<(String, usize)> = None;
    skip_blank(&mut i);
    if lines.get(i).is_some_and(|l| l.trim() == "---") {
        let opened = i + 1;
        i += 1;
        loop {
            let Some(line) = lines.get(i) else {
                return Err(at_line(opened, "the front matter that starts here is never closed with \"---\""));
            };
            i += 1;
            let line = line.trim();
            if line == "---" {
                break;
            }
            if let Some(t) = line.strip_prefix("title:") {
                let t = t.trim();
                let t = t.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(t);
                title = Some((t.to_string(), i));
            }
        }
    }

    while lines.get(i).is_some_and(|l| l.trim().is_empty() || is_comment(l)) {
        i += 1;
    }
    let header_line = i + 1;
    match lines.get(i) {
        Some(l) if statement(l).eq_ignore_ascii_case("journey") => i += 1,
        Some(_) => return Err(at_line(header_line, "a Mermaid journey starts with \"journey\"")),
        None => return Err(at_line(1, "a Mermaid journey starts with \"journey\"; this file has nothing else")),
    }

    let mut sections: Vec<Section> = Vec::new();
    let mut tasks: Vec<Task> = Vec::new();
    let mut actors: Vec<(String, usize)> = Vec::new();
    let mut in_description = false;
    for (n, raw) in lines.iter().enumerate().skip(i) {
        let n = n + 1;
        if in_description {
            in_description = !raw.contains('}');
            continue;
        }
        if raw.trim().is_empty() || is_comment(raw) {
            continue;
        }
        let line = statement(raw);
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = keyword_rest(line, "title") {
            title = Some((rest.to_string(), n));
        } else if let Some(rest) = keyword_rest(line, "section") {
            sections.push(Section { name: rest, line: n });
        } else if line.eq_ignore_ascii_case("section") {
            return Err(at_line(n, "a section needs a name, as in \"section Checkout\""));
        } else if starts_with_word(line, "accTitle") || starts_with_word(line, "accDescr") {
            in_description = line.contains('{') && !line.contains('}');
        } else if starts_with_word(line, "journey") {
            return Err(at_line(n, "\"journey\" belongs on the first line only"));
        } else {
            let task = read_task(line, n, sections.len())?;
            let people = raw_actors(line);
            for person in people {
                if !actors.iter().any(|(a, _)| a == person) {
                    if actors.len() == validate::MAX_PERSONAS {
                        return Err(at_line(
                            n,
                            format!("more than {} different actors; a journey keeps at most that many personas", validate::MAX_PERSONAS),
                        ));
                    }
                    actors.push((person.to_string(), n));
                }
            }
            tasks.push(task);
        }
    }
    build(title, header_line, &sections, tasks, actors)
}

fn read_task(line: &str, n: usize, sections: usize) -> Result<Task, ImportError> {
    let needs_score = || at_line(n, format!("a task needs \"text: score\", found \"{}\"", excerpt(line)));
    let (name, data) = line.split_once(':').ok_or_else(needs_score)?;
    let score = data.split(':').next().unwrap_or("").trim();
    if name.trim().is_empty() || score.is_empty() {
        return Err(needs_score());
    }
    if sections == 0 {
        return Err(at_line(n, "a task comes before any section"));
    }
    let score: i64 = score
        .parse()
        .map_err(|_| at_line(n, format!("score must be a whole number from 1 to 5, not \"{}\"", excerpt(score))))?;
    if !(1..=5).contains(&score) {
        return Err(at_line(n, format!("score must be 1 to 5, not {score}")));
    }
    Ok(Task { line: n, section: sections - 1, text: unguard_task(name.trim()), score: score as i32 })
}

/// The actors of a task line (`text: score: one, two`); like Mermaid, anything after a third
/// `:` is not read.
fn raw_actors(line: &str) -> impl Iterator<Item = &str> {
    line.split(':').nth(2).unwrap_or("").split(',').map(str::trim).filter(|a| !a.is_empty())
}

fn build(
    title: Option<(String, usize)>,
    header_line: usize,
    sections: &[Section],
    tasks: Vec<Task>,
    actors: Vec<(String, usize)>,
) -> Result<Journey, ImportError> {
    let (name, name_line) = title.unwrap_or((DEFAULT_TITLE.to_string(), header_line));
    validate::name("journey name", &name).map_err(|e| at_line(name_line, e.to_string()))?;

    let mut graph = StageGraph::default();
    let mut stage_ids = Vec::with_capacity(sections.len());
    for (i, s) in sections.iter().enumerate() {
        let stage = Stage {
            id: new_id(),
            name: s.name.to_string(),
            description: String::new(),
            phase: None,
            experience: None,
            metrics: Metrics::default(),
            rank: i as f64,
        };
        validate::stage(&stage).map_err(|e| at_line(s.line, e.to_string()))?;
        let id = stage.id;
        graph.add_stage(stage).map_err(|e| at_line(s.line, e.to_string()))?;
        if let Some(&previous) = stage_ids.last() {
            let flow = Flow { id: new_id(), from: previous, to: id, kind: FlowKind::Next, label: String::new() };
            graph.add_flow(flow).map_err(|e| at_line(s.line, e.to_string()))?;
        }
        stage_ids.push(id);
    }

    let mut personas = Vec::with_capacity(actors.len());
    for (actor, line) in actors {
        let persona = Persona {
            id: new_id(),
            name: actor,
            role: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            frustrations: Vec::new(),
            quote: String::new(),
            value_type: None,
            color: String::new(),
        };
        validate::persona(&persona).map_err(|e| at_line(line, e.to_string()))?;
        personas.push(persona);
    }

    let lane = Lane { id: new_id(), name: LANE_NAME.into(), kind: LaneKind::Touchpoints, rank: 0.0, color: String::new() };
    let lane_id = lane.id;
    let mut j = Journey { personas, scale: mermaid_scale(), ..Journey::new(name, graph, vec![lane]) };
    let mut in_section = vec![0usize; sections.len()];
    for task in tasks {
        let card = Card {
            workshop: Default::default(),
            id: new_id(),
            stage: stage_ids[task.section],
            lane: lane_id,
            rank: in_section[task.section] as f64,
            text: task.text,
            body: CardBody::Touchpoint(Touchpoint {
                emotion: Some(Emotion { score: task.score, name: String::new() }),
                ..Touchpoint::default()
            }),
        };
        in_section[task.section] += 1;
        validate::card(&j, &card).map_err(|e| at_line(task.line, e.to_string()))?;
        j.cards.insert(card.id, card);
    }
    validate::journey(&j).map_err(|e| at_line(header_line, e.to_string()))?;
    // Fresh ids are time-ordered, so the canonical order keeps the first actor first.
    j.normalize();
    Ok(j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::sample::{sample_journeys, starter_journey};

    fn tasks(mermaid: &str) -> Vec<&str> {
        mermaid.lines().filter(|l| l.starts_with("    ")).map(str::trim).collect()
    }

    fn line_error(text: &str) -> (usize, String) {
        match from_mermaid(text) {
            Err(ImportError::Line { line, message }) => (line, message),
            other => panic!("expected a line error, got {other:?}"),
        }
    }

    /// A starter journey with one touchpoint per text, score 0, in the first stage.
    fn journey_with_touchpoints(texts: &[&str]) -> Journey {
        let mut j = starter_journey("Hostile");
        let stage = j.graph.order()[0];
        let lane = j.lanes_in_order()[1].id;
        for (i, text) in texts.iter().enumerate() {
            let body = CardBody::Touchpoint(Touchpoint {
                emotion: Some(Emotion { score: 0, name: String::new() }),
                ..Touchpoint::default()
            });
            let card = Card { workshop: Default::default(), id: new_id(), stage, lane, rank: i as f64, text: text.to_string(), body };
            j.cards.insert(card.id, card);
        }
        j
    }

    #[test]
    fn sample_export_import_export_gives_identical_text() {
        for j in sample_journeys() {
            let first = to_mermaid(&j);
            let again = to_mermaid(&from_mermaid(&first).unwrap());
            assert_eq!(again, first, "{}", j.name);
        }
    }

    #[test]
    fn sample_export_has_the_stages_as_sections_in_grid_order() {
        let j = &sample_journeys()[0];
        let text = to_mermaid(j);
        assert!(text.starts_with("journey\n  title Meal-kit subscription\n"), "{text}");
        let sections: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("  section ")).collect();
        assert_eq!(
            sections,
            [
                "Dinner fatigue",
                "Compare meal kits",
                "Pick plan & meals",
                "Checkout",
                "Delivery day",
                "Missing item support",
                "Cook & eat",
                "Weekly menu & renewal"
            ]
        );
    }

    #[test]
    fn sample_tasks_carry_the_mapped_score_and_the_first_persona() {
        let text = to_mermaid(&sample_journeys()[0]);
        let tasks = tasks(&text);
        // -3..3 onto 1..5: -3 → 1, -2 → 2, 0 → 3, 2 → 4, 3 → 5.
        assert!(tasks.contains(&"Live chat offers a refund after 20 minutes: 1: Maya Okafor"), "{text}");
        assert!(tasks.contains(&"Checkout form asks for the address a second time: 2: Maya Okafor"), "{text}");
        assert!(tasks.contains(&"Box on the doorstep, ice packs still cold: 5: Maya Okafor"), "{text}");
        let touchpoints = sample_journeys()[0].cards.values().filter(|c| c.emotion().is_some()).count();
        assert_eq!(tasks.len(), touchpoints);
    }

    #[test]
    fn tasks_follow_rank_within_a_stage() {
        let text = to_mermaid(&sample_journeys()[0]);
        let sms = text.find("SMS with a one-hour delivery window").unwrap();
        let doorstep = text.find("Box on the doorstep").unwrap();
        assert!(sms < doorstep);
    }

    #[test]
    fn import_makes_stages_a_touchpoint_lane_personas_and_the_one_to_five_scale() {
        let text = "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n  section Go home\n    Sit down: 1\n";
        let j = from_mermaid(text).unwrap();
        assert_eq!(j.name, "My working day");
        let stages: Vec<&str> = j.graph.ordered_stages().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Go to work", "Go home"]);
        assert_eq!(j.lanes.len(), 1);
        assert_eq!((j.lanes[0].name.as_str(), j.lanes[0].kind), ("Touchpoints", LaneKind::Touchpoints));
        let personas: Vec<&str> = j.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(personas, ["Me", "Cat"]);
        assert_eq!((j.scale.min, j.scale.max), (1, 5));
        assert_eq!(j.scale.name_of(1), Some("Very unhappy"));
        assert_eq!(j.scale.name_of(5), Some("Very happy"));
        let tea = j.cards.values().find(|c| c.text == "Make tea").unwrap();
        assert_eq!(tea.emotion().map(|e| e.score), Some(5));
        assert_eq!(j.cards.len(), 3);
    }

    #[test]
    fn comments_indentation_and_front_matter_are_read_past() {
        let text = "---\ntitle: \"From front matter\"\n---\n%% a comment\njourney\n%% another\nsection A\nTask one: 4 # trailing\n\t\tsection B\n        accTitle: Accessible\n  Task two:2:Me\n";
        let j = from_mermaid(text).unwrap();
        assert_eq!(j.name, "From front matter");
        assert_eq!(j.graph.stage_count(), 2);
        assert_eq!(j.cards.len(), 2);
    }

    #[test]
    fn an_untitled_diagram_gets_a_default_name() {
        let j = from_mermaid("journey\nsection S\nT: 3\n").unwrap();
        assert_eq!(j.name, "Imported journey");
    }

    #[test]
    fn hostile_text_still_gives_a_file_that_reimports_every_task() {
        let texts = [
            "a: b; c # d\nnext",
            "%% not a comment",
            "x%%y",
            "Journey review",
            "title page",
            "section two",
            "accDescr { x }",
            "",
            "   ",
            "<script>alert(1)</script>",
            "భోజనం ఆర్డర్",
        ];
        let mut j = journey_with_touchpoints(&texts);
        j.name = "Name: with # and ; and\nnewline".into();
        j.personas.push(Persona {
            id: new_id(),
            name: "Okafor, Maya: lead".into(),
            role: String::new(),
            goals: vec![],
            needs: vec![],
            frustrations: vec![],
            quote: String::new(),
            value_type: None,
            color: String::new(),
        });
        let text = to_mermaid(&j);
        assert!(!text.contains('#') && !text.contains(';') && !text.contains("%%"), "{text}");
        let back = from_mermaid(&text).unwrap();
        assert_eq!(back.cards.len(), texts.len());
        assert_eq!(back.personas.len(), 1);
        assert_eq!(to_mermaid(&back), text);
        let stage = back.graph.order()[0];
        let got: Vec<&str> = back.cards_in_cell(stage, back.lanes[0].id).iter().map(|c| c.text.as_str()).collect();
        assert_eq!(got[0], "a﹕ b； c ＃ d next");
        assert_eq!(got[3], "Journey review", "the keyword guard is taken out again");
        assert_eq!(got[7], "(untitled)");
    }

    #[test]
    fn keyword_like_tasks_are_guarded_in_the_export() {
        let text = to_mermaid(&journey_with_touchpoints(&["Journey review", "title page", "Titles matter"]));
        let tasks = tasks(&text);
        assert_eq!(tasks, ["J\u{2060}ourney review: 3", "t\u{2060}itle page: 3", "Titles matter: 3"]);
    }

    #[test]
    fn only_touchpoints_with_a_score_become_tasks() {
        let mut j = journey_with_touchpoints(&["scored"]);
        let stage = j.graph.order()[0];
        let lane = j.lanes_in_order()[1].id;
        for body in [CardBody::Touchpoint(Touchpoint::default()), CardBody::Note] {
            let card = Card { workshop: Default::default(), id: new_id(), stage, lane, rank: 9.0, text: "unscored".into(), body };
            j.cards.insert(card.id, card);
        }
        assert_eq!(tasks(&to_mermaid(&j)), ["scored: 3"]);
    }

    #[test]
    fn a_score_outside_one_to_five_names_its_line() {
        let text = "journey\ntitle T\n\nsection S\nA: 3\nB: 4\nC: 9: Me\n";
        assert_eq!(line_error(text), (7, "score must be 1 to 5, not 9".to_string()));
        assert_eq!(from_mermaid(text).unwrap_err().to_string(), "line 7: score must be 1 to 5, not 9");
    }

    #[test]
    fn a_task_without_a_score_names_its_line() {
        let text = "journey\ntitle T\nsection S\nMake tea\n";
        assert_eq!(line_error(text), (4, "a task needs \"text: score\", found \"Make tea\"".to_string()));
        let (line, message) = line_error("journey\nsection S\nTea: high\n");
        assert_eq!(line, 3);
        assert_eq!(message, "score must be a whole number from 1 to 5, not \"high\"");
    }

    #[test]
    fn a_task_before_any_section_names_its_line() {
        assert_eq!(line_error("journey\nMake tea: 5\n"), (2, "a task comes before any section".to_string()));
    }

    #[test]
    fn a_missing_journey_header_is_refused() {
        assert_eq!(line_error("title T\nsection S\n"), (1, "a Mermaid journey starts with \"journey\"".to_string()));
        assert_eq!(line_error("").0, 1);
        assert_eq!(line_error("graph TD\n").0, 1);
    }
}
