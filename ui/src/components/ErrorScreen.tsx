// Shown instead of the map when the workspace could not be opened: what happened, in words,
// and what to do next. Never a blank window.

import type { ApiError } from "../types";
import { useT } from "../i18n";

export function ErrorScreen({ error }: { error: ApiError }) {
  const { t, error: said } = useT();
  return (
    <main className="error-screen" role="alert">
      <div className="error-box">
        <h1>{t("open-failed-title")}</h1>
        <p className="error-message" dir="auto">{said(error)}</p>
        <p className="error-hint">
          {t("open-failed-hint")}
        </p>
        <p className="error-code">{t("error-code")} <code>{error.code}</code></p>
      </div>
    </main>
  );
}
