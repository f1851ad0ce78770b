//! The map exports read back by independent parsers: SVG by an XML parser, PNG by a PNG
//! decoder, PDF by poppler's pdfinfo and pdftotext (the tools a user's machine has).

use std::process::Command;
use std::sync::atomic::AtomicBool;

use journey_core::sample::{sample_journeys, starter_journey, synthetic_journey};
use journey_core::{new_id, Card, CardBody, Journey, Touchpoint};
use journey_export::pdf::{self, Pages, Paper};
use journey_export::svg::{self, SvgOptions};
use journey_export::{export_file, png, ExportError, ExportOptions, Format, Job};

const RUSSIAN: &str = "Ждёт ответа службы поддержки";
const TAGALOG: &str = "Naghihintay ng sagot mula sa suporta";
const PERSIAN: &str = "قیمت نهایی را در صفحه پرداخت می‌بیند";
const TELUGU: &str = "డెలివరీ ఫీజు చివరలో మాత్రమే కనిపిస్తుంది";

/// A journey whose cards are in four scripts, one per stage.
fn four_scripts() -> Journey {
    let mut j = starter_journey("Four scripts");
    let stages = j.graph.order();
    let lane = j.lanes_in_order()[1].id;
    for (i, text) in [RUSSIAN, TAGALOG, PERSIAN, TELUGU].iter().enumerate() {
        let card = Card { workshop: Default::default(), id: new_id(), stage: stages[i], lane, rank: 1.0, text: (*text).into(), body: CardBody::Touchpoint(Touchpoint::default()) };
        j.cards.insert(card.id, card);
    }
    j
}

fn hostile() -> Journey {
    let mut j = sample_journeys().remove(0);
    let evil = "</text></svg><script>alert(1)</script> & \"quoted\" 'single' \u{1}\u{7}\u{1b} ]]> <!-- x";
    j.name = evil.into();
    if let Some(p) = j.personas.first_mut() {
        p.color = "red\" onload=\"alert(1)".into();
    }
    for (i, c) in j.cards.values_mut().enumerate() {
        c.text = if i == 0 { "long ".repeat(2000) } else { evil.into() };
    }
    j
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} could not run ({e}); scripts/deps.sh test installs poppler-utils"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pdf_pages(path: &std::path::Path) -> usize {
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
}

/// Text of a PDF with the bidi controls and joiners renderers add or drop removed.
fn pdf_text(path: &std::path::Path, args: &[&str]) -> String {
    let mut all: Vec<&str> = args.to_vec();
    all.extend([path.to_str().unwrap(), "-"]);
    plain(&tool("pdftotext", &all))
}

fn plain(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{200c}' | '\u{200d}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect()
}

#[test]
fn svg_is_well_formed_and_carries_the_journey_for_reimport() {
    let j = &sample_journeys()[0];
    let text = svg::to_svg(j, SvgOptions { metadata: true, ..SvgOptions::default() });
    let doc = usvg::roxmltree::Document::parse(&text).expect("well-formed XML");
    let meta = doc.descendants().find(|n| n.has_tag_name("metadata")).expect("a metadata element");
    let back = journey_export::from_json(meta.text().unwrap()).unwrap();
    assert_eq!(&back[0], j);
    // Text stays text: every card's text is found in <text> elements.
    let texts: String = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect::<Vec<_>>().join(" ");
    assert!(texts.contains("Opens the fridge at 6pm"), "card text is not text");
}

#[test]
fn hostile_text_never_breaks_the_svg() {
    let j = hostile();
    let text = svg::to_svg(&j, SvgOptions { metadata: true, ..SvgOptions::default() });
    let doc = usvg::roxmltree::Document::parse(&text).expect("still well-formed XML");
    assert!(doc.descendants().all(|n| !n.has_tag_name("script")), "a script element got in");
    assert!(doc.descendants().all(|n| n.attributes().all(|a| !a.name().starts_with("on"))), "an event handler got in");
    let meta = doc.descendants().find(|n| n.has_tag_name("metadata")).unwrap();
    let back = journey_export::from_json(meta.text().unwrap()).unwrap();
    // Control characters cannot be XML text, but JSON escapes them: everything comes back.
    assert_eq!(back[0], j);
    // And it still renders.
    let mut out = Vec::new();
    png::render(&text, 0.25, &mut out, &Job::silent()).unwrap();
}

#[test]
fn png_is_the_map_size_times_the_scale() {
    let j = &sample_journeys()[0];
    let (w, h) = svg::size(&journey_core::layout(j));
    let drawing = svg::to_svg(j, SvgOptions::default());
    for scale in [1.0f32, 2.0] {
        let mut out = Vec::new();
        let (pw, ph) = png::render(&drawing, scale, &mut out, &Job::silent()).unwrap();
        let reader = ::png::Decoder::new(std::io::Cursor::new(&out)).read_info().unwrap();
        let info = reader.info();
        assert_eq!((info.width, info.height), (pw, ph));
        assert_eq!(pw, (w as f32 * scale).ceil() as u32);
        assert_eq!(ph, (h as f32 * scale).ceil() as u32);
    }
}

#[test]
fn png_pixels_show_the_map() {
    // Decode and check that the header band and a card are drawn where the layout puts them.
    let j = &sample_journeys()[0];
    let l = journey_core::layout(j);
    let mut out = Vec::new();
    png::render(&svg::to_svg(j, SvgOptions::default()), 1.0, &mut out, &Job::silent()).unwrap();
    let mut reader = ::png::Decoder::new(std::io::Cursor::new(&out)).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).unwrap();
    let px = |x: f64, y: f64| {
        let i = ((y as usize) * frame.width as usize + x as usize) * 3;
        (buf[i], buf[i + 1], buf[i + 2])
    };
    // The first stage is a Recognize stage: its header's top border is blue (#2f6fde).
    let col = &l.columns[0];
    assert_eq!(px(col.x + col.width / 2.0, svg::TITLE + l.header_top + 1.0), (0x2f, 0x6f, 0xde));
    // Outside the map on the right of the title there is white paper.
    assert_eq!(px(l.width - 2.0, 4.0), (255, 255, 255));
}

#[test]
fn a_png_too_large_is_refused_with_a_reason() {
    // A journey 900 stages wide is 212,568 px wide: past the limit, refused before drawing.
    let mut j = starter_journey("Very wide");
    let mut previous = *j.graph.order().last().unwrap();
    for i in 0..895 {
        let stage = journey_core::Stage { id: new_id(), name: format!("Stage {i}"), description: String::new(), phase: None, experience: None, metrics: Default::default(), rank: 10.0 + i as f64 };
        let id = stage.id;
        j.graph.add_stage(stage).unwrap();
        j.graph.add_flow(journey_core::Flow { id: new_id(), from: previous, to: id, kind: journey_core::FlowKind::Next, label: String::new() }).unwrap();
        previous = id;
    }
    let drawing = svg::to_svg(&j, SvgOptions::default());
    let err = png::render(&drawing, 1.0, Vec::new(), &Job::silent()).unwrap_err();
    assert!(matches!(err, ExportError::TooLarge(_)), "{err}");
    assert!(err.to_string().contains("smaller scale"), "{err}");
}

#[test]
fn fitted_pdf_is_one_page_with_every_script_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.pdf");
    let j = four_scripts();
    export_file(&j, &ExportOptions::new(Format::Pdf), &path, &Job::silent()).unwrap();
    assert_eq!(pdf_pages(&path), 1);
    // Lines wrap inside cards: compare with all white space as single spaces.
    let words = |s: &str| plain(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let text = words(&pdf_text(&path, &[]));
    for script in [RUSSIAN, TAGALOG, PERSIAN, TELUGU] {
        assert!(text.contains(&words(script)), "{script} is not extractable from the PDF:\n{text}");
    }
    let fonts = tool("pdffonts", &[path.to_str().unwrap()]);
    for family in ["NotoSans-Regular", "NotoNaskhArabic-Regular", "NotoSansTelugu-Regular"] {
        let line = fonts.lines().find(|l| l.contains(family)).unwrap_or_else(|| panic!("{family} not embedded:\n{fonts}"));
        // "emb sub": embedded as a subset.
        assert!(line.contains("yes yes"), "{line}");
    }
}

#[test]
fn tiled_pdf_has_an_overview_then_labelled_pages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiles.pdf");
    let j = synthetic_journey(400);
    let (drawing, runs) = svg::render(&j, &journey_core::layout(&j), SvgOptions { shaped_apart: true, ..SvgOptions::default() });
    assert!(!runs.is_empty(), "the synthetic journey has Telugu cards");
    let (bytes, info) = pdf::render(&drawing, &runs, &j.name, Pages::Tiled(Paper::A4), &Job::silent()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    assert!(info.rows * info.columns > 1, "{info:?}");
    assert_eq!(info.pages, 1 + info.rows * info.columns);
    assert_eq!(pdf_pages(&path), info.pages);
    let overview = pdf_text(&path, &["-f", "1", "-l", "1"]);
    assert!(overview.contains("Overview"), "{overview}");
    let last = info.pages.to_string();
    let page = pdf_text(&path, &["-f", &last, "-l", &last]);
    assert!(page.contains(&format!("Row {}, column {}", info.rows, info.columns)), "{page}");
    // Every page is A4, turned the way the map runs.
    let sizes = tool("pdfinfo", &["-f", "1", "-l", &last, path.to_str().unwrap()]);
    assert_eq!(sizes.matches("pts (A4)").count(), info.pages, "{sizes}");
}

#[test]
fn a_cancelled_export_leaves_the_previous_file_and_no_debris() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.png");
    std::fs::write(&path, b"the previous export").unwrap();
    let cancel = AtomicBool::new(true);
    let job = Job::new(|_| {}, &cancel);
    let err = export_file(&sample_journeys()[0], &ExportOptions::new(Format::Png), &path, &job).unwrap_err();
    assert!(matches!(err, ExportError::Cancelled), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"the previous export");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "left behind: {names:?}");
}

#[test]
fn progress_is_reported_and_ends_at_one() {
    let seen = std::sync::Mutex::new(Vec::new());
    let cancel = AtomicBool::new(false);
    let job = Job::new(|f| seen.lock().unwrap().push(f), &cancel);
    let dir = tempfile::tempdir().unwrap();
    export_file(&sample_journeys()[0], &ExportOptions { pages: Pages::Tiled(Paper::A4), ..ExportOptions::new(Format::Pdf) }, &dir.path().join("m.pdf"), &job).unwrap();
    drop(job);
    let seen = seen.into_inner().unwrap();
    assert!(seen.len() > 3, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "progress went backwards: {seen:?}");
    assert_eq!(seen.last(), Some(&1.0));
}

#[test]
fn a_missing_folder_is_an_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no such folder").join("map.svg");
    let err = export_file(&sample_journeys()[0], &ExportOptions::new(Format::Svg), &path, &Job::silent()).unwrap_err();
    assert!(matches!(err, ExportError::Io(_)), "{err}");
    assert!(!path.exists());
}

/// A Mermaid journey as people write them: emoji in the section names (bold stage headers) and
/// in task text, sequences of several code points among them, and one Telugu task (the PDF sets
/// those lines itself, not from the SVG).
const EMOJI_MERMAID: &str = "journey
  title Emoji everywhere
  section 🔍 Discovery
    👩‍💻 Reads reviews 🇵🇹: 3: Ana
  section 🛒 Checkout
    Pays 👍🏽 in 1️⃣ step: 5: Ana
  section 🚚 డెలివరీ
    📦 ఆర్డర్ వచ్చింది: 4: Ana
";
/// Emoji made of several code points, each drawn as one glyph: a ZWJ sequence, a flag, a skin
/// tone, a keycap.
const SEQUENCES: [&str; 4] = ["👩‍💻", "🇵🇹", "👍🏽", "1️⃣"];

fn emoji_journey() -> Journey {
    journey_export::import(EMOJI_MERMAID, journey_export::ImportFormat::Mermaid).unwrap().remove(0)
}

/// The map's text as usvg lays it out with `fontdb`: for each `<text>` element, its glyphs as
/// (the text a glyph draws, its glyph id, the family of its face).
fn shaped(svg: &str, fontdb: std::sync::Arc<usvg::fontdb::Database>) -> Vec<Vec<(String, u16, String)>> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options { fontdb: fontdb.clone(), ..usvg::Options::default() }).unwrap();
    let mut lines = Vec::new();
    fn walk(g: &usvg::Group, db: &usvg::fontdb::Database, lines: &mut Vec<Vec<(String, u16, String)>>) {
        for node in g.children() {
            match node {
                usvg::Node::Group(g) => walk(g, db, lines),
                usvg::Node::Text(t) => lines.push(
                    t.layouted()
                        .iter()
                        .flat_map(|span| &span.positioned_glyphs)
                        .map(|g| (g.text.clone(), g.id.0, db.face(g.font).map(|f| f.families[0].0.clone()).unwrap_or_default()))
                        .collect(),
                ),
                _ => {}
            }
        }
    }
    walk(tree.root(), &fontdb, &mut lines);
    lines
}

/// `svg` as it draws where the emoji face is missing (the app before it was bundled): the emoji
/// pieces fall back to the text families, and the fonts are the bundled ones without it.
fn without_emoji_face(svg: &str) -> String {
    svg.replace(r#" font-family="'Noto Emoji'""#, "")
}

/// The bundled fonts without the emoji face: what the renderers had before it was bundled.
fn fonts_without_emoji() -> std::sync::Arc<usvg::fontdb::Database> {
    let mut db = usvg::fontdb::Database::new();
    for f in journey_export::fonts::FONTS.iter().filter(|f| f.family != "Noto Emoji") {
        db.load_font_data(f.data.to_vec());
    }
    db.set_sans_serif_family("Noto Sans");
    std::sync::Arc::new(db)
}

#[test]
fn emoji_are_shaped_from_the_emoji_face_each_sequence_one_glyph() {
    let j = emoji_journey();
    let drawing = svg::to_svg(&j, SvgOptions::default());
    let lines = shaped(&drawing, journey_export::fonts::database());
    let line = |start: &str| lines.iter().find(|l| l.iter().map(|g| g.0.as_str()).collect::<String>().starts_with(start)).unwrap_or_else(|| panic!("no line starts with {start}"));
    let header = line("🔍");
    assert_eq!(header[0].2, "Noto Emoji", "🔍 is drawn from {}", header[0].2);
    assert_ne!(header[0].1, 0, "🔍 is the .notdef box");
    assert_eq!(header.iter().skip(1).map(|g| g.0.as_str()).collect::<String>(), " Discovery");
    assert!(header[1..].iter().all(|g| g.2 == "Noto Sans"), "the words around an emoji are in Noto Sans: {header:?}");
    // Every letter is drawn once, in order (usvg's glyph-for-glyph merge of fallback fonts
    // lost some and doubled others around an emoji sequence).
    let texts: Vec<String> = lines.iter().map(|l| l.iter().map(|g| g.0.as_str()).collect()).collect();
    for expected in ["👩‍💻 Reads reviews 🇵🇹", "Pays 👍🏽 in 1️⃣ step", "🚚 డెలివరీ"] {
        assert!(texts.iter().any(|t| t == expected), "no line reads {expected}: {texts:?}");
    }
    // Each sequence is set in the emoji face as a ligature: fewer glyphs than code points.
    for seq in SEQUENCES {
        let runs: Vec<Vec<&(String, u16, String)>> = lines
            .iter()
            .flat_map(|l| l.chunk_by(|a, b| a.2 == b.2))
            .filter(|run| run[0].2 == "Noto Emoji")
            .map(|run| run.iter().collect())
            .collect();
        let run = runs.iter().find(|r| r.iter().map(|g| g.0.as_str()).collect::<String>() == seq).unwrap_or_else(|| panic!("{seq} is not set in Noto Emoji: {runs:?}"));
        assert!(run.len() < seq.chars().count(), "{seq} is not one ligature: {run:?}");
    }
    // Nothing anywhere on the map is a .notdef box.
    let boxes: Vec<_> = lines.iter().flatten().filter(|g| g.1 == 0).collect();
    assert!(boxes.is_empty(), "drawn as boxes: {boxes:?}");
    // Without the emoji face the same map has boxes: the check above can fail.
    let before = shaped(&without_emoji_face(&drawing), fonts_without_emoji());
    assert!(before.iter().flatten().any(|g| g.0 == "🔍" && g.1 == 0), "🔍 was not a box without the emoji font");
}

#[test]
fn a_line_of_latin_and_telugu_without_emoji_is_drawn_without_boxes() {
    // usvg falls back font by font per character: a line that starts in Latin (Noto Sans) and
    // goes on in Telugu must take the Telugu glyphs, conjuncts included, from Noto Sans Telugu.
    let text = "Amazon ద్వారా ఆర్డర్";
    let mermaid = format!("journey\n  title Mixed\n  section Buy\n    {text}: 3: Ana\n");
    let j = journey_export::import(&mermaid, journey_export::ImportFormat::Mermaid).unwrap().remove(0);
    let lines = shaped(&svg::to_svg(&j, SvgOptions::default()), journey_export::fonts::database());
    let line = lines.iter().find(|l| l.iter().map(|g| g.0.as_str()).collect::<String>() == text).unwrap_or_else(|| panic!("no line reads {text}: {lines:?}"));
    let boxes: Vec<_> = line.iter().filter(|g| g.1 == 0).collect();
    assert!(boxes.is_empty(), "drawn as .notdef boxes: {boxes:?}");
    let telugu = |g: &&(String, u16, String)| g.0.chars().any(|c| ('\u{0c00}'..='\u{0c7f}').contains(&c));
    for g in line.iter().filter(|g| g.0 != " ") {
        let want = if g.0.is_empty() || telugu(&g) { "Noto Sans Telugu" } else { "Noto Sans" };
        assert_eq!(g.2, want, "{:?} is drawn from {} in {line:?}", g.0, g.2);
    }
    // No box is not enough: the Telugu must be shaped as it is alone (conjuncts and vowel
    // signs, no bare virama). Before, usvg's fallback gave its base letters one by one.
    let alone = "ద్వారా ఆర్డర్";
    let j = journey_export::import(&format!("journey\n  title Alone\n  section Buy\n    {alone}: 3: Ana\n"), journey_export::ImportFormat::Mermaid).unwrap().remove(0);
    let lines = shaped(&svg::to_svg(&j, SvgOptions::default()), journey_export::fonts::database());
    let want: Vec<u16> = lines.iter().find(|l| l.iter().map(|g| g.0.as_str()).collect::<String>() == alone).expect("the Telugu line").iter().filter(|g| g.0 != " ").map(|g| g.1).collect();
    let got: Vec<u16> = line.iter().skip("Amazon ".len()).filter(|g| g.0 != " ").map(|g| g.1).collect();
    assert_eq!(got, want, "the Telugu after \"Amazon\" is not shaped as it is alone: {line:?}");
}

#[test]
fn the_png_draws_the_emoji_where_a_box_was() {
    let j = emoji_journey();
    let l = journey_core::layout(&j);
    let drawing = svg::to_svg(&j, SvgOptions::default());
    let decode = |bytes: &[u8]| {
        let mut reader = ::png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let frame = reader.next_frame(&mut buf).unwrap();
        (frame.width as usize, buf)
    };
    let mut out = Vec::new();
    png::render(&drawing, 1.0, &mut out, &Job::silent()).unwrap();
    let (width, now) = decode(&out);
    // The same SVG drawn by resvg with the fonts the app had before: a .notdef box.
    let tree = usvg::Tree::from_str(&without_emoji_face(&drawing), &usvg::Options { fontdb: fonts_without_emoji(), ..usvg::Options::default() }).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(tree.size().width().ceil() as u32, tree.size().height().ceil() as u32).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    // The first stage's name starts with 🔍 at (x + 12, baseline top + 50), 15 px bold: look
    // at the 18 px after x, where the emoji (19 px advance) or the box (9 px) is drawn.
    let col = &l.columns[0];
    let (x0, base) = ((col.x + 12.0) as usize, (svg::TITLE + l.header_top + 50.0) as usize);
    let dark = |px: &[u8]| u32::from(px[0]) + u32::from(px[1]) + u32::from(px[2]) < 3 * 200;
    let (mut columns, mut columns_before, mut differ) = (Vec::new(), Vec::new(), 0);
    for x in x0..x0 + 18 {
        for y in base - 15..base + 3 {
            let a = dark(&now[(y * width + x) * 3..]);
            let b = dark(&pixmap.data()[(y * width + x) * 4..]);
            differ += usize::from(a != b);
            if a && columns.last() != Some(&x) {
                columns.push(x);
            }
            if b && columns_before.last() != Some(&x) {
                columns_before.push(x);
            }
        }
    }
    let span = |c: &[usize]| c.last().map_or(0, |l| l + 1 - c[0]);
    // The baseline: without the emoji face the place holds a narrow box.
    assert!((4..=9).contains(&span(&columns_before)), "no .notdef box there without the emoji font (ink in columns {columns_before:?}): the test looks in the wrong place");
    assert!(span(&columns) >= 12, "the ink where 🔍 should be is {} px wide, not an emoji's em (columns {columns:?})", span(&columns));
    assert!(differ > 40, "🔍 looks like the box it used to be ({differ} pixels differ)");
}

#[test]
fn an_emoji_in_a_right_to_left_line_stays_between_the_words_it_was_typed_between() {
    let mermaid = "journey\n  title Persian\n  section 📦 سفارش غذا\n    سفارش 📦 غذا را می‌بیند: 3: Ana\n";
    let j = journey_export::import(mermaid, journey_export::ImportFormat::Mermaid).unwrap().remove(0);
    let tree = usvg::Tree::from_str(&svg::to_svg(&j, SvgOptions::default()), &usvg::Options { fontdb: journey_export::fonts::database(), ..usvg::Options::default() }).unwrap();
    let mut lines: Vec<Vec<(String, f32)>> = Vec::new();
    fn walk(g: &usvg::Group, lines: &mut Vec<Vec<(String, f32)>>) {
        for node in g.children() {
            match node {
                usvg::Node::Group(g) => walk(g, lines),
                usvg::Node::Text(t) => lines.push(t.layouted().iter().flat_map(|s| &s.positioned_glyphs).map(|g| (g.text.clone(), g.transform().tx)).collect()),
                _ => {}
            }
        }
    }
    walk(tree.root(), &mut lines);
    // The card's line, left to right as drawn: "…غذا ␣📦␣ سفارش" (read from the right: سفارش,
    // 📦, غذا), a space on each side of the emoji.
    let mut line = lines.into_iter().find(|l| l.iter().any(|g| g.0 == "📦") && l.iter().any(|g| g.0.contains('ب'))).expect("the card's line");
    line.retain(|g| !plain(&g.0).is_empty());
    line.sort_by(|a, b| a.1.total_cmp(&b.1));
    let at = line.iter().position(|g| g.0 == "📦").unwrap();
    let seen: Vec<&str> = line.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(&seen[at - 2..=at + 2], &["غ", " ", "📦", " ", "ش"], "drawn left to right: {seen:?}");
    // And a PDF reader reads it in that order.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fa.pdf");
    export_file(&j, &ExportOptions::new(Format::Pdf), &path, &Job::silent()).unwrap();
    let words = |s: &str| plain(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let text = words(&pdf_text(&path, &[]));
    for line in ["📦 سفارش غذا", "سفارش 📦 غذا را می‌بیند"] {
        assert!(text.contains(&words(line)), "{line} is not in reading order in the PDF's text:\n{text}");
    }
}

#[test]
fn emoji_come_out_of_the_pdf_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("emoji.pdf");
    export_file(&emoji_journey(), &ExportOptions::new(Format::Pdf), &path, &Job::silent()).unwrap();
    let text = pdf_text(&path, &[]);
    let words = |s: &str| plain(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let all = words(&text);
    for expected in ["🔍 Discovery", "🛒 Checkout", "🚚 డెలివరీ", "📦 ఆర్డర్ వచ్చింది"] {
        assert!(all.contains(&words(expected)), "{expected} is not in the PDF's text:\n{text}");
    }
    for seq in SEQUENCES {
        assert!(all.contains(&plain(seq)), "{seq} is not in the PDF's text:\n{text}");
    }
    let fonts = tool("pdffonts", &[path.to_str().unwrap()]);
    let line = fonts.lines().find(|l| l.contains("NotoEmoji-Regular")).unwrap_or_else(|| panic!("Noto Emoji not embedded:\n{fonts}"));
    assert!(line.contains("yes yes"), "{line}");
}

/// The bundled Persian clinic journey: its map runs right to left.
fn clinic() -> Journey {
    sample_journeys().into_iter().find(|j| j.map_direction() == journey_core::Direction::Rtl).expect("the Persian sample")
}

/// A Persian journey whose cards mix in English product names and numbers.
const MIXED: [&str; 3] = [
    "سفارش را در Digikala ثبت می‌کند",
    "کد تخفیف 1234 را وارد می‌کند",
    "پرداخت ۲۵۰ هزار تومان با Snapp Pay",
];

fn mixed() -> Journey {
    let mut j = clinic();
    let lane = j.lanes_in_order().iter().find(|l| l.kind == journey_core::LaneKind::Actions).unwrap().id;
    for (i, text) in MIXED.iter().enumerate() {
        let stage = j.graph.order()[i];
        let card = Card { workshop: Default::default(), id: new_id(), stage, lane, rank: -1.0, text: (*text).into(), body: CardBody::Note };
        j.cards.insert(card.id, card);
    }
    j
}

#[test]
fn pdftotext_reads_mixed_persian_english_and_numbers_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fa.pdf");
    export_file(&mixed(), &ExportOptions::new(Format::Pdf), &path, &Job::silent()).unwrap();
    let text = pdf_text(&path, &[]);
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let all = words(&text);
    for line in MIXED {
        assert!(all.contains(&words(&plain(line))), "{line:?} is not in reading order in the PDF's text:\n{text}");
    }
}

/// x of the `<text>` that reads `content` (direction marks aside).
fn text_x(doc: &usvg::roxmltree::Document, content: &str) -> f64 {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .find(|n| plain(&n.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect::<String>()) == content)
        .unwrap_or_else(|| panic!("no <text> reads {content:?}"))
        .attribute("x")
        .unwrap()
        .parse()
        .unwrap()
}

/// Each short "next" arrow between neighbouring stages: (x1, x2).
fn next_arrows(doc: &usvg::roxmltree::Document) -> Vec<(f64, f64)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("line") && n.attribute("marker-end") == Some("url(#arrow-next)"))
        .map(|n| (n.attribute("x1").unwrap().parse().unwrap(), n.attribute("x2").unwrap().parse().unwrap()))
        .collect()
}

#[test]
fn a_persian_journeys_svg_runs_right_to_left_stages_labels_and_arrows() {
    let j = clinic();
    let l = journey_core::layout(&j);
    let text = svg::to_svg(&j, SvgOptions::default());
    let doc = usvg::roxmltree::Document::parse(&text).unwrap();
    let order = j.graph.order();
    let name = |id| j.graph.stage(id).unwrap().name.clone();
    let xs: Vec<f64> = order.iter().map(|s| text_x(&doc, &name(*s))).collect();
    assert!(xs.windows(2).all(|w| w[0] > w[1]), "stage names do not run right to left: {xs:?}");
    // Lane names stand right of every stage.
    let lane = &j.lanes_in_order()[0].name;
    assert!(text_x(&doc, lane) > xs[0], "the lane labels are not at the right");
    assert!(text_x(&doc, lane) > l.label_x);
    // Stages are numbered in reading order: "1" over the rightmost stage.
    assert!(text_x(&doc, "1") > text_x(&doc, "2"));
    // Every arrow to the next stage points left.
    let arrows = next_arrows(&doc);
    assert!(!arrows.is_empty());
    assert!(arrows.iter().all(|(x1, x2)| x2 < x1), "an arrow points right: {arrows:?}");

    // The same journey made to run left to right: everything the other way.
    let mut ltr = j.clone();
    ltr.direction = journey_core::DirectionChoice::Ltr;
    let doc2 = svg::to_svg(&ltr, SvgOptions::default());
    let doc2 = usvg::roxmltree::Document::parse(&doc2).unwrap();
    let xs: Vec<f64> = order.iter().map(|s| text_x(&doc2, &name(*s))).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "chosen left to right, the stages still do not run rightwards: {xs:?}");
    assert!(next_arrows(&doc2).iter().all(|(x1, x2)| x2 > x1));
}

#[test]
fn a_persian_journeys_png_has_its_lane_labels_and_first_stage_at_the_right() {
    let j = clinic();
    let l = journey_core::layout(&j);
    let mut out = Vec::new();
    png::render(&svg::to_svg(&j, SvgOptions::default()), 1.0, &mut out, &Job::silent()).unwrap();
    let mut reader = ::png::Decoder::new(std::io::Cursor::new(&out)).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).unwrap();
    let px = |x: f64, y: f64| {
        let i = ((y as usize) * frame.width as usize + x as usize) * 3;
        (buf[i], buf[i + 1], buf[i + 2])
    };
    // The first stage is a Recognize stage (blue top border) and stands at the right, beside
    // the labels; the last (a Repeat stage, orange) at the left edge.
    let first = l.columns.iter().find(|c| c.stage == j.graph.order()[0]).unwrap();
    assert_eq!(first.x + first.width, l.label_x);
    assert_eq!(px(first.x + first.width / 2.0, svg::TITLE + l.header_top + 1.0), (0x2f, 0x6f, 0xde));
    let last = &l.columns[0];
    assert_eq!(last.x, 0.0);
    assert_eq!(px(last.width / 2.0, svg::TITLE + l.header_top + 1.0), (0xe0, 0x7a, 0x1f));
    // Each lane's colour bar is on the map's right edge, none on the left.
    let row = l.rows.iter().find(|r| j.lane(r.lane).unwrap().kind == journey_core::LaneKind::Touchpoints).unwrap();
    let y = svg::TITLE + row.y + row.height / 2.0;
    assert_eq!(px(l.width - 2.0, y), (0x2f, 0x6f, 0xde), "no touchpoint lane bar at the right edge");
    assert_ne!(px(2.0, y), (0x2f, 0x6f, 0xde), "a lane bar at the left edge");
}

#[test]
fn a_persian_journeys_pdf_places_the_first_stage_right_of_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fa.pdf");
    let j = clinic();
    export_file(&j, &ExportOptions::new(Format::Pdf), &path, &Job::silent()).unwrap();
    // pdftotext's word boxes: where each stage's name is drawn on the page.
    let bbox = tool("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let x_of = |word: &str| -> f64 {
        // Words are stored in drawing order (left to right), so a Persian word reads reversed.
        let drawn: String = plain(word).chars().rev().collect();
        let line = bbox.lines().find(|l| plain(l).contains(&format!(">{drawn}<"))).unwrap_or_else(|| panic!("{word} not in the PDF:\n{bbox}"));
        line.split("xMin=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
    };
    let order = j.graph.order();
    let first = j.graph.stage(order[0]).unwrap().name.split_whitespace().next().unwrap().to_string();
    let last = j.graph.stage(*order.last().unwrap()).unwrap().name.split_whitespace().next().unwrap().to_string();
    assert!(x_of(&first) > x_of(&last), "the first stage ({first}) is not right of the last ({last}) on the page");
}

#[test]
fn a_persian_journeys_html_page_shows_the_same_right_to_left_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fa.html");
    let j = clinic();
    export_file(&j, &ExportOptions::new(Format::Html), &path, &Job::silent()).unwrap();
    let page = std::fs::read_to_string(&path).unwrap();
    let start = page.find("<svg").expect("the page holds the map as SVG");
    let end = page[start..].find("</svg>").unwrap() + start + "</svg>".len();
    let doc = usvg::roxmltree::Document::parse(&page[start..end]).unwrap();
    let order = j.graph.order();
    let name = |i: usize| j.graph.stage(order[i]).unwrap().name.clone();
    assert!(text_x(&doc, &name(0)) > text_x(&doc, &name(order.len() - 1)), "the page's map does not run right to left");
    assert!(next_arrows(&doc).iter().all(|(x1, x2)| x2 < x1));
}

fn in_language(code: &str) -> journey_i18n::Language {
    journey_i18n::language(code).expect("a language with catalogs")
}

/// The catalog's text of `id` in `code`'s language (what an export in that language must show).
fn catalog(code: &str, id: &str) -> String {
    journey_i18n::localizer(in_language(code)).text(id)
}

#[test]
fn a_persian_pdf_export_has_the_catalogs_persian_labels_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fa.pdf");
    let j = clinic();
    let persona = j.personas.first().expect("the clinic journey has a persona");
    export_file(&j, &ExportOptions::new(Format::Pdf).in_language(in_language("fa")), &path, &Job::silent()).unwrap();
    let words = |s: &str| plain(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let text = words(&pdf_text(&path, &[]));
    // The subtitle: the goal, then "پرسونا: <name> · <role>", read from the right as written.
    assert_eq!(words(&catalog("fa", "export-legend-persona")), "پرسونا");
    let who = words(&format!("پرسونا: {} · {}", persona.name, persona.role));
    assert!(text.contains(&who), "{who:?} is not in reading order in the PDF's text:\n{text}");
    // Lane headings, lane kinds and chips from the catalogs, not English.
    for id in ["export-stages-heading", "export-lanes-heading", "lane-kind-touchpoints", "lane-kind-pain-points"] {
        let label = words(&catalog("fa", id));
        assert!(text.contains(&label), "{id} ({label}) is not in the Persian PDF:\n{text}");
    }
    assert!(
        text.contains("شدت ۴ × بسامد ۴ = ۱۶"),
        "the pain chip is not Persian in reading order, in Persian digits:\n{text}"
    );
    for english in [
        "Persona:",
        "STAGES",
        "LANES",
        "Touchpoints",
        "Value ",
        "Line of visibility",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} in the Persian PDF:\n{text}"
        );
    }
}

#[test]
fn a_persian_tiled_pdf_labels_its_pages_in_persian_from_the_right() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fa-a4.pdf");
    let opts = ExportOptions { pages: Pages::Tiled(Paper::A4), ..ExportOptions::new(Format::Pdf) }.in_language(in_language("fa"));
    export_file(&clinic(), &opts, &path, &Job::silent()).unwrap();
    let pages = pdf_pages(&path);
    assert!(pages > 2, "{pages} pages");
    let words = |s: &str| plain(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let overview = words(&pdf_text(&path, &["-f", "1", "-l", "1"]));
    assert!(overview.contains("نمای کلی"), "{overview}");
    let last = pages.to_string();
    let page = words(&pdf_text(&path, &["-f", &last, "-l", &last]));
    let persian = journey_i18n::localizer(in_language("fa"))
        .number(pages as f64, journey_i18n::NumberFormat::PLAIN);
    let label = format!("صفحه {persian} از {persian}");
    assert!(
        page.contains(&label),
        "{label:?} is not on the last page in reading order:\n{page}"
    );
    // Set from the right: the label's right end is at the right margin (the band above the tile).
    let bbox = tool("pdftotext", &["-bbox", "-f", &last, "-l", &last, path.to_str().unwrap(), "-"]);
    let width: f64 = bbox.split("<page width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
    let right = bbox.lines().filter(|l| l.contains("yMin=\"") && l.split("yMin=\"").nth(1).unwrap().split('"').next().unwrap().parse::<f64>().unwrap() < 45.0)
        .map(|l| l.split("xMax=\"").nth(1).unwrap().split('"').next().unwrap().parse::<f64>().unwrap())
        .fold(0.0, f64::max);
    assert!((width - 28.0 - right).abs() < 4.0, "the label ends at {right}, the right margin is {}", width - 28.0);
}

#[test]
fn a_telugu_svg_export_has_telugu_labels_legend_and_guides() {
    let j = sample_journeys().remove(0);
    let te = in_language("te");
    let drawn = svg::to_svg(&j, SvgOptions { language: te, ..SvgOptions::default() });
    let doc = usvg::roxmltree::Document::parse(&drawn).unwrap();
    let texts: Vec<String> = doc.descendants().filter(|n| n.has_tag_name("text")).map(|n| plain(&n.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect::<String>())).collect();
    let has = |s: &str| texts.iter().any(|t| t == s);
    let l = journey_i18n::localizer(te);
    // The emotion curve's guides (the default scale's steps), lane kinds, headings.
    assert_eq!(l.text("export-stages-heading"), "దశలు", "the catalog's Telugu heading changed");
    for label in [format!("+3 {}", l.text("emotion-delighted")), format!("-3 {}", l.text("emotion-furious")), l.text("lane-kind-touchpoints"), l.text("export-stages-heading")] {
        assert!(has(&plain(&label)), "{label:?} is not a text of the Telugu SVG: {texts:?}");
    }
    // The legend of the persona curves: a curve of no persona named in the catalog's words.
    let mut two = j.clone();
    two.personas.clear();
    let legend = l.text("export-legend-journey");
    let drawn = svg::to_svg(&two, SvgOptions { language: te, ..SvgOptions::default() });
    if journey_core::layout(&two).curves.len() > 1 {
        assert!(drawn.contains(&format!(">{legend}<")), "no Telugu legend");
    }
    let repeat = j.graph.flows().find(|f| f.kind == journey_core::FlowKind::Repeat).expect("the sample's repeat loop");
    let said = plain(&l.format("export-repeat-flow", &[("label", repeat.label.as_str().into())]));
    assert!(texts.iter().any(|t| t.starts_with(said.trim_end_matches('…').split(':').next().unwrap())), "the Repeat label is not Telugu: {texts:?}");
    for english in ["STAGES", "LANES", "Repeat:", "Value ", "Answers "] {
        assert!(!texts.iter().any(|t| t.contains(english)), "English {english:?} in the Telugu SVG: {texts:?}");
    }
}

#[test]
fn the_html_page_and_the_report_speak_the_chosen_language() {
    let j = clinic();
    let fa = journey_export::labels::Words::new(in_language("fa"));
    let page = journey_export::html::to_html_in(&j, fa);
    assert!(page.contains(r#"<html lang="fa" dir="rtl">"#));
    assert!(page.contains(&format!(">{}</button>", catalog("fa", "export-html-insights"))));
    let finding = &journey_core::insights::analyse(&j).findings[0];
    assert!(page.contains(&finding.text(fa.localizer()).replace('<', "&lt;")), "the page's findings are not Persian");
    let ru = journey_export::markdown::to_markdown_in(&sample_journeys()[0], journey_export::labels::Words::new(in_language("ru")));
    assert!(ru.contains("## Болевые точки по приоритету (тяжесть × частота)"), "{ru}");
    assert!(ru.contains("| Место | Болевая точка | Этап |"), "{ru}");
    assert!(!ru.contains("## Pain points"), "{ru}");
}

#[test]
fn a_mermaid_journeys_curve_runs_below_its_cards_not_over_them() {
    // Mermaid's tasks are the cards of its one Emotions lane, the lane the curve is drawn in:
    // the cards stand above the curve's band, and the curve, its point labels and guides in it.
    let mermaid = "journey\n  title Order\n  section Discover\n    Amazon ద్వారా ఆర్డర్: 5: Customer\n    Search the catalogue: 3: Customer\n  section Buy\n    Pay at checkout: 1: Customer, Bank\n";
    let j = journey_export::import(mermaid, journey_export::ImportFormat::Mermaid).unwrap().remove(0);
    let l = journey_core::layout(&j);
    let row = &l.rows[0];
    let (band, height) = journey_core::layout::curve_band(row);
    assert_eq!(height, journey_core::layout::EMOTION_ROW);
    let lowest = l.cards.iter().map(|b| b.y + b.height).fold(0.0, f64::max);
    assert!(lowest <= band, "a card reaches y {lowest}, into the curve's band from {band}");
    for p in l.curves.iter().flat_map(|c| &c.points) {
        assert!(p.y >= band && p.y <= band + height, "a point at y {} is outside the band {band}..{}", p.y, band + height);
    }
    // A lane without cards is the band alone, as before.
    let empty = journey_core::layout(&sample_journeys().remove(0));
    for r in empty.rows.iter().filter(|r| sample_journeys()[0].lanes.iter().any(|x| x.id == r.lane && x.kind == journey_core::LaneKind::Emotions)) {
        assert_eq!(journey_core::layout::curve_band(r), (r.y, r.height));
    }
}
