#!/usr/bin/env bash
# The pictures of docs/interchange.md: a Ptolemy service blueprint (.ojf) imported and drawn by
# our PNG export (the window's geometry), and an exported workbook as LibreOffice renders it
# (headless, to PDF, then PNG pages with pdftoppm). Needs `scripts/deps.sh docs` (LibreOffice
# Calc, poppler) and a built `journey` binary (cargo build -p journey-cli).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(node scripts/target-dir.mjs)/debug/journey"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" import crates/journey-export/tests/fixtures/ojf/hotel-check-in-blueprint.ojf --into "$work/w.journeys" > "$work/id" 2> docs/ojf-import-report.txt
"$bin" export "$work/w.journeys" --journey "$(cat "$work/id")" --scale 1 -o docs/ojf-blueprint-import.png
sed -i "s|$PWD/||; s|$work/||g" docs/ojf-import-report.txt

"$bin" new "$work/s.journeys" > /dev/null
"$bin" export "$work/s.journeys" --journey "Meal-kit subscription" -o "$work/meal-kit.xlsx"
# A profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/meal-kit.xlsx" > /dev/null
# The Cards sheet's first page and the heatmap, found by their text (page numbers move as the
# sample grows).
page_with() {
  local pages i
  pages=$(pdfinfo "$work/meal-kit.pdf" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= pages; i++)); do
    if pdftotext -f "$i" -l "$i" "$work/meal-kit.pdf" - | grep -qF -- "$1"; then echo "$i"; return; fi
  done
  echo "no page starts with $1" >&2; exit 1
}
# PAGE NAME DPI [X Y W H]: the page, or a crop of it, as docs/NAME.png.
shot() {
  local crop=()
  (($# > 3)) && crop=(-x "$4" -y "$5" -W "$6" -H "$7")
  pdftoppm -png -r "$3" -singlefile -f "$1" -l "$1" "${crop[@]}" "$work/meal-kit.pdf" "docs/$2"
}
# The Cards sheet prints one page wide (29 columns): its left half, enlarged, is what a person
# reads first (id, stage, lane, kind, text, channel, moment of truth, score, emotion...).
shot "$(page_with "Sacrifice")" workbook-cards 300 180 200 1500 560
shot "$(page_with 'Stage \ CX pillar')" workbook-heatmap 110 60 70 1080 220
