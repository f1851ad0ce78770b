import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { I18nProvider } from "./i18n";
import { BackendContext, tauriBackend } from "./backend";
import { loadFacesForText, loadUiFaces } from "./fonts";
import { localization, resolve, storedChoice } from "./i18n";
import "./styles.css";

// Start-up marks (script, fonts, info, view-data, view, drawn) are in the page's performance
// timeline for anyone profiling start-up; they cost nothing otherwise.
performance.mark("script");
// The interface language's own script face too (its menu names are enough to touch its range).
const words = localization(resolve(storedChoice()));
void Promise.all([loadUiFaces(), loadFacesForText(words.t("journeys-menu") + words.t("undo"))]).then(() => performance.mark("fonts")).then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <I18nProvider>
        <BackendContext.Provider value={tauriBackend}>
          <App />
        </BackendContext.Provider>
      </I18nProvider>
    </StrictMode>,
  ),
);
