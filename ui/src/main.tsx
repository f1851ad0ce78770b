import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BackendContext, tauriBackend } from "./backend";
import "./styles.css";

// The bundled faces load lazily, each when first used, so bold headings could appear seconds
// after the rest. They are local files: load them all before the first render.
async function loadFonts() {
  await Promise.allSettled([...document.fonts].map((face) => face.load()));
}

void loadFonts().then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <BackendContext.Provider value={tauriBackend}>
        <App />
      </BackendContext.Provider>
    </StrictMode>,
  ),
);
