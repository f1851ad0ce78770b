//! Which way a journey's map runs. A Persian or Hebrew journey reads right to left, so its first
//! stage stands at the right, its lane labels at the right edge, and its flows and emotion curve
//! run leftwards. The direction is a property of the journey, not of the window's language: a
//! Persian journey opened in an English studio still runs right to left.
//!
//! The designer can choose it (`DirectionChoice`); left on `Auto`, it follows the text: the
//! majority of strong (letter) characters in the stage names and card texts. Digits, punctuation
//! and emoji are weak or neutral and do not vote, so "۳ روز" counts as Persian and "NPS 40" as
//! English. The layout (`layout.rs`, `live_layout.rs`) is where the direction takes effect, so
//! the window and every export draw the same mirrored map.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Journey;

/// The direction a map is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// What the designer chose in the journey inspector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum DirectionChoice {
    /// From the text: see `derived`.
    #[default]
    Auto,
    Ltr,
    Rtl,
}

impl DirectionChoice {
    pub fn is_auto(&self) -> bool {
        *self == DirectionChoice::Auto
    }

    /// The direction this choice gives, `derived` being what the text says.
    pub fn or(self, derived: Direction) -> Direction {
        match self {
            DirectionChoice::Auto => derived,
            DirectionChoice::Ltr => Direction::Ltr,
            DirectionChoice::Rtl => Direction::Rtl,
        }
    }
}

/// Strong characters of some text, by direction. Sums of these decide `Auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Strong {
    pub ltr: u64,
    pub rtl: u64,
}

impl std::ops::AddAssign for Strong {
    fn add_assign(&mut self, o: Strong) {
        self.ltr += o.ltr;
        self.rtl += o.rtl;
    }
}

impl std::ops::SubAssign for Strong {
    fn sub_assign(&mut self, o: Strong) {
        self.ltr -= o.ltr;
        self.rtl -= o.rtl;
    }
}

impl Strong {
    pub fn of(text: &str) -> Strong {
        let mut s = Strong::default();
        for ch in text.chars() {
            if !ch.is_alphabetic() {
                continue;
            }
            if is_rtl_script(ch) {
                s.rtl += 1;
            } else {
                s.ltr += 1;
            }
        }
        s
    }

    /// Right to left only when right-to-left letters are the majority; a tie or no letters at
    /// all is left to right.
    pub fn direction(self) -> Direction {
        if self.rtl > self.ltr { Direction::Rtl } else { Direction::Ltr }
    }
}

/// Letters of the right-to-left scripts (Hebrew, Arabic with Persian and Urdu, Syriac, Thaana,
/// N'Ko, Samaritan, Mandaic, and the historic RTL blocks of the supplementary planes). Only
/// called for alphabetic characters, so Arabic-Indic digits never count.
fn is_rtl_script(ch: char) -> bool {
    matches!(ch as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// What the journey's own text says: stage names and card texts.
pub fn text_strong(j: &Journey) -> Strong {
    let mut s = stage_strong(j);
    for c in j.cards.values() {
        s += Strong::of(&c.text);
    }
    s
}

/// The stage names' share of `text_strong`.
pub fn stage_strong(j: &Journey) -> Strong {
    let mut s = Strong::default();
    for st in j.graph.stages() {
        s += Strong::of(&st.name);
    }
    s
}

impl Journey {
    /// The direction its text gives (what `Auto` means for this journey).
    pub fn text_direction(&self) -> Direction {
        text_strong(self).direction()
    }

    /// The direction its map is drawn in: the designer's choice, else the text's.
    pub fn map_direction(&self) -> Direction {
        self.direction.or(self.text_direction())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_vote_and_digits_and_punctuation_do_not() {
        assert_eq!(Strong::of("سفارش از Digikala"), Strong { ltr: 8, rtl: 7 });
        assert_eq!(Strong::of("۱۲۳ 456 — !?"), Strong::default());
        assert_eq!(Strong::of("קנייה").direction(), Direction::Rtl);
        assert_eq!(Strong::of("Заказ").direction(), Direction::Ltr);
        assert_eq!(Strong::of("").direction(), Direction::Ltr, "no letters: left to right");
        assert_eq!(Strong { ltr: 3, rtl: 3 }.direction(), Direction::Ltr, "a tie: left to right");
    }

    #[test]
    fn a_choice_wins_over_the_text() {
        assert_eq!(DirectionChoice::Auto.or(Direction::Rtl), Direction::Rtl);
        assert_eq!(DirectionChoice::Ltr.or(Direction::Rtl), Direction::Ltr);
        assert_eq!(DirectionChoice::Rtl.or(Direction::Ltr), Direction::Rtl);
    }

    #[test]
    fn the_bundled_persian_sample_runs_right_to_left_and_the_english_one_left_to_right() {
        let samples = crate::sample::sample_journeys();
        let persian = samples.iter().find(|j| Strong::of(&j.name).rtl > 0).expect("a Persian sample");
        let english = samples.iter().find(|j| Strong::of(&j.name).rtl == 0).expect("an English sample");
        assert_eq!(persian.map_direction(), Direction::Rtl);
        assert_eq!(english.map_direction(), Direction::Ltr);
    }
}
