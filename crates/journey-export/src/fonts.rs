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
    shaper: rustybuzz::Face<'static>,
}

fn faces() -> &'static [Face] {
    static FACES: OnceLock<Vec<Face>> = OnceLock::new();
    FACES.get_or_init(|| {
        FONTS
            .iter()
            .map(|f| Face {
                bold: f.bold,
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
        .position(|f| f.bold == bold && f.face.glyph_index(ch).is_some())
        .unwrap_or(usize::from(bold))
}

/// Width of `text` at `size` px as the bundled fonts draw it: each character from the first
/// font that has it (as renderers fall back); runs in Arabic script or Telugu are shaped
/// (joining forms, conjuncts and vowel signs change their width), others summed from advances.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
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
        let face = faces.iter().position(|f| f.bold == bold && f.face.glyph_index(ch).is_some());
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
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(run);
        let shaped = rustybuzz::shape(&f.shaper, &[], buffer);
        return shaped.glyph_positions().iter().map(|p| f64::from(p.x_advance)).sum::<f64>() * scale;
    }
    run.chars()
        .map(|c| f.face.glyph_index(c).and_then(|g| f.face.glyph_hor_advance(g)).map_or(0.0, f64::from))
        .sum::<f64>()
        * scale
}

pub fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
