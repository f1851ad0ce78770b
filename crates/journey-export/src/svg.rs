//! The map as SVG, drawn from the core's layout (the same geometry as the window): a title
//! block, the flow band, stage headers, lane labels, cards with their chips and tags, the
//! line of visibility and the emotion curves. Text stays text (searchable, selectable) in the
//! bundled Noto families. PNG and PDF are rendered from this document, so all three agree.

use std::collections::HashMap;
use std::fmt::Write;

use journey_core::layout::{curve_band, score_y, CardBox, Layout};
use journey_core::{layout, Card, CardBody, Direction, FlowKind, Id, Journey, LaneKind, Phase};

use crate::fonts::{split_emoji, text_width, EMOJI_FAMILY, FAMILY};
use crate::labels::Words;
use crate::text::{directed, ellipsize, is_rtl, wrap, xml};

/// Height of the title block above the map.
pub const TITLE: f64 = 64.0;

const INK: &str = "#1d2433";
const INK_SOFT: &str = "#5a6478";
const LINE: &str = "#dfe3ea";
const RECOGNIZE: &str = "#2f6fde";
const REQUEST: &str = "#7a4fd0";
const RESPOND: &str = "#1f9d6b";
const REPEAT: &str = "#e07a1f";
const PAIN: &str = "#d64545";
const NEUTRAL: &str = "#9aa3b5";

#[derive(Debug, Clone, Copy, Default)]
pub struct SvgOptions {
    /// Embed the journey as JSON in `<metadata>`, so the SVG can be imported again.
    pub metadata: bool,
    /// Leave text that needs complex shaping (Telugu) out of the SVG and return it as runs
    /// for the PDF writer to set itself (see `TextRun`).
    pub shaped_apart: bool,
    /// The language of the labels (legend, lane kinds, chips); the user's text stays as written.
    pub language: journey_i18n::Language,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A line of text in map coordinates (px, title included), as `<text>` would draw it.
///
/// Why: krilla-svg writes each shaped glyph on its own, so a Telugu cluster whose glyphs are
/// reordered (vowel signs drawn before their consonant) extracts from the PDF in the wrong
/// order. The PDF writer sets these lines with krilla's own text layout instead, which keeps
/// clusters whole, so pdftotext and search find the words.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub bold: bool,
    pub anchor: Anchor,
    /// `#rrggbb`.
    pub fill: String,
    pub text: String,
}

/// Text in a script whose shaping reorders glyphs (Telugu, the script the studio ships).
pub fn needs_own_shaping(s: &str) -> bool {
    s.chars().any(|c| matches!(c as u32, 0x0C00..=0x0C7F))
}

/// Where the drawing goes: the SVG text, and the runs set apart for the PDF.
struct Out {
    s: String,
    runs: Option<Vec<TextRun>>,
    /// Offset of the current group (the map sits below the title).
    dy: f64,
    /// The labels' language.
    w: Words,
}

impl Write for Out {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.s.push_str(s);
        Ok(())
    }
}

/// One `<text>` element's look.
struct Look<'a> {
    size: f64,
    bold: bool,
    italic: bool,
    fill: &'a str,
    anchor: Anchor,
    /// Padding of a white plate behind the letters (labels over lines).
    halo: Option<f64>,
}

impl Look<'_> {
    fn plain(size: f64, bold: bool, fill: &str) -> Look<'_> {
        Look { size, bold, italic: false, fill, anchor: Anchor::Start, halo: None }
    }
}

impl Out {
    /// Every `<text>` of the map is written here, so escaping, direction and the runs set
    /// apart for the PDF are decided in one place.
    fn text(&mut self, x: f64, y: f64, look: &Look, content: &str) {
        if let Some(pad) = look.halo {
            // A white plate behind labels that sit over lines. Not a stroke with paint-order:
            // PDF converters draw that stroke over the letters.
            let w = text_width(content, look.size, look.bold);
            let left = match look.anchor {
                Anchor::Start => x,
                Anchor::Middle => x - w / 2.0,
                Anchor::End => x - w,
            };
            let _ = writeln!(
                self.s,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="3" fill="#ffffff" fill-opacity="0.9"/>"##,
                left - pad / 2.0,
                y - look.size,
                w + pad,
                look.size * 1.35
            );
        }
        if let Some(runs) = self.runs.as_mut().filter(|_| needs_own_shaping(content)) {
            runs.push(TextRun {
                x,
                y: y + self.dy,
                size: look.size,
                bold: look.bold,
                anchor: look.anchor,
                fill: look.fill.to_string(),
                text: content.to_string(),
            });
            return;
        }
        let weight = if look.bold { r#" font-weight="700""# } else { "" };
        let italic = if look.italic { r#" font-style="italic""# } else { "" };
        let pieces = chunks(content);
        if pieces.len() > 1 || pieces.iter().any(|(family, _)| family.is_some()) {
            self.placed_pieces(x, y, look, content, &pieces, weight, italic);
            return;
        }
        let anchor = match look.anchor {
            Anchor::Start => "",
            Anchor::Middle => r#" text-anchor="middle""#,
            Anchor::End => r#" text-anchor="end""#,
        };
        let _ = writeln!(
            self.s,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{}"{weight}{italic} fill="{}"{anchor}>{}</text>"#,
            look.size,
            look.fill,
            xml(&directed(content))
        );
    }

    /// A line with emoji, or with Telugu beside other letters (`chunks`): each emoji sequence,
    /// each Telugu stretch and each stretch of other text is a text chunk
    /// of its own (a `<tspan>` with its own `x`, placed by measured width), the emoji ones in
    /// the emoji family. Why: usvg shapes a chunk with one font and falls back character by
    /// character, merging the results glyph for glyph; a sequence that is one glyph in the
    /// emoji face (a flag, a ZWJ family) or a Telugu or Persian word beside an emoji then comes
    /// out as boxes or with letters lost, and Telugu after a Latin word loses its conjuncts and
    /// vowel signs (its viramas drawn as marks). Chunks of one face each are shaped whole.
    /// A right-to-left line's pieces are laid right to left (emoji are neutral, so they sit
    /// between the words they were typed between).
    #[allow(clippy::too_many_arguments)]
    fn placed_pieces(&mut self, x: f64, y: f64, look: &Look, content: &str, pieces: &[(Option<&str>, std::ops::Range<usize>)], weight: &str, italic: &str) {
        let widths: Vec<f64> = pieces.iter().map(|(_, r)| text_width(&content[r.clone()], look.size, look.bold)).collect();
        let total: f64 = widths.iter().sum();
        let mut left = match look.anchor {
            Anchor::Start => x,
            Anchor::Middle => x - total / 2.0,
            Anchor::End => x - total,
        };
        let rtl = is_rtl(content);
        let mut order: Vec<usize> = (0..pieces.len()).collect();
        if rtl {
            order.reverse();
        }
        let _ = write!(self.s, r#"<text x="{left:.1}" y="{y:.1}" font-size="{}"{weight}{italic} fill="{}">"#, look.size, look.fill);
        for i in order {
            let (face, range) = &pieces[i];
            let piece = &content[range.clone()];
            let emoji = *face == Some(EMOJI_FAMILY);
            let family = face.map(|f| format!(r#" font-family="{f}""#)).unwrap_or_default();
            let shown = if emoji || !rtl { directed(piece) } else { right_to_left(piece) };
            let _ = write!(self.s, r#"<tspan x="{left:.1}"{family}>{}</tspan>"#, xml(&shown));
            left += widths[i];
        }
        self.s.push_str("</text>\n");
    }
}

const TELUGU_FAMILY: &str = "'Noto Sans Telugu'";

fn is_telugu(ch: char) -> bool {
    matches!(ch as u32, 0x0C00..=0x0C7F)
}

/// A line cut into the chunks usvg must shape apart, each with the family to set it in (`None`:
/// the map's list): emoji sequences in the emoji face; in a line where Telugu and other letters
/// meet, each Telugu stretch in the Telugu face. Spaces and joiners stay with the stretch they
/// follow, so a Telugu phrase is shaped whole. Persian beside Latin shapes correctly as one
/// chunk (the same glyphs as alone), so it is not cut.
fn chunks(content: &str) -> Vec<(Option<&'static str>, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (emoji, range) in split_emoji(content) {
        let piece = &content[range.clone()];
        let strong = |c: &char| !c.is_whitespace() && !matches!(*c, '\u{200c}' | '\u{200d}') && !crate::fonts::is_bidi_control(*c);
        let mixed = !emoji && piece.chars().filter(strong).any(is_telugu) && piece.chars().filter(strong).any(|c| !is_telugu(c));
        if !mixed {
            out.push((emoji.then_some(EMOJI_FAMILY), range));
            continue;
        }
        let mut current: Option<(bool, std::ops::Range<usize>)> = None;
        for (at, ch) in piece.char_indices() {
            let (at, end) = (range.start + at, range.start + at + ch.len_utf8());
            match current.as_mut() {
                Some((telugu, r)) if !strong(&ch) || is_telugu(ch) == *telugu => r.end = end,
                _ => {
                    if let Some((telugu, r)) = current.take() {
                        out.push((telugu.then_some(TELUGU_FAMILY), r));
                    }
                    current = Some((is_telugu(ch), at..end));
                }
            }
        }
        if let Some((telugu, r)) = current {
            out.push((telugu.then_some(TELUGU_FAMILY), r));
        }
    }
    out
}

/// A piece of a right-to-left line as its own chunk: right to left whatever its first letter,
/// and the spaces at its ends outside the isolate, where the line's direction puts them (the
/// space after a word on its left). Inside, the bidi algorithm would give a space at the end of
/// the isolate to the chunk's own direction, left to right, and draw it on the word's right.
fn right_to_left(piece: &str) -> String {
    let word = piece.trim_matches(' ');
    if word.is_empty() {
        return piece.to_string();
    }
    let before = &piece[..piece.len() - piece.trim_start_matches(' ').len()];
    let after = &piece[piece.trim_end_matches(' ').len()..];
    let inner = if is_rtl(word) { directed(word) } else { format!("\u{2067}{word}\u{2069}") };
    format!("{after}{inner}{before}")
}

/// The map's size in SVG user units (px at 1x), title included.
pub fn size(l: &Layout) -> (f64, f64) {
    (l.width.max(480.0), l.height + TITLE)
}

pub fn to_svg(j: &Journey, opts: SvgOptions) -> String {
    render(j, &layout(j), opts).0
}

/// The SVG, and the text runs set apart when `opts.shaped_apart` (else none).
pub fn render(j: &Journey, l: &Layout, opts: SvgOptions) -> (String, Vec<TextRun>) {
    let (w, h) = size(l);
    let mut out = Out { s: String::with_capacity(4096 + j.cards.len() * 900), runs: opts.shaped_apart.then(Vec::new), dy: 0.0, w: Words::new(opts.language) };
    let s = &mut out;
    let _ = write!(
        s,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FAMILY}" font-size="13" fill="{INK}">
<title>{}</title>
"#,
        xml(&j.name)
    );
    if opts.metadata {
        // The journey document, escaped as text: the SVG carries its own data for re-import.
        let _ = writeln!(s, "<metadata id=\"journey-studio\">{}</metadata>", xml_block(&crate::json::to_json(std::slice::from_ref(j))));
    }
    let _ = write!(
        s,
        r##"<defs>
<marker id="arrow-next" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 8 4 0 8z" fill="{NEUTRAL}"/></marker>
<marker id="arrow-branch" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 8 4 0 8z" fill="{REQUEST}"/></marker>
<marker id="arrow-repeat" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 8 4 0 8z" fill="{REPEAT}"/></marker>
</defs>
<rect width="{w}" height="{h}" fill="#ffffff"/>
"##
    );
    title(s, j, w);
    let _ = writeln!(s, r#"<g transform="translate(0 {TITLE})">"#);
    s.dy = TITLE;
    grid(s, j, l);
    flows(s, l);
    headers(s, j, l);
    lane_labels(s, j, l);
    let cards: HashMap<Id, &Card> = j.cards.iter().map(|(id, c)| (*id, c)).collect();
    for b in &l.cards {
        if let Some(c) = cards.get(&b.card) {
            card(s, j, c, b, l.direction);
        }
    }
    curves(s, j, l);
    s.s.push_str("</g>\n</svg>\n");
    (out.s, out.runs.unwrap_or_default())
}

/// Text for the inside of an element: escaped, line breaks kept (JSON is pretty-printed).
fn xml_block(text: &str) -> String {
    text.split('\n').map(xml).collect::<Vec<_>>().join("\n")
}

/// A line of text, right-aligned at `right` instead of `x` when it reads right to left.
#[allow(clippy::too_many_arguments)]
fn text(s: &mut Out, x: f64, right: f64, y: f64, size: f64, bold: bool, fill: &str, content: &str) {
    let mut look = Look::plain(size, bold, fill);
    let x = if is_rtl(content) {
        look.anchor = Anchor::End;
        right
    } else {
        x
    };
    s.text(x, y, &look, content);
}

fn title(s: &mut Out, j: &Journey, w: f64) {
    let name = ellipsize(&j.name, w - 40.0, 20.0, true);
    text(s, 20.0, w - 20.0, 30.0, 20.0, true, INK, &name);
    let mut sub = j.goal.clone();
    if let Some(p) = j.personas.first() {
        let who = if p.role.is_empty() { p.name.clone() } else { format!("{} · {}", p.name, p.role) };
        sub = if sub.is_empty() { who } else { s.w.format("export-goal-persona", &[("goal", s.w.user(&sub)), ("persona", s.w.user(&who))]) };
    }
    if !sub.is_empty() {
        text(s, 20.0, w - 20.0, 52.0, 12.5, false, INK_SOFT, &ellipsize(&sub, w - 40.0, 12.5, false));
    }
    let _ = writeln!(s, r#"<line x1="0" x2="{w}" y1="{TITLE}" y2="{TITLE}" stroke="{LINE}"/>"#);
}

fn grid(s: &mut Out, j: &Journey, l: &Layout) {
    for (i, c) in l.columns_in_reading_order().enumerate() {
        let fill = if i % 2 == 1 { "#fafbfc" } else { "#ffffff" };
        let _ = writeln!(
            s,
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}"/><line x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{:.1}" stroke="{LINE}"/>"#,
            c.x, l.header_top, c.width, l.height - l.header_top, l.header_top, l.height, x = c.x
        );
    }
    for r in &l.rows {
        let y = r.y + r.height;
        let _ = writeln!(s, r#"<line x1="0" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{LINE}"/>"#, l.width);
    }
    let _ = writeln!(s, r#"<line x1="0" x2="{:.1}" y1="{b:.1}" y2="{b:.1}" stroke="{LINE}"/>"#, l.width, b = l.body_top);
    if let Some(y) = l.visibility_line {
        let _ = writeln!(
            s,
            r#"<line x1="0" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{INK_SOFT}" stroke-width="2" stroke-dasharray="6 4"/>"#,
            l.width
        );
        let label = s.w.text("export-line-of-visibility");
        let lw = text_width(&label, 11.0, false) + 12.0;
        // At the end of the map away from the lane labels: the right end, or the left one when
        // the map runs right to left.
        let left = if l.direction == Direction::Rtl { 12.0 } else { l.width - 12.0 - lw };
        let _ = writeln!(s, r##"<rect x="{left:.1}" y="{:.1}" width="{lw:.1}" height="16" fill="#ffffff"/>"##, y - 8.0);
        text(s, left + 6.0, left + lw, y + 4.0, 11.0, false, INK_SOFT, &label);
    }
    let _ = j;
}

fn flows(s: &mut Out, l: &Layout) {
    let h = l.header_top;
    let column = l.columns.first().map_or(0.0, |c| c.width);
    for f in &l.flows {
        let (kind, color) = match f.kind {
            FlowKind::Next => ("next", NEUTRAL),
            FlowKind::Branch => ("branch", REQUEST),
            FlowKind::Repeat => ("repeat", REPEAT),
        };
        // Right to left, a flow to the next stage goes leftwards: the arrow points the way the
        // flow goes, from its own stage's column edge towards the next one.
        let way = if f.to_x < f.from_x { -1.0 } else { 1.0 };
        let adjacent = ((f.to_x - f.from_x).abs() - column).abs() < 1.0;
        if f.kind == FlowKind::Next && adjacent {
            let x1 = f.from_x + way * (column / 2.0 - 14.0);
            let _ = writeln!(
                s,
                r#"<line x1="{x1:.1}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{color}" stroke-width="1.5" marker-end="url(#arrow-next)"/>"#,
                x1 + way * 20.0,
                y = h - 10.0
            );
            continue;
        }
        let lift = if f.kind == FlowKind::Repeat { h - 6.0 } else { (14.0 + (f.to_x - f.from_x).abs() / 40.0).min(h - 8.0) };
        let dash = if f.kind == FlowKind::Branch { r#" stroke-dasharray="5 4""# } else { "" };
        let width = if f.kind == FlowKind::Repeat { 2.0 } else { 1.5 };
        let _ = writeln!(
            s,
            r#"<path d="M {a:.1} {b:.1} C {a:.1} {c:.1}, {d:.1} {c:.1}, {d:.1} {b:.1}" fill="none" stroke="{color}" stroke-width="{width}"{dash} marker-end="url(#arrow-{kind})"/>"#,
            a = f.from_x,
            b = h - 4.0,
            c = h - lift,
            d = f.to_x
        );
        if !f.label.is_empty() {
            let mid = (f.from_x + f.to_x) / 2.0;
            // Both control points sit at the same height, so the arc peaks at 3/4 of its lift. A
            // repeat loop's label goes over its high arc and a branch's over its low one, so
            // the two never share a line and no arc runs through letters (as on screen).
            let peak = h - 4.0 - 0.75 * (lift - 4.0);
            let y = (peak - 5.0).max(12.0);
            let label = if f.kind == FlowKind::Repeat { s.w.format("export-repeat-flow", &[("label", s.w.user(&f.label))]) } else { f.label.clone() };
            let label = ellipsize(&label, (f.to_x - f.from_x).abs().max(120.0), 11.0, false);
            let repeat = f.kind == FlowKind::Repeat;
            let look = Look { anchor: Anchor::Middle, halo: Some(5.0), ..Look::plain(11.0, repeat, if repeat { REPEAT } else { INK_SOFT }) };
            s.text(mid, y, &look, &label);
        }
    }
}

fn phase_colors(p: Option<&Phase>) -> (&'static str, &'static str) {
    match p {
        Some(Phase::Recognize) => (RECOGNIZE, "#e5eefc"),
        Some(Phase::Request) => (REQUEST, "#f0eafb"),
        Some(Phase::Respond) => (RESPOND, "#e3f5ee"),
        Some(Phase::Repeat) => (REPEAT, "#fcefe3"),
        _ => ("#c5cbd6", "#eef0f4"),
    }
}

/// A rounded label with text: returns its width.
#[allow(clippy::too_many_arguments)]
fn chip(s: &mut Out, x: f64, y: f64, label: &str, size: f64, bold: bool, fg: &str, bg: &str) -> f64 {
    let w = text_width(label, size, bold) + 14.0;
    let _ = writeln!(s, r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" rx="{r:.1}" fill="{bg}"/>"#, h = size + 7.0, r = (size + 7.0) / 2.0);
    s.text(x + 7.0, y + size + 1.5, &Look::plain(size, bold, fg), label);
    w
}

fn headers(s: &mut Out, j: &Journey, l: &Layout) {
    let rtl = l.direction == Direction::Rtl;
    for (i, c) in l.columns_in_reading_order().enumerate() {
        let Some(stage) = j.graph.stage(c.stage) else { continue };
        let (color, tint) = phase_colors(stage.phase.as_ref());
        let top = l.header_top;
        let _ = writeln!(s, r#"<rect x="{:.1}" y="{top:.1}" width="{:.1}" height="4" fill="{color}"/>"#, c.x, c.width);
        // Laid out from the header's start (its left edge, or its right one right to left):
        // `at(offset, width)` is the left edge of a box `offset` px in from the start.
        let at = |offset: f64, w: f64| if rtl { c.x + c.width - offset - w } else { c.x + offset };
        let index = s.w.number((i + 1) as f64);
        let iw = text_width(&index, 11.0, true);
        s.text(at(12.0, iw), top + 23.0, &Look::plain(11.0, true, INK_SOFT), &index);
        let mut offset = 12.0 + iw + 6.0;
        if let Some(p) = &stage.phase {
            let fg = if matches!(p, Phase::Custom(_) | Phase::BeforePurchase | Phase::DuringPurchase | Phase::AfterPurchase) { INK_SOFT } else { color };
            let label = ellipsize(&s.w.phase(p), 110.0, 11.0, true);
            let w = text_width(&label, 11.0, true) + 14.0;
            chip(s, at(offset, w), top + 12.0, &label, 11.0, true, fg, tint);
            offset += w + 6.0;
        }
        let metric = [
            ("NPS", &stage.metrics.nps),
            ("CSAT", &stage.metrics.csat),
            ("CES", &stage.metrics.ces),
        ]
        .into_iter()
        .find_map(|(name, m)| {
            m.as_ref()
                .map(|m| format!("{name} {}", s.w.number(m.value)))
        });
        if let Some(m) = metric {
            let mw = text_width(&m, 11.0, false);
            if offset + mw < c.width - 12.0 {
                s.text(at(c.width - 12.0 - mw, mw), top + 23.0, &Look::plain(11.0, false, INK_SOFT), &m);
            }
        }
        let name = ellipsize(&stage.name, c.width - 24.0, 15.0, true);
        text(s, c.x + 12.0, c.x + c.width - 12.0, top + 50.0, 15.0, true, INK, &name);
    }
}

fn lane_color(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Touchpoints => RECOGNIZE,
        LaneKind::Emotions => "#e0b01f",
        LaneKind::PainPoints => PAIN,
        LaneKind::Opportunities => RESPOND,
        LaneKind::Thoughts => REQUEST,
        _ => "#c5cbd6",
    }
}

/// The core's names (`LaneKind::label` etc.), the ones the window shows too.
pub fn lane_kind_label(kind: LaneKind) -> &'static str {
    kind.label()
}

fn lane_labels(s: &mut Out, j: &Journey, l: &Layout) {
    let rtl = l.direction == Direction::Rtl;
    let (x0, x1) = (l.label_x, l.label_x + l.label_width);
    // The rule between the labels and the first stage, and the lane's colour bar on the map's
    // outer edge: right of the labels when the map runs right to left.
    let (rule, bar) = if rtl { (x0, x1 - 4.0) } else { (x1, x0) };
    let _ = writeln!(
        s,
        r##"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#ffffff"/><line x1="{rule:.1}" x2="{rule:.1}" y1="{:.1}" y2="{:.1}" stroke="{LINE}"/>"##,
        l.header_top,
        l.label_width,
        l.height - l.header_top,
        l.header_top,
        l.height,
    );
    // Right to left, every label starts at the right, Latin ones too (as the window draws them).
    let line = |s: &mut Out, inset: f64, y: f64, size: f64, bold: bool, fill: &str, content: &str| {
        if rtl {
            let look = Look { anchor: Anchor::End, ..Look::plain(size, bold, fill) };
            s.text(x1 - inset, y, &look, content);
        } else {
            text(s, x0 + inset, x1 - 14.0, y, size, bold, fill, content);
        }
    };
    let (stages, lanes) = (s.w.text("export-stages-heading"), s.w.text("export-lanes-heading"));
    line(s, 14.0, l.body_top - 26.0, 10.5, true, INK_SOFT, &stages);
    line(s, 14.0, l.body_top - 12.0, 10.5, true, INK_SOFT, &lanes);
    for r in &l.rows {
        let Some(lane) = j.lane(r.lane) else { continue };
        let _ = writeln!(s, r#"<rect x="{bar:.1}" y="{:.1}" width="4" height="{:.1}" fill="{}"/>"#, r.y, r.height, lane_color(lane.kind));
        let lines = wrap(&lane.name, l.label_width - 32.0, 13.5, true, 2);
        let mut y = r.y + 26.0;
        for text in &lines {
            line(s, 18.0, y, 13.5, true, INK, text);
            y += 18.0;
        }
        let kind = s.w.lane_kind(lane.kind);
        line(s, 18.0, y, 11.0, false, INK_SOFT, &kind);
    }
}

/// Colour of an emotion score: red at the bottom of the scale, green at the top (as on screen).
pub fn emotion_color(j: &Journey, score: i32) -> String {
    let t = j.scale.fraction(score);
    let hue = (4.0 + t * 136.0).round();
    hsl(hue, 0.62, 0.42)
}

fn hsl(h: f64, s: f64, l: f64) -> String {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", to(r), to(g), to(b))
}

/// A colour from the user's data only when it is a plain hex colour: anything else could
/// break out of the attribute it is written into.
pub fn safe_color<'a>(value: &'a str, fallback: &'a str) -> &'a str {
    let v = value.trim();
    let hex = v.strip_prefix('#').is_some_and(|h| matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit()));
    if hex { v } else { fallback }
}

pub fn pillar_label(p: journey_core::CxPillar) -> &'static str {
    p.label()
}

pub fn loyalty_label(p: journey_core::LoyaltyPillar) -> &'static str {
    p.label()
}

pub fn friction_label(f: &journey_core::Friction) -> &str {
    f.label()
}

pub fn emotion_name<'a>(j: &'a Journey, score: i32, own: &'a str) -> &'a str {
    if own.is_empty() { j.scale.name_of(score).unwrap_or("") } else { own }
}

fn star(s: &mut Out, cx: f64, cy: f64, r: f64) {
    let mut d = String::new();
    for i in 0..10 {
        let radius = if i % 2 == 0 { r } else { r * 0.45 };
        let a = std::f64::consts::PI * (f64::from(i) / 5.0) - std::f64::consts::FRAC_PI_2;
        let _ = write!(d, "{}{:.2} {:.2} ", if i == 0 { "M" } else { "L" }, cx + radius * a.cos(), cy + radius * a.sin());
    }
    let title = xml(&s.w.text("moment-of-truth"));
    let _ = writeln!(s, r##"<path d="{d}Z" fill="#e0a01f"><title>{title}</title></path>"##);
}

fn card(s: &mut Out, j: &Journey, c: &Card, b: &CardBox, dir: Direction) {
    let (accent, bg) = match &c.body {
        CardBody::Touchpoint(_) => (RECOGNIZE, "#ffffff"),
        CardBody::PainPoint(_) => (PAIN, "#fffafa"),
        CardBody::Opportunity(_) => (RESPOND, "#f8fdfb"),
        CardBody::Quote { .. } => (REQUEST, "#ffffff"),
        CardBody::Note => (NEUTRAL, "#ffffff"),
    };
    let _ = writeln!(s, "<g>");
    let _ = writeln!(
        s,
        r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="8" fill="{bg}" stroke="{LINE}"/><path d="M {:.1} {:.1} a 8 8 0 0 1 8 -8 h {:.1} a 8 8 0 0 1 8 8 v -5 h {:.1} z" fill="{accent}"/>"#,
        b.x,
        b.y,
        b.width,
        b.height,
        b.x,
        b.y + 8.0,
        b.width - 16.0,
        -(b.width),
    );
    let left = b.x + 10.0;
    let right = b.x + b.width - 10.0;
    let top = b.y + 10.0;
    // Chips are placed as on a left-to-right card, then mirrored inside the card when the map
    // runs right to left: `at(x, w)` is where a chip laid out at `x`, `w` wide, really goes.
    let at = |x: f64, w: f64| if dir == Direction::Rtl { left + right - x - w } else { x };
    let chip = |s: &mut Out, x: f64, y: f64, label: &str, size: f64, bold: bool, fg: &str, bg: &str| -> f64 {
        let w = text_width(label, size, bold) + 14.0;
        chip(s, at(x, w), y, label, size, bold, fg, bg)
    };
    let mut tags: Vec<(String, &str, &str)> = Vec::new();
    let note = matches!(c.body, CardBody::Note);
    match &c.body {
        CardBody::Touchpoint(t) => {
            let mut x = left;
            if let Some(ch) = &t.channel {
                x += chip(s, x, top, &ellipsize(&s.w.channel(ch), 90.0, 11.5, true), 11.5, true, INK, "#eef0f4") + 6.0;
            }
            if t.moment_of_truth {
                star(s, at(x, 14.0) + 7.0, top + 9.0, 7.0);
            }
            if let Some(e) = &t.emotion {
                let label = format!(
                    "{} {}",
                    s.w.score(e.score),
                    s.w.emotion(j, e.score, &e.name)
                );
                let label = ellipsize(label.trim_end(), 100.0, 11.5, true);
                let w = text_width(&label, 11.5, true) + 14.0;
                chip(s, right - w, top, &label, 11.5, true, "#ffffff", &emotion_color(j, e.score));
            }
            if t.sacrifice.is_some() {
                tags.push((s.w.text("sacrifice"), "#9a5b00", "#fdf1dc"));
            }
        }
        CardBody::PainPoint(p) => {
            let weight = p.priority();
            let (fg, bg) = match weight.div_ceil(6).min(4) {
                0 | 1 => ("#8a5a00", "#fdf1dc"),
                2 => ("#a33a00", "#fde3d2"),
                3 => ("#ffffff", "#d9622b"),
                _ => ("#ffffff", PAIN),
            };
            let label = s.w.format("export-pain-weight", &[("severity", p.severity.into()), ("frequency", p.frequency.into()), ("weight", weight.into())]);
            chip(s, left, top, &label, 11.5, true, fg, bg);
            if let Some(pl) = p.pillar {
                tags.push((s.w.pillar(pl), "#8a2f2f", "#fbe7e7"));
            }
            if let Some(f) = &p.friction {
                tags.push((s.w.friction(f), INK_SOFT, "#eef0f4"));
            }
        }
        CardBody::Opportunity(o) => {
            let label = s.w.format("export-value-effort", &[("value", o.value.into()), ("effort", o.effort.into())]);
            chip(s, left, top, &label, 11.5, true, "#17694a", "#e3f5ee");
            if let Some(lp) = o.loyalty_pillar {
                tags.push((s.w.loyalty(lp), "#17694a", "#e3f5ee"));
            }
            if !o.answers.is_empty() {
                tags.push((s.w.format("export-answers-pains", &[("count", o.answers.len().into())]), INK_SOFT, "#eef0f4"));
            }
        }
        CardBody::Quote { speaker } => {
            let who = if speaker.is_empty() { s.w.card_kind(journey_core::CardKind::Quote) } else { speaker.clone() };
            chip(s, left, top, &ellipsize(&format!("“ {who}"), 150.0, 11.5, true), 11.5, true, REQUEST, "#f0eafb");
        }
        CardBody::Note => {}
    }
    // The text: wrapped to the card, at most the lines the layout made room for.
    let width = b.width - 20.0;
    let lines = wrap(&c.text, width, 13.0, false, b.lines.max(1) as usize);
    let text_top = if note { b.y + (b.height - lines.len() as f64 * 18.0) / 2.0 } else { b.y + 34.0 };
    let italic = matches!(c.body, CardBody::Quote { .. });
    for (i, line) in lines.iter().enumerate() {
        let y = text_top + 13.5 + i as f64 * 18.0;
        let rtl = is_rtl(line) || (i > 0 && is_rtl(&c.text) && !line.chars().any(char::is_alphabetic));
        let look = Look { italic, anchor: if rtl { Anchor::End } else { Anchor::Start }, ..Look::plain(13.0, false, INK) };
        s.text(if rtl { right } else { left }, y, &look, line);
    }
    // Workshop facts first: the last vote's dots, and who wrote the card.
    if c.workshop.votes > 0 {
        tags.insert(
            0,
            (
                format!("{} ●", s.w.number(f64::from(c.workshop.votes))),
                "#8a5a00",
                "#fff4d6",
            ),
        );
    }
    if let Some(author) = &c.workshop.author {
        tags.push((author.clone(), INK_SOFT, "#ffffff"));
    }
    let mut x = left;
    let ty = b.y + b.height - 24.0;
    for (label, fg, bg) in tags {
        let label = ellipsize(&label, right - x - 14.0, 11.0, false);
        if x + text_width(&label, 11.0, false) + 14.0 > right + 0.5 {
            break;
        }
        x += chip(s, x, ty, &label, 11.0, false, fg, bg) + 6.0;
    }
    s.s.push_str("</g>\n");
}

fn curves(s: &mut Out, j: &Journey, l: &Layout) {
    let Some(first) = l.curves.first() else { return };
    let Some(row) = l.rows.iter().find(|r| r.lane == first.lane) else { return };
    let (min, max) = (j.scale.min, j.scale.max);
    let middle = if (min..=max).contains(&0) { 0 } else { (min + max) / 2 };
    let rtl = l.direction == Direction::Rtl;
    // The stages' span: right of the labels, or left of them when the map runs right to left.
    let (span0, span1) = if rtl { (0.0, l.label_x) } else { (l.label_width, l.width) };
    let (band_y, band_height) = curve_band(row);
    for g in [max, middle, min] {
        let y = score_y(j, band_y, band_height, g);
        let dash = if g == 0 { r#" stroke-dasharray="4 4""# } else { "" };
        let color = if g == 0 { "#c9ceda" } else { "#e6e9ef" };
        let _ = writeln!(
            s,
            r#"<line x1="{span0:.1}" x2="{span1:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{color}"{dash}/>"#
        );
        let label = format!("{} {}", s.w.score(g), s.w.emotion(j, g, ""));
        if rtl {
            let look = Look { anchor: Anchor::End, ..Look::plain(10.5, false, "#9aa3b5") };
            s.text(span1 - 6.0, y - 4.0, &look, label.trim_end());
        } else {
            text(s, span0 + 6.0, span0 + 200.0, y - 4.0, 10.5, false, "#9aa3b5", label.trim_end());
        }
    }
    let persona_color = |id: Option<Id>| -> String {
        match id {
            Some(id) => j.persona(id).map_or(REQUEST, |p| safe_color(&p.color, REQUEST)).to_string(),
            None => j.personas.first().map_or(RECOGNIZE, |p| safe_color(&p.color, RECOGNIZE)).to_string(),
        }
    };
    for curve in &l.curves {
        let color = persona_color(curve.persona);
        let _ = writeln!(
            s,
            r#"<path d="{}" fill="none" stroke="{color}" stroke-width="3" stroke-linecap="round" opacity="0.85"/>"#,
            smooth_path(&curve.points.iter().map(|p| (p.x, p.y)).collect::<Vec<_>>())
        );
        for p in &curve.points {
            let own = j.card(p.card).and_then(Card::emotion).map_or("", |e| e.name.as_str());
            let name = s.w.emotion(j, p.score, if curve.persona.is_none() { own } else { "" });
            let _ = writeln!(
                s,
                r##"<circle cx="{:.1}" cy="{:.1}" r="7" fill="{}" stroke="#ffffff" stroke-width="2.5"/>"##,
                p.x,
                p.y,
                emotion_color(j, p.score)
            );
            if !name.is_empty() && curve.persona.is_none() {
                let below = f64::from(p.score) >= f64::from(min + max) / 2.0;
                let y = p.y + if below { 20.0 } else { -12.0 };
                let look = Look { anchor: Anchor::Middle, halo: Some(4.0), ..Look::plain(11.0, true, INK) };
                s.text(p.x, y, &look, &ellipsize(&name, 100.0, 11.0, true));
            }
        }
    }
    if l.curves.len() > 1 {
        // A legend, as on screen: which colour is which persona (beyond the top guide's label,
        // running from the lane labels into the map).
        let mut offset = 140.0;
        let y = band_y + 4.0;
        for curve in &l.curves {
            let name = match curve.persona {
                Some(id) => j.persona(id).map_or_else(|| s.w.text("export-legend-persona"), |p| p.name.clone()),
                None => j.personas.first().map_or_else(|| s.w.text("export-legend-journey"), |p| p.name.clone()),
            };
            let name = ellipsize(&name, 160.0, 11.0, false);
            let tw = text_width(&name, 11.0, false);
            let (swatch, label) = if rtl { (span1 - offset - 14.0, span1 - offset - 18.0 - tw) } else { (span0 + offset, span0 + offset + 18.0) };
            let _ = writeln!(s, r#"<rect x="{swatch:.1}" y="{:.1}" width="14" height="3" rx="1.5" fill="{}"/>"#, y + 6.0, persona_color(curve.persona));
            text(s, label, label + tw, y + 10.0, 11.0, false, INK, &name);
            offset += 18.0 + tw + 14.0;
        }
    }
}

/// A smooth path through points (Catmull-Rom turned into cubic Béziers), as on screen.
fn smooth_path(points: &[(f64, f64)]) -> String {
    let Some(first) = points.first() else { return String::new() };
    let mut d = format!("M {:.1} {:.1}", first.0, first.1);
    for i in 0..points.len().saturating_sub(1) {
        let p0 = if i > 0 { points[i - 1] } else { points[i] };
        let p1 = points[i];
        let p2 = points[i + 1];
        let p3 = points.get(i + 2).copied().unwrap_or(p2);
        // Control points stay between the two ends in x: a curve over the journey never runs
        // back, even where two touchpoints sit close together after a wide gap.
        let within = |x: f64| x.clamp(p1.0, p2.0.max(p1.0));
        let c1 = (within(p1.0 + (p2.0 - p0.0) / 6.0), p1.1 + (p2.1 - p0.1) / 6.0);
        let c2 = (within(p2.0 - (p3.0 - p1.0) / 6.0), p2.1 - (p3.1 - p1.1) / 6.0);
        let _ = write!(d, " C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}", c1.0, c1.1, c2.0, c2.1, p2.0, p2.1);
    }
    d
}
