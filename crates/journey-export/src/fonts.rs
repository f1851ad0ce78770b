//! The fonts every export uses, bundled into the binary (assets/fonts, SIL OFL 1.1), so a map
//! renders the same on any machine and nothing is read from the system or the network.
//! Noto Sans covers Latin (English, Tagalog) and Cyrillic (Russian); Noto Naskh Arabic covers
//! Persian; Noto Sans Telugu covers Telugu.

use std::sync::{Arc, OnceLock};

pub struct FontFile {
    pub family: &'static str,
    pub bold: bool,
    pub file: &'static str,
    pub data: &'static [u8],
}

macro_rules! font {
    ($family:literal, $bold:literal, $file:literal) => {
        FontFile {
            family: $family,
            bold: $bold,
            file: $file,
            data: include_bytes!(concat!("../../../assets/fonts/", $file)),
        }
    };
}

pub static FONTS: [FontFile; 6] = [
    font!("Noto Sans", false, "NotoSans-Regular.ttf"),
    font!("Noto Sans", true, "NotoSans-Bold.ttf"),
    font!("Noto Naskh Arabic", false, "NotoNaskhArabic-Regular.ttf"),
    font!("Noto Naskh Arabic", true, "NotoNaskhArabic-Bold.ttf"),
    font!("Noto Sans Telugu", false, "NotoSansTelugu-Regular.ttf"),
    font!("Noto Sans Telugu", true, "NotoSansTelugu-Bold.ttf"),
];

/// The font-family list written into SVG and HTML: the bundled families first, then a generic
/// fallback for viewers that have none of them.
pub const FAMILY: &str = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Telugu', sans-serif";

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
    bold: bool,
    face: ttf_parser::Face<'static>,
}

fn faces() -> &'static [Face] {
    static FACES: OnceLock<Vec<Face>> = OnceLock::new();
    FACES.get_or_init(|| {
        FONTS
            .iter()
            .map(|f| Face { bold: f.bold, face: ttf_parser::Face::parse(f.data, 0).expect("bundled fonts parse") })
            .collect()
    })
}

/// Width of `text` at `size` px, from the bundled fonts' advances: each character from the
/// first font that has it, as a renderer falls back. Shaping (Persian joining, Telugu
/// conjuncts) changes widths a little; callers keep a margin.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let faces = faces();
    let mut width = 0.0;
    for ch in text.chars() {
        if ch.is_control() || is_bidi_control(ch) {
            continue;
        }
        let found = faces
            .iter()
            .filter(|f| f.bold == bold)
            .find_map(|f| f.face.glyph_index(ch).map(|g| (f, g)));
        width += match found {
            Some((f, g)) => {
                f64::from(f.face.glyph_hor_advance(g).unwrap_or(0)) * size / f64::from(f.face.units_per_em())
            }
            // A character no bundled font has is drawn as a box about half an em wide.
            None => size * 0.6,
        };
    }
    width
}

pub fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
