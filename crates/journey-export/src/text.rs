//! Text as exports need it: escaped for XML, wrapped into a box by measured width, and marked
//! for direction so right-to-left lines read and align correctly in every renderer.

use crate::fonts::text_width;

/// `s` made safe inside XML text and attribute values: markup characters escaped, and the
/// characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF) dropped, so hostile text can
/// never end an element or make the document unparsable.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// True when the first strongly directional character of `s` is right-to-left (Arabic script,
/// Hebrew, Syriac, Thaana, N'Ko...): the line is then aligned right and read right to left.
pub fn is_rtl(s: &str) -> bool {
    for ch in s.chars() {
        let c = ch as u32;
        if matches!(c, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF) {
            return true;
        }
        if ch.is_alphabetic() {
            return false;
        }
    }
    false
}

/// A line wrapped in a right-to-left isolate when it starts right to left. Renderers that
/// ignore `direction` (usvg) then still order mixed Persian and Latin runs correctly, and the
/// isolate does no harm in browsers. Runs of the other direction are closed with a mark (see
/// `marked`), so text extracted from a PDF reads in order.
pub fn directed(line: &str) -> String {
    if is_rtl(line) {
        format!("\u{2067}{}\u{2069}", marked(line, true))
    } else {
        marked(line, false)
    }
}

/// `line` with a direction mark (RLM in a right-to-left line, LRM in a left-to-right one) after
/// each run of the other direction that the line's own direction resumes after: "در Digikala ثبت"
/// becomes "در Digikala\u{200f} ثبت".
///
/// Why: poppler (pdftotext, and PDF viewers' copy and search built on it) puts a line's text
/// back in reading order with a simplified bidi pass that gives the space between an embedded
/// run and the text after it to the embedded run, so "در Digikala ثبت" came out as
/// "در  Digikalaثبت". The mark is strong in the line's direction, so the space is the line's
/// again. Drawing does not change: a neutral between the two runs already took the line's
/// direction, and the marks have no width.
fn marked(line: &str, rtl: bool) -> String {
    // Digits count with the embedded runs as poppler counts them (European and Arabic-Indic).
    let digit = |c: char| c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c) || ('\u{6f0}'..='\u{6f9}').contains(&c);
    let other = |c: char| if rtl { digit(c) || (c.is_alphabetic() && !is_rtl_char(c)) } else { c.is_alphabetic() && is_rtl_char(c) };
    let own = |c: char| c.is_alphabetic() && is_rtl_char(c) == rtl && !other(c);
    let mark = if rtl { '\u{200f}' } else { '\u{200e}' };
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    // Where the last run of the other direction ended in `out`, while only neutrals followed.
    let mut open: Option<usize> = None;
    // Whether that run ended in a digit, and whether the last letter was the line's own.
    let (mut after_digit, mut own_last) = (false, true);
    for (i, &ch) in chars.iter().enumerate() {
        if other(ch) {
            // Right to left, a number and what follows it past neutrals ("4 = 16", "5 · A4") are
            // two runs on the page (the neutrals take the line's direction); poppler read them
            // as one left-to-right run, "16 = 4". A mark after the number keeps them apart.
            if let Some(at) = open.filter(|at| rtl && after_digit && own_last && *at < out.len()) {
                out.insert(at, mark);
            }
            out.push(ch);
            open = Some(out.len());
            after_digit = digit(ch);
            if ch.is_alphabetic() {
                own_last = false;
            }
            continue;
        }
        // A colon or comma before a space ("پرسونا: مریم", "معلم، مادر", "ردیف 2، ستون"): poppler
        // gave the space to the punctuation's left ("پرسونا :مریم"). Marks on both sides of it
        // (after a number or Latin word it closes, and after it) keep the space the line's.
        let sentence_punct = rtl && matches!(ch, ':' | ',' | ';' | '\u{60c}' | '\u{61b}') && chars.get(i + 1).is_none_or(|c| c.is_whitespace());
        if sentence_punct {
            if let Some(at) = open.take() {
                out.insert(at, mark);
            }
            out.push(ch);
            out.push(mark);
            after_digit = false;
            continue;
        }
        if own(ch) {
            own_last = true;
            after_digit = false;
            if let Some(at) = open.take() {
                out.insert(at, mark);
            }
        }
        out.push(ch);
    }
    out
}

fn is_rtl_char(ch: char) -> bool {
    matches!(ch as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// `text` broken into at most `max_lines` lines no wider than `width` px at `size`: greedy by
/// words, words wider than a line split by characters, hard line breaks kept. When the text
/// does not fit, the last line ends with an ellipsis.
pub fn wrap(text: &str, width: f64, size: f64, bold: bool, max_lines: usize) -> Vec<String> {
    let fits = |s: &str| text_width(s, size, bold) <= width;
    let mut lines: Vec<String> = Vec::new();
    'paragraphs: for paragraph in text.split('\n') {
        let mut current = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
            if fits(&candidate) {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                if lines.len() > max_lines {
                    break 'paragraphs;
                }
            }
            if fits(word) {
                current = word.to_string();
                continue;
            }
            // A word wider than the line: as many characters per line as fit.
            for ch in word.chars() {
                current.push(ch);
                if !fits(&current) {
                    current.pop();
                    lines.push(std::mem::take(&mut current));
                    current.push(ch);
                    if lines.len() > max_lines {
                        break 'paragraphs;
                    }
                }
            }
        }
        lines.push(current);
        if lines.len() > max_lines {
            break;
        }
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        *last = ellipsize(&format!("{last}…"), width, size, bold);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    lines
}

/// `s` cut to fit `width`, ending in an ellipsis when cut.
pub fn ellipsize(s: &str, width: f64, size: f64, bold: bool) -> String {
    if text_width(s, size, bold) <= width {
        return s.to_string();
    }
    let mut out: String = s.to_string();
    while !out.is_empty() && text_width(&format!("{out}…"), size, bold) > width {
        out.pop();
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_forbidden_controls_never_reach_the_document() {
        let s = xml("</text><script>alert(\"x\")</script> & 'q' \u{0}\u{1b}\u{fffe}ok");
        assert_eq!(s, "&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; ok");
    }

    #[test]
    fn direction_follows_the_first_strong_character() {
        assert!(is_rtl("«سفارش» order"));
        assert!(is_rtl("12 سفارش"));
        assert!(!is_rtl("Order سفارش"));
        assert!(!is_rtl("అమ్మకం"));
        assert_eq!(directed("سفارش"), "\u{2067}سفارش\u{2069}");
        assert_eq!(directed("Заказ"), "Заказ");
        // A mark closes each embedded run the line's own direction resumes after.
        assert_eq!(directed("در Digikala ثبت"), "\u{2067}در Digikala\u{200f} ثبت\u{2069}");
        assert_eq!(directed("کد 1234 را"), "\u{2067}کد 1234\u{200f} را\u{2069}");
        assert_eq!(directed("پرداخت ۲۵۰ هزار"), "\u{2067}پرداخت ۲۵۰\u{200f} هزار\u{2069}");
        assert_eq!(directed("سفارش Snapp Pay"), "\u{2067}سفارش Snapp Pay\u{2069}", "nothing resumes: no mark");
        assert_eq!(directed("Order from دیجی today"), "Order from دیجی\u{200e} today");
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let text = "Checkout form asks for the address a second time and then once more";
        let lines = wrap(text, 192.0, 13.0, false, 6);
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(text_width(l, 13.0, false) <= 192.0, "{l}");
        }
    }

    #[test]
    fn text_beyond_the_last_line_ends_in_an_ellipsis() {
        let text = "word ".repeat(200);
        let lines = wrap(&text, 192.0, 13.0, false, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(text_width(&lines[2], 13.0, false) <= 192.0);
    }

    #[test]
    fn a_word_longer_than_the_line_is_split() {
        let lines = wrap(&"x".repeat(100), 100.0, 13.0, false, 10);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "x".repeat(100));
    }

    #[test]
    fn persian_and_telugu_are_measured_with_their_own_fonts() {
        // A font without the glyphs would fall back to the 0.6 em box for every character.
        let fa = "سفارش غذا";
        let te = "భోజనం ఆర్డర్";
        assert!((text_width(fa, 13.0, false) - 13.0 * 0.6 * fa.chars().count() as f64).abs() > 1.0);
        assert!((text_width(te, 13.0, false) - 13.0 * 0.6 * te.chars().count() as f64).abs() > 1.0);
    }
}
