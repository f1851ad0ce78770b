//! The one geometry of a journey map. The window and every export place stages, lanes, cards
//! and the emotion curve from this function, so what the designer sees is what the PDF shows.
//!
//! Text cannot be measured here (no fonts in the core), so card heights come from an estimate
//! of wrapped lines; renderers wrap within the same box and clamp to `lines`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use crate::direction::Direction;
use crate::graph::FlowKind;
use crate::model::{CardBody, Id, Journey};

pub const FLOW_BAND: f64 = 52.0;
pub const HEADER: f64 = 72.0;
pub const LABEL_WIDTH: f64 = 168.0;
pub const COLUMN_WIDTH: f64 = 236.0;
pub const CARD_WIDTH: f64 = 212.0;
pub const CELL_PAD: f64 = 12.0;
pub const CARD_GAP: f64 = 10.0;
pub const LINE_HEIGHT: f64 = 18.0;
/// Space on a card above and below its text: padding 13, kind/channel row 20, tag row 16,
/// gaps 8, and 4 below the text for the deep descenders of Persian and Telugu script.
pub const CARD_CHROME: f64 = 62.0;
pub const MAX_CARD_LINES: u32 = 6;
pub const MIN_ROW: f64 = 84.0;
pub const EMOTION_ROW: f64 = 176.0;
/// Space above the top and below the bottom of the emotion scale inside the emotion lane.
pub const EMOTION_PAD: f64 = 22.0;
/// Estimated average glyph advance at the card font size, used for line wrapping.
pub const AVG_CHAR: f64 = 7.4;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Top of the stage headers (the flow band sits above).
    pub header_top: f64,
    /// Top of the first lane (the headers sit above).
    pub body_top: f64,
    /// Width of the lane-label column.
    pub label_width: f64,
    /// Left edge of the lane-label column: 0 when the map runs left to right, the right end of
    /// the last stage when it runs right to left.
    pub label_x: f64,
    /// Which way the map runs. Right to left, the first stage stands at the right (next to the
    /// lane labels) and flows point leftwards. Lists stay in x order either way (columns and
    /// curve points left to right), so readers and patches need not know it.
    pub direction: Direction,
    /// In x order (right to left: the last stage first).
    pub columns: Vec<ColumnBox>,
    pub rows: Vec<RowBox>,
    pub cards: Vec<CardBox>,
    pub curves: Vec<Curve>,
    pub flows: Vec<FlowArc>,
    /// y of the service blueprint's line of visibility, when the journey has backstage lanes.
    pub visibility_line: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ColumnBox {
    pub stage: Id,
    pub x: f64,
    pub width: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RowBox {
    pub lane: Id,
    pub y: f64,
    pub height: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CardBox {
    pub card: Id,
    /// The cell the box sits in: a change patch moves unlisted boxes with their column and row.
    pub stage: Id,
    pub lane: Id,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Text lines the box has room for.
    pub lines: u32,
}

/// One persona's emotion curve (`persona` is None for the journey's main scores).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Curve {
    pub persona: Option<Id>,
    pub lane: Id,
    pub points: Vec<CurvePoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CurvePoint {
    pub card: Id,
    pub x: f64,
    pub y: f64,
    pub score: i32,
}

/// A flow drawn in the band above the headers, from one column's centre to another's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FlowArc {
    pub flow: Id,
    pub kind: FlowKind,
    pub from_x: f64,
    pub to_x: f64,
    pub label: String,
}

impl Layout {
    /// The columns in the order the map is read: the first stage first, whichever side it is on.
    pub fn columns_in_reading_order(&self) -> Box<dyn Iterator<Item = &ColumnBox> + '_> {
        match self.direction {
            Direction::Ltr => Box::new(self.columns.iter()),
            Direction::Rtl => Box::new(self.columns.iter().rev()),
        }
    }
}

/// Lines `text` takes when wrapped at `chars_per_line` (greedy, by words; long words split).
pub fn wrapped_lines(text: &str, chars_per_line: usize) -> u32 {
    let width = chars_per_line.max(1);
    let mut lines = 0u32;
    for paragraph in text.split('\n') {
        let mut current = 0usize;
        let mut para_lines = 1u32;
        for word in paragraph.split_whitespace() {
            let len = word.chars().count();
            let needed = if current == 0 { len } else { current + 1 + len };
            if needed <= width {
                current = needed;
            } else if len <= width {
                para_lines += 1;
                current = len;
            } else {
                // A word wider than the line is broken across lines.
                if current > 0 {
                    para_lines += 1;
                }
                para_lines += (len.div_ceil(width) as u32).saturating_sub(1);
                current = len % width;
            }
        }
        lines += para_lines;
    }
    lines.max(1)
}

pub fn card_text_lines(text: &str) -> u32 {
    let per_line = ((CARD_WIDTH - 20.0) / AVG_CHAR).floor() as usize;
    wrapped_lines(text, per_line).min(MAX_CARD_LINES)
}

/// The map of `j`: built by the same code that keeps a window's layout up to date edit by edit
/// (`LiveLayout`), so the two cannot disagree.
pub fn layout(j: &Journey) -> Layout {
    crate::live_layout::LiveLayout::new(j).layout()
}

/// The band of an emotions row the curve is drawn in: its bottom `EMOTION_ROW`. An emotions
/// lane without cards is that tall, so the band is the whole row; cards put in the lane (a
/// Mermaid journey's tasks are) stand above it instead of under the curve and its labels.
pub fn curve_band(row: &RowBox) -> (f64, f64) {
    (row.y + row.height - EMOTION_ROW, EMOTION_ROW)
}

/// Where `score` sits in an emotion lane that starts at `y` and is `height` tall.
pub fn score_y(j: &Journey, y: f64, height: f64, score: i32) -> f64 {
    y + grid(EMOTION_PAD + (1.0 - j.scale.fraction(score)) * (height - 2.0 * EMOTION_PAD))
}

/// Rounds an offset inside a row or column to 1/64 px. Rows and columns start on whole pixels, so
/// a point's position is then exact in binary, and moving it by the distance its row or column
/// moved gives exactly the position a fresh layout gives (readers of a `LayoutPatch` rely on it).
pub(crate) fn grid(offset: f64) -> f64 {
    (offset * 64.0).round() / 64.0
}

/// x of the `i`-th of `n` touchpoints of the column at `x`: spread evenly across it, in the
/// map's reading direction.
pub(crate) fn point_x(x: f64, i: usize, n: usize, dir: Direction) -> f64 {
    let offset = grid(COLUMN_WIDTH * (i as f64 + 1.0) / (n as f64 + 1.0));
    match dir {
        Direction::Ltr => x + offset,
        Direction::Rtl => x + COLUMN_WIDTH - offset,
    }
}

/// Left edge of each stage's column and of the lane labels, for `n` stages in `dir`: left to
/// right the labels come first and stage `i` follows; right to left stage `i` stands `i`
/// columns from the right end, and the labels after the first stage.
pub(crate) fn column_left(i: usize, n: usize, dir: Direction) -> f64 {
    match dir {
        Direction::Ltr => LABEL_WIDTH + i as f64 * COLUMN_WIDTH,
        Direction::Rtl => (n - 1 - i) as f64 * COLUMN_WIDTH,
    }
}

pub(crate) fn label_left(n: usize, dir: Direction) -> f64 {
    match dir {
        Direction::Ltr => 0.0,
        Direction::Rtl => n as f64 * COLUMN_WIDTH,
    }
}

/// Points of each persona's curve, in x order: stage by stage (reversed right to left),
/// touchpoints spread across the column in lane then rank order in the reading direction, y from
/// the score's place on the journey's scale.
/// `touchpoints` holds each stage's touchpoint cards (in any order); only the stages in `stages`
/// are laid out. Every persona gets a curve, empty or not (`shown` picks what a layout shows).
#[allow(clippy::too_many_arguments)]
pub(crate) fn emotion_curves(
    j: &Journey,
    stages: &[Id],
    column_x: &HashMap<Id, f64>,
    touchpoints: &HashMap<Id, Vec<&crate::model::Card>>,
    lane: Id,
    y: f64,
    height: f64,
    dir: Direction,
) -> Vec<Curve> {
    let lane_rank: HashMap<Id, (f64, Id)> = j.lanes.iter().map(|l| (l.id, (l.rank, l.id))).collect();
    let mut by_stage: HashMap<Id, Vec<&crate::model::Card>> = HashMap::new();
    for (stage, cards) in touchpoints {
        let mut tps = cards.clone();
        tps.sort_by(|a, b| {
            let (ra, rb) = (lane_rank[&a.lane], lane_rank[&b.lane]);
            ra.0.total_cmp(&rb.0).then(ra.1.cmp(&rb.1)).then(a.rank.total_cmp(&b.rank)).then(a.id.cmp(&b.id))
        });
        by_stage.insert(*stage, tps);
    }
    let to_y = |score: i32| score_y(j, y, height, score);
    let mut personas: Vec<Option<Id>> = vec![None];
    personas.extend(j.personas.iter().skip(1).map(|p| Some(p.id)));
    personas
        .into_iter()
        .map(|persona| {
            let mut points = Vec::new();
            for stage in stages {
                let Some(tps) = by_stage.get(stage) else { continue };
                for (i, c) in tps.iter().enumerate() {
                    let CardBody::Touchpoint(t) = &c.body else { continue };
                    let score = match persona {
                        None => t.emotion.as_ref().map(|e| e.score),
                        Some(p) => t.persona_emotions.get(&p).copied(),
                    };
                    if let Some(score) = score {
                        let x = point_x(column_x[stage], i, tps.len(), dir);
                        points.push(CurvePoint { card: c.id, x, y: to_y(score), score });
                    }
                }
            }
            if dir == Direction::Rtl {
                points.reverse();
            }
            Curve { persona, lane, points }
        })
        .collect()
}

/// The curves a layout shows: the journey's own, and each further persona's that has points.
pub(crate) fn shown(curves: &[Curve]) -> Vec<Curve> {
    curves.iter().filter(|c| is_shown(c)).cloned().collect()
}

/// The journey's own curve always shows; a further persona's only when it has points.
pub(crate) fn is_shown(c: &Curve) -> bool {
    c.persona.is_none() || !c.points.is_empty()
}
