//! Numbers as each language writes them: its digits, decimal and grouping marks and signs.
//!
//! fluent-rs writes every number with ASCII digits and no grouping ("1234.5"), where the window
//! (Fluent in the page formats with `Intl.NumberFormat`) shows "۱٬۲۳۴٫۵" in Persian and
//! "1 234,5" in Russian. An export or a CLI report made in Persian must not read differently
//! from the window, so the bundles get this formatter, and text that is not a message argument
//! (a score on a chip, a metric) goes through `Localizer::number`. The marks below are what
//! `Intl.NumberFormat` (ICU/CLDR) writes for our five languages; `tests` compare with it.

use fluent_bundle::FluentValue;

/// How a language writes a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marks {
    /// The digit zero; the other nine follow it in Unicode.
    zero: char,
    decimal: &'static str,
    group: &'static str,
    /// Indian grouping (Telugu): the last three digits, then pairs ("12,34,567").
    indian: bool,
    minus: &'static str,
    plus: &'static str,
}

const LATIN: Marks = Marks {
    zero: '0',
    decimal: ".",
    group: ",",
    indian: false,
    minus: "-",
    plus: "+",
};

/// The marks of language `code`, or of its Latin-digit variant (`-u-nu-latn`) when `latin`.
pub(crate) fn marks(code: &str, latin: bool) -> Marks {
    match (code, latin) {
        // A left-to-right mark keeps the sign before the digits inside right-to-left text.
        ("fa", false) => Marks {
            zero: '\u{06F0}',
            decimal: "\u{066B}",
            group: "\u{066C}",
            indian: false,
            minus: "\u{200E}\u{2212}",
            plus: "\u{200E}+",
        },
        ("fa", true) => Marks {
            minus: "\u{200E}\u{2212}",
            plus: "\u{200E}+",
            ..LATIN
        },
        ("ru", _) => Marks {
            decimal: ",",
            group: "\u{00A0}",
            ..LATIN
        },
        ("te", _) => Marks {
            indian: true,
            ..LATIN
        },
        _ => LATIN,
    }
}

/// How a number is to be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    /// A plus before positive numbers (a score above neutral); zero has no sign.
    pub signed: bool,
    /// Exactly this many decimals; `None`: as many as needed, at most three (Intl's default).
    pub decimals: Option<usize>,
}

impl NumberFormat {
    pub const PLAIN: NumberFormat = NumberFormat {
        signed: false,
        decimals: None,
    };
    /// A score relative to neutral: "+2", "0", "-3".
    pub const SCORE: NumberFormat = NumberFormat {
        signed: true,
        decimals: Some(0),
    };

    /// A signed value with exactly `decimals` decimals ("+0.7", "-1.25").
    pub const fn signed(decimals: usize) -> NumberFormat {
        NumberFormat {
            signed: true,
            decimals: Some(decimals),
        }
    }
}

pub(crate) fn write(n: f64, format: NumberFormat, marks: Marks) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let fixed = match format.decimals {
        Some(d) => format!("{:.*}", d, n.abs()),
        None => {
            let s = format!("{:.3}", n.abs());
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    // A value that rounds to zero is written without a sign ("-0.04" with one decimal is "0.0").
    let zero = fixed.bytes().all(|b| b == b'0' || b == b'.');
    let (whole, fraction) = fixed
        .split_once('.')
        .map_or((fixed.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    if !zero && n < 0.0 {
        out.push_str(marks.minus);
    } else if !zero && format.signed {
        out.push_str(marks.plus);
    }
    let digits: Vec<char> = whole.chars().collect();
    for (i, d) in digits.iter().enumerate() {
        let left = digits.len() - i;
        if i > 0 && grouped_before(left, marks.indian) {
            out.push_str(marks.group);
        }
        out.push(digit(*d, marks));
    }
    if let Some(f) = fraction {
        out.push_str(marks.decimal);
        out.extend(f.chars().map(|d| digit(d, marks)));
    }
    out
}

/// Whether a group mark goes before the digit that has `left` digits from it to the end of the
/// whole part (itself included).
fn grouped_before(left: usize, indian: bool) -> bool {
    if indian {
        left == 3 || (left > 3 && left % 2 == 1)
    } else {
        left % 3 == 0
    }
}

fn digit(d: char, marks: Marks) -> char {
    let offset = d as u32 - '0' as u32;
    char::from_u32(marks.zero as u32 + offset).unwrap_or(d)
}

/// Fluent's formatter for a bundle (a plain `fn`, so one per set of marks): numbers in the
/// marks of the language, keeping the fraction digits a message asks for.
macro_rules! formatter {
    ($name:ident, $code:literal, $latin:literal) => {
        pub(crate) fn $name<M>(v: &FluentValue, _: &M) -> Option<String> {
            number_value(v, marks($code, $latin))
        }
    };
}

formatter!(english, "en", false);
formatter!(persian, "fa", false);
formatter!(persian_latin, "fa", true);
formatter!(russian, "ru", false);
formatter!(telugu, "te", false);

pub(crate) type Formatter<M> = fn(&FluentValue, &M) -> Option<String>;

pub(crate) fn formatter_for<M>(code: &str, latin: bool) -> Formatter<M> {
    match (code, latin) {
        ("fa", false) => persian,
        ("fa", true) => persian_latin,
        ("ru", _) => russian,
        ("te", _) => telugu,
        _ => english,
    }
}

fn number_value(v: &FluentValue, marks: Marks) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let decimals = match (
        n.options.minimum_fraction_digits,
        n.options.maximum_fraction_digits,
    ) {
        (Some(min), Some(max)) if min == max => Some(min),
        (Some(min), None) if min > 3 => Some(min),
        _ => None,
    };
    Some(write(
        n.value,
        NumberFormat {
            signed: false,
            decimals,
        },
        marks,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(n: f64, code: &str) -> String {
        write(n, NumberFormat::PLAIN, marks(code, false))
    }

    // Each expected string is what Node's `Intl.NumberFormat(code).format(n)` (ICU 74) writes.
    #[test]
    fn numbers_are_written_as_intl_writes_them_in_each_language() {
        assert_eq!(plain(-1234.5, "fa"), "\u{200E}\u{2212}۱٬۲۳۴٫۵");
        assert_eq!(plain(0.125, "fa"), "۰٫۱۲۵");
        assert_eq!(plain(12.0, "fa"), "۱۲");
        assert_eq!(
            write(1234.0, NumberFormat::PLAIN, marks("fa", true)),
            "1,234"
        );
        assert_eq!(plain(-1234.5, "ru"), "-1\u{00A0}234,5");
        assert_eq!(plain(1234567.0, "ru"), "1\u{00A0}234\u{00A0}567");
        assert_eq!(plain(1234567.5, "te"), "12,34,567.5");
        assert_eq!(plain(12345.0, "te"), "12,345");
        assert_eq!(plain(1234567.5, "en"), "1,234,567.5");
        assert_eq!(plain(1.0 / 3.0, "en"), "0.333");
        assert_eq!(plain(123.0, "tl"), "123");
    }

    #[test]
    fn a_signed_number_has_a_plus_above_zero_and_no_sign_at_zero() {
        assert_eq!(
            write(0.7, NumberFormat::signed(1), marks("fa", false)),
            "\u{200E}+۰٫۷"
        );
        assert_eq!(
            write(-3.0, NumberFormat::SCORE, marks("fa", false)),
            "\u{200E}\u{2212}۳"
        );
        assert_eq!(write(2.0, NumberFormat::SCORE, marks("en", false)), "+2");
        assert_eq!(write(0.0, NumberFormat::SCORE, marks("en", false)), "0");
        assert_eq!(
            write(-0.04, NumberFormat::signed(1), marks("en", false)),
            "0.0"
        );
        assert_eq!(
            write(0.7, NumberFormat::signed(2), marks("ru", false)),
            "+0,70"
        );
    }
}
