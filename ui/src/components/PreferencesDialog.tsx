// Edit > Preferences…: the window's language. "Follow the system" (the default) takes the
// language the desktop asks for; a chosen one is remembered for the next start.

import { useEffect, useRef } from "react";
import { LANGUAGES, systemLanguage, languageOf, useI18n, type LanguageChoice } from "../i18n";

export function PreferencesDialog({ onClose }: { onClose(): void }) {
  const { l10n, choice, choose, setLatinDigits } = useI18n();
  // Only a language whose own digits differ from 0-9 offers the choice (Persian: ۰-۹).
  const ownDigits = new Intl.NumberFormat(l10n.language.code === "en-XA" ? "en" : l10n.language.code).format(123) !== "123";
  const { t } = l10n;
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog preferences" role="dialog" aria-modal="true" aria-labelledby="preferences-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="preferences-title">{t("preferences-title")}</h2>
        <label className="field">
          <span className="field-label">{t("preferences-language")}</span>
          <select ref={first} value={choice} onChange={(e) => choose(e.target.value as LanguageChoice)}>
            <option value="system">{t("preferences-language-system", { language: languageOf(systemLanguage()).nativeName })}</option>
            {/* Each language by its own name, written in its own direction. */}
            {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>{l.nativeName}</option>)}
          </select>
        </label>
        {(ownDigits || l10n.latinDigits) && (
          <label className="field check">
            <input type="checkbox" checked={l10n.latinDigits} onChange={(e) => setLatinDigits(e.target.checked)} /> {t("preferences-latin-digits")}
          </label>
        )}
        <div className="actions"><button type="button" onClick={onClose}>{t("preferences-close")}</button></div>
      </div>
    </div>
  );
}
