// The real studio UI in any browser, with a backend that records what the page sends instead
// of calling Tauri. It shows the view in `?view=` (default view.json): a JourneyView as the
// app's `journey_view` or `journey view FILE` prints it. Tests read `window.__harness`.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { BackendContext, type Backend } from "../backend";
import { stubBackend, unchanged } from "../test/stubBackend";
import type { Edit, JourneyView } from "../types";
import "../styles.css";

interface Harness {
  edits: Edit[];
  history: string[];
  /** Milliseconds from starting to render until the map's cards were painted. */
  firstRenderMs: number | null;
}

declare global {
  interface Window { __harness: Harness }
}

const harness: Harness = (window.__harness = { edits: [], history: [], firstRenderMs: null });

function recordingBackend(view: JourneyView): Backend {
  let revision = view.revision;
  const applied = () => unchanged(view.journey.id, revision++);
  return stubBackend(view, "harness.journeys", {
    journeyView: async () => ({ ...view, revision }),
    applyEdit: async (_j, edit) => { harness.edits.push(edit); return applied(); },
    undo: async () => { harness.history.push("undo"); return applied(); },
    redo: async () => { harness.history.push("redo"); return applied(); },
    restoreVersion: async () => applied(),
    // The analysis is the core's; the UI harness draws the map only.
    journeyInsights: async () => { throw new Error("insights are not available in the harness"); },
  });
}

async function main() {
  const url = new URLSearchParams(location.search).get("view") ?? "view.json";
  const view: JourneyView = await (await fetch(url)).json();
  await Promise.allSettled([...document.fonts].map((f) => f.load()));
  const start = performance.now();
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <BackendContext.Provider value={recordingBackend(view)}>
        <App />
      </BackendContext.Provider>
    </StrictMode>,
  );
  // First render = the cards are in the document and a frame has been painted with them.
  const painted = () => {
    if (document.querySelectorAll(".card").length >= Math.min(1, view.journey.cards.length)) {
      requestAnimationFrame(() => requestAnimationFrame(() => { harness.firstRenderMs = performance.now() - start; }));
    } else {
      requestAnimationFrame(painted);
    }
  };
  requestAnimationFrame(painted);
}

void main();
