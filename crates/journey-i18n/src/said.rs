//! What the program says to a person as data: a catalog message and its arguments, said in the
//! reader's language where it is shown. The importers' reports and refusals (journey-export) and
//! the merge report's repairs (journey-core) are made of these; the window formats them in its
//! own language (they serialize as `{ id, args }`, journey-api's `Said`), the CLI in its `--lang`.
//! `Display` is the English catalog's sentence, the one the tests and the logs read.
//!
//! Numbers stay numbers, so Fluent picks the plural and the language writes the digits; what a
//! file or a journey itself holds (names, paths, cell values) is text, passed as it is.

use std::fmt;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{Arg, Language, Localizer};

/// A message and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, SaidArg)>,
}

/// An argument of a `Said`.
#[derive(Debug, Clone, PartialEq)]
pub enum SaidArg {
    /// The file's or the user's own words, or the program's (a parser's complaint): never
    /// translated.
    Text(String),
    Number(f64),
    /// Another message, said in the same language first (a refusal's detail inside its place,
    /// the card a repair is about).
    Said(Box<Said>),
    /// Items joined as the language joins them.
    List(Vec<SaidArg>),
}

/// The message that carries a detail still said only in English (the core's rule violations,
/// a parser's own words) inside a translated sentence.
const UNTRANSLATED: &str = "error-import-detail";

/// A number on its own, in a list (`{ $n }`: Fluent writes it the language's way).
const NUMBER: &str = "export-import-number";

impl Said {
    /// A message without arguments.
    pub fn of(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    /// A message with arguments.
    pub fn with(id: &'static str, args: Vec<(&'static str, SaidArg)>) -> Said {
        Said { id, args }
    }

    /// Words that have no message of their own, passed as they are.
    pub fn untranslated(text: impl Into<String>) -> Said {
        Said {
            id: UNTRANSLATED,
            args: vec![("detail", SaidArg::Text(text.into()))],
        }
    }

    pub fn format(&self, l: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = self.args.iter().map(|(k, v)| (*k, v.format(l))).collect();
        l.format(self.id, &args)
    }

    /// The sentence in `language`.
    pub fn in_language(&self, language: Language) -> String {
        self.format(crate::localizer(language))
    }
}

impl SaidArg {
    fn format(&self, l: &Localizer) -> Arg {
        match self {
            SaidArg::Text(t) => Arg::Text(t.clone()),
            SaidArg::Number(n) => Arg::Number(*n),
            SaidArg::Said(s) => Arg::Text(s.format(l)),
            SaidArg::List(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| match i.format(l) {
                        Arg::Text(t) => t,
                        number => l.format(NUMBER, &[("n", number)]),
                    })
                    .collect();
                Arg::Text(l.list(&items))
            }
        }
    }
}

/// The English sentence.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(crate::english_localizer()))
    }
}

/// `{ "id": …, "args": { name: value } }`, values untagged (text a string, a number a number,
/// a message an object, a list an array): the shape of journey-api's `Said`, which the page's
/// `l.said` formats.
impl Serialize for Said {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(if self.args.is_empty() { 1 } else { 2 }))?;
        m.serialize_entry("id", self.id)?;
        if !self.args.is_empty() {
            m.serialize_entry("args", &Args(&self.args))?;
        }
        m.end()
    }
}

struct Args<'a>(&'a [(&'static str, SaidArg)]);

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl Serialize for SaidArg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            SaidArg::Text(t) => s.serialize_str(t),
            SaidArg::Number(n) => s.serialize_f64(*n),
            SaidArg::Said(said) => said.serialize(s),
            SaidArg::List(items) => s.collect_seq(items),
        }
    }
}

impl From<String> for SaidArg {
    fn from(s: String) -> SaidArg {
        SaidArg::Text(s)
    }
}
impl From<&str> for SaidArg {
    fn from(s: &str) -> SaidArg {
        SaidArg::Text(s.to_string())
    }
}
impl From<&String> for SaidArg {
    fn from(s: &String) -> SaidArg {
        SaidArg::Text(s.clone())
    }
}
impl From<Said> for SaidArg {
    fn from(s: Said) -> SaidArg {
        SaidArg::Said(Box::new(s))
    }
}
impl<T: Into<SaidArg>> From<Vec<T>> for SaidArg {
    fn from(items: Vec<T>) -> SaidArg {
        SaidArg::List(items.into_iter().map(Into::into).collect())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => { $(impl From<$t> for SaidArg { fn from(n: $t) -> SaidArg { SaidArg::Number(n as f64) } })* };
}
number_arg!(i32, i64, u8, u32, u64, usize, f64);

/// Words without a message (a library's error, the core's rule): said as they are.
impl From<String> for Said {
    fn from(s: String) -> Said {
        Said::untranslated(s)
    }
}
impl From<&str> for Said {
    fn from(s: &str) -> Said {
        Said::untranslated(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_said_serializes_as_the_window_reads_it() {
        let inner = Said::with("repair-item-card", vec![("name", "Pay".into())]);
        let said = Said::with(
            "repair-score-outside",
            vec![
                ("card", inner.into()),
                ("score", 7.into()),
                ("list", vec![1, 2].into()),
            ],
        );
        let json = serde_json::to_value(&said).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "id": "repair-score-outside", "args": { "card": { "id": "repair-item-card", "args": { "name": "Pay" } }, "score": 7.0, "list": [1.0, 2.0] } })
        );
        assert_eq!(
            serde_json::to_value(Said::of("repair-dangling-flow")).unwrap(),
            serde_json::json!({ "id": "repair-dangling-flow" })
        );
    }
}
