//! Where cards and lanes go when the page only says "here": the ranks behind a position.
//!
//! Order inside a cell, and of the lanes, is a fractional `rank`, so putting something between
//! two neighbours rewrites only what moved. The page names a position (the index a drop
//! indicator showed, "one lane down"); these functions turn it into ranks on the journey as it
//! is when the edit applies, and the edits they plan are the low-level ones (`MoveCard`,
//! `AddCard`, `UpdateLane`) whose inverses the undo log holds. Planning is a function of the
//! journey and the edit, so a redo from the same state plans the same ranks.
//!
//! When no rank fits strictly between the neighbours (they share a rank, or halving the gap has
//! used up the floating-point numbers between them), the cell or the lanes are renumbered
//! 1, 2, 3... in their new order, and the edits list every item whose rank changed.

use std::collections::HashMap;

use crate::edit::Edit;
use crate::error::{EditError, End, Field, Problem, Way};
use crate::model::*;

/// Ranks for `n` items put, in order, between the ranks `before` and `after` (either may be
/// missing: the start or the end), spread evenly; one item between two neighbours gets their
/// middle, at an end one step beyond the last. `None` when they do not fit strictly between.
pub(crate) fn ranks_between(before: Option<f64>, after: Option<f64>, n: usize) -> Option<Vec<f64>> {
    let gap = n as f64 + 1.0;
    let lo = before.unwrap_or(after.map_or(0.0, |a| a - gap));
    let hi = after.unwrap_or(lo + gap);
    let ranks: Vec<f64> = (1..=n).map(|i| lo + (hi - lo) * i as f64 / gap).collect();
    let mut bounds = before.into_iter().chain(ranks.iter().copied()).chain(after);
    let mut prev = bounds.next()?;
    for r in bounds {
        if !(r.is_finite() && r > prev) {
            return None;
        }
        prev = r;
    }
    Some(ranks)
}

/// The ranks `n` new or moving cards get at `index` of the cell (`stage`, `lane`) among its
/// cards other than `leaving` (`None`: after the last), and the moves of those other cards
/// when the cell had to be renumbered to make room.
pub(crate) struct Slots {
    pub ranks: Vec<f64>,
    pub renumbered: Vec<Edit>,
}

pub(crate) fn slots(j: &Journey, stage: Id, lane: Id, index: Option<u32>, n: usize, leaving: &[Id]) -> Result<Slots, EditError> {
    if !j.graph.contains_stage(stage) {
        return Err(EditError::NotFound { what: "stage", id: stage });
    }
    if j.lane(lane).is_none() {
        return Err(EditError::NotFound { what: "lane", id: lane });
    }
    let others: Vec<&Card> = j.cards_in_cell(stage, lane).into_iter().filter(|c| !leaving.contains(&c.id)).collect();
    let at = match index {
        None => others.len(),
        Some(i) if i as usize <= others.len() => i as usize,
        Some(i) => {
            return Err(EditError::invalid(Field::Position, Problem::PlacePastEnd { others: others.len(), place: i }))
        }
    };
    let before = at.checked_sub(1).map(|i| others[i].rank);
    let after = others.get(at).map(|c| c.rank);
    if let Some(ranks) = ranks_between(before, after, n) {
        return Ok(Slots { ranks, renumbered: Vec::new() });
    }
    // 1, 2, 3... in the new order: the others before the place, the n newcomers, the rest.
    let rank_of = |i: usize| (i + 1) as f64;
    let mut renumbered = Vec::new();
    for (i, c) in others.iter().enumerate() {
        let rank = rank_of(if i < at { i } else { i + n });
        if c.rank != rank {
            renumbered.push(Edit::MoveCard { id: c.id, stage, lane, rank });
        }
    }
    Ok(Slots { ranks: (at..at + n).map(rank_of).collect(), renumbered })
}

/// The moves that put cards `ids` at `index` of the cell (`stage`, `lane`) among its other
/// cards. The group keeps the order it has on the map (column, then lane, then place in the
/// cell), whatever order `ids` lists it in.
pub(crate) fn place_cards(j: &Journey, ids: &[Id], stage: Id, lane: Id, index: u32) -> Result<Vec<Edit>, EditError> {
    let mut cards = Vec::with_capacity(ids.len());
    for id in ids {
        let card = j.card(*id).ok_or(EditError::NotFound { what: "card", id: *id })?;
        if cards.iter().any(|c: &&Card| c.id == *id) {
            return Err(EditError::invalid(Field::Cards, Problem::CardListedTwice { card: *id }));
        }
        cards.push(card);
    }
    if cards.is_empty() {
        return Err(EditError::invalid(Field::Cards, Problem::NoCards));
    }
    let column: HashMap<Id, usize> = j.graph.order().into_iter().enumerate().map(|(i, s)| (s, i)).collect();
    let row: HashMap<Id, usize> = j.lanes_in_order().into_iter().enumerate().map(|(i, l)| (l.id, i)).collect();
    cards.sort_by(|a, b| {
        (column[&a.stage], row[&a.lane]).cmp(&(column[&b.stage], row[&b.lane])).then(a.rank.total_cmp(&b.rank)).then(a.id.cmp(&b.id))
    });
    let Slots { ranks, mut renumbered } = slots(j, stage, lane, Some(index), cards.len(), ids)?;
    renumbered.extend(cards.iter().zip(ranks).map(|(c, rank)| Edit::MoveCard { id: c.id, stage, lane, rank }));
    Ok(renumbered)
}

/// The lane edits that move lane `id` `steps` places in display order (negative: up).
pub(crate) fn move_lane(j: &Journey, id: Id, steps: i32) -> Result<Vec<Edit>, EditError> {
    let order = j.lanes_in_order();
    let from = order.iter().position(|l| l.id == id).ok_or(EditError::NotFound { what: "lane", id })?;
    let name = &order[from].name;
    let to = from as i64 + i64::from(steps);
    if steps == 0 || to < 0 || to >= order.len() as i64 {
        let (way, room) = if steps < 0 { (Way::Up, from) } else { (Way::Down, order.len() - 1 - from) };
        let lane = name.clone();
        let problem = match (steps, room) {
            (0, _) => Problem::LaneMoveZero,
            (_, 0) => Problem::LaneAtEnd { lane, end: if steps < 0 { End::First } else { End::Last } },
            _ => Problem::LaneMoveTooFar { lane, room, way, steps: steps.unsigned_abs() },
        };
        return Err(EditError::invalid(Field::LaneMove, problem));
    }
    let to = to as usize;
    let others: Vec<&Lane> = order.iter().copied().filter(|l| l.id != id).collect();
    let before = to.checked_sub(1).map(|i| others[i].rank);
    let after = others.get(to).map(|l| l.rank);
    if let Some(rank) = ranks_between(before, after, 1).map(|r| r[0]) {
        return Ok(vec![Edit::UpdateLane { lane: Lane { rank, ..order[from].clone() } }]);
    }
    let mut moved: Vec<&Lane> = others;
    moved.insert(to, order[from]);
    Ok(moved
        .into_iter()
        .enumerate()
        .filter(|(i, l)| l.rank != (i + 1) as f64)
        .map(|(i, l)| Edit::UpdateLane { lane: Lane { rank: (i + 1) as f64, ..l.clone() } })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::ranks_between;

    #[test]
    fn ranks_between_neighbours_are_spread_evenly_and_one_card_gets_the_middle() {
        assert_eq!(ranks_between(None, None, 1), Some(vec![1.0]));
        assert_eq!(ranks_between(None, Some(1.0), 1), Some(vec![0.0]));
        assert_eq!(ranks_between(Some(2.0), None, 1), Some(vec![3.0]));
        assert_eq!(ranks_between(Some(1.0), Some(2.0), 1), Some(vec![1.5]));
        assert_eq!(ranks_between(Some(1.0), Some(4.0), 2), Some(vec![2.0, 3.0]));
        assert_eq!(ranks_between(None, Some(1.0), 2), Some(vec![-1.0, 0.0]));
        assert_eq!(ranks_between(None, None, 3), Some(vec![1.0, 2.0, 3.0]));
    }

    #[test]
    fn no_ranks_fit_between_equal_or_adjacent_neighbours() {
        assert_eq!(ranks_between(Some(1.0), Some(1.0), 1), None);
        let next = f64::from_bits(1.0f64.to_bits() + 1);
        assert_eq!(ranks_between(Some(1.0), Some(next), 1), None);
    }
}
