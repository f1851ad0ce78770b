//! OpenJourney (.ojf), the JSON format of the Ptolemy journey mapper: import and export.
//!
//! Two sources disagree on what an OJF file holds, and real files follow both: the format's
//! spec (`OJF_SPEC.md`: root `version`/`persona`/`pointOfView`, scores -5..+5, purposes
//! touchpoint/pain-point/milestone) and the app's code (root `title`/`description` on export, a
//! `metadata{title, persona, pov, version}` object in its newer samples, ids added to nodes on
//! import, stage `overrideEmotion`, `blueprint` items per node, more purposes, and a 0..10 score
//! in its requirements). `read` accepts all of it; `write` writes what Ptolemy's importer checks
//! (`stages` and `swimlanes` arrays, unique node ids) in the spec's shape.
//!
//! What OJF cannot hold travels in a `journeyStudio` member at the root (the whole journey, as
//! our JSON writes it). Ptolemy keeps unknown members through its edits (it spreads the stored
//! object), but the member is trusted only while the file's OJF fields are exactly as exported:
//! a file edited elsewhere is read from its OJF fields, and the member only fills in what they
//! cannot say (ids, lane kinds, pain frequencies...).

mod read;
mod write;

pub use read::from_ojf_reported;
pub use write::{export_notes, to_ojf};

use journey_core::{Card, CardBody, Journey, LaneKind};

/// The root member carrying the journey as Journey Studio holds it.
const EXTENSION: &str = "journeyStudio";

/// The line that ties a card made from a node's part (a blueprint item, the pain of a scored
/// pain point) back to the node it came from: the card's last line is `From: <node title>`.
/// Ptolemy's own window says the same ("From: ..." on a blueprint item), and a person can read
/// and edit it in the card.
const FROM: &str = "From: ";

/// The last line of a card's text that carries a node's `tags` (cards have no tag field).
const TAGS: &str = "Tags: ";

/// Text of the card that holds a stage's `overrideEmotion` (a touchpoint on the emotion lane).
const STAGE_EMOTION: &str = "Stage emotion (set by hand)";

/// The lane of blueprint `evidence` items (no lane kind of its own).
const EVIDENCE_LANE: &str = "Physical evidence";

/// OJF's scores are written on the spec's -5..+5.
const OJF_MIN: i32 = -5;
const OJF_MAX: i32 = 5;

/// `text` without its last line when that line starts with `marker`, and that line's rest.
fn split_last_line<'a>(text: &'a str, marker: &str) -> (&'a str, Option<&'a str>) {
    match text.rsplit_once('\n') {
        Some((head, last)) if last.starts_with(marker) => (head, Some(&last[marker.len()..])),
        None if text.starts_with(marker) => ("", Some(&text[marker.len()..])),
        _ => (text, None),
    }
}

/// A node's `title` and `description` from a card's text: the first line and the rest.
fn title_and_description(text: &str) -> (&str, &str) {
    text.split_once('\n').unwrap_or((text, ""))
}

/// The blueprint part a lane holds, if it is one of the four.
fn blueprint_part(kind: LaneKind, name: &str) -> Option<&'static str> {
    match kind {
        LaneKind::Frontstage => Some("onstage"),
        LaneKind::Backstage => Some("backstage"),
        LaneKind::Support => Some("support"),
        LaneKind::Custom if name == EVIDENCE_LANE => Some("evidence"),
        _ => None,
    }
}

/// Whether `card` is the touchpoint that holds its stage's `overrideEmotion`.
fn is_stage_emotion(j: &Journey, card: &Card) -> bool {
    card.text == STAGE_EMOTION
        && j.lane(card.lane).is_some_and(|l| l.kind == LaneKind::Emotions)
        && card.emotion().is_some()
}

/// Score on the journey's scale -> OJF's -5..+5 (linear, rounded).
fn to_ojf_score(score: i32, min: i32, max: i32) -> i32 {
    if (min, max) == (OJF_MIN, OJF_MAX) || max <= min {
        return score;
    }
    let f = f64::from(score - min) / f64::from(max - min);
    (f64::from(OJF_MIN) + f * f64::from(OJF_MAX - OJF_MIN)).round() as i32
}

/// OJF's -5..+5 -> a score on the journey's scale (the inverse of `to_ojf_score` for scales of
/// at most eleven steps, the ones whose every step lands on its own OJF score).
fn from_ojf_score(score: i32, min: i32, max: i32) -> i32 {
    if (min, max) == (OJF_MIN, OJF_MAX) || max <= min {
        return score;
    }
    let f = f64::from(score - OJF_MIN) / f64::from(OJF_MAX - OJF_MIN);
    (f64::from(min) + f * f64::from(max - min)).round().clamp(f64::from(min), f64::from(max)) as i32
}

/// Purpose a card's kind is written as.
fn purpose_of(body: &CardBody) -> &'static str {
    match body {
        CardBody::Touchpoint(_) => "touchpoint",
        CardBody::PainPoint(_) => "pain-point",
        CardBody::Opportunity(_) => "opportunity",
        CardBody::Note => "note",
        CardBody::Quote { .. } => "observation",
    }
}

/// Pain severity 1..5 as OJF's three words.
fn severity_word(severity: u8) -> &'static str {
    match severity {
        0..=2 => "low",
        3 => "medium",
        _ => "high",
    }
}

fn severity_of_word(word: &str) -> Option<u8> {
    match word.trim().to_ascii_lowercase().as_str() {
        "low" => Some(2),
        "medium" | "med" => Some(3),
        "high" => Some(5),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
