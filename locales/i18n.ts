import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Plural } from './types';

/** The languages Rounds speaks; English is the source and the fallback. */
export const languages = { en, es, fr } as const;
export type Language = keyof typeof languages;
type English = typeof en;
/** A key of the catalogue whose text is one string. */
export type MessageKey = { [K in keyof English]: English[K] extends string ? K : never }[keyof English];
/** A key of the catalogue with plural forms (see `tn`). */
export type PluralKey = { [K in keyof English]: English[K] extends string ? never : K }[keyof English];
export type Params = Record<string, string | number>;

/** The language Rounds speaks for a BCP 47 tag (`es-419` → `es`); English for anything else. */
export function languageFor(tag: string | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return base in languages ? (base as Language) : 'en';
}

type I18nApi = { i18n?: { getUILanguage(): string } };
const extensionApi = globalThis as { browser?: I18nApi; chrome?: I18nApi; WorkerGlobalScope?: unknown };

/**
 * The browser's UI language tag. Read from the extension API directly, not through webextension-polyfill: a worker
 * (the export worker imports labels) has no extension API, and the polyfill throws when loaded there; a worker
 * takes the browser's language instead. Unit tests (no i18n API, no worker) get English, deterministically.
 */
function browserUiTag(): string {
  try {
    const tag = (extensionApi.browser?.i18n ?? extensionApi.chrome?.i18n)?.getUILanguage();
    if (tag) return tag;
  } catch {
    // a fake browser without i18n (unit tests)
  }
  return extensionApi.WorkerGlobalScope !== undefined && typeof navigator !== 'undefined' ? navigator.language : 'en';
}

const uiTag = browserUiTag();
let current: Language = languageFor(uiTag);

/** The language of the UI: the browser's UI language when Rounds speaks it, else English. */
export const uiLanguage = (): Language => current;

/** The locale for Intl dates and numbers: the browser's UI tag when it is in the UI language (keeps `es-MX`). */
export const uiLocale = (): string => (languageFor(uiTag) === current ? uiTag : current);

/** Test hook: speak another language (component tests of a translation). */
export function setLanguageForTests(language: Language): void {
  current = language;
}

const fill = (text: string, params?: Params) =>
  params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => {
        const v = params[name];
        return v === undefined ? m : typeof v === 'number' ? v.toLocaleString(uiLocale()) : v;
      })
    : text;

const lookup = (key: string): string | Plural | undefined =>
  (languages[current] as Record<string, string | Plural>)[key] ?? (en as Record<string, string | Plural>)[key];

/** Whether a string (say, an error code from another context) is a key of the catalogue with one text. */
export function isMessageKey(key: string): key is MessageKey {
  return typeof (en as Record<string, unknown>)[key] === 'string';
}

/** The UI text for a key, with `{name}` placeholders filled (numbers formatted for the UI language). */
export function t(key: MessageKey, params?: Params): string {
  const m = lookup(key);
  return typeof m === 'string' ? fill(m, params) : key;
}

/** The UI text for a count: the plural form the UI language's rules choose; `{count}` is the formatted count. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const m = lookup(key);
  if (!m || typeof m === 'string') return key;
  const category = new Intl.PluralRules(current).select(count) as keyof Plural;
  return fill(m[category] ?? m.other, { count, ...params });
}

/** Sets `<html lang>` of an extension page to the UI language, and its title when given. */
export function applyDocumentLanguage(title?: string, doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
  if (title) doc.title = title;
}
