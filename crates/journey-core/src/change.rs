//! What one accepted change did to a journey and to its map, as a patch.
//!
//! Every path that alters a journey (an edit, undo, redo, a version restore; later a merge from a
//! teammate) ends in a `Change`: the entities added or replaced, the ids removed, and the part of
//! the layout that moved. Readers (the window, a second window, workshop participants) apply it to
//! what they already hold instead of fetching the whole journey again, so the cost of one change
//! follows the size of the change, not of the journey.
//!
//! The entity part is read off the journey after the change for the ids the edit and its inverse
//! touched (`Touched`), so it is exact by construction. The layout part comes from `LiveLayout`,
//! which re-lays only the cells the edit touched: a card box is listed only when its place inside
//! its cell changed; a box that is not listed keeps its place in its cell and follows its column
//! and row when those move. `ReadModel::apply` is the reference reader: tests check that applying a change
//! to the old model gives exactly the model read from scratch, and the UI's `patch.ts` follows it.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::graph::Flow;
use crate::layout::{CardBox, ColumnBox, Curve, CurvePoint, FlowArc, Layout, RowBox};
use crate::live_layout::LiveLayout;
use crate::model::*;
use crate::{Edit, EditError, Touched};

/// The journey's own fields, everything but its entity lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JourneyHeader {
    pub name: String,
    pub goal: String,
    pub scale: EmotionScale,
    pub metrics: Metrics,
    pub direction: crate::direction::DirectionChoice,
}

impl JourneyHeader {
    pub fn of(j: &Journey) -> JourneyHeader {
        JourneyHeader { name: j.name.clone(), goal: j.goal.clone(), scale: j.scale.clone(), metrics: j.metrics.clone(), direction: j.direction }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub journey: Id,
    /// The revision this change applies to; a reader holding another one must reload instead.
    pub base_revision: u64,
    pub revision: u64,
    /// Set when the name, goal, scale or metrics changed.
    pub header: Option<JourneyHeader>,
    pub personas: Vec<Persona>,
    pub removed_personas: Vec<Id>,
    pub stages: Vec<Stage>,
    pub removed_stages: Vec<Id>,
    pub flows: Vec<Flow>,
    pub removed_flows: Vec<Id>,
    pub lanes: Vec<Lane>,
    pub removed_lanes: Vec<Id>,
    pub cards: Vec<Card>,
    pub removed_cards: Vec<Id>,
    pub layout: LayoutPatch,
}

/// The map's size and the service blueprint's line, sent when either changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MapSize {
    pub width: f64,
    pub height: f64,
    pub visibility_line: Option<f64>,
    /// Where the lane labels stand and which way the map runs (`Layout::label_x`, `direction`).
    pub label_x: f64,
    pub direction: crate::direction::Direction,
}

impl MapSize {
    fn of(l: &Layout) -> MapSize {
        MapSize { width: l.width, height: l.height, visibility_line: l.visibility_line, label_x: l.label_x, direction: l.direction }
    }
}

/// The part of a layout that changed. Columns and rows are listed when they moved, resized or
/// are new (readers keep columns in x order and rows in y order). A card box is listed when it is
/// new or its place inside its cell changed; one that is not listed keeps its place in its cell
/// and moves with its column and row. Curve points likewise: listed when they moved relative to
/// their column and row, else shifted with them (a point belongs to the column its x lies in).
/// `curves` carries the whole set when a curve appeared or went (a persona added or removed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LayoutPatch {
    pub size: Option<MapSize>,
    pub columns: Vec<ColumnBox>,
    pub removed_columns: Vec<Id>,
    pub rows: Vec<RowBox>,
    pub removed_rows: Vec<Id>,
    pub cards: Vec<CardBox>,
    pub removed_cards: Vec<Id>,
    pub curves: Option<Vec<Curve>>,
    pub curve_points: Vec<CurvePatch>,
    pub flows: Vec<FlowArc>,
    pub removed_flows: Vec<Id>,
}

/// The points of one curve that moved or are new, and the cards whose point went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CurvePatch {
    pub persona: Option<Id>,
    pub lane: Id,
    pub points: Vec<CurvePoint>,
    pub removed: Vec<Id>,
}

impl LayoutPatch {
    /// What turns `before` into `after`, comparing the whole layouts: O(cards). The window's path
    /// uses `LiveLayout::update`, which compares only the cells an edit touched; this one is the
    /// baseline the store benchmark measures it against, and a check on it in the tests.
    pub fn between(before: &Layout, after: &Layout) -> LayoutPatch {
        let dx = shifts(&before.columns, &after.columns, |c| c.stage, |c| c.x);
        let dy = shifts(&before.rows, &after.rows, |r| r.lane, |r| r.y);
        let (columns, removed_columns) = keyed_diff(&before.columns, &after.columns, |c| c.stage);
        let (rows, removed_rows) = keyed_diff(&before.rows, &after.rows, |r| r.lane);
        let (flows, removed_flows) = keyed_diff(&before.flows, &after.flows, |f| f.flow);
        let old_boxes: HashMap<Id, &CardBox> = before.cards.iter().map(|b| (b.card, b)).collect();
        let mut cards: Vec<CardBox> =
            after.cards.iter().filter(|b| box_listed(old_boxes.get(&b.card).copied(), b, &dx, &dy)).cloned().collect();
        cards.sort_by_key(|b| b.card);
        let new_ids: HashSet<Id> = after.cards.iter().map(|b| b.card).collect();
        let mut removed_cards: Vec<Id> = before.cards.iter().map(|b| b.card).filter(|id| !new_ids.contains(id)).collect();
        removed_cards.sort();
        let (curves, curve_points) = curve_diff(&before.curves, &after.curves, &before.columns, &dx, &dy);
        LayoutPatch {
            size: (MapSize::of(before) != MapSize::of(after)).then(|| MapSize::of(after)),
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

    pub fn is_empty(&self) -> bool {
        *self == LayoutPatch::default()
    }
}

/// How far each column (or row) that is in both lists moved, by stage (or lane).
pub(crate) fn shifts<T>(before: &[T], after: &[T], key: impl Fn(&T) -> Id, at: impl Fn(&T) -> f64) -> HashMap<Id, f64> {
    let old: HashMap<Id, f64> = before.iter().map(|t| (key(t), at(t))).collect();
    after
        .iter()
        .filter_map(|t| old.get(&key(t)).map(|was| (key(t), at(t) - was)))
        .filter(|(_, d)| *d != 0.0)
        .collect()
}

/// Whether a reader must be sent `new`: it is new, changed cell or size, or a reader moving the
/// old box with its column and row would not put it where `new` is.
pub(crate) fn box_listed(old: Option<&CardBox>, new: &CardBox, dx: &HashMap<Id, f64>, dy: &HashMap<Id, f64>) -> bool {
    match old {
        None => true,
        Some(o) => {
            let moved = CardBox {
                x: o.x + dx.get(&o.stage).copied().unwrap_or(0.0),
                y: o.y + dy.get(&o.lane).copied().unwrap_or(0.0),
                ..o.clone()
            };
            moved != *new
        }
    }
}

/// Moves every point with the column its x lies in (`columns` as they were) and its curve's row.
pub(crate) fn shift_curves(curves: &mut [Curve], columns: &[ColumnBox], dx: &HashMap<Id, f64>, dy: &HashMap<Id, f64>) {
    if dx.is_empty() && dy.is_empty() {
        return;
    }
    for curve in curves {
        let down = dy.get(&curve.lane).copied().unwrap_or(0.0);
        for p in &mut curve.points {
            if !dx.is_empty() {
                p.x += column_at(columns, p.x).and_then(|s| dx.get(&s)).copied().unwrap_or(0.0);
            }
            p.y += down;
        }
        // Columns that swapped places swap their points: a curve runs in x order.
        if !dx.is_empty() {
            curve.points.sort_by(|a, b| a.x.total_cmp(&b.x));
        }
    }
}

/// The stage of the column (sorted by x) that `x` lies in.
fn column_at(columns: &[ColumnBox], x: f64) -> Option<Id> {
    let i = columns.partition_point(|c| c.x <= x);
    columns.get(i.checked_sub(1)?).filter(|c| x < c.x + c.width).map(|c| c.stage)
}

/// The curves' part of a patch: the whole set when curves appeared or went, else per curve the
/// points a reader shifting the old ones would not get right.
pub(crate) fn curve_diff(
    before: &[Curve],
    after: &[Curve],
    columns: &[ColumnBox],
    dx: &HashMap<Id, f64>,
    dy: &HashMap<Id, f64>,
) -> (Option<Vec<Curve>>, Vec<CurvePatch>) {
    let same_set = before.len() == after.len() && before.iter().zip(after).all(|(a, b)| a.persona == b.persona && a.lane == b.lane);
    if !same_set {
        return (Some(after.to_vec()), Vec::new());
    }
    let mut moved = before.to_vec();
    shift_curves(&mut moved, columns, dx, dy);
    let patches = moved
        .iter()
        .zip(after)
        .filter_map(|(old, new)| {
            let (points, removed) = keyed_diff(&old.points, &new.points, |p| p.card);
            (!points.is_empty() || !removed.is_empty()).then(|| CurvePatch { persona: new.persona, lane: new.lane, points, removed })
        })
        .collect();
    (None, patches)
}

/// Items of `after` that are new or differ from `before`, and the keys `after` no longer has.
pub(crate) fn keyed_diff<T: Clone + PartialEq>(before: &[T], after: &[T], key: impl Fn(&T) -> Id) -> (Vec<T>, Vec<Id>) {
    let old: HashMap<Id, &T> = before.iter().map(|t| (key(t), t)).collect();
    let changed = after.iter().filter(|t| old.get(&key(t)) != Some(t)).cloned().collect();
    let kept: HashSet<Id> = after.iter().map(&key).collect();
    let removed = before.iter().map(&key).filter(|k| !kept.contains(k)).collect();
    (changed, removed)
}

impl Change {
    /// The change that brought `journey` to its present state, given everything the edit and its
    /// inverse touched and what moved on the map.
    pub fn new(journey: &Journey, touched: &[Touched], layout: LayoutPatch, base_revision: u64, revision: u64) -> Change {
        let mut c = Change {
            journey: journey.id,
            base_revision,
            revision,
            header: None,
            personas: Vec::new(),
            removed_personas: Vec::new(),
            stages: Vec::new(),
            removed_stages: Vec::new(),
            flows: Vec::new(),
            removed_flows: Vec::new(),
            lanes: Vec::new(),
            removed_lanes: Vec::new(),
            cards: Vec::new(),
            removed_cards: Vec::new(),
            layout,
        };
        for t in touched {
            match *t {
                Touched::Journey => c.header = Some(JourneyHeader::of(journey)),
                Touched::Persona(id) => put(&mut c.personas, &mut c.removed_personas, id, journey.persona(id)),
                Touched::Stage(id) => put(&mut c.stages, &mut c.removed_stages, id, journey.graph.stage(id)),
                Touched::Flow(id) => put(&mut c.flows, &mut c.removed_flows, id, journey.graph.flow(id)),
                Touched::Lane(id) => put(&mut c.lanes, &mut c.removed_lanes, id, journey.lane(id)),
                Touched::Card(id) => put(&mut c.cards, &mut c.removed_cards, id, journey.card(id)),
            }
        }
        c
    }

    /// A change that alters nothing and lets a reader at `revision` know it is current.
    pub fn is_empty(&self) -> bool {
        self.header.is_none()
            && self.personas.is_empty()
            && self.removed_personas.is_empty()
            && self.stages.is_empty()
            && self.removed_stages.is_empty()
            && self.flows.is_empty()
            && self.removed_flows.is_empty()
            && self.lanes.is_empty()
            && self.removed_lanes.is_empty()
            && self.cards.is_empty()
            && self.removed_cards.is_empty()
            && self.layout.is_empty()
    }
}

/// An edit applied with everything a store or a reader needs to know about it.
#[derive(Debug, Clone)]
pub struct Tracked {
    pub inverse: Edit,
    /// What the edit and its inverse touched, sorted, once each: the rows to write.
    pub touched: Vec<Touched>,
    pub change: Change,
}

/// Applies `edit` to `j` at `base_revision`, brings `live` (its layout) up to date and says what
/// changed. On error neither `j` nor `live` is changed.
pub fn apply_tracked(j: &mut Journey, live: &mut LiveLayout, edit: &Edit, base_revision: u64) -> Result<Tracked, EditError> {
    let inverse = crate::apply(j, edit)?;
    let touched = touched_by(edit, &inverse);
    let patch = live.update(j, &touched);
    let change = Change::new(j, &touched, patch, base_revision, base_revision + 1);
    Ok(Tracked { inverse, touched, change })
}

/// What an edit and its inverse touched, sorted, once each.
pub fn touched_by(edit: &Edit, inverse: &Edit) -> Vec<Touched> {
    let mut touched = Vec::new();
    edit.touched(&mut touched);
    inverse.touched(&mut touched);
    touched.sort();
    touched.dedup();
    touched
}

fn put<T: Clone>(present: &mut Vec<T>, removed: &mut Vec<Id>, id: Id, now: Option<&T>) {
    match now {
        Some(item) => present.push(item.clone()),
        None => removed.push(id),
    }
}

/// A reader's copy of one journey and its map, keyed by id: what the window holds, in Rust. The
/// reference for `patch.ts` and for the tests that a change gives exactly what a reload gives.
/// (The order of the layout's card list carries no meaning: readers find boxes by card id.)
#[derive(Debug, Clone, PartialEq)]
pub struct ReadModel {
    pub id: Id,
    pub revision: u64,
    pub header: JourneyHeader,
    pub personas: BTreeMap<Id, Persona>,
    pub stages: BTreeMap<Id, Stage>,
    pub flows: BTreeMap<Id, Flow>,
    pub lanes: BTreeMap<Id, Lane>,
    pub cards: BTreeMap<Id, Card>,
    pub size: MapSize,
    /// In x order, as the layout lists them.
    pub columns: Vec<ColumnBox>,
    /// In y order.
    pub rows: Vec<RowBox>,
    pub boxes: BTreeMap<Id, CardBox>,
    pub curves: Vec<Curve>,
    pub arcs: BTreeMap<Id, FlowArc>,
}

/// Why a change could not be applied to a read model: the reader must reload.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the change applies to revision {base} of journey {journey}, but revision {held} is held")]
pub struct DoesNotFit {
    pub journey: Id,
    pub base: u64,
    pub held: u64,
}

impl ReadModel {
    pub fn new(j: &Journey, l: &Layout, revision: u64) -> ReadModel {
        fn keyed<T: Clone>(items: impl Iterator<Item = T>, key: impl Fn(&T) -> Id) -> BTreeMap<Id, T> {
            items.map(|t| (key(&t), t)).collect()
        }
        ReadModel {
            id: j.id,
            revision,
            header: JourneyHeader::of(j),
            personas: keyed(j.personas.iter().cloned(), |p| p.id),
            stages: keyed(j.graph.stages().cloned(), |s| s.id),
            flows: keyed(j.graph.flows().cloned(), |f| f.id),
            lanes: keyed(j.lanes.iter().cloned(), |l| l.id),
            cards: j.cards.clone(),
            size: MapSize::of(l),
            columns: l.columns.clone(),
            rows: l.rows.clone(),
            boxes: keyed(l.cards.iter().cloned(), |b| b.card),
            curves: l.curves.clone(),
            arcs: keyed(l.flows.iter().cloned(), |f| f.flow),
        }
    }

    /// Applies `c`, or refuses it (changing nothing) when it was made against another revision.
    pub fn apply(&mut self, c: &Change) -> Result<(), DoesNotFit> {
        if c.journey != self.id || c.base_revision != self.revision {
            return Err(DoesNotFit { journey: c.journey, base: c.base_revision, held: self.revision });
        }
        self.revision = c.revision;
        if let Some(h) = &c.header {
            self.header = h.clone();
        }
        upsert(&mut self.personas, &c.personas, &c.removed_personas, |p| p.id);
        upsert(&mut self.stages, &c.stages, &c.removed_stages, |s| s.id);
        upsert(&mut self.flows, &c.flows, &c.removed_flows, |f| f.id);
        upsert(&mut self.lanes, &c.lanes, &c.removed_lanes, |l| l.id);
        upsert(&mut self.cards, &c.cards, &c.removed_cards, |c| c.id);

        let p = &c.layout;
        if let Some(size) = &p.size {
            self.size = size.clone();
        }
        let before_cols = self.columns.clone();
        let before_rows = self.rows.clone();
        replace_sorted(&mut self.columns, &p.columns, &p.removed_columns, |c| c.stage, |c| c.x);
        replace_sorted(&mut self.rows, &p.rows, &p.removed_rows, |r| r.lane, |r| r.y);
        let dx = shifts(&before_cols, &self.columns, |c| c.stage, |c| c.x);
        let dy = shifts(&before_rows, &self.rows, |r| r.lane, |r| r.y);
        // Boxes not listed keep their place in their cell: they follow their column and row.
        for b in self.boxes.values_mut() {
            b.x += dx.get(&b.stage).copied().unwrap_or(0.0);
            b.y += dy.get(&b.lane).copied().unwrap_or(0.0);
        }
        upsert(&mut self.boxes, &p.cards, &p.removed_cards, |b| b.card);
        match &p.curves {
            Some(curves) => self.curves = curves.clone(),
            None => {
                shift_curves(&mut self.curves, &before_cols, &dx, &dy);
                for cp in &p.curve_points {
                    let Some(curve) = self.curves.iter_mut().find(|c| c.persona == cp.persona && c.lane == cp.lane) else { continue };
                    curve.points.retain(|pt| !cp.removed.contains(&pt.card));
                    for pt in &cp.points {
                        match curve.points.iter_mut().find(|q| q.card == pt.card) {
                            Some(q) => *q = pt.clone(),
                            None => curve.points.push(pt.clone()),
                        }
                    }
                    curve.points.sort_by(|a, b| a.x.total_cmp(&b.x));
                }
            }
        }
        upsert(&mut self.arcs, &p.flows, &p.removed_flows, |f| f.flow);
        Ok(())
    }
}

fn upsert<T: Clone>(map: &mut BTreeMap<Id, T>, put: &[T], removed: &[Id], key: impl Fn(&T) -> Id) {
    for id in removed {
        map.remove(id);
    }
    for item in put {
        map.insert(key(item), item.clone());
    }
}

fn replace_sorted<T: Clone>(list: &mut Vec<T>, put: &[T], removed: &[Id], key: impl Fn(&T) -> Id, at: impl Fn(&T) -> f64) {
    list.retain(|t| !removed.contains(&key(t)));
    for item in put {
        match list.iter_mut().find(|t| key(t) == key(item)) {
            Some(slot) => *slot = item.clone(),
            None => list.push(item.clone()),
        }
    }
    list.sort_by(|a, b| at(a).total_cmp(&at(b)));
}
