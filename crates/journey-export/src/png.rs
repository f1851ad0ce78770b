//! The map as PNG, rendered in Rust (resvg) at any scale. A browser canvas stops at about
//! 32,000 px; here the picture is drawn in horizontal strips and streamed into the PNG
//! encoder, so a 40,000 px wide map needs memory for one strip, not for the whole image.

use std::io::Write;

use resvg::tiny_skia::{Color, Pixmap, Transform};

use crate::{parse_svg, ExportError, Job};

/// Largest side accepted, in pixels (PNG allows 2^31 - 1; viewers give up far earlier).
pub const MAX_SIDE: u32 = 200_000;
/// Largest picture accepted, in pixels (~3 GB of RGB).
pub const MAX_PIXELS: u64 = 1_000_000_000;
/// Pixels drawn per strip: 64 M pixels, 256 MB of RGBA. Bigger strips mean fewer passes over
/// the drawing; smaller ones less memory.
const STRIP_PIXELS: u64 = 64 * 1024 * 1024;

/// Renders `svg` at `scale` (1 = one pixel per SVG unit) into `out` as an opaque RGB PNG.
/// Returns the picture's width and height.
pub fn render(svg: &str, scale: f32, out: impl Write, job: &Job) -> Result<(u32, u32), ExportError> {
    if !(scale.is_finite() && (0.05..=16.0).contains(&scale)) {
        return Err(ExportError::TooLarge(format!("the scale must be between 0.05 and 16, not {scale}")));
    }
    let tree = parse_svg(svg)?;
    job.step(0.02)?;
    let size = tree.size();
    let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(ExportError::TooLarge(format!(
            "a {w} x {h} px picture is too large (at most {MAX_SIDE} px a side and {} million pixels); choose a smaller scale",
            MAX_PIXELS / 1_000_000
        )));
    }
    let mut encoder = png::Encoder::new(out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let encoding = |e: png::EncodingError| match e {
        png::EncodingError::IoError(e) => ExportError::Io(e),
        e => ExportError::Render(e.to_string()),
    };
    let mut writer = encoder.write_header().map_err(encoding)?;
    let mut stream = writer.stream_writer().map_err(encoding)?;

    let rows = (STRIP_PIXELS / u64::from(w)).clamp(1, u64::from(h)) as u32;
    let mut strip = Pixmap::new(w, rows).ok_or_else(|| ExportError::Render("could not allocate the picture".into()))?;
    let mut line = vec![0u8; w as usize * 3];
    let mut top = 0u32;
    while top < h {
        let height = rows.min(h - top);
        strip.fill(Color::WHITE);
        resvg::render(&tree, Transform::from_row(scale, 0.0, 0.0, scale, 0.0, -(top as f32)), &mut strip.as_mut());
        // The page is opaque white underneath, so premultiplied RGBA is plain RGB.
        for row in strip.data().chunks_exact(w as usize * 4).take(height as usize) {
            for (rgb, rgba) in line.chunks_exact_mut(3).zip(row.chunks_exact(4)) {
                rgb.copy_from_slice(&rgba[..3]);
            }
            stream.write_all(&line)?;
        }
        top += height;
        job.step(0.02 + 0.98 * f64::from(top) / f64::from(h))?;
    }
    stream.finish().map_err(encoding)?;
    Ok((w, h))
}
