//! What the workshop server says itself, in the language a request asks for: the plain-text
//! refusals it writes before any page can say why (wrong address, a foreign page's socket, a
//! socket without a participant, a path or method it does not serve, a body it cannot read), and
//! the language its JSON and socket refusals are worded in. The words are the participant
//! catalog's (`http-refusal-*`, `join-error-*`, `refusal-*` in locales/<lang>/participant.ftl);
//! the language is the request's `Accept-Language`, negotiated among the catalogs, English when
//! none matches or there is none.
//!
//! Owns no status codes: whoever refuses chooses the status, and this module only words it.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use journey_i18n::{Direction, Language};

/// The language a request's `Accept-Language` asks for, among those with catalogs.
pub fn language_of(headers: &HeaderMap) -> Language {
    let asked: Vec<&str> = headers.get_all(header::ACCEPT_LANGUAGE).iter().filter_map(|v| v.to_str().ok()).collect();
    journey_i18n::negotiate(preferred(&asked.join(",")))
}

/// An `Accept-Language` value's language ranges, most wanted first: by their `q` (1 when it has
/// none), ties in the order written. A range with `q=0` is one the browser does not want, and
/// `*` names none in particular: both are left out, as is an item that does not parse.
pub fn preferred(accept_language: &str) -> Vec<&str> {
    let mut ranges: Vec<(f32, &str)> = accept_language
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let range = parts.next()?.trim();
            let q = match parts.map(str::trim).find_map(|p| p.strip_prefix("q=").or_else(|| p.strip_prefix("Q="))) {
                Some(q) => q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q))?,
                None => 1.0,
            };
            (!range.is_empty() && range != "*" && q > 0.0).then_some((q, range))
        })
        .collect();
    // Stable: equal weights keep the browser's order.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.into_iter().map(|(_, r)| r).collect()
}

/// Message `http-refusal-<code>` as a plain-text answer with `status`, in `language`.
pub fn refusal(status: StatusCode, language: Language, code: &str) -> Response {
    let mut text = journey_i18n::localizer(language).text(&format!("http-refusal-{code}"));
    if language.direction == Direction::Rtl {
        // A browser shows plain text left to right: right-to-left marks at both ends keep the
        // sentence's final full stop at its end (the left) and let a reader that guesses the
        // direction from the first strong character guess right.
        text = format!("\u{200f}{text}\u{200f}");
    }
    let mut r = (status, text).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    spoken(r.headers_mut(), language);
    r
}

/// Marks an answer as worded in `language`.
pub fn spoken(headers: &mut HeaderMap, language: Language) {
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(language.code));
}

/// The refusal that words an error status nobody here worded: a path the server does not serve
/// (axum's 404 and 405 have no body), or a request its extractors could not read (axum's own
/// English sentences about JSON, query strings and upgrade headers, written for developers).
fn code_for(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "notFound",
        StatusCode::METHOD_NOT_ALLOWED => "wrongMethod",
        StatusCode::PAYLOAD_TOO_LARGE => "tooLarge",
        s if s.is_server_error() => "failed",
        _ => "badRequest",
    }
}

/// An error answer in `language`: one already worded (it says its `Content-Language`) is kept;
/// any other gets the refusal for its status in place of its body, with the same status and the
/// same headers but those of the body itself (an `Allow` on a 405, an `Upgrade` on a 426 stay).
pub fn in_language(r: Response, language: Language) -> Response {
    let status = r.status();
    if !(status.is_client_error() || status.is_server_error()) || r.headers().contains_key(header::CONTENT_LANGUAGE) {
        return r;
    }
    let mut worded = refusal(status, language, code_for(status));
    for (name, value) in r.headers() {
        if *name != header::CONTENT_TYPE && *name != header::CONTENT_LENGTH && !worded.headers().contains_key(name) {
            worded.headers_mut().append(name.clone(), value.clone());
        }
    }
    worded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_read_in_order_of_its_weights() {
        assert_eq!(preferred("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"), ["ru-RU", "ru", "en-US", "en"]);
        assert_eq!(preferred("en;q=0.5, fa"), ["fa", "en"], "an unweighted range is worth 1");
        assert_eq!(preferred("de, te;q=0.8, tl;q=0.8"), ["de", "te", "tl"], "equal weights keep their order");
        assert_eq!(preferred("fa;q=0, *;q=0.5, ru;q=nonsense, te;q=2"), Vec::<&str>::new(), "unwanted, any, and unreadable ranges name nothing");
        assert_eq!(preferred(""), Vec::<&str>::new());
    }

    #[test]
    fn a_request_gets_the_first_language_it_asks_for_that_has_catalogs() {
        let asking = |v: &[&str]| {
            let mut h = HeaderMap::new();
            for v in v {
                h.append(header::ACCEPT_LANGUAGE, HeaderValue::from_str(v).unwrap());
            }
            language_of(&h).code
        };
        assert_eq!(asking(&["de-DE,de;q=0.9,fa;q=0.8,en;q=0.7"]), "fa");
        assert_eq!(asking(&["en;q=0.1,tl-PH"]), "tl");
        assert_eq!(asking(&["de", "te"]), "te", "two headers are one list");
        assert_eq!(asking(&["fa;q=0,de"]), "en", "a language the browser refuses is not chosen");
        assert_eq!(asking(&[]), "en");
    }

    #[test]
    fn every_refusal_the_server_words_is_in_every_catalog() {
        let codes = ["wrongHost", "foreignPage", "joinFirst", "notFound", "wrongMethod", "tooLarge", "badRequest", "failed"];
        for l in journey_i18n::LANGUAGES {
            let localizer = journey_i18n::Localizer::new(l);
            for code in codes {
                let id = format!("http-refusal-{code}");
                let text = localizer.text(&id);
                assert!(text != id, "{}: no {id}", l.code);
                if l.code != "en" {
                    assert_ne!(text, journey_i18n::english_localizer().text(&id), "{}: {id} is the English sentence", l.code);
                }
            }
        }
        for s in [404, 405, 413, 400, 415, 422, 426, 500] {
            assert!(codes.contains(&code_for(StatusCode::from_u16(s).unwrap())), "{s}");
        }
    }
}
