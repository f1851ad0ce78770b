//! One entry point for every export format, shared by the app and the CLI: pick the format,
//! render, and write the file so that a failed or cancelled export never leaves a half-written
//! file behind or damages one that was already there.

use std::io::Write;
use std::path::Path;

use journey_core::Journey;

use crate::pdf::{Pages, Paper};
use crate::svg::SvgOptions;
use crate::{pdf, png, svg, ExportError, Job};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Pdf,
    Html,
    Csv,
    Markdown,
    Json,
    Mermaid,
    /// OpenJourney, the Ptolemy journey mapper's JSON.
    Ojf,
    /// An Excel workbook, one sheet per concern.
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 10] = [
        Format::Svg,
        Format::Png,
        Format::Pdf,
        Format::Html,
        Format::Csv,
        Format::Markdown,
        Format::Json,
        Format::Mermaid,
        Format::Ojf,
        Format::Xlsx,
    ];

    /// The name used on the command line and in the app (`md` for Markdown).
    pub fn name(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Mermaid => "mermaid",
            Format::Ojf => "ojf",
            Format::Xlsx => "xlsx",
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Mermaid => "mmd",
            f => f.name(),
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        let s = s.trim().to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.name() == s || f.extension() == s).or(match s.as_str() {
            "markdown" => Some(Format::Markdown),
            "htm" => Some(Format::Html),
            _ => None,
        })
    }

    /// As `parse`, with the refusal in words.
    pub fn named(s: &str) -> Result<Format, String> {
        Format::parse(s).ok_or_else(|| format!("\"{s}\" is not an export format (svg, png, pdf, html, csv, md, json, mermaid, ojf, xlsx)."))
    }

    /// The format a file name suggests.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension().and_then(|e| e.to_str()).and_then(Format::parse)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExportOptions {
    pub format: Format,
    /// PDF only: one fitted page, or paper tiles.
    pub pages: Pages,
    /// PNG only: pixels per map unit (1, 2, 4...).
    pub scale: f32,
    /// The language of the labels and report texts (the window's, or the CLI's `--lang`); the
    /// journey's own text is never translated.
    pub language: journey_i18n::Language,
}

/// PNG scales offered: below a quarter the text is unreadable, above 8 a large map is billions
/// of pixels.
pub const SCALES: std::ops::RangeInclusive<f32> = 0.25..=8.0;

impl ExportOptions {
    pub fn new(format: Format) -> Self {
        ExportOptions { format, pages: Pages::Fit, scale: 1.0, language: journey_i18n::Language::default() }
    }

    /// Options as the app and the CLI receive them (page size by name, scale as given), checked
    /// the same way for both; the refusal says what is accepted.
    pub fn parse(format: Format, pages: Option<&str>, scale: Option<f32>) -> Result<ExportOptions, String> {
        let pages = match pages {
            Some(p) => parse_pages(p).ok_or_else(|| format!("\"{p}\" is not a page size (fit, a4, a3, letter)."))?,
            None => Pages::Fit,
        };
        let scale = scale.unwrap_or(1.0);
        if !(scale.is_finite() && SCALES.contains(&scale)) {
            return Err(format!("The scale must be between {} and {}, not {scale}.", SCALES.start(), SCALES.end()));
        }
        Ok(ExportOptions { format, pages, scale, language: journey_i18n::Language::default() })
    }

    /// The same options with labels and report texts in `language`.
    pub fn in_language(self, language: journey_i18n::Language) -> Self {
        ExportOptions { language, ..self }
    }
}

/// A file name (without extension) from a journey name: no path separators or characters file
/// systems refuse, at most 100 characters, never empty.
pub fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() { '-' } else { c })
        .collect();
    let trimmed = cleaned.trim().trim_matches('.').chars().take(100).collect::<String>();
    if trimmed.is_empty() { "journey".into() } else { trimmed }
}

pub fn parse_pages(s: &str) -> Option<Pages> {
    match s.trim().to_ascii_lowercase().as_str() {
        "fit" => Some(Pages::Fit),
        "a4" => Some(Pages::Tiled(Paper::A4)),
        "a3" => Some(Pages::Tiled(Paper::A3)),
        "letter" => Some(Pages::Tiled(Paper::Letter)),
        _ => None,
    }
}

/// Writes the export of `j` to `out`.
pub fn export(j: &Journey, opts: &ExportOptions, out: &mut dyn Write, job: &Job) -> Result<(), ExportError> {
    job.step(0.0)?;
    let language = opts.language;
    let words = crate::labels::Words::new(language);
    match opts.format {
        Format::Svg => out.write_all(svg::to_svg(j, SvgOptions { metadata: true, language, ..SvgOptions::default() }).as_bytes())?,
        Format::Png => {
            let drawing = svg::to_svg(j, SvgOptions { language, ..SvgOptions::default() });
            png::render(&drawing, opts.scale, out, job)?;
        }
        Format::Pdf => {
            let (drawing, runs) = svg::render(j, &journey_core::layout(j), SvgOptions { shaped_apart: true, language, ..SvgOptions::default() });
            let (bytes, _) = pdf::render_in(&drawing, &runs, &j.name, opts.pages, words, job)?;
            out.write_all(&bytes)?;
        }
        Format::Json => out.write_all(crate::to_json(std::slice::from_ref(j)).as_bytes())?,
        Format::Html => out.write_all(crate::html::to_html_in(j, words).as_bytes())?,
        Format::Markdown => out.write_all(crate::markdown::to_markdown_in(j, words).as_bytes())?,
        Format::Csv => out.write_all(crate::csv::to_csv(std::slice::from_ref(j)).as_bytes())?,
        Format::Mermaid => out.write_all(crate::mermaid::to_mermaid(j).as_bytes())?,
        Format::Ojf => out.write_all(crate::ojf::to_ojf(j).as_bytes())?,
        Format::Xlsx => {
            let bytes = crate::xlsx::to_xlsx(j).map_err(|e| std::io::Error::other(format!("the workbook could not be made: {e}")))?;
            out.write_all(&bytes)?;
        }
    }
    job.step(1.0)?;
    Ok(())
}

/// What the export of `j` as `format` leaves out or changes, a note each, for the export
/// report (empty when the format holds the journey whole).
pub fn export_notes(j: &Journey, format: Format) -> Vec<crate::Said> {
    match format {
        Format::Ojf => crate::ojf::export_notes(j),
        _ => Vec::new(),
    }
}

/// Writes the export of `j` to `path` through a temporary file in the same folder, renamed
/// into place only when complete: an error or a cancel leaves no partial file and leaves an
/// existing file at `path` untouched.
pub fn export_file(j: &Journey, opts: &ExportOptions, path: &Path, job: &Job) -> Result<(), ExportError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new().prefix(".journey-export-").tempfile_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(tmp.as_file_mut());
        export(j, opts, &mut out, job)?;
        out.flush()?;
    }
    // A temporary file is private (0600); the export gets the permissions of the file it
    // replaces, or the usual 0644 for a new one, like any file the user saves.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0o644);
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| ExportError::Io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_journey_names_are_safe() {
        assert_eq!(file_stem("Meal-kit / v2: final?"), "Meal-kit - v2- final-");
        assert_eq!(file_stem("  ../..  "), "-");
        assert_eq!(file_stem("رزرو نوبت"), "رزرو نوبت");
        assert_eq!(file_stem("..."), "journey");
    }

    #[test]
    fn options_are_checked_the_same_for_the_app_and_the_cli() {
        assert!(Format::named("docx").unwrap_err().contains("svg, png, pdf"));
        assert_eq!(Format::named(" Markdown ").unwrap(), Format::Markdown);
        assert!(ExportOptions::parse(Format::Pdf, Some("a5"), None).unwrap_err().contains("\"a5\""));
        assert!(ExportOptions::parse(Format::Png, None, Some(100.0)).unwrap_err().contains("between 0.25 and 8"));
        assert!(ExportOptions::parse(Format::Png, None, Some(f32::NAN)).is_err());
        assert!(ExportOptions::parse(Format::Png, None, Some(0.1)).is_err());
        let ok = ExportOptions::parse(Format::Pdf, Some("Letter"), None).unwrap();
        assert_eq!((ok.pages, ok.scale), (Pages::Tiled(Paper::Letter), 1.0));
    }
}
