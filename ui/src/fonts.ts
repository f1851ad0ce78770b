// The bundled faces (styles.css). Noto Sans draws every screen, so the first render waits for
// it (otherwise bold headings would swap in after the rest). The Arabic-script and Telugu faces
// carry a unicode-range, so WebKit fetches them only for text in those scripts: an English
// journey never loads them (less to do at start-up, less memory). A journey that uses them waits
// for them before it is first drawn, so Persian or Telugu cards never flash in a fallback face.

import type { Journey } from "./types";

const SCRIPT_FACES = [
  { family: "Noto Naskh Arabic", chars: /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/ },
  { family: "Noto Sans Telugu", chars: /[\u0C00-\u0C7F]/ },
];

const fontsApi = () => (typeof document !== "undefined" && "fonts" in document ? document.fonts : null);

/** Loads the faces every screen uses (Noto Sans, regular and bold). */
export async function loadUiFaces(): Promise<void> {
  const fonts = fontsApi();
  if (!fonts) return;
  await Promise.allSettled([...fonts].filter((f) => f.family.replace(/["']/g, "") === "Noto Sans").map((f) => f.load()));
}

/** Loads the script faces `journey`'s text needs, both weights, before it is drawn. */
export async function loadFacesFor(journey: Journey): Promise<void> {
  const fonts = fontsApi();
  if (!fonts) return;
  const text = JSON.stringify(journey);
  await Promise.allSettled(
    SCRIPT_FACES.flatMap(({ family, chars }) => {
      const sample = chars.exec(text)?.[0];
      return sample ? ["400", "700"].map((weight) => fonts.load(`${weight} 16px "${family}"`, sample)) : [];
    }),
  );
}
