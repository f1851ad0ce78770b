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
}

impl Format {
    pub const ALL: [Format; 8] =
        [Format::Svg, Format::Png, Format::Pdf, Format::Html, Format::Csv, Format::Markdown, Format::Json, Format::Mermaid];

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
}

impl ExportOptions {
    pub fn new(format: Format) -> Self {
        ExportOptions { format, pages: Pages::Fit, scale: 1.0 }
    }
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
    match opts.format {
        Format::Svg => out.write_all(svg::to_svg(j, SvgOptions { metadata: true, ..SvgOptions::default() }).as_bytes())?,
        Format::Png => {
            let drawing = svg::to_svg(j, SvgOptions::default());
            png::render(&drawing, opts.scale, out, job)?;
        }
        Format::Pdf => {
            let (drawing, runs) = svg::render(j, &journey_core::layout(j), SvgOptions { shaped_apart: true, ..SvgOptions::default() });
            let (bytes, _) = pdf::render(&drawing, &runs, &j.name, opts.pages, job)?;
            out.write_all(&bytes)?;
        }
        Format::Json => out.write_all(crate::to_json(std::slice::from_ref(j)).as_bytes())?,
        Format::Html => out.write_all(crate::html::to_html(j).as_bytes())?,
        Format::Markdown => out.write_all(crate::markdown::to_markdown(j).as_bytes())?,
        Format::Csv => out.write_all(crate::csv::to_csv(std::slice::from_ref(j)).as_bytes())?,
        Format::Mermaid => out.write_all(crate::mermaid::to_mermaid(j).as_bytes())?,
    }
    job.step(1.0)?;
    Ok(())
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
