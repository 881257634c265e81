import { normalizeCredential } from './credentials';
import { isAllCaps, recaseFamilyName, recaseWord } from './name-case';
import { type NameOrder, readCommaOrder, readNaturalOrder } from './name-order';
import { type NameTag, type TaggedPart, tagPart } from './name-tags';
import { isOrganisationWord, isParticle, isProseWord } from './name-words';
import type { ParsedName } from './parsed-name';
import { cutAtFieldSeparator, dropNicknames, looksLikeMarkupOrCode, maxSegmentChars } from './segment-cleanup';

const maxNameWords = 8;
const nameWord = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/** Drops everything from the first organisation or specialty word on ("Jane Smith MD Cardiology Associates"). */
function cutAtOrganisation(text: string): string {
  const tokens = text.split(' ');
  const at = tokens.findIndex((t, i) => i > 0 && isOrganisationWord(t.replace(/[,;:]+$/, '')));
  return at < 0 ? text : tokens.slice(0, at).join(' ');
}

/** Splits the comma parts into name parts and tag-only parts ("MD", "Jr.", "CLU"), then tags each. */
function tagParts(parts: string[], mixedCase: boolean): { names: TaggedPart[]; tags: NameTag[] } | null {
  const tagOnly = parts.map((p, i) => i > 0 && tagPart(p, { minWords: 0, trustCaps: mixedCase }).words.length === 0);
  const nameCount = tagOnly.filter((t) => !t).length;
  if (nameCount > 2) return null;
  const names: TaggedPart[] = [];
  const tags: NameTag[] = [];
  parts.forEach((part, i) => {
    if (tagOnly[i]) {
      tags.push(...tagPart(part, { minWords: 0, trustCaps: mixedCase }).tail);
      return;
    }
    const tagged = tagPart(part, { minWords: nameCount === 1 ? 2 : 1, trustCaps: i > 0 && mixedCase });
    names.push(tagged);
    tags.push(...tagged.titles.map((form): NameTag => ({ kind: 'title', form })), ...tagged.tail);
  });
  return { names, tags };
}

/** A plain word ending in a dot is end-of-sentence punctuation ("Smith."), not an abbreviation. */
function withoutStrayDot(word: string): string {
  return /^\p{L}{3,}\.$/u.test(word) ? word.slice(0, -1) : word;
}

function isPlausible(words: string[], mixedCase: boolean): boolean {
  if (words.length === 0 || words.length > maxNameWords) return false;
  return words.every(
    (w) =>
      nameWord.test(w) &&
      w.length <= 40 &&
      !isProseWord(w) &&
      // In mixed-case text a name word starts with a capital, except particles ("de", "van") and "d'Artagnan".
      (!mixedCase || /^\p{Lu}/u.test(w) || isParticle(w) || /^[dl]['’]/u.test(w)),
  );
}

function recase(order: NameOrder): NameOrder {
  return {
    first: recaseWord(order.first, false),
    middle: order.middle.map((w) => recaseWord(w, false)),
    last: recaseFamilyName(order.last),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Parses one name (one line or `;` piece of a selection), or null when it does not read as a person's name. */
export function parseSegment(raw: string, npi?: string): ParsedName | null {
  if (raw.length > maxSegmentChars || looksLikeMarkupOrCode(raw)) return null;
  const { text: withoutNick, hadNickname } = dropNicknames(raw.normalize('NFC').replace(/\s+/g, ' '));
  const [firstField = ''] = cutAtFieldSeparator(withoutNick);
  const text = cutAtOrganisation(firstField.replace(/^[\s*,;:-]+|[\s,;:!?]+$/g, '').trim());
  if (!text || /\d/.test(text)) return null;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  const mixedCase = /\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
  const tagged = tagParts(parts, mixedCase);
  if (!tagged) return null;
  const [family, given] = tagged.names;
  if (!family) return null;
  const allWords = [...family.words, ...(given?.words ?? [])].map(withoutStrayDot);
  const joined = allWords.join('');
  const nameIsMixedCase = /\p{Ll}/u.test(joined) && /\p{Lu}/u.test(joined);
  if (!isPlausible(allWords, nameIsMixedCase)) return null;
  const familyWords = allWords.slice(0, family.words.length);
  let order = given ? readCommaOrder(familyWords, allWords.slice(family.words.length)) : readNaturalOrder(familyWords);
  const titles = unique(tagged.tags.flatMap((t) => (t.kind === 'title' ? [t.form] : [])));
  const credentials = unique(tagged.tags.flatMap((t) => (t.kind === 'credential' ? [t.form] : [])));
  const suffixes = unique(tagged.tags.flatMap((t) => (t.kind === 'suffix' ? [t.form] : [])));
  // A family name alone is a name only with something that says it is a person: a title, credential or nickname.
  if (!order.first && titles.length === 0 && credentials.length === 0 && suffixes.length === 0 && !hadNickname) {
    return null;
  }
  const last = order.last.join(' ');
  if (!last || (order.first && /^\p{L}\.?$/u.test(last))) return null;
  // "MD, PhD" alone is credentials without a name.
  if (!order.first && normalizeCredential(last)) return null;
  if (isAllCaps(joined)) order = recase(order);
  return {
    prefix: titles.join(' '),
    first: order.first,
    middle: order.middle.join(' '),
    last: order.last.join(' '),
    suffix: suffixes.join(' '),
    credentials,
    ...(npi ? { npi } : {}),
  };
}
