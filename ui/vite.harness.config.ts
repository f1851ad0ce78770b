import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

// The studio UI with a recording backend, for Chromium interaction tests and `make bench-ui`.
// Built into target/harness, never into the app bundle.
export default defineConfig({
  root: here,
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../target/harness",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { harness: `${here}harness.html` } },
  },
});
