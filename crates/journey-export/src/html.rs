//! The map as one self-contained HTML file: the SVG map inline, the fonts it needs embedded,
//! a few lines of script to pan and zoom, and the journey's data as JSON. It opens offline in
//! any browser and may make no request at all: its Content-Security-Policy allows nothing but
//! its own script and style (by hash) and data: fonts.

use base64::Engine;
use sha2::{Digest, Sha256};

use journey_core::Journey;

use crate::fonts::FONTS;
use crate::labels::Words;
use crate::svg::{self, SvgOptions};
use crate::text::xml;

const STYLE: &str = r#"
html, body { margin: 0; height: 100%; font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Telugu', 'Noto Emoji', sans-serif; color: #1d2433; background: #f5f6f8; }
body { display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 14px; background: #fff; border-bottom: 1px solid #dfe3ea; font-size: 13px; }
header h1 { font-size: 15px; margin: 0 12px 0 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 50vw; unicode-bidi: plaintext; }
header button { font: inherit; border: 1px solid #dfe3ea; background: #fff; border-radius: 6px; padding: 3px 10px; cursor: pointer; color: #1d2433; }
header button:focus-visible, #viewport:focus-visible { outline: 2px solid #1f4e8c; outline-offset: 2px; }
header .hint { color: #5a6478; margin-inline-start: auto; }
#zoom { min-width: 48px; text-align: center; color: #5a6478; }
main { flex: 1; display: flex; min-height: 0; }
#viewport { flex: 1; overflow: hidden; position: relative; cursor: grab; touch-action: none; user-select: none; -webkit-user-select: none; }
#viewport.panning { cursor: grabbing; }
#map { position: absolute; left: 0; top: 0; transform-origin: 0 0; box-shadow: 0 1px 4px rgba(16, 24, 40, .12); }
#map svg { display: block; }
#insights { position: absolute; top: 0; inset-inline-end: 0; bottom: 0; width: min(440px, 92vw); overflow-y: auto; background: #fff; border-inline-start: 1px solid #dfe3ea; box-shadow: -8px 0 24px rgba(16, 24, 40, .12); padding: 12px 16px; font-size: 13px; z-index: 2; }
#insights[hidden] { display: none; }
#insights h2 { font-size: 15px; margin: 4px 0 8px; }
#insights h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #5a6478; margin: 14px 0 6px; }
#insights ul { margin: 0; padding-inline-start: 18px; }
#insights li { margin: 3px 0; line-height: 1.4; unicode-bidi: plaintext; }
#insights li.warning::marker { color: #d64545; }
.heat { border-collapse: collapse; width: 100%; font-size: 11px; table-layout: fixed; }
.heat th, .heat td { border: 1px solid #dfe3ea; padding: 3px 2px; text-align: center; }
.heat th[scope=col] { height: 92px; vertical-align: bottom; font-weight: 600; color: #5a6478; }
.heat th[scope=col] span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
.heat tr:first-child th:first-child { width: 40%; }
.heat th[scope=row] { text-align: start; unicode-bidi: plaintext; }
.h1 { background: #fbe3e3; } .h2 { background: #f5b9b9; } .h3 { background: #ec8a8a; } .h4 { background: #e05a5a; color: #fff; } .h5 { background: #c63030; color: #fff; }
main { position: relative; }
"#;

const SCRIPT: &str = r#"
(() => {
  const viewport = document.getElementById("viewport");
  const map = document.getElementById("map");
  const label = document.getElementById("zoom");
  const svg = map.querySelector("svg");
  const width = svg.width.baseVal.value, height = svg.height.baseVal.value;
  let scale = 1, x = 0, y = 0;
  const draw = () => {
    map.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    label.textContent = `${Math.round(scale * 100)}%`;
  };
  const zoomAt = (factor, cx, cy) => {
    const next = Math.min(8, Math.max(0.05, scale * factor));
    x = cx - (cx - x) * (next / scale);
    y = cy - (cy - y) * (next / scale);
    scale = next;
    draw();
  };
  const fit = () => {
    const r = viewport.getBoundingClientRect();
    scale = Math.min(r.width / width, r.height / height, 1);
    x = (r.width - width * scale) / 2;
    y = Math.max(0, (r.height - height * scale) / 2);
    draw();
  };
  const centre = () => { const r = viewport.getBoundingClientRect(); return [r.width / 2, r.height / 2]; };
  viewport.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = viewport.getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) zoomAt(Math.exp(-e.deltaY / 300), e.clientX - r.left, e.clientY - r.top);
    else { x -= e.deltaX; y -= e.deltaY; draw(); }
  }, { passive: false });
  let drag = null;
  viewport.addEventListener("pointerdown", (e) => {
    drag = { px: e.clientX, py: e.clientY, x, y };
    viewport.setPointerCapture(e.pointerId);
    viewport.classList.add("panning");
  });
  viewport.addEventListener("pointermove", (e) => {
    if (!drag) return;
    x = drag.x + e.clientX - drag.px;
    y = drag.y + e.clientY - drag.py;
    draw();
  });
  const stop = () => { drag = null; viewport.classList.remove("panning"); };
  viewport.addEventListener("pointerup", stop);
  viewport.addEventListener("pointercancel", stop);
  window.addEventListener("keydown", (e) => {
    const step = 80;
    if (e.key === "+" || e.key === "=") zoomAt(1.25, ...centre());
    else if (e.key === "-") zoomAt(0.8, ...centre());
    else if (e.key === "0") { scale = 1; x = 0; y = 0; draw(); }
    else if (e.key === "f") fit();
    else if (e.key === "ArrowLeft") { x += step; draw(); }
    else if (e.key === "ArrowRight") { x -= step; draw(); }
    else if (e.key === "ArrowUp") { y += step; draw(); }
    else if (e.key === "ArrowDown") { y -= step; draw(); }
    else return;
    e.preventDefault();
  });
  document.getElementById("zoom-in").addEventListener("click", () => zoomAt(1.25, ...centre()));
  document.getElementById("zoom-out").addEventListener("click", () => zoomAt(0.8, ...centre()));
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("actual").addEventListener("click", () => { scale = 1; x = 0; y = 0; draw(); });
  const panel = document.getElementById("insights");
  const toggle = document.getElementById("toggle-insights");
  toggle.addEventListener("click", () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute("aria-pressed", String(!panel.hidden));
  });
  fit();
})();
"#;

fn hash(source: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(source.as_bytes()))
}

/// The bundled fonts a journey's text needs: Noto Sans always, the Arabic-script and Telugu
/// families only when some text uses those scripts (each adds ~0.5 MB of base64), Noto Emoji
/// only when some text has an emoji (1.2 MB of base64).
fn font_faces(j: &Journey) -> String {
    let all = crate::to_json(std::slice::from_ref(j));
    let arabic = all.chars().any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF));
    let telugu = all.chars().any(|c| matches!(c as u32, 0x0C00..=0x0C7F));
    let emoji = crate::fonts::has_emoji(&all);
    let mut css = String::new();
    for f in &FONTS {
        let wanted = match f.family {
            "Noto Naskh Arabic" => arabic,
            "Noto Sans Telugu" => telugu,
            "Noto Emoji" => emoji,
            _ => true,
        };
        if wanted {
            css.push_str(&format!(
                "@font-face {{ font-family: '{}'; font-weight: {}; src: url(data:font/ttf;base64,{}) format('truetype'); }}\n",
                f.family,
                f.weight.css(),
                base64::engine::general_purpose::STANDARD.encode(f.data)
            ));
        }
    }
    css
}

/// The journey as JSON safe inside a `<script>` element: `<`, `>` and `&` only occur inside
/// JSON strings, where their `\u` escapes mean the same, so no text can close the element.
fn script_json(j: &Journey) -> String {
    crate::to_json(std::slice::from_ref(j))
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The page in English.
pub fn to_html(j: &Journey) -> String {
    to_html_in(j, Words::default())
}

/// The page with its controls, the map's labels and the insights in `w`'s language (the page's
/// `lang` and `dir` follow it, so a Persian page's controls mirror).
pub fn to_html_in(j: &Journey, w: Words) -> String {
    let drawing = svg::to_svg(j, SvgOptions { language: w.language(), ..SvgOptions::default() });
    let drawing = drawing.split_once("?>\n").map_or(drawing.as_str(), |(_, rest)| rest);
    let style = format!("{}{STYLE}", font_faces(j));
    let csp = format!(
        "default-src 'none'; script-src 'sha256-{}'; style-src 'sha256-{}'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'",
        hash(SCRIPT),
        hash(&style)
    );
    let name = xml(&j.name);
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Journey Studio">
<title>{name}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1 dir="auto">{name}</h1>
<button type="button" id="zoom-out" aria-label="{zoom_out}">−</button>
<span id="zoom" aria-live="polite">100%</span>
<button type="button" id="zoom-in" aria-label="{zoom_in}">+</button>
<button type="button" id="fit">{fit}</button>
<button type="button" id="actual">100%</button>
<button type="button" id="toggle-insights" aria-pressed="false" aria-controls="insights">{insights_label}</button>
<span class="hint">{hint}</span>
</header>
<main>
<div id="viewport" tabindex="0" aria-label="{map_label}"><div id="map">{drawing}</div></div>
<aside id="insights" hidden aria-label="{insights_label}">{insights}</aside>
</main>
<script type="application/json" id="journey-data">{data}</script>
<script>{SCRIPT}</script>
</body>
</html>
"#,
        lang = w.language().code,
        dir = if w.rtl() { "rtl" } else { "ltr" },
        zoom_out = xml(&w.text("export-html-zoom-out")),
        zoom_in = xml(&w.text("export-html-zoom-in")),
        fit = xml(&w.text("export-html-fit")),
        insights_label = xml(&w.text("export-html-insights")),
        hint = xml(&w.text("export-html-hint")),
        map_label = xml(&w.text("export-html-map")),
        data = script_json(j),
        insights = insights_html(j, w)
    )
}

/// The analysis as HTML: findings, then the stage × CX-pillar heatmap with cells shaded by
/// severity (classes, not inline styles: the page's CSP allows no style attributes).
fn insights_html(j: &Journey, w: Words) -> String {
    use journey_core::insights::{analyse, Level};
    let i = analyse(j);
    let mut out = format!("<h2>{}</h2><ul>", xml(&w.text("export-html-insights")));
    for f in &i.findings {
        let class = if f.level == Level::Warning { "warning" } else { "info" };
        out.push_str(&format!("<li class=\"{class}\">{}</li>", xml(&f.text(w.localizer()))));
    }
    out.push_str(&format!("</ul><h3>{}</h3><table class=\"heat\"><tr><th></th>", xml(&w.text("export-heatmap-title"))));
    for p in journey_core::CxPillar::ALL {
        out.push_str(&format!("<th scope=\"col\"><span>{}</span></th>", xml(&w.pillar(p))));
    }
    out.push_str("</tr>");
    let top = i.pillars.heatmap.iter().map(|c| c.severity).max().unwrap_or(0).max(1);
    for id in j.graph.order() {
        let name = j.graph.stage(id).map_or(String::new(), |s| s.name.clone());
        out.push_str(&format!("<tr><th scope=\"row\">{}</th>", xml(&name)));
        for p in journey_core::CxPillar::ALL {
            let v = i.pillars.heatmap.iter().find(|c| c.stage == id && c.pillar == p).map_or(0, |c| c.severity);
            if v == 0 {
                out.push_str("<td></td>");
            } else {
                let level = (v * 5).div_ceil(top).clamp(1, 5);
                out.push_str(&format!(
                    "<td class=\"h{level}\">{}</td>",
                    w.number(f64::from(v))
                ));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}

/// The journey data embedded in an HTML export (for re-import).
pub fn data_of(html: &str) -> Option<&str> {
    let start = html.find(r#"<script type="application/json" id="journey-data">"#)?;
    let rest = &html[start..];
    let body = &rest[rest.find('>')? + 1..];
    Some(&body[..body.find("</script>")?])
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::sample::sample_journeys;

    #[test]
    fn the_csp_hashes_match_the_inline_script_and_style() {
        let j = &sample_journeys()[0];
        let html = to_html(j);
        let style = &html[html.find("<style>").unwrap() + 7..html.find("</style>").unwrap()];
        let script_start = html.rfind("<script>").unwrap() + 8;
        let script = &html[script_start..html.rfind("</script>").unwrap()];
        assert!(html.contains(&format!("style-src 'sha256-{}'", hash(style))));
        assert!(html.contains(&format!("script-src 'sha256-{}'", hash(script))));
        assert!(html.contains("default-src 'none'"));
    }

    #[test]
    fn fonts_are_embedded_only_for_the_scripts_the_journey_uses() {
        let [en, fa] = <[Journey; 2]>::try_from(sample_journeys()).unwrap();
        let (en, fa) = (to_html(&en), to_html(&fa));
        assert!(en.contains("font-family: 'Noto Sans'") && !en.contains("Noto Naskh Arabic';"));
        assert!(fa.contains("font-family: 'Noto Naskh Arabic'"));
        // The only URL in the file is the SVG namespace name, which is never fetched.
        assert_eq!(en.matches("https:").count(), 0);
        assert_eq!(en.matches("http:").count(), en.matches("http://www.w3.org/2000/svg").count());
    }

    #[test]
    fn the_emoji_face_is_embedded_only_for_a_journey_with_emoji() {
        let mut j = sample_journeys().remove(0);
        assert!(!to_html(&j).contains("font-family: 'Noto Emoji'"), "1.2 MB of emoji font in a journey without emoji");
        j.name = "🔍 Discovery".into();
        let html = to_html(&j);
        assert!(html.contains("@font-face { font-family: 'Noto Emoji'; font-weight: 400 700;"), "no emoji face in the page");
        assert!(html.contains("font-family=\"'Noto Emoji'\">🔍</tspan>"), "🔍 is not set in the emoji face");
    }

    #[test]
    fn hostile_text_stays_text() {
        let mut j = sample_journeys().remove(0);
        let hostile = "</script><script>alert(1)</script> </svg> & \"q\" 'a' \u{2028}";
        j.name = hostile.into();
        for c in j.cards.values_mut() {
            c.text = hostile.into();
        }
        let html = to_html(&j);
        // Exactly the two script elements the export writes, and the data parses back.
        assert_eq!(html.matches("<script").count(), 2, "an injected script element");
        assert_eq!(html.matches("</svg>").count(), 1);
        let data = data_of(&html).unwrap();
        let back = crate::from_json(data).unwrap();
        assert_eq!(back[0].name, hostile);
        assert!(back[0].cards.values().all(|c| c.text == hostile));
    }
}
