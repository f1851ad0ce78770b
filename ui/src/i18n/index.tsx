// The window's language: Fluent bundles over the shared catalogs (./catalogs.ts), a React context
// that hands components `t(id, args)`, the choice of language (the system's by default, or the
// one chosen in Preferences, remembered in the page's storage), and the direction it sets on the
// whole document (`dir="rtl"` for Persian: the stylesheet uses logical properties, so the window
// mirrors without a second stylesheet).
//
// Plurals and numbers are Fluent's (CLDR rules per language); components never join words.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { SOURCES, type LanguageCode } from "./catalogs";
import type { ErrorArg, Said } from "../generated/contract";

export type { LanguageCode };

export interface Language {
  code: LanguageCode | typeof PSEUDO;
  /** The language's name in itself. */
  nativeName: string;
  dir: "ltr" | "rtl";
}

/** A test locale: English made longer and accented, to show clipping and strings left in code. */
export const PSEUDO = "en-XA";

export const LANGUAGES: Language[] = [
  { code: "en", nativeName: "English", dir: "ltr" },
  { code: "fa", nativeName: "فارسی", dir: "rtl" },
  { code: "ru", nativeName: "Русский", dir: "ltr" },
  { code: "te", nativeName: "తెలుగు", dir: "ltr" },
  { code: "tl", nativeName: "Tagalog", dir: "ltr" },
];

const PSEUDO_LANGUAGE: Language = { code: PSEUDO, nativeName: "Ƥşḗḗŭŭḓǿǿ", dir: "ltr" };

export function languageOf(code: string): Language {
  if (code === PSEUDO) return PSEUDO_LANGUAGE;
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** The best of our languages for what the system (or browser) asks for; English when none fits. */
export function negotiate(requested: readonly string[]): LanguageCode {
  const codes = LANGUAGES.map((l) => l.code as string);
  return negotiateLanguages(requested as string[], codes, { strategy: "lookup", defaultLocale: "en" })[0] as LanguageCode;
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"][i]]),
);

/** Pseudo-localisation of a text element: accented, and vowels doubled (about 30-40% longer, the
 *  growth German or Russian bring), so clipping shows before a translator finds it. */
export function pseudo(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ("aeiouAEIOU".includes(c) ? ACCENTED[c] + ACCENTED[c] : ACCENTED[c]));
}

/** The locale Intl formats numbers with: the language's, with Latin digits when asked for
 *  (Persian writes ۱۲۳ by default; `-u-nu-latn` keeps 123). */
function intlLocale(code: string, latinDigits: boolean): string {
  const base = code === PSEUDO ? "en" : code;
  return latinDigits ? `${base}-u-nu-latn` : base;
}

function bundleFor(code: string, latinDigits = false): FluentBundle {
  const source = code === PSEUDO ? "en" : (code as LanguageCode);
  const rtl = languageOf(code).dir === "rtl";
  const bundle = new FluentBundle(intlLocale(code, latinDigits), {
    // Isolation marks keep an English name inside a Persian sentence (or the reverse) from
    // reordering it; in a left-to-right window they only stand in the way of matching text.
    useIsolating: rtl,
    transform: code === PSEUDO ? pseudo : (s: string) => s,
  });
  for (const src of SOURCES[source]) {
    const errors = bundle.addResource(new FluentResource(src));
    if (errors.length) throw new Error(`${code}: ${errors.map(String).join("; ")}`);
  }
  return bundle;
}

export type Args = Record<string, FluentVariable>;

/** The argument of a refusal's message that names the value refused, by its id (journey-core's
 *  `Field`); journey-api's `FIELD_ARG`. */
export const FIELD_ARG = "field";

/** The message that names field `id` in a sentence (the inspector's label where it has one). */
export const fieldMessage = (id: string): string => `field-${id}`;

/** What an `ApiError` brings to be said: its English sentence, and its catalog message (whose
 *  arguments may be messages too: an import refusal's place around what is wrong there). */
export interface Refusal {
  message: string;
  id?: string;
  args?: Record<string, ErrorArg>;
}

/** One language's messages, with English behind them (a missing message never shows as its id
 *  in a release: the catalog test fails first). */
export class Localization {
  readonly language: Language;
  private bundles: FluentBundle[];

  readonly latinDigits: boolean;

  constructor(code: string, latinDigits = false) {
    this.language = languageOf(code);
    this.latinDigits = latinDigits;
    this.bundles = [bundleFor(code, latinDigits)];
    if (code !== "en") this.bundles.push(bundleFor("en"));
  }

  /** Message `id` with `args` (`id.attr` for an attribute, e.g. a button's `.title`); its id
   *  when no catalog has it. */
  t = (id: string, args?: Args): string => {
    const dot = id.indexOf(".");
    if (dot > 0) return this.attr(id.slice(0, dot), id.slice(dot + 1), args);
    for (const b of this.bundles) {
      const m = b.getMessage(id);
      // An errors array makes Fluent show a missing argument as its name instead of throwing.
      if (m?.value) return b.formatPattern(m.value, args, []);
    }
    return id;
  };

  /** Attribute `attr` of message `id` (e.g. a button's `.title`). */
  attr = (id: string, attr: string, args?: Args): string => {
    for (const b of this.bundles) {
      const a = b.getMessage(id)?.attributes[attr];
      if (a) return b.formatPattern(a, args, []);
    }
    return `${id}.${attr}`;
  };

  /** A refusal from the backend in this language: its catalog message (`errors.ftl`) with its
   *  arguments; the English sentence it came with when the catalogs lack that message (a code
   *  added before its translation) or it named none. The argument `field` holds the id of the
   *  value refused and is said as its own message, `field-<id>`, first: the rule journey-api's
   *  `ApiError::sentence` follows in Rust. */
  error = (e: Refusal): string => {
    if (!e.id || !this.has(e.id)) return e.message;
    const args = this.args(e.args);
    const field = e.args?.[FIELD_ARG];
    if (args && typeof field === "string" && this.has(fieldMessage(field))) args[FIELD_ARG] = this.t(fieldMessage(field));
    return this.t(e.id, args);
  };

  /** A message the backend names with its arguments (a note of the import report), in this
   *  language: a message among the arguments is said first, a list joined with the language's comma. */
  said = (s: Said): string => this.t(s.id, this.args(s.args));

  private args(args?: Record<string, ErrorArg>): Args | undefined {
    if (!args) return undefined;
    return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, this.arg(v)]));
  }

  private arg(v: ErrorArg): FluentVariable {
    if (typeof v === "string" || typeof v === "number") return v;
    // Joined as journey-i18n's `Localizer::list` joins them, so the window and the CLI agree
    // (Intl's "unit" lists join Russian with bare spaces, its "conjunction" adds an "and" that a
    // list of examples followed by "…" must not have).
    if (Array.isArray(v)) {
      const items = v.map((item) => { const a = this.arg(item); return typeof a === "number" ? this.number(a) : String(a); });
      return items.join(this.language.dir === "rtl" ? "\u060c " : ", ");
    }
    return this.said(v);
  }

  has(id: string): boolean {
    return this.bundles.some((b) => b.hasMessage(id));
  }

  /** Items joined as the language joins a list ("a, b and c"). */
  list = (items: string[]): string => new Intl.ListFormat(this.intlCode, { style: "long", type: "unit" }).format(items);

  private get intlCode(): string {
    return intlLocale(this.language.code, this.latinDigits);
  }

  /** A number as the language writes it (Persian digits in Persian). */
  number = (n: number, options?: Intl.NumberFormatOptions): string =>
    new Intl.NumberFormat(this.intlCode, options).format(n);
}

const cache = new Map<string, Localization>();
export function localization(code: string, latinDigits = false): Localization {
  const key = `${code}${latinDigits ? "/latn" : ""}`;
  let l = cache.get(key);
  if (!l) cache.set(key, (l = new Localization(code, latinDigits)));
  return l;
}

const DIGITS_KEY = "journey-studio.digits";

/** Whether the user asked for Latin digits in a language that writes its own (Persian). */
export function storedLatinDigits(): boolean {
  try {
    return globalThis.localStorage?.getItem(DIGITS_KEY) === "latin";
  } catch {
    return false;
  }
}

/** What Preferences offers: follow the system, or one language. */
export type LanguageChoice = "system" | LanguageCode | typeof PSEUDO;

const STORAGE_KEY = "journey-studio.language";

export function storedChoice(): LanguageChoice {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (v === "system" || v === PSEUDO || LANGUAGES.some((l) => l.code === v)) return v as LanguageChoice;
  } catch {
    // Storage can be unavailable (a locked-down page); the system's language is the fallback.
  }
  return "system";
}

export function systemLanguage(): LanguageCode {
  const nav = globalThis.navigator;
  return negotiate(nav?.languages?.length ? nav.languages : [nav?.language ?? "en"]);
}

export function resolve(choice: LanguageChoice): string {
  return choice === "system" ? systemLanguage() : choice;
}

interface I18n {
  l10n: Localization;
  choice: LanguageChoice;
  choose(choice: LanguageChoice): void;
  setLatinDigits(on: boolean): void;
}

// Without a provider (component tests that render one piece) the window speaks English.
const I18nContext = createContext<I18n>({ l10n: localization("en"), choice: "en", choose: () => {}, setLatinDigits: () => {} });

export function I18nProvider({ initial, children }: { initial?: LanguageChoice; children: React.ReactNode }) {
  const [choice, setChoice] = useState<LanguageChoice>(() => initial ?? storedChoice());
  const [latinDigits, setLatin] = useState(storedLatinDigits);
  const l10n = localization(resolve(choice), latinDigits);
  useEffect(() => {
    // The whole document follows, so dialogs and portals outside the app's root mirror too.
    document.documentElement.lang = l10n.language.code;
    document.documentElement.dir = l10n.language.dir;
  }, [l10n]);
  const value = useMemo<I18n>(() => ({
    l10n,
    choice,
    choose(c) {
      setChoice(c);
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, c);
      } catch {
        // Not remembered, but still applied for this window.
      }
    },
    setLatinDigits(on) {
      setLatin(on);
      try {
        globalThis.localStorage?.setItem(DIGITS_KEY, on ? "latin" : "native");
      } catch {
        // As above.
      }
    },
  }), [l10n, choice]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The current language's `t` (and its helpers): `const { t } = useT();`. */
export function useT(): Localization {
  return useContext(I18nContext).l10n;
}
