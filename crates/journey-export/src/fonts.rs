//! The fonts every export uses, bundled into the binary (assets/fonts, SIL OFL 1.1), so a map
//! renders the same on any machine and nothing is read from the system or the network.
//! Noto Sans covers Latin (English, Tagalog) and Cyrillic (Russian); Noto Naskh Arabic covers
//! Persian; Noto Sans Telugu covers Telugu; Noto Emoji (monochrome outlines, one weight for
//! regular and bold text; scripts/emoji-font.sh says where it comes from and why this one) draws
//! emoji, last, so it never takes a digit or a space from the text faces.
//!
//! Emoji sequences (ZWJ families, flags, skin tones, keycaps) are ligatures of several code
//! points in one glyph: `split_emoji` finds them, so every writer sets them in the emoji face
//! as a whole. Left to per-character fallback, the renderers would draw their parts as boxes.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
    /// One face for regular and bold text alike.
    Any,
}

impl Weight {
    pub fn draws(self, bold: bool) -> bool {
        match self {
            Weight::Regular => !bold,
            Weight::Bold => bold,
            Weight::Any => true,
        }
    }

    /// The CSS `font-weight` of an `@font-face` with this face.
    pub fn css(self) -> &'static str {
        match self {
            Weight::Regular => "400",
            Weight::Bold => "700",
            Weight::Any => "400 700",
        }
    }
}

pub struct FontFile {
    pub family: &'static str,
    pub weight: Weight,
    pub file: &'static str,
    pub data: &'static [u8],
}

macro_rules! font {
    ($family:literal, $weight:ident, $file:literal) => {
        FontFile {
            family: $family,
            weight: Weight::$weight,
            file: $file,
            data: include_bytes!(concat!("../../../assets/fonts/", $file)),
        }
    };
}

pub static FONTS: [FontFile; 7] = [
    font!("Noto Sans", Regular, "NotoSans-Regular.ttf"),
    font!("Noto Sans", Bold, "NotoSans-Bold.ttf"),
    font!("Noto Naskh Arabic", Regular, "NotoNaskhArabic-Regular.ttf"),
    font!("Noto Naskh Arabic", Bold, "NotoNaskhArabic-Bold.ttf"),
    font!("Noto Sans Telugu", Regular, "NotoSansTelugu-Regular.ttf"),
    font!("Noto Sans Telugu", Bold, "NotoSansTelugu-Bold.ttf"),
    font!("Noto Emoji", Any, "NotoEmoji-Regular.ttf"),
];

/// Index in `FONTS` of the emoji face.
pub const EMOJI: usize = 6;
pub const EMOJI_FAMILY: &str = "'Noto Emoji'";

/// The font-family list written into SVG and HTML: the bundled families first, then a generic
/// fallback for viewers that have none of them.
pub const FAMILY: &str = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Telugu', 'Noto Emoji', sans-serif";

pub const LICENCE: &str = include_str!("../../../assets/fonts/OFL.txt");

/// A font database holding only the bundled fonts, built once.
pub fn database() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for f in &FONTS {
            db.load_font_data(f.data.to_vec());
        }
        db.set_sans_serif_family("Noto Sans");
        Arc::new(db)
    })
    .clone()
}

struct Face {
    weight: Weight,
    face: ttf_parser::Face<'static>,
    shaper: rustybuzz::Face<'static>,
}

fn faces() -> &'static [Face] {
    static FACES: OnceLock<Vec<Face>> = OnceLock::new();
    FACES.get_or_init(|| {
        FONTS
            .iter()
            .map(|f| Face {
                weight: f.weight,
                face: ttf_parser::Face::parse(f.data, 0).expect("bundled fonts parse"),
                shaper: rustybuzz::Face::from_slice(f.data, 0).expect("bundled fonts parse"),
            })
            .collect()
    })
}

/// Index in `FONTS` of the face that draws `ch` (the first with the glyph, as renderers fall
/// back), or the base face when none has it.
pub fn face_for(ch: char, bold: bool) -> usize {
    faces()
        .iter()
        .position(|f| f.weight.draws(bold) && f.face.glyph_index(ch).is_some())
        .unwrap_or(usize::from(bold))
}

/// Width of `text` at `size` px as the bundled fonts draw it: each character from the first
/// font that has it (as renderers fall back); runs in Arabic script or Telugu are shaped
/// (joining forms, conjuncts and vowel signs change their width), others summed from advances.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    split_emoji(text)
        .into_iter()
        .map(|(emoji, range)| if emoji { shaped_width(&faces()[EMOJI], &text[range], size) } else { plain_width(&text[range], size, bold) })
        .sum()
}

fn plain_width(text: &str, size: f64, bold: bool) -> f64 {
    let faces = faces();
    let mut width = 0.0;
    let mut run = String::new();
    let mut run_face: Option<usize> = None;
    let flush = |run: &mut String, face: Option<usize>, width: &mut f64| {
        if let Some(i) = face {
            *width += run_width(&faces[i], run, size);
        }
        run.clear();
    };
    for ch in text.chars() {
        if ch.is_control() || is_bidi_control(ch) {
            continue;
        }
        let face = faces.iter().position(|f| f.weight.draws(bold) && f.face.glyph_index(ch).is_some());
        match face {
            None => {
                // A character no bundled font has is drawn as a box about half an em wide.
                flush(&mut run, run_face.take(), &mut width);
                width += size * 0.6;
            }
            Some(i) if Some(i) == run_face || (ch == ' ' && run_face.is_some()) => run.push(ch),
            Some(i) => {
                flush(&mut run, run_face, &mut width);
                run_face = Some(i);
                run.push(ch);
            }
        }
    }
    flush(&mut run, run_face, &mut width);
    width
}

fn run_width(f: &Face, run: &str, size: f64) -> f64 {
    let scale = size / f64::from(f.face.units_per_em());
    let complex = run.chars().any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0x0C00..=0x0C7F));
    if complex {
        return shaped_width(f, run, size);
    }
    run.chars()
        .map(|c| f.face.glyph_index(c).and_then(|g| f.face.glyph_hor_advance(g)).map_or(0.0, f64::from))
        .sum::<f64>()
        * scale
}

fn shaped_width(f: &Face, run: &str, size: f64) -> f64 {
    let scale = size / f64::from(f.face.units_per_em());
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(run);
    let shaped = rustybuzz::shape(&f.shaper, &[], buffer);
    shaped.glyph_positions().iter().map(|p| f64::from(p.x_advance)).sum::<f64>() * scale
}

/// Code points that only extend an emoji sequence: the joiner, variation selectors, the keycap
/// mark, skin tones, the tag characters of subdivision flags.
fn extends_emoji(ch: char) -> bool {
    matches!(ch as u32, 0x200D | 0xFE0E | 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

/// Whether the emoji face draws `ch` and no text face does.
fn only_emoji(ch: char) -> bool {
    face_for(ch, false) == EMOJI
}

/// `text` cut into pieces, each either one or more whole emoji sequences (`true`) or other
/// text (`false`), as byte ranges in order. An emoji is a character only the emoji face has
/// (🔍, 🇵), with what extends it (skin tones, U+FE0F, a joiner and the next emoji); a character
/// a text face also has is an emoji only when U+FE0F or the keycap mark follows it (1️⃣, ©️).
pub fn split_emoji(text: &str) -> Vec<(bool, Range<usize>)> {
    // Below the joiner nothing starts or extends an emoji on its own (most text: no work).
    if text.chars().all(|c| (c as u32) < 0x200D) {
        return vec![(false, 0..text.len())];
    }
    let emoji = &faces()[EMOJI].face;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut pieces: Vec<(bool, Range<usize>)> = Vec::new();
    let mut in_emoji = false;
    for (i, &(at, ch)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|c| c.1);
        let after_joiner = i > 0 && chars[i - 1].1 == '\u{200d}';
        let starts = only_emoji(ch) || (emoji.glyph_index(ch).is_some() && matches!(next, Some('\u{fe0f}' | '\u{20e3}')));
        in_emoji = starts || (in_emoji && (extends_emoji(ch) || after_joiner));
        let end = at + ch.len_utf8();
        match pieces.last_mut() {
            Some((e, range)) if *e == in_emoji => range.end = end,
            _ => pieces.push((in_emoji, at..end)),
        }
    }
    pieces
}

pub fn has_emoji(text: &str) -> bool {
    text.chars().any(only_emoji)
}

pub fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(bool, &str)> {
        split_emoji(text).into_iter().map(|(e, r)| (e, &text[r])).collect()
    }

    #[test]
    fn emoji_sequences_are_cut_out_whole() {
        assert_eq!(pieces("🔍 Discovery"), [(true, "🔍"), (false, " Discovery")]);
        assert_eq!(pieces("No emoji here, 12 # * © ™"), [(false, "No emoji here, 12 # * © ™")]);
        // A ZWJ sequence, a flag, a skin tone, a keycap: each one piece with what extends it.
        assert_eq!(pieces("a 👩‍💻 b"), [(false, "a "), (true, "👩‍💻"), (false, " b")]);
        assert_eq!(pieces("🇵🇹🇮🇷x"), [(true, "🇵🇹🇮🇷"), (false, "x")]);
        assert_eq!(pieces("👍🏽!"), [(true, "👍🏽"), (false, "!")]);
        assert_eq!(pieces("in 1️⃣ step"), [(false, "in "), (true, "1️⃣"), (false, " step")]);
        // A character a text face has is an emoji only when asked for one (U+FE0F).
        assert_eq!(pieces("ℹ️ info ℹ"), [(true, "ℹ️"), (false, " info ℹ")]);
        assert_eq!(pieces("سفارش 📦 غذا"), [(false, "سفارش "), (true, "📦"), (false, " غذا")]);
    }

    #[test]
    fn emoji_are_measured_in_the_emoji_face() {
        // 🔍 advances 2600 of 2048 units; a character no font has would be a 0.6 em box.
        assert!((text_width("🔍", 15.0, true) - 15.0 * 2600.0 / 2048.0).abs() < 0.01, "{}", text_width("🔍", 15.0, true));
        // A ZWJ sequence is one glyph, not a woman, a joiner and a laptop.
        assert!((text_width("👩‍💻", 13.0, false) - text_width("🔍", 13.0, false)).abs() < 0.01);
        assert!((text_width("🔍 Discovery", 13.0, false) - text_width("🔍", 13.0, false) - text_width(" Discovery", 13.0, false)).abs() < 0.01);
    }

    /// The window's `@font-face` for Noto Emoji in ui/src/styles.css lists the code points the
    /// window may take from it: exactly the face's own, less U+2699 (see there).
    #[test]
    fn the_windows_emoji_range_is_the_emoji_faces_own_code_points() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/styles.css")).unwrap();
        let face = css.lines().find(|l| l.starts_with("@font-face") && l.contains("\"Noto Emoji\"")).expect("a Noto Emoji face in styles.css");
        let range = face.split("unicode-range:").nth(1).unwrap().split(';').next().unwrap();
        let ranges: Vec<(u32, u32)> = range
            .split(',')
            .map(|r| {
                let r = r.trim().trim_start_matches("U+");
                let (lo, hi) = r.split_once('-').unwrap_or((r, r));
                (u32::from_str_radix(lo, 16).unwrap(), u32::from_str_radix(hi, 16).unwrap())
            })
            .collect();
        let listed = |c: u32| ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&c));
        let emoji = ttf_parser::Face::parse(FONTS[EMOJI].data, 0).unwrap();
        let mut own = Vec::new();
        for table in emoji.tables().cmap.unwrap().subtables {
            table.codepoints(|c| own.push(c));
        }
        own.sort_unstable();
        own.dedup();
        // Not its private-use glyphs (plane 15, its own building blocks), controls or space.
        let wanted: Vec<u32> = own.into_iter().filter(|&c| c < 0xF0000 && c > 0x20 && c != 0x2699).collect();
        let missing: Vec<String> = wanted.iter().filter(|&&c| !listed(c)).map(|c| format!("U+{c:X}")).collect();
        assert!(missing.is_empty(), "styles.css's Noto Emoji range lacks {missing:?}");
        // And nothing else: a code point the face lacks would load it for nothing.
        for &(lo, hi) in &ranges {
            for c in lo..=hi {
                assert!(wanted.contains(&c), "styles.css's Noto Emoji range has U+{c:X}, which the face does not draw");
            }
        }
    }
}
