type Entry = string | Record<string, string>;
type Catalogue = Record<string, Entry>;

const placeholders = (e: Entry) =>
  [
    ...new Set(
      (typeof e === 'string' ? [e] : Object.values(e)).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
    ),
  ]
    .sort()
    .join(',');

/** What is wrong with a translation of the English catalogue: each problem names the key. */
export function catalogueProblems(en: Catalogue, other: Catalogue, language: string): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort().join(',');
  for (const key of Object.keys(en)) {
    const source = en[key] as Entry;
    const text = other[key];
    if (text === undefined) {
      problems.push(`${language}: missing ${key}`);
      continue;
    }
    if (typeof source !== typeof text) {
      problems.push(`${language}: ${key} is ${typeof text === 'string' ? 'not plural' : 'plural'} in English`);
      continue;
    }
    if (placeholders(source) !== placeholders(text)) {
      problems.push(`${language}: ${key} has {${placeholders(text)}}, English has {${placeholders(source)}}`);
    }
    if (typeof text !== 'string' && Object.keys(text).sort().join(',') !== categories) {
      problems.push(
        `${language}: ${key} has forms ${Object.keys(text).sort().join(',')}, ${language} needs ${categories}`,
      );
    }
    const texts = typeof text === 'string' ? [text] : Object.values(text);
    if (texts.some((s) => s.trim() === '' && (typeof source === 'string' ? source : '').trim() !== '')) {
      problems.push(`${language}: ${key} is empty`);
    }
  }
  for (const key of Object.keys(other)) if (!(key in en)) problems.push(`${language}: ${key} is not in English`);
  return problems;
}
