// The bundled faces (styles.css). The faces without a unicode-range (Noto Sans) draw every
// screen, so the first render waits for them (otherwise bold headings would swap in after the
// rest). The script faces (Arabic-script, Telugu) and the emoji face carry a unicode-range in
// styles.css, the one place their scripts are listed, so WebKit fetches them only for text in
// those scripts: an English journey without emoji never loads them (less to do at start-up, less
// memory). A journey that uses them waits for them before it is first drawn, so its cards never
// flash in a fallback face (or, for emoji, in boxes).

import type { Journey } from "./types";

/** What a face declares when it has no unicode-range: every code point. */
const EVERYTHING = "U+0-10FFFF";

const faces = (): FontFace[] => (typeof document !== "undefined" && "fonts" in document ? [...document.fonts] : []);

/** "U+0600-06FF, U+25CC" as [[0x600, 0x6ff], [0x25cc, 0x25cc]]. */
function ranges(face: FontFace): [number, number][] {
  return face.unicodeRange.split(",").map((r) => {
    const [lo, hi = lo] = r.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });
}

/** Loads the faces every screen uses: those without a unicode-range, regular and bold. */
export async function loadUiFaces(): Promise<void> {
  await Promise.allSettled(faces().filter((f) => f.unicodeRange.toUpperCase() === EVERYTHING).map((f) => f.load()));
}

/** Loads the script faces whose range `journey`'s text touches, before it is drawn. */
export async function loadFacesFor(journey: Journey): Promise<void> {
  await loadFacesForText(JSON.stringify(journey));
}

/** Loads the script faces whose range `text` touches (the window's language: a Persian or
 *  Telugu interface is drawn in its face from the first frame). */
export async function loadFacesForText(text: string): Promise<void> {
  const scripts = faces().filter((f) => f.status === "unloaded" && f.unicodeRange.toUpperCase() !== EVERYTHING);
  if (scripts.length === 0) return;
  const used = new Set<number>();
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c > 0x7f) used.add(c);
  }
  const needed = scripts.filter((f) => ranges(f).some(([lo, hi]) => [...used].some((c) => c >= lo && c <= hi)));
  await Promise.allSettled(needed.map((f) => f.load()));
}
