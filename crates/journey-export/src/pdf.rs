//! The map as a vector PDF (krilla): text stays selectable and searchable, fonts are embedded
//! as subsets. Either one page the size of the map, or paper pages (A4, A3, Letter) that tile
//! the map at true size (1 px = 1/96 in) with an overlap for gluing, a label on each page and
//! an overview page first that shows which page holds which part.
//!
//! The map is drawn once into a PDF form (XObject) and placed on every page under a clip, so a
//! tiled PDF costs the map once, not once per page.

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect, Size, Transform};
use krilla::graphic::Graphic;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::fonts::{face_for, split_emoji, text_width, EMOJI, FONTS};
use crate::labels::Words;
use crate::svg::{Anchor, TextRun};
use crate::fonts::FAMILY;
use crate::text::{directed, is_rtl, xml};
use crate::{parse_svg, ExportError, Job};

/// Points per SVG px: 72 pt per inch, 96 px per inch.
pub const PT_PER_PX: f32 = 0.75;
/// The largest page side PDF readers accept (Acrobat's limit: 200 inches).
pub const MAX_PAGE_PT: f32 = 14_400.0;
const MARGIN: f32 = 28.0;
/// Band above each tile for its label.
const LABEL_BAND: f32 = 18.0;
/// How much neighbouring tiles share, for trimming and gluing.
pub const OVERLAP: f32 = 24.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    A3,
    Letter,
}

impl Paper {
    /// Portrait width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::Letter => "Letter",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pages {
    /// One page the size of the map (scaled down only past the PDF page limit).
    Fit,
    /// Paper pages tiling the map at true size, after an overview page.
    Tiled(Paper),
}

/// What `render` made.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfInfo {
    pub pages: usize,
    pub rows: usize,
    pub columns: usize,
}

/// Where each tile of the map goes: `rows` x `columns` tiles of `tile` pt (map at true size).
struct Tiling {
    rows: usize,
    columns: usize,
    tile: (f32, f32),
    page: (f32, f32),
}

fn tiling(map: (f32, f32), paper: Paper) -> Tiling {
    let (a, b) = paper.size();
    // Landscape for wide maps, portrait for tall ones.
    let page = if map.0 >= map.1 { (b, a) } else { (a, b) };
    let tile = (page.0 - 2.0 * MARGIN, page.1 - 2.0 * MARGIN - LABEL_BAND);
    let count = |length: f32, tile: f32| ((length - OVERLAP) / (tile - OVERLAP)).ceil().max(1.0) as usize;
    Tiling { rows: count(map.1, tile.1), columns: count(map.0, tile.0), tile, page }
}

/// Renders `svg` (a map from `svg::render`) with the text `runs` it set apart, as PDF bytes
/// titled `title`, the page labels in English.
pub fn render(svg: &str, runs: &[TextRun], title: &str, pages: Pages, job: &Job) -> Result<(Vec<u8>, PdfInfo), ExportError> {
    render_in(svg, runs, title, pages, Words::default(), job)
}

/// As `render`, the tiled pages' labels in `words`' language.
pub fn render_in(svg: &str, runs: &[TextRun], title: &str, pages: Pages, words: Words, job: &Job) -> Result<(Vec<u8>, PdfInfo), ExportError> {
    let tree = parse_svg(svg)?;
    let map = Map { tree: &tree, runs, fonts: FONTS.iter().map(|f| Font::new(f.data.into(), 0)).collect() };
    job.step(0.1)?;
    let px = (tree.size().width(), tree.size().height());
    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(title.to_string()).creator("Journey Studio".to_string()));
    let info = match pages {
        Pages::Fit => {
            let scale = PT_PER_PX.min(MAX_PAGE_PT / px.0.max(px.1));
            let size = (px.0 * scale, px.1 * scale);
            let mut page = doc.start_page_with(page_settings(size)?);
            let mut surface = page.surface();
            draw_map(&mut surface, &map, px, Transform::from_scale(scale, scale))?;
            surface.finish();
            page.finish();
            PdfInfo { pages: 1, rows: 1, columns: 1 }
        }
        Pages::Tiled(paper) => {
            let map_pt = (px.0 * PT_PER_PX, px.1 * PT_PER_PX);
            let t = tiling(map_pt, paper);
            let total = 1 + t.rows * t.columns;
            // The overview page also records the map as a form the tiles then reuse.
            let graphic = {
                let mut page = doc.start_page_with(page_settings(t.page)?);
                let mut surface = page.surface();
                let graphic = map_graphic(&mut surface, &map, px)?;
                overview(&mut surface, &graphic, &t, map_pt, paper, &map.fonts, words);
                surface.finish();
                page.finish();
                graphic
            };
            job.step(0.2)?;
            for r in 0..t.rows {
                for c in 0..t.columns {
                    let n = 2 + r * t.columns + c;
                    let mut page = doc.start_page_with(page_settings(t.page)?);
                    let mut surface = page.surface();
                    let origin = (c as f32 * (t.tile.0 - OVERLAP), r as f32 * (t.tile.1 - OVERLAP));
                    let top = MARGIN + LABEL_BAND;
                    surface.push_clip_path(&rect_path(MARGIN, top, t.tile.0, t.tile.1)?, &FillRule::NonZero);
                    surface.push_transform(&Transform::from_row(PT_PER_PX, 0.0, 0.0, PT_PER_PX, MARGIN - origin.0, top - origin.1));
                    surface.draw_graphic(graphic.clone());
                    surface.pop();
                    surface.pop();
                    // Where the neighbours' overlap starts, as light dashed lines.
                    let mut marks = Vec::new();
                    if c > 0 {
                        marks.push((MARGIN + OVERLAP, top, MARGIN + OVERLAP, top + t.tile.1));
                    }
                    if r > 0 {
                        marks.push((MARGIN, top + OVERLAP, MARGIN + t.tile.0, top + OVERLAP));
                    }
                    for (x1, y1, x2, y2) in marks {
                        stroke_line(&mut surface, (x1, y1), (x2, y2), rgb::Color::new(154, 163, 181), Some(3.0));
                    }
                    let label = words.format(
                        "export-pdf-tile",
                        &[
                            ("row", (r + 1).into()),
                            ("column", (c + 1).into()),
                            ("page", n.into()),
                            ("total", total.into()),
                            ("paper", paper.name().into()),
                            ("overlap", (OVERLAP / 72.0 * 25.4).round().into()),
                        ],
                    );
                    label_text(&mut surface, &map.fonts, (MARGIN, t.page.0 - MARGIN), MARGIN + 11.0, 9.0, [90, 100, 120], &label);
                    surface.finish();
                    page.finish();
                    job.step(0.2 + 0.7 * (n - 1) as f64 / total as f64)?;
                }
            }
            PdfInfo { pages: total, rows: t.rows, columns: t.columns }
        }
    };
    let bytes = doc.finish().map_err(|e| ExportError::Render(format!("{e:?}")))?;
    job.step(1.0)?;
    Ok((bytes, info))
}

fn page_settings(size: (f32, f32)) -> Result<PageSettings, ExportError> {
    PageSettings::from_wh(size.0, size.1).ok_or_else(|| ExportError::Render(format!("bad page size {size:?}")))
}

fn rect_path(x: f32, y: f32, w: f32, h: f32) -> Result<Path, ExportError> {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x, y, w, h).ok_or_else(|| ExportError::Render("empty rectangle".into()))?);
    pb.finish().ok_or_else(|| ExportError::Render("empty path".into()))
}

/// What goes on a page: the parsed SVG, and the lines of text the PDF sets itself.
struct Map<'a> {
    tree: &'a usvg::Tree,
    runs: &'a [TextRun],
    /// krilla fonts for `FONTS`, index for index.
    fonts: Vec<Option<Font>>,
}

fn draw_map(surface: &mut Surface, map: &Map, px: (f32, f32), at: Transform) -> Result<(), ExportError> {
    let size = Size::from_wh(px.0, px.1).ok_or_else(|| ExportError::Render("the map is empty".into()))?;
    surface.push_transform(&at);
    let drawn = surface.draw_svg(map.tree, size, SvgSettings::default());
    for run in map.runs {
        draw_run(surface, &map.fonts, run);
    }
    surface.pop();
    drawn.ok_or_else(|| ExportError::Render("the map could not be converted to PDF".into()))
}

/// A line set apart by the SVG writer, set with krilla's own shaping: split where the font
/// changes (Telugu letters, Latin digits, emoji), each piece in the font that has its glyphs.
fn draw_run(surface: &mut Surface, fonts: &[Option<Font>], run: &TextRun) {
    let mut pieces: Vec<(usize, String)> = Vec::new();
    for (emoji, range) in split_emoji(&run.text) {
        let part = &run.text[range];
        if emoji {
            // Whole sequences, so their ligatures (flags, ZWJ families) form.
            pieces.push((EMOJI, part.to_string()));
            continue;
        }
        for ch in part.chars() {
            let face = face_for(ch, run.bold);
            match pieces.last_mut() {
                // Spaces and marks stay with the piece they follow, so words shape whole; not
                // with an emoji, whose face's space is more than an em wide.
                Some((f, piece)) if *f == face || (ch.is_whitespace() && *f != EMOJI) => piece.push(ch),
                _ => pieces.push((face, ch.to_string())),
            }
        }
    }
    let widths: Vec<f64> = pieces.iter().map(|(_, p)| text_width(p, run.size, run.bold)).collect();
    let total: f64 = widths.iter().sum();
    let mut x = match run.anchor {
        Anchor::Start => run.x,
        Anchor::Middle => run.x - total / 2.0,
        Anchor::End => run.x - total,
    };
    set_fill(surface, hex_color(&run.fill));
    for ((face, piece), w) in pieces.iter().zip(widths) {
        if let Some(font) = fonts.get(*face).cloned().flatten() {
            surface.draw_text(Point::from_xy(x as f32, run.y as f32), font, run.size as f32, piece, false, TextDirection::LeftToRight);
        }
        x += w;
    }
}

fn hex_color(hex: &str) -> rgb::Color {
    let h = hex.trim_start_matches('#');
    let byte = |i: usize| h.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()).unwrap_or(0);
    if h.len() == 6 { rgb::Color::new(byte(0), byte(2), byte(4)) } else { rgb::Color::new(29, 36, 51) }
}

/// The map at 1 unit per px, recorded once as a reusable form.
fn map_graphic(surface: &mut Surface, map: &Map, px: (f32, f32)) -> Result<Graphic, ExportError> {
    let mut builder = surface.stream_builder();
    let mut inner = builder.surface();
    draw_map(&mut inner, map, px, Transform::identity())?;
    inner.finish();
    Ok(Graphic::new(builder.finish(), false))
}

fn set_fill(surface: &mut Surface, color: rgb::Color) {
    surface.set_fill(Some(Fill { paint: color.into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }));
}

fn stroke_line(surface: &mut Surface, a: (f32, f32), b: (f32, f32), color: rgb::Color, dash: Option<f32>) {
    let mut pb = PathBuilder::new();
    pb.move_to(a.0, a.1);
    pb.line_to(b.0, b.1);
    let Some(path) = pb.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: color.into(),
        width: 0.75,
        dash: dash.map(|d| StrokeDash { array: vec![d, d], offset: 0.0 }),
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// A page label between `span.0` and `span.1`: from the left, or from the right when it reads
/// right to left (a Persian label). Each stretch in one font is shaped on its own, in its own
/// direction; a right-to-left line lays them from the right, spaces apart, so "صفحهٔ 3 از 9"
/// reads in order on the page and in pdftotext. Labels have no parentheses in right-to-left
/// catalogs: a Latin-font bracket would not be mirrored.
fn label_text(surface: &mut Surface, fonts: &[Option<Font>], span: (f32, f32), y: f32, size: f32, [r, g, b]: [u8; 3], text: &str) {
    if is_rtl(text) {
        // Drawn as the map's text is (usvg's bidi, `text::directed`'s marks), so a PDF reader
        // takes the words, numbers and punctuation back in reading order.
        let svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="{FAMILY}"><text x="{x}" y="{y}" font-size="{size}" fill="#{r:02x}{g:02x}{b:02x}" text-anchor="end">{}</text></svg>"##,
            xml(&directed(text)),
            w = span.1 + 1.0,
            h = y + size,
            x = span.1,
        );
        if let (Ok(tree), Some(size)) = (parse_svg(&svg), Size::from_wh(span.1 + 1.0, y + size)) {
            let _ = surface.draw_svg(&tree, size, SvgSettings::default());
        }
        return;
    }
    // The catalog's isolation marks around arguments: the pieces are placed here, in order.
    let text: String = text.chars().filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect();
    let rtl = is_rtl(&text);
    let mut pieces: Vec<(usize, String)> = Vec::new();
    for ch in text.chars() {
        let space = ch.is_whitespace();
        let face = if space { 0 } else { face_for(ch, false) };
        match pieces.last_mut() {
            Some((f, piece)) if *f == face && !(rtl && (space || piece.ends_with(char::is_whitespace))) => piece.push(ch),
            Some((f, piece)) if !rtl && space && *f != EMOJI => piece.push(ch),
            _ => pieces.push((face, ch.to_string())),
        }
    }
    if rtl {
        pieces.reverse();
    }
    let widths: Vec<f32> = pieces.iter().map(|(_, p)| text_width(p, f64::from(size), false) as f32).collect();
    let total: f32 = widths.iter().sum();
    let mut x = if rtl { span.1 - total } else { span.0 };
    set_fill(surface, rgb::Color::new(r, g, b));
    for ((face, piece), w) in pieces.iter().zip(widths) {
        if let Some(font) = fonts.get(*face).cloned().flatten() {
            let (direction, text) = if is_rtl(piece) {
                (TextDirection::RightToLeft, piece.clone())
            } else if rtl && !piece.trim().is_empty() {
                // A number or Latin word inside a right-to-left label: a mark after it gives the
                // space that follows back to the line, as `text::directed` does for the map.
                (TextDirection::LeftToRight, format!("{piece}\u{200f}"))
            } else {
                (TextDirection::LeftToRight, piece.clone())
            };
            surface.draw_text(Point::from_xy(x, y), font, size, &text, false, direction);
        }
        x += w;
    }
}

/// The whole map fitted on the first page, with the tile grid over it so a reader can find
/// the page that holds a part.
fn overview(surface: &mut Surface, graphic: &Graphic, t: &Tiling, map: (f32, f32), paper: Paper, fonts: &[Option<Font>], words: Words) {
    let top = MARGIN + LABEL_BAND;
    let room = (t.page.0 - 2.0 * MARGIN, t.page.1 - MARGIN - top);
    let fit = (room.0 / map.0).min(room.1 / map.1).min(1.0);
    surface.push_transform(&Transform::from_row(fit * PT_PER_PX, 0.0, 0.0, fit * PT_PER_PX, MARGIN, top));
    surface.draw_graphic(graphic.clone());
    surface.pop();
    let blue = rgb::Color::new(31, 78, 140);
    for r in 0..t.rows {
        for c in 0..t.columns {
            let x = MARGIN + c as f32 * (t.tile.0 - OVERLAP) * fit;
            let y = top + r as f32 * (t.tile.1 - OVERLAP) * fit;
            let w = (t.tile.0 * fit).min(MARGIN + map.0 * fit - x);
            let h = (t.tile.1 * fit).min(top + map.1 * fit - y);
            if let Ok(path) = rect_path(x, y, w, h) {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke { paint: blue.into(), width: 1.0, ..Stroke::default() }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
            // The page number on a white tab, so the map under it never hides it.
            let n = 2 + r * t.columns + c;
            let label = words.format("export-pdf-tab", &[("page", n.into())]);
            let lw = text_width(&label, 10.0, false) as f32;
            if let Ok(tab) = rect_path(x, y, 8.0 + lw, 15.0) {
                surface.set_stroke(None);
                set_fill(surface, rgb::Color::new(255, 255, 255));
                surface.draw_path(&tab);
            }
            label_text(surface, fonts, (x + 4.0, x + 4.0 + lw), y + 11.5, 10.0, [31, 78, 140], &label);
        }
    }
    let label = words.format(
        "export-pdf-overview",
        &[
            ("columns", t.columns.into()),
            ("rows", t.rows.into()),
            ("paper", paper.name().into()),
            ("count", (t.rows * t.columns).into()),
            ("width", (map.0 / 72.0 * 25.4).round().into()),
            ("height", (map.1 / 72.0 * 25.4).round().into()),
        ],
    );
    label_text(surface, fonts, (MARGIN, t.page.0 - MARGIN), MARGIN + 11.0, 9.0, [90, 100, 120], &label);
}
