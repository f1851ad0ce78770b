// A bug in the page must not leave a blank window. This boundary catches an exception thrown
// while drawing, says what happened, and offers to draw the studio again. Nothing is lost: every
// change was saved by the store when it was made.

import { Component, type ReactNode } from "react";

interface State { error: Error | null }

export class CrashBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="error-screen" role="alert">
        <div className="error-box">
          <h1>The window ran into a problem</h1>
          <p className="error-message" dir="auto">{error.message || String(error)}</p>
          <p className="error-hint">
            Your work is safe: every change was saved to the file when you made it. Draw the studio
            again to continue; if this keeps happening, note what you did just before and report it.
          </p>
          <p><button type="button" className="retry" onClick={() => this.setState({ error: null })}>Draw the studio again</button></p>
          <p className="error-code">Error code: <code>ui_crash</code></p>
        </div>
      </main>
    );
  }
}
