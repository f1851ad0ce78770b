//! The layout of a journey kept up to date edit by edit.
//!
//! Laying out a whole journey costs O(cards) (every card's text is wrapped), which is fine for an
//! export but not per keystroke on a 10,000-card map, nor for a teammate's changes arriving several
//! times a second. `LiveLayout` keeps each cell's boxes relative to its row, so an edit re-lays only
//! the cells whose cards it touched, re-measures the rows those cells are in, and re-places the
//! columns and rows (O(stages + lanes)); the emotion curves' points move with their row, and only
//! the stages whose touchpoints changed are laid out again, from the touchpoints it indexes by
//! stage. `update` answers with the `LayoutPatch` readers apply; `layout` materialises
//! the absolute layout, and `layout::layout` is exactly `LiveLayout::new(j).layout()`, so a layout
//! kept up to date and one made from scratch come from the same code.
//!
//! All lengths are whole or half pixels (constants and sums of them), so moving a box by the
//! difference of two row positions lands exactly where laying it out afresh puts it; the property
//! tests in tests/it/change.rs hold the two to equality.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::direction::{stage_strong, Direction, DirectionChoice, Strong};
use crate::change::{box_listed, curve_diff, keyed_diff, shifts, CurvePatch, LayoutPatch, MapSize};
use crate::layout::*;
use crate::model::{Card, CardBody, Id, Journey, LaneKind};
use crate::Touched;

/// A card's box inside its cell: `dy` from the top of the row.
#[derive(Debug, Clone, Copy, PartialEq)]
struct RelBox {
    card: Id,
    dy: f64,
    height: f64,
    lines: u32,
}

#[derive(Debug, Clone, Default)]
struct Cell {
    /// In display order (rank, then id).
    boxes: Vec<RelBox>,
    /// The height the cell needs, pads included.
    content: f64,
}

#[derive(Debug, Clone)]
pub struct LiveLayout {
    stages: Vec<Id>,
    lanes: Vec<(Id, LaneKind)>,
    cells: HashMap<(Id, Id), Cell>,
    /// The (stage, lane) cell of every card.
    card_cell: HashMap<Id, (Id, Id)>,
    /// Touchpoint cards of each stage: the points of the emotion curves.
    touchpoints: HashMap<Id, BTreeSet<Id>>,
    row_height: HashMap<Id, f64>,
    columns: Vec<ColumnBox>,
    /// x of each column by stage (kept with `columns`: many lookups per edit).
    column_x: HashMap<Id, f64>,
    rows: Vec<RowBox>,
    /// One curve per persona (the journey's own first), empty ones too: `shown` picks the
    /// layout's. Points in x order.
    curves: Vec<Curve>,
    flows: Vec<FlowArc>,
    size: MapSize,
    /// The designer's choice of direction, and what the text says (kept edit by edit: each
    /// card's strong letters, so a text edit recounts one card, not the journey).
    choice: DirectionChoice,
    card_strong: HashMap<Id, Strong>,
    cards_strong: Strong,
    stages_strong: Strong,
}

/// Lays out one cell. `known` gives the text lines of cards whose text did not change (wrapping
/// is the costly part, and a cell of a big journey can hold thousands of cards).
fn lay_cell(cards: &mut [&Card], known: impl Fn(Id) -> Option<u32>) -> Cell {
    cards.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.id.cmp(&b.id)));
    let mut cy = CELL_PAD;
    let mut boxes = Vec::with_capacity(cards.len());
    for card in cards.iter() {
        let lines = known(card.id).unwrap_or_else(|| card_text_lines(&card.text));
        let height = CARD_CHROME + f64::from(lines) * LINE_HEIGHT;
        boxes.push(RelBox { card: card.id, dy: cy, height, lines });
        cy += height + CARD_GAP;
    }
    let content = if boxes.is_empty() { 0.0 } else { cy - CARD_GAP + CELL_PAD };
    Cell { boxes, content }
}

fn is_touchpoint(c: &Card) -> bool {
    matches!(c.body, CardBody::Touchpoint(_))
}

const CARD_INSET: f64 = (COLUMN_WIDTH - CARD_WIDTH) / 2.0;

impl LiveLayout {
    pub fn new(j: &Journey) -> LiveLayout {
        let mut by_cell: HashMap<(Id, Id), Vec<&Card>> = HashMap::new();
        let mut touchpoints: HashMap<Id, BTreeSet<Id>> = HashMap::new();
        let mut card_cell = HashMap::with_capacity(j.cards.len());
        let mut card_strong = HashMap::with_capacity(j.cards.len());
        let mut cards_strong = Strong::default();
        for c in j.cards.values() {
            let s = Strong::of(&c.text);
            cards_strong += s;
            card_strong.insert(c.id, s);
            by_cell.entry((c.stage, c.lane)).or_default().push(c);
            card_cell.insert(c.id, (c.stage, c.lane));
            if is_touchpoint(c) {
                touchpoints.entry(c.stage).or_default().insert(c.id);
            }
        }
        let cells = by_cell.into_iter().map(|(k, mut cards)| (k, lay_cell(&mut cards, |_| None))).collect();
        let mut live = LiveLayout {
            stages: j.graph.order(),
            lanes: j.lanes_in_order().iter().map(|l| (l.id, l.kind)).collect(),
            cells,
            card_cell,
            touchpoints,
            row_height: HashMap::new(),
            columns: Vec::new(),
            column_x: HashMap::new(),
            rows: Vec::new(),
            curves: Vec::new(),
            flows: Vec::new(),
            size: MapSize { width: 0.0, height: 0.0, visibility_line: None, label_x: 0.0, direction: Direction::Ltr },
            choice: j.direction,
            card_strong,
            cards_strong,
            stages_strong: stage_strong(j),
        };
        let all: Vec<Id> = live.lanes.iter().map(|l| l.0).collect();
        live.measure_rows(&all);
        live.place(j, true, true);
        live
    }

    /// Re-measures the height of `lanes`' rows from their cells.
    fn measure_rows(&mut self, lanes: &[Id]) {
        for lane in lanes {
            let Some(&(_, kind)) = self.lanes.iter().find(|l| l.0 == *lane) else {
                self.row_height.remove(lane);
                continue;
            };
            let mut content: f64 = 0.0;
            for stage in &self.stages {
                if let Some(cell) = self.cells.get(&(*stage, *lane)) {
                    content = content.max(cell.content);
                }
            }
            // An emotions lane's cards stand above the curve's band (`curve_band`).
            let height = if kind == LaneKind::Emotions { content + EMOTION_ROW } else { content.max(MIN_ROW) };
            self.row_height.insert(*lane, height);
        }
    }

    /// Places the rows from the measured heights and, when asked, the columns with the flows
    /// (`structure`: the stages or flows changed) and the emotion curves (they depend on every
    /// touchpoint, so only when something they all use changed). An edit that changed neither
    /// costs O(lanes) here, however many stages the map has.
    fn place(&mut self, j: &Journey, structure: bool, curves: bool) {
        let dir = self.direction();
        let n = self.stages.len();
        if structure {
            self.columns = self
                .stages
                .iter()
                .enumerate()
                .map(|(i, s)| ColumnBox { stage: *s, x: column_left(i, n, dir), width: COLUMN_WIDTH })
                .collect();
            if dir == Direction::Rtl {
                // Columns are listed in x order whichever way the map runs.
                self.columns.reverse();
            }
            self.column_x = self.columns.iter().map(|c| (c.stage, c.x)).collect();
            let column_x = &self.column_x;
            self.flows = j
                .graph
                .flows()
                .map(|f| FlowArc {
                    flow: f.id,
                    kind: f.kind,
                    from_x: column_x[&f.from] + COLUMN_WIDTH / 2.0,
                    to_x: column_x[&f.to] + COLUMN_WIDTH / 2.0,
                    label: f.label.clone(),
                })
                .collect();
        }
        let mut y = FLOW_BAND + HEADER;
        let mut visibility_line = None;
        self.rows.clear();
        for (lane, kind) in &self.lanes {
            if kind.is_backstage() && visibility_line.is_none() && !self.rows.is_empty() {
                visibility_line = Some(y);
            }
            let height = self.row_height[lane];
            self.rows.push(RowBox { lane: *lane, y, height });
            y += height;
        }
        self.size = MapSize {
            width: LABEL_WIDTH + n as f64 * COLUMN_WIDTH,
            height: y,
            visibility_line,
            label_x: label_left(n, dir),
            direction: dir,
        };
        if curves {
            let stages = self.stages.clone();
            self.curves = self.curves_of(j, &stages);
        }
    }

    /// The curves' points in `stages` only, for every persona (empty curves included).
    fn curves_of(&self, j: &Journey, stages: &[Id]) -> Vec<Curve> {
        // As the whole-map layout always did: the last emotions lane carries the curves.
        let Some(row) = self.rows.iter().rev().find(|r| self.lanes.iter().any(|(l, k)| *l == r.lane && *k == LaneKind::Emotions)) else {
            return Vec::new();
        };
        let tps: HashMap<Id, Vec<&Card>> = stages
            .iter()
            .filter_map(|s| self.touchpoints.get(s).map(|ids| (*s, ids.iter().filter_map(|id| j.card(*id)).collect())))
            .collect();
        let (y, height) = crate::layout::curve_band(row);
        emotion_curves(j, stages, &self.column_x, &tps, row.lane, y, height, self.size.direction)
    }

    /// The direction the map runs in: the designer's choice, else the text's majority.
    fn direction(&self) -> Direction {
        let mut text = self.cards_strong;
        text += self.stages_strong;
        self.choice.or(text.direction())
    }

    /// Lays the points of `stages` out again in every curve; returns, per curve, the points put
    /// in and the cards whose points were taken out. Every other point stays as it is.
    fn relay_points(&mut self, j: &Journey, stages: &[Id]) -> Vec<(Vec<CurvePoint>, Vec<Id>)> {
        let fresh = self.curves_of(j, stages);
        let spans: Vec<(f64, f64)> = stages.iter().filter_map(|s| self.column_x.get(s).map(|x| (*x, x + COLUMN_WIDTH))).collect();
        let mut out = Vec::new();
        for (curve, new) in self.curves.iter_mut().zip(fresh) {
            // Each stage's points are one run of the curve (points are in x order, a column is an
            // x range): replace the runs, no sort of the whole curve.
            let mut taken: HashMap<Id, CurvePoint> = HashMap::new();
            for &(a, b) in &spans {
                let lo = curve.points.partition_point(|p| p.x < a);
                let hi = curve.points.partition_point(|p| p.x < b);
                let incoming: Vec<CurvePoint> = new.points.iter().filter(|p| a <= p.x && p.x < b).cloned().collect();
                taken.extend(curve.points.splice(lo..hi, incoming).map(|p| (p.card, p)));
            }
            let put: Vec<CurvePoint> = new.points.iter().filter(|p| taken.get(&p.card) != Some(p)).cloned().collect();
            let kept: HashSet<Id> = new.points.iter().map(|p| p.card).collect();
            let mut gone: Vec<Id> = taken.into_keys().filter(|c| !kept.contains(c)).collect();
            gone.sort();
            out.push((put, gone));
        }
        out
    }

    /// The absolute layout, cards in lane, stage, then rank order.
    pub fn layout(&self) -> Layout {
        let column_x: HashMap<Id, f64> = self.columns.iter().map(|c| (c.stage, c.x)).collect();
        let mut cards = Vec::with_capacity(self.card_cell.len());
        for row in &self.rows {
            for stage in &self.stages {
                let Some(cell) = self.cells.get(&(*stage, row.lane)) else { continue };
                cards.extend(cell.boxes.iter().map(|b| self.absolute(b, *stage, row.lane, column_x[stage], row.y)));
            }
        }
        Layout {
            width: self.size.width,
            height: self.size.height,
            header_top: FLOW_BAND,
            body_top: FLOW_BAND + HEADER,
            label_width: LABEL_WIDTH,
            label_x: self.size.label_x,
            direction: self.size.direction,
            columns: self.columns.clone(),
            rows: self.rows.clone(),
            cards,
            curves: shown(&self.curves),
            flows: self.flows.clone(),
            visibility_line: self.size.visibility_line,
        }
    }

    fn absolute(&self, b: &RelBox, stage: Id, lane: Id, x: f64, y: f64) -> CardBox {
        CardBox { card: b.card, stage, lane, x: x + CARD_INSET, y: y + b.dy, width: CARD_WIDTH, height: b.height, lines: b.lines }
    }

    /// Absolute boxes of the given cells as they are now.
    fn boxes_of(&self, cells: &HashSet<(Id, Id)>) -> HashMap<Id, CardBox> {
        let column_x = &self.column_x;
        let row_y: HashMap<Id, f64> = self.rows.iter().map(|r| (r.lane, r.y)).collect();
        let mut out = HashMap::new();
        for key @ (stage, lane) in cells {
            let (Some(cell), Some(x), Some(y)) = (self.cells.get(key), column_x.get(stage), row_y.get(lane)) else { continue };
            out.extend(cell.boxes.iter().map(|b| (b.card, self.absolute(b, *stage, *lane, *x, *y))));
        }
        out
    }

    /// Brings the layout up to `j`, which an edit just changed; `touched` names what the edit
    /// and its inverse touched. Returns what moved.
    pub fn update(&mut self, j: &Journey, touched: &[Touched]) -> LayoutPatch {
        let mut dirty: HashSet<(Id, Id)> = HashSet::new();
        let mut arrived: HashMap<(Id, Id), Vec<Id>> = HashMap::new();
        let (mut stages_changed, mut lanes_changed, mut curves_changed) = (false, false, false);
        // Stages whose touchpoints changed: their curve points are laid out again.
        let mut curve_stages: BTreeSet<Id> = BTreeSet::new();
        let direction_before = self.size.direction;
        for t in touched {
            match *t {
                Touched::Journey | Touched::Persona(_) => curves_changed = true,
                Touched::Stage(_) | Touched::Flow(_) => stages_changed = true,
                Touched::Lane(_) => lanes_changed = true,
                Touched::Card(id) => {
                    let now = j.card(id);
                    if let Some(old) = self.card_strong.remove(&id) {
                        self.cards_strong -= old;
                    }
                    if let Some(c) = now {
                        let s = Strong::of(&c.text);
                        self.cards_strong += s;
                        self.card_strong.insert(id, s);
                    }
                    if let Some(old) = self.card_cell.get(&id).copied() {
                        dirty.insert(old);
                        if self.touchpoints.get_mut(&old.0).is_some_and(|s| s.remove(&id)) {
                            curve_stages.insert(old.0);
                        }
                    }
                    if let Some(c) = now {
                        dirty.insert((c.stage, c.lane));
                        arrived.entry((c.stage, c.lane)).or_default().push(id);
                        if is_touchpoint(c) {
                            self.touchpoints.entry(c.stage).or_default().insert(id);
                            curve_stages.insert(c.stage);
                        }
                    }
                }
            }
        }
        if touched.iter().any(|t| matches!(t, Touched::Stage(_))) {
            self.stages_strong = stage_strong(j);
        }
        self.choice = j.direction;
        // A map that turns around moves every column, flow and point.
        if self.direction() != direction_before {
            stages_changed = true;
        }
        // What the map looked like, for the patch (before any cell of a removed stage is dropped).
        // Columns and flows change only with the stages or flows (Touched::Flow sets it too).
        let before_cols = if stages_changed { self.columns.clone() } else { Vec::new() };
        let before_rows = self.rows.clone();
        let before_flows = if stages_changed { self.flows.clone() } else { Vec::new() };
        let before_size = self.size.clone();
        let old_boxes = self.boxes_of(&dirty);

        if stages_changed {
            // An emptied stage's cells were cleared by its cards' removal; drop what is left.
            self.stages = j.graph.order();
            let live: HashSet<Id> = self.stages.iter().copied().collect();
            self.cells.retain(|(s, _), _| live.contains(s));
            self.touchpoints.retain(|s, _| live.contains(s));
        }
        if lanes_changed {
            self.lanes = j.lanes_in_order().iter().map(|l| (l.id, l.kind)).collect();
            let live: HashSet<Id> = self.lanes.iter().map(|l| l.0).collect();
            self.cells.retain(|(_, l), _| live.contains(l));
            // Lane order decides the curves' point order within a stage.
            curves_changed = true;
        }

        let touched_cards: HashSet<Id> = touched.iter().filter_map(|t| if let Touched::Card(id) = t { Some(*id) } else { None }).collect();
        let mut remeasure: BTreeSet<Id> = BTreeSet::new();
        for key in &dirty {
            let known: HashMap<Id, u32> = self
                .cells
                .get(key)
                .map(|c| c.boxes.iter().filter(|b| !touched_cards.contains(&b.card)).map(|b| (b.card, b.lines)).collect())
                .unwrap_or_default();
            let mut ids: Vec<Id> = self.cells.get(key).map(|c| c.boxes.iter().map(|b| b.card).collect()).unwrap_or_default();
            ids.extend(arrived.get(key).into_iter().flatten());
            ids.sort();
            ids.dedup();
            let mut cards: Vec<&Card> = ids.iter().filter_map(|id| j.card(*id)).filter(|c| (c.stage, c.lane) == *key).collect();
            if cards.is_empty() {
                self.cells.remove(key);
            } else {
                for c in &cards {
                    self.card_cell.insert(c.id, *key);
                }
                self.cells.insert(*key, lay_cell(&mut cards, |id| known.get(&id).copied()));
            }
            remeasure.insert(key.1);
        }
        for t in touched {
            if let Touched::Card(id) = t {
                if j.card(*id).is_none() {
                    self.card_cell.remove(id);
                }
            }
        }
        let lanes: Vec<Id> = if stages_changed || lanes_changed {
            self.lanes.iter().map(|l| l.0).chain(before_rows.iter().map(|r| r.lane)).collect()
        } else {
            remeasure.into_iter().collect()
        };
        self.measure_rows(&lanes);

        // The curves are laid out whole when what every point depends on changed (the scale,
        // personas, lane order, the stages, the height of their row); otherwise their points move
        // with their row (exact: see `layout::grid`) and only the stages whose touchpoints
        // changed are laid out again.
        let emotion_resized = self.lanes.iter().filter(|(_, k)| *k == LaneKind::Emotions).any(|(lane, _)| {
            before_rows.iter().find(|r| r.lane == *lane).is_none_or(|r| Some(&r.height) != self.row_height.get(lane))
        });
        let rebuild = curves_changed || stages_changed || emotion_resized;
        let shown_set = |curves: &[Curve]| -> Vec<Option<Id>> {
            curves.iter().filter(|c| is_shown(c)).map(|c| c.persona).collect()
        };
        let before_set = shown_set(&self.curves);
        // Only a full rebuild compares whole curves; it needs the old ones.
        let before_shown = if rebuild { shown(&self.curves) } else { Vec::new() };
        self.place(j, stages_changed, rebuild);
        let dx = if stages_changed { shifts(&before_cols, &self.columns, |c| c.stage, |c| c.x) } else { HashMap::new() };
        let dy = shifts(&before_rows, &self.rows, |r| r.lane, |r| r.y);
        let (curves, curve_points) = if rebuild {
            curve_diff(&before_shown, &shown(&self.curves), &before_cols, &dx, &dy)
        } else {
            crate::change::shift_curves(&mut self.curves, &before_cols, &dx, &dy);
            let stages: Vec<Id> = curve_stages.into_iter().collect();
            let relaid = self.relay_points(j, &stages);
            if shown_set(&self.curves) == before_set {
                let patches = self
                    .curves
                    .iter()
                    .zip(relaid)
                    // The same curves show as before, so a hidden one stayed empty: nothing to send.
                    .filter(|(_, (put, gone))| !(put.is_empty() && gone.is_empty()))
                    .map(|(c, (points, removed))| CurvePatch { persona: c.persona, lane: c.lane, points, removed })
                    .collect();
                (None, patches)
            } else {
                (Some(shown(&self.curves)), Vec::new())
            }
        };

        let new_boxes = self.boxes_of(&dirty);
        let mut cards: Vec<CardBox> =
            new_boxes.values().filter(|b| box_listed(old_boxes.get(&b.card), b, &dx, &dy)).cloned().collect();
        cards.sort_by_key(|b| b.card);
        let mut removed_cards: Vec<Id> = old_boxes.keys().filter(|id| !self.card_cell.contains_key(id)).copied().collect();
        removed_cards.sort();
        let (columns, removed_columns) = if stages_changed { keyed_diff(&before_cols, &self.columns, |c| c.stage) } else { (Vec::new(), Vec::new()) };
        let (rows, removed_rows) = keyed_diff(&before_rows, &self.rows, |r| r.lane);
        let (flows, removed_flows) = if stages_changed { keyed_diff(&before_flows, &self.flows, |f| f.flow) } else { (Vec::new(), Vec::new()) };
        LayoutPatch {
            size: (before_size != self.size).then(|| self.size.clone()),
            columns,
            removed_columns,
            rows,
            removed_rows,
            cards,
            removed_cards,
            curves,
            curve_points,
            flows,
            removed_flows,
        }
    }
}
