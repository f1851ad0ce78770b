import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BackendContext, tauriBackend } from "./backend";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <BackendContext.Provider value={tauriBackend}>
      <App />
    </BackendContext.Provider>
  </StrictMode>,
);
