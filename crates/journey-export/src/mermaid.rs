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
//! to 5, and as its actors the personas scored on the card (else the first persona). An import
//! gives a journey with the sections as stages in a line, one "Emotions" lane (the curve) on
//! the 1-to-5 scale, and each actor a persona scored on the tasks it takes part in, so export,
//! import and export again gives the same text. The import reads Mermaid as people write it:
//! front matter, `title`, `accTitle`/`accDescr` (also `{ }` blocks), `%%`/`#` comments, CRLF,
//! indentation, `<br>` (a line break in a task, a space elsewhere), entities (Mermaid's `#quot;`
//! and HTML's `&amp;`, `&#35;`), emoji; a task whose score is not a number is left out with a
//! warning (`from_mermaid_reported`), as Mermaid draws it unscored.
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

use crate::{said, ImportError, Said};

const UNTITLED: &str = "(untitled)";
const DEFAULT_TITLE: &str = "Imported journey";
/// Imported tasks go on the emotion curve: a Mermaid journey is its scores.
const LANE_NAME: &str = "Emotions";
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
    let first = j.personas.first().map(|p| clean(&p.name, Part::Actor)).filter(|a| !a.is_empty());
    // The actors of a task: the personas scored on the card (whose curves pass through it),
    // else the first persona.
    let actors_of = |card: &Card| -> Option<String> {
        let Some(CardBody::Touchpoint(t)) = Some(&card.body) else { return first.clone() };
        let named: Vec<String> = j
            .personas
            .iter()
            .filter(|p| t.persona_emotions.contains_key(&p.id))
            .map(|p| clean(&p.name, Part::Actor))
            .filter(|a| !a.is_empty())
            .collect();
        if named.is_empty() { first.clone() } else { Some(named.join(", ")) }
    };

    let mut out = format!("journey\n  title {}\n", clean(&j.name, Part::Title));
    for stage in j.graph.ordered_stages() {
        out += &format!("  section {}\n", clean(&stage.name, Part::Section));
        for lane in &lanes {
            for card in cells.get(&(stage.id, lane.id)).into_iter().flatten() {
                let Some(emotion) = card.emotion() else { continue };
                let score = 1 + (4.0 * j.scale.fraction(emotion.score)).round() as i32;
                out += &format!("    {}: {score}", clean(&card.text, Part::Task));
                if let Some(actors) = actors_of(card) {
                    out += &format!(": {actors}");
                }
                out.push('\n');
            }
        }
    }
    out
}

fn at_line(line: usize, message: impl Into<Said>) -> ImportError {
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

struct Section {
    name: String,
    line: usize,
}

struct Task {
    line: usize,
    section: usize,
    text: String,
    score: i32,
    /// Indexes into the actors, in the task's order.
    actors: Vec<usize>,
}

/// Reads a Mermaid `journey` diagram: the title names the journey ("Imported journey" without
/// one), each section becomes a stage (chained in order), each task a touchpoint in an
/// "Emotions" lane with its score on a 1-to-5 scale, and each distinct actor a persona, in
/// order of first mention, scored on the tasks it takes part in. `%%` and `#` comments,
/// `accTitle`/`accDescr` and a leading front-matter block (`---`, whose `title:` is used) are
/// read past. Errors name the line.
pub fn from_mermaid(text: &str) -> Result<Journey, ImportError> {
    from_mermaid_reported(text).map(|(j, _)| j)
}

/// `from_mermaid`, with what was read past and why (for the import report): tasks whose score is
/// not a number, which Mermaid draws without a score, are left out with a sentence each.
pub fn from_mermaid_reported(text: &str) -> Result<(Journey, Vec<Said>), ImportError> {
    let mut warnings = Vec::new();
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
                return Err(at_line(opened, said!("error-import-mermaid-front-matter")));
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
        Some(_) => return Err(at_line(header_line, said!("error-import-mermaid-not-journey"))),
        None => return Err(at_line(1, said!("error-import-mermaid-empty"))),
    }

    let mut sections: Vec<Section> = Vec::new();
    let mut tasks: Vec<Task> = Vec::new();
    let mut actors: Vec<(String, usize)> = Vec::new();
    let mut in_description = false;
    for (n, raw) in lines.iter().enumerate().skip(i) {
        let n = n + 1;
        // Inside an `accDescr { … }` block until its `}`; Mermaid reads on right after it,
        // on the same line.
        let raw: &str = if in_description {
            match raw.find('}') {
                Some(end) => {
                    in_description = false;
                    &raw[end + 1..]
                }
                None => continue,
            }
        } else {
            raw
        };
        if raw.trim().is_empty() || is_comment(raw) {
            continue;
        }
        let decoded = decode_entities(raw);
        let line = statement(&decoded);
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = keyword_rest(line, "title") {
            title = Some((restore(&html_breaks(rest, " ")), n));
        } else if let Some(rest) = keyword_rest(line, "section") {
            sections.push(Section { name: restore(&html_breaks(rest, " ")), line: n });
        } else if line.eq_ignore_ascii_case("section") {
            return Err(at_line(n, said!("error-import-mermaid-section-name")));
        } else if starts_with_word(line, "accTitle") || starts_with_word(line, "accDescr") {
            in_description = line.contains('{') && !line.contains('}');
        } else if starts_with_word(line, "journey") {
            return Err(at_line(n, said!("error-import-mermaid-journey-again")));
        } else {
            let Some(mut task) = read_task(line, n, sections.len(), &mut warnings)? else { continue };
            for person in raw_actors(line) {
                let person = restore(person);
                let at = match actors.iter().position(|(a, _)| *a == person) {
                    Some(at) => at,
                    None => {
                        if actors.len() == validate::MAX_PERSONAS {
                            return Err(at_line(n, said!("error-import-mermaid-actors", max = validate::MAX_PERSONAS)));
                        }
                        actors.push((person, n));
                        actors.len() - 1
                    }
                };
                if !task.actors.contains(&at) {
                    task.actors.push(at);
                }
            }
            tasks.push(task);
        }
    }
    Ok((build(title, header_line, &sections, tasks, actors)?, warnings))
}

/// A task line, or `None` (with a warning) for one whose score is not a number: Mermaid draws
/// such a task with no score, so the file is still good; a number outside 1 to 5 is refused.
fn read_task(line: &str, n: usize, sections: usize, warnings: &mut Vec<Said>) -> Result<Option<Task>, ImportError> {
    let needs_score = || at_line(n, said!("error-import-mermaid-task", found = excerpt(line)));
    let (name, data) = line.split_once(':').ok_or_else(needs_score)?;
    let score = data.split(':').next().unwrap_or("").trim();
    if name.trim().is_empty() || score.is_empty() {
        return Err(needs_score());
    }
    if sections == 0 {
        return Err(at_line(n, said!("error-import-mermaid-task-first")));
    }
    let text = restore(&unguard_task(&html_breaks(name.trim(), "\n")));
    let Ok(score) = score.parse::<i64>() else {
        warnings.push(said!("export-import-mermaid-unscored", line = n, task = excerpt(&text), score = excerpt(score)));
        return Ok(None);
    };
    if !(1..=5).contains(&score) {
        return Err(at_line(n, said!("error-import-mermaid-score", score = score)));
    }
    Ok(Some(Task { line: n, section: sections - 1, text, score: score as i32, actors: Vec::new() }))
}

/// `<br>`, `<br/>` and `<br />` (any case), which Mermaid draws as line breaks, as `with`.
fn html_breaks(s: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find('>');
        let tag = end.map(|e| tail[1..e].trim().trim_end_matches('/').trim().to_ascii_lowercase());
        match (end, tag.as_deref()) {
            (Some(e), Some("br")) => {
                out.push_str(with);
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Characters Mermaid's lexer cuts at, standing in for themselves while an entity that decoded
/// to one of them travels through the line: private-use code points, restored in the texts.
const GUARDED: [(char, char); 5] = [(':', '\u{E000}'), (';', '\u{E001}'), ('#', '\u{E002}'), (',', '\u{E003}'), ('%', '\u{E004}')];

/// Decodes the entities people write in Mermaid text before the line is split: Mermaid's own
/// `#name;` / `#9829;` and HTML's `&name;` / `&#39;` / `&#x2764;`. Unknown ones stay as written.
fn decode_entities(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let bytes = line.as_bytes();
    while i < line.len() {
        let c = bytes[i];
        if c == b'&' || c == b'#' {
            if let Some(len) = line[i + 1..].find(';').filter(|l| (1..=10).contains(l)) {
                let body = &line[i + 1..i + 1 + len];
                if let Some(ch) = entity(body) {
                    let ch = GUARDED.iter().find(|(g, _)| *g == ch).map(|(_, p)| *p).unwrap_or(ch);
                    out.push(ch);
                    i += len + 2;
                    continue;
                }
            }
        }
        let ch = line[i..].chars().next().expect("in bounds");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// The character an entity's body (between `&`/`#` and `;`) names.
fn entity(body: &str) -> Option<char> {
    let numeric = body.strip_prefix('#').unwrap_or(body);
    if let Some(hex) = numeric.strip_prefix('x').or_else(|| numeric.strip_prefix('X')) {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
        return numeric.parse().ok().and_then(char::from_u32);
    }
    Some(match body {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "colon" => ':',
        "semi" => ';',
        "num" => '#',
        "comma" => ',',
        "hearts" => '♥',
        _ => return None,
    })
}

/// A text with the guarded characters back.
fn restore(s: &str) -> String {
    s.chars().map(|c| GUARDED.iter().find(|(_, p)| *p == c).map(|(g, _)| *g).unwrap_or(c)).collect()
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
    validate::name(journey_core::Field::JourneyName, &name).map_err(|e| at_line(name_line, e.to_string()))?;

    let mut graph = StageGraph::default();
    let mut stage_ids = Vec::with_capacity(sections.len());
    for (i, s) in sections.iter().enumerate() {
        let stage = Stage {
            id: new_id(),
            name: s.name.clone(),
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

    let persona_ids: Vec<Id> = personas.iter().map(|p| p.id).collect();
    let lane = Lane { id: new_id(), name: LANE_NAME.into(), kind: LaneKind::Emotions, rank: 0.0, color: String::new() };
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
                // Each actor of the task feels it: their own curve runs through the tasks they
                // take part in.
                persona_emotions: task.actors.iter().map(|a| (persona_ids[*a], task.score)).collect(),
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
            Err(ImportError::Line { line, message }) => (line, message.to_string()),
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
    fn import_makes_stages_an_emotion_lane_personas_and_the_one_to_five_scale() {
        let text = "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n  section Go home\n    Sit down: 1\n";
        let j = from_mermaid(text).unwrap();
        assert_eq!(j.name, "My working day");
        let stages: Vec<&str> = j.graph.ordered_stages().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Go to work", "Go home"]);
        assert_eq!(j.lanes.len(), 1);
        assert_eq!((j.lanes[0].name.as_str(), j.lanes[0].kind), ("Emotions", LaneKind::Emotions));
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
    }

    #[test]
    fn a_task_whose_score_is_not_a_number_is_left_out_with_a_warning() {
        // Mermaid draws such a task without a score; the rest of the file is good.
        let (j, warnings) = from_mermaid_reported("journey\nsection S\nTea: high\nCoffee: 4\n").unwrap();
        assert_eq!(j.cards.values().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Coffee"]);
        let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings, ["line 3: the task \"Tea\" has no score (\"high\" is not a number), so it was left out"]);
    }

    #[test]
    fn scores_make_an_emotion_curve_and_each_actor_a_curve_of_their_own() {
        let text = "journey\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n  section Go home\n    Sit down: 1\n";
        let j = from_mermaid(text).unwrap();
        assert_eq!(j.lanes[0].kind, LaneKind::Emotions, "the tasks are not on the emotion curve");
        let id = |name: &str| j.personas.iter().find(|p| p.name == name).unwrap().id;
        let (me, cat) = (id("Me"), id("Cat"));
        let card = |text: &str| j.cards.values().find(|c| c.text == text).unwrap();
        let scores = |text: &str| match &card(text).body {
            CardBody::Touchpoint(t) => t.persona_emotions.clone(),
            _ => panic!("not a touchpoint"),
        };
        assert_eq!(scores("Make tea"), [(me, 5)].into_iter().collect());
        assert_eq!(scores("Go upstairs"), [(me, 3), (cat, 3)].into_iter().collect(), "a task with two actors scores both");
        assert!(scores("Sit down").is_empty());
        // And the export names a task's actors again.
        let again = to_mermaid(&j);
        assert!(again.contains("Go upstairs: 3: Me, Cat"), "{again}");
    }

    #[test]
    fn mermaid_as_people_write_it_reads() {
        // CRLF, front matter with config, accTitle and a multi-line accDescr, comments, blank
        // lines, indentation, <br> and entities (Mermaid's #…; and HTML's &…;), emoji, actors
        // with spaces, repeated section names, a task with no actors.
        let text = "---\r\ntitle: Onboarding\r\nconfig:\r\n  theme: forest\r\n---\r\njourney\r\n  accTitle: The onboarding journey\r\n  accDescr {\r\n    Two lines\r\n    of description\r\n  }\r\n\r\n  %% people\r\n  section 🔍 Discovery\r\n      Finds us &amp; signs up<br>on the phone: 4: Ana Lima, Ben\r\n      Reads #quot;Terms#quot;: 2\r\n  section 🔍 Discovery\r\n\tAsks &#35;support: 3: Ben\r\n";
        let (j, warnings) = from_mermaid_reported(text).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(j.name, "Onboarding");
        let stages: Vec<&str> = j.graph.ordered_stages().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["🔍 Discovery", "🔍 Discovery"], "repeated section names are two stages");
        let texts: std::collections::BTreeSet<&str> = j.cards.values().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Finds us & signs up\non the phone", "Reads \"Terms\"", "Asks #support"].into_iter().collect(),
        );
        let personas: Vec<&str> = j.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(personas, ["Ana Lima", "Ben"]);
    }

    /// The cases of Mermaid's own parser tests (journey.spec), each read as Mermaid reads it.
    #[test]
    fn the_cases_of_mermaids_own_parser_tests_read_as_mermaid_reads_them() {
        let title = "journey\ntitle Adding journey diagram functionality to mermaid";
        assert_eq!(from_mermaid(title).unwrap().name, "Adding journey diagram functionality to mermaid");
        let described = "journey\naccDescr: A user journey for family shopping\ntitle Adding journey diagram functionality to mermaid\nsection Order from website";
        assert_eq!(from_mermaid(described).unwrap().graph.stage_count(), 1);
        // The block's closing brace is followed by the title on the same line.
        let block = "journey\naccDescr {\n        A user journey for\n        family shopping\n      }title Adding journey diagram functionality to mermaid\naccTitle: Adding acc journey diagram functionality to mermaid\nsection Order from website";
        let j = from_mermaid(block).unwrap();
        assert_eq!(j.name, "Adding journey diagram functionality to mermaid");
        let breaks = "journey\ntitle Adding gantt diagram functionality to mermaid\nsection Line1<br>Line2<br/>Line3<br\t/>Line5";
        assert_eq!(from_mermaid(breaks).unwrap().graph.ordered_stages()[0].name, "Line1 Line2 Line3 Line5");
        let tasks = "journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\nA task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice\nE task: 5:\nsection Another section\nP task: 5:\nQ task: 5:\nR task: 5:";
        let j = from_mermaid(tasks).unwrap();
        assert_eq!(j.cards.len(), 8);
        let names: Vec<&str> = j.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Alice", "Bob", "Charlie"], "an empty actor (\"E task: 5:\") is no persona");
        let people = |task: &str| -> usize {
            match &j.cards.values().find(|c| c.text == task).unwrap().body {
                CardBody::Touchpoint(t) => t.persona_emotions.len(),
                _ => unreachable!(),
            }
        };
        assert_eq!([people("A task"), people("B task"), people("C task"), people("D task"), people("E task")], [3, 2, 0, 2, 0]);
    }

    #[test]
    fn what_mermaid_refuses_is_refused_with_its_line() {
        assert_eq!(line_error("journey\nsection S\nTea: 6\n").0, 3);
        assert_eq!(line_error("journey\nsection S\n: 3\n").0, 3);
        assert_eq!(line_error("journey\nTea: 3\n"), (2, "a task comes before any section".to_string()));
        assert_eq!(line_error("journey\nsection\n").0, 2);
        assert_eq!(line_error("---\ntitle: x\njourney\n").0, 1, "front matter never closed: named where it opens");
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
