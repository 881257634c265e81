import { ambiguousCredentials, looksLikeDottedDegree, normalizeCredential } from './credentials';
import { isCommonFirstName } from './first-names';
import { generationalForm, titleForm } from './name-words';

/** A word around a name that is not part of it: a title before, a generational suffix or credential after. */
export type NameTag =
  | { kind: 'title'; form: string }
  | { kind: 'suffix'; form: string }
  | { kind: 'credential'; form: string; ambiguous: boolean };

/** Tags found in one comma part, and the name words left between them. */
export interface TaggedPart {
  titles: string[];
  words: string[];
  /** Tail tags in reading order. */
  tail: NameTag[];
}

/** Reads `count` tokens ending at `end` as one tail tag ("M. D." is two tokens, "Ph.D." one). */
function tailTag(tokens: string[], end: number, count: number, trustCaps: boolean): NameTag | null {
  const start = end - count + 1;
  if (start < 0) return null;
  const joined = tokens.slice(start, end + 1).join(count > 1 ? '' : ' ');
  // Spaced spellings only for dotted letters: "M. D." yes, "Jane D." no.
  if (count > 1 && !tokens.slice(start, end + 1).every((t) => /^\p{L}{1,2}\.$/u.test(t))) return null;
  const suffix = count === 1 ? generationalForm(joined) : null;
  if (suffix) return { kind: 'suffix', form: suffix };
  const credential = normalizeCredential(joined);
  if (credential) {
    return { kind: 'credential', form: credential, ambiguous: ambiguousCredentials.has(credential.toUpperCase()) };
  }
  if (count === 1 && looksLikeDottedDegree(joined)) return { kind: 'credential', form: joined, ambiguous: false };
  // Unlisted credentials ("CLU") are trusted only after a comma in a mixed-case selection.
  if (count === 1 && trustCaps && /^\p{Lu}{2,6}(-\p{Lu}{1,4})?$/u.test(joined) && !isCommonFirstName(joined)) {
    return { kind: 'credential', form: joined, ambiguous: false };
  }
  if (count === 1 && titleForm(joined) && /^(mr|mrs|ms|dr)\.?$/i.test(joined))
    return { kind: 'title', form: titleForm(joined) ?? '' };
  return null;
}

/**
 * Splits one comma part into leading titles, name words and trailing tags. `minWords` is how many name words
 * must remain: an ambiguous credential ("MA", "DO") that would eat into them is read as a name instead.
 * `trustCaps`: unlisted ALL-CAPS words count as credentials (a part after a comma in a mixed-case text).
 */
export function tagPart(text: string, options: { minWords: number; trustCaps: boolean }): TaggedPart {
  const tokens = text.split(/\s+/).filter(Boolean);
  const titles: string[] = [];
  let start = 0;
  // "The Rev." → the article goes with the title.
  if (tokens.length > 1 && /^the$/i.test(tokens[0] ?? '') && titleForm(tokens[1] ?? '')) start = 1;
  // A part of tags only ("MS CCC-A FAAA" after a comma) has no titles: "MS" there is a degree.
  while (options.minWords > 0 && start < tokens.length - 1) {
    const form = titleForm(tokens[start] ?? '');
    if (!form) break;
    titles.push(form);
    start++;
  }
  // After a title a family name alone is a whole name ("Mr. Hearst Jr.").
  const minWords = titles.length > 0 ? Math.min(1, options.minWords) : options.minWords;
  const tail: NameTag[] = [];
  let end = tokens.length - 1;
  while (end >= start) {
    let matched: { tag: NameTag; count: number } | null = null;
    for (const count of [3, 2, 1]) {
      const tag = tailTag(tokens, end, count, options.trustCaps);
      if (tag && end - count + 1 >= start) {
        matched = { tag, count };
        break;
      }
    }
    if (!matched) break;
    const remaining = end - matched.count + 1 - start;
    const eatsName = remaining < minWords;
    if (eatsName && (matched.tag.kind !== 'credential' || matched.tag.ambiguous || remaining === 0)) break;
    // A credential that would leave an initial as the family name is that family name ("JAMES J MA").
    const lastLeft = tokens[end - matched.count] ?? '';
    if (matched.tag.kind === 'credential' && matched.tag.ambiguous && minWords > 1 && isInitial(lastLeft)) break;
    tail.unshift(matched.tag);
    end -= matched.count;
  }
  return { titles, words: tokens.slice(start, end + 1), tail };
}

/** A single letter, with or without a dot ("Q", "Q."), or dotted initials ("J.R."). */
export function isInitial(word: string): boolean {
  return /^\p{L}\.?$|^(\p{L}\.){2,3}$/u.test(word);
}
