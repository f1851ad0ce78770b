#!/usr/bin/env bash
# docs/emoji-export.png: a Mermaid journey with emoji in its section names and tasks (sequences
# of several code points among them, and a Telugu section), imported and exported to PDF by the
# CLI, then the PDF drawn by poppler (pdftoppm), as a reader's viewer would show it. Needs a
# built `journey` binary (cargo build -p journey-cli) and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(node scripts/target-dir.mjs)/debug/journey"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/journey.mmd" <<'MMD'
journey
  title Emoji in a Mermaid journey
  section 🔍 Discovery
    👩‍💻 Reads 🇵🇹 reviews: 3: Ana
  section 🛒 Checkout
    Pays 👍🏽 in 1️⃣ step: 5: Ana
  section 🚚 డెలివరీ
    📦 ఆర్డర్ వచ్చింది: 4: Ana
MMD
id=$("$bin" import "$work/journey.mmd" --into "$work/w.journeys" 2> /dev/null)
"$bin" export "$work/w.journeys" --journey "$id" -o "$work/map.pdf"
pdftotext "$work/map.pdf" - | grep -F "🔍 Discovery" > /dev/null
pdftoppm -png -r 110 -singlefile "$work/map.pdf" docs/emoji-export
