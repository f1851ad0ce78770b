// Shown instead of the map when the workspace could not be opened: what happened, in words,
// and what to do next. Never a blank window.

import type { ApiError } from "../types";

export function ErrorScreen({ error }: { error: ApiError }) {
  return (
    <main className="error-screen" role="alert">
      <div className="error-box">
        <h1>This file could not be opened</h1>
        <p className="error-message" dir="auto">{error.message}</p>
        <p className="error-hint">
          Use <kbd>File › Open…</kbd> to choose another workspace, or <kbd>File › New Workspace…</kbd> to start one.
          The file was not changed.
        </p>
        <p className="error-code">Error code: <code>{error.code}</code></p>
      </div>
    </main>
  );
}
