#!/bin/sh
# How assets/fonts/NotoEmoji-Regular.ttf was made. Run once by hand; the font is committed, and
# nothing is fetched when the app builds or runs.
#
# The font: Noto Emoji (monochrome outlines, SIL OFL 1.1), Google Fonts' v64, font version 3.006,
# 1,512 code points (all of Unicode's emoji, with GSUB ligatures for ZWJ sequences, skin tones,
# flags and keycaps), 886,572 bytes. It comes from the npm package
# @expo-google-fonts/noto-emoji 0.4.7, which ships the static 400 instance as TTF, and is copied
# unchanged (so the checksum below is the provenance).
#
# Why this one, and at this size:
# - Noto Color Emoji (Debian's fonts-noto-color-emoji) is 10.9 MB of CBDT bitmaps: a third of the
#   .deb's 30 MB limit, and bitmap glyphs are pictures, not outlines, in the SVG/PDF path.
#   Monochrome outlines draw in every renderer we use (resvg, krilla, WebKit, Chromium) and come
#   out of pdftotext as text.
# - One weight only: bold text (stage names) takes its emoji from the same face; a 700 instance
#   would add another 887 KB for a slightly heavier stroke.
# - Not subset: the whole file is emoji (the few ASCII glyphs it has, digits and '#' '*' for
#   keycaps, are a few KB), and cutting emoji out would bring the empty boxes back for them.
#   Compressed it is 0.58 MB (gzip, as in the .deb) or 0.53 MB (brotli, as Tauri embeds the
#   window's assets) for each of the three copies the package holds (the two programs' exports,
#   the window): the .deb measured 28.4 MB with it on 2026-12-01, 26.5 MB before; the limit is
#   30 MB (tests/package/deb.test.mjs).
set -eu
cd "$(dirname "$0")/.."
version=0.4.7
sha256=24aaa2a20c9c06ffe9bf04284bfd1f14376a329d10122f902abe2770817eb504
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@expo-google-fonts/noto-emoji@$version" >/dev/null && tar xzf ./*.tgz)
font="$work/package/400Regular/NotoEmoji_400Regular.ttf"
echo "$sha256  $font" | sha256sum -c --quiet
cp "$font" assets/fonts/NotoEmoji-Regular.ttf
echo "assets/fonts/NotoEmoji-Regular.ttf: $(wc -c <assets/fonts/NotoEmoji-Regular.ttf) bytes"
