import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { languageFor, languages, setLanguageForTests, t, tn } from '../locales/i18n';
import { catalogueProblems } from './i18n/catalogue-check';

/** The catalogues (locales/) and the manifest's messages (public/_locales) agree in every language. */
describe('catalogues', () => {
  for (const language of Object.keys(languages).filter((l) => l !== 'en')) {
    it(`${language} has every English key, with the same placeholders and its own plural forms`, () => {
      const other = languages[language as keyof typeof languages] as Record<string, string | Record<string, string>>;
      expect(catalogueProblems(en, other, language)).toEqual([]);
    });
  }

  it('English has the plural forms English needs', () => {
    expect(catalogueProblems(en, en, 'en')).toEqual([]);
  });

  it('finds a missing key, a changed placeholder and a missing plural form (the check can fail)', () => {
    const source = { a: 'Hello {name}', b: { one: '{count} file', other: '{count} files' }, c: 'Bye' };
    const broken = { a: 'Hola {nombre}', b: { one: '{count} archivo', other: '{count} archivos' } };
    expect(catalogueProblems(source, broken, 'es')).toEqual([
      'es: a has {nombre}, English has {name}',
      'es: b has forms one,other, es needs many,one,other',
      'es: missing c',
    ]);
  });

  it('declares the manifest messages (public/_locales) in every language, with the same placeholders', () => {
    const read = (l: string) =>
      JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const english = read('en');
    const folders = readdirSync('public/_locales').sort();
    expect(folders).toEqual(Object.keys(languages).sort());
    for (const l of folders) {
      const other = read(l);
      expect(Object.keys(other).sort(), l).toEqual(Object.keys(english).sort());
      expect(other.extDescription?.message.length, `${l} extDescription (Chrome Web Store: 132)`).toBeLessThanOrEqual(
        132,
      );
      for (const [key, { message }] of Object.entries(other)) {
        expect(message.trim(), `${l} ${key}`).not.toBe('');
        expect(message.match(/\$\w+\$|\$\d/g) ?? [], `${l} ${key}`).toEqual(
          english[key]?.message.match(/\$\w+\$|\$\d/g) ?? [],
        );
      }
    }
  });
});

describe('t and tn', () => {
  it('speak English in unit tests, and the browser UI language when Rounds has it', () => {
    expect(t('popup.logOutreach')).toBe('Log outreach');
    expect(languageFor('es-419')).toBe('es');
    expect(languageFor('fr-CA')).toBe('fr');
    expect(languageFor('de-DE')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
  });

  it('choose the plural form by the language’s rules and format the count', () => {
    try {
      expect(tn('followUps.overdue', 1)).toBe('1 overdue');
      expect(tn('followUps.overdue', 1200)).toBe('1,200 overdue');
      setLanguageForTests('fr');
      expect(tn('followUps.overdue', 0)).toMatch(/^0 \p{L}/u);
      expect(tn('followUps.overdue', 0)).toBe(tn('followUps.overdue', 1).replace('1', '0'));
      setLanguageForTests('es');
      expect(t('popup.logOutreach')).not.toBe('Log outreach');
    } finally {
      setLanguageForTests('en');
    }
  });
});
