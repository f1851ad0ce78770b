// A bug in the page must not leave a blank window. This boundary catches an exception thrown
// while drawing, says what happened, and offers to draw the studio again. Nothing is lost: every
// change was saved by the store when it was made.

import { Component, type ReactNode } from "react";
import { useT } from "../i18n";

interface State { error: Error | null }

export class CrashBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <CrashScreen error={error} onRetry={() => this.setState({ error: null })} />;
  }
}

// A function component, so the words come from the language's catalog (a class cannot use hooks).
function CrashScreen({ error, onRetry }: { error: Error; onRetry(): void }) {
  const { t } = useT();
  return (
    <main className="error-screen" role="alert">
      <div className="error-box">
        <h1>{t("crash-title")}</h1>
        <p className="error-message" dir="auto">{error.message || String(error)}</p>
        <p className="error-hint">{t("crash-hint")}</p>
        <p><button type="button" className="retry" onClick={onRetry}>{t("crash-retry")}</button></p>
        <p className="error-code">{t("error-code")} <code>ui_crash</code></p>{/* i18n-ignore: an error code, the same in every language */}
      </div>
    </main>
  );
}
