// The catalogs, bundled at build time (Vite `?raw`): the same Fluent files journey-i18n compiles
// into the Rust side (`locales/<lang>/*.ftl`), so the window, the exports and the CLI say the
// same words. Nothing is fetched at run time.

import enVocab from "../../../locales/en/vocab.ftl?raw";
import enStudio from "../../../locales/en/studio.ftl?raw";
import enExport from "../../../locales/en/export.ftl?raw";
import enTemplates from "../../../locales/en/templates.ftl?raw";
import enErrors from "../../../locales/en/errors.ftl?raw";
import faVocab from "../../../locales/fa/vocab.ftl?raw";
import faStudio from "../../../locales/fa/studio.ftl?raw";
import faExport from "../../../locales/fa/export.ftl?raw";
import faTemplates from "../../../locales/fa/templates.ftl?raw";
import faErrors from "../../../locales/fa/errors.ftl?raw";
import ruVocab from "../../../locales/ru/vocab.ftl?raw";
import ruStudio from "../../../locales/ru/studio.ftl?raw";
import ruExport from "../../../locales/ru/export.ftl?raw";
import ruTemplates from "../../../locales/ru/templates.ftl?raw";
import ruErrors from "../../../locales/ru/errors.ftl?raw";
import teVocab from "../../../locales/te/vocab.ftl?raw";
import teStudio from "../../../locales/te/studio.ftl?raw";
import teExport from "../../../locales/te/export.ftl?raw";
import teTemplates from "../../../locales/te/templates.ftl?raw";
import teErrors from "../../../locales/te/errors.ftl?raw";
import tlVocab from "../../../locales/tl/vocab.ftl?raw";
import tlStudio from "../../../locales/tl/studio.ftl?raw";
import tlExport from "../../../locales/tl/export.ftl?raw";
import tlTemplates from "../../../locales/tl/templates.ftl?raw";
import tlErrors from "../../../locales/tl/errors.ftl?raw";

export type LanguageCode = "en" | "fa" | "ru" | "te" | "tl";

/** Every language's catalog sources, in the order journey-i18n adds them (`FILES`; the
 *  participant page's catalog is the workshop server's, not the window's). */
export const SOURCES: Record<LanguageCode, string[]> = {
  en: [enVocab, enStudio, enExport, enTemplates, enErrors],
  fa: [faVocab, faStudio, faExport, faTemplates, faErrors],
  ru: [ruVocab, ruStudio, ruExport, ruTemplates, ruErrors],
  te: [teVocab, teStudio, teExport, teTemplates, teErrors],
  tl: [tlVocab, tlStudio, tlExport, tlTemplates, tlErrors],
};
