// The real studio UI in any browser, with a backend that records what the page sends instead
// of calling Tauri. It shows the view in `?view=` (default view.json): a JourneyView as the
// app's `journey_view` or `journey view FILE` prints it; `?insights=` the core's analysis of it
// (`journey analyse --json`), `?lang=` the window's language (en, fa, ru, te, tl, en-XA).
// Tests read `window.__harness` and send menu actions through `__harness.menu`.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { BackendContext, type Backend } from "../backend";
import { stubBackend, unchanged } from "../test/stubBackend";
import type { Card, CardBox, Edit, Insights, JourneyView, MenuAction } from "../types";
import { I18nProvider, type LanguageChoice } from "../i18n";
import "../styles.css";

interface Harness {
  edits: Edit[];
  history: string[];
  /** Milliseconds from starting to render until the map's cards were painted. */
  firstRenderMs: number | null;
  /** Carries out a native menu item, as the shell's `menu` event does. */
  menu: (action: MenuAction) => void;
  /** A teammate's change arriving, as the shell's `journey-changed` event brings it: these
   *  cards and card boxes replace the ones with their ids. */
  remote: (cards: Card[], boxes: CardBox[]) => void;
}

declare global {
  interface Window { __harness: Harness }
}

const harness: Harness = (window.__harness = { edits: [], history: [], firstRenderMs: null, menu: () => {}, remote: () => {} });

function recordingBackend(view: JourneyView, insights: Insights | null): Backend {
  let revision = view.revision;
  const applied = () => unchanged(view.journey.id, revision++);
  return stubBackend(view, "harness.journeys", {
    journeyView: async () => ({ ...view, revision }),
    applyEdit: async (_j, edit) => { harness.edits.push(edit); return applied(); },
    undo: async () => { harness.history.push("undo"); return applied(); },
    redo: async () => { harness.history.push("redo"); return applied(); },
    restoreVersion: async () => applied(),
    // The analysis is the core's (given by the test from `journey analyse --json`), or none.
    journeyInsights: async () => { if (!insights) throw new Error("insights are not available in the harness"); return insights; },
    onMenu: async (handler) => { harness.menu = handler; return () => {}; },
    onJourneyChanged: async (handler) => {
      harness.remote = (cards, boxes) => {
        const a = applied();
        a.change.cards = cards;
        a.change.layout.cards = boxes;
        handler(a);
      };
      return () => {};
    },
  });
}

async function main() {
  const params = new URLSearchParams(location.search);
  const view: JourneyView = await (await fetch(params.get("view") ?? "view.json")).json();
  const insightsUrl = params.get("insights");
  const insights: Insights | null = insightsUrl ? await (await fetch(insightsUrl)).json() : null;
  const lang = params.get("lang") as LanguageChoice | null;
  await Promise.allSettled([...document.fonts].map((f) => f.load()));
  const start = performance.now();
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <I18nProvider initial={lang ?? "en"}>
        <BackendContext.Provider value={recordingBackend(view, insights)}>
          <App />
        </BackendContext.Provider>
      </I18nProvider>
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
