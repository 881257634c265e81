import { bitCount, letterMask, type TokenDictionary } from './token-dictionary';
import { typoDistance } from './typo-distance';

/**
 * Match quality of a token for one query word. Tiers never overlap, so exact > prefix > typo holds
 * whatever the field: exact 3, prefix 2–2.5 (closer to the whole token is better), typo 1–1.5,
 * typo in a prefix 0.5–1 (while typing "mcdonl" for "mcdonald").
 */
export const quality = {
  exact: 3,
  prefix: (wordLength: number, tokenLength: number) => 2 + (0.5 * wordLength) / tokenLength,
  typo: (distance: number) => 1.5 - 0.25 * distance,
  typoPrefix: (distance: number) => 1 - 0.25 * distance,
};

/** Edits allowed for a word of this length: none under 4 letters, 1 up to 7, 2 from 8. */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** Shortest digit run that searches NPIs: "1" alone would match every NPI. */
export const minNpiPrefix = 3;

/**
 * Tokens matching one query word, with their quality. `isLast` marks the word being typed, the
 * only one matched as a typo-tolerant prefix (earlier words are complete).
 */
export function matchWord(dictionary: TokenDictionary, word: string, isLast: boolean): Map<number, number> {
  const matches = new Map<number, number>();
  const digits = /^\d+$/.test(word);
  if (digits && word.length < minNpiPrefix) return matches;
  dictionary.forEachWithPrefix(word, (id) => {
    const length = (dictionary.tokens[id] as string).length;
    matches.set(id, length === word.length ? quality.exact : quality.prefix(word.length, length));
  });
  const max = digits ? 0 : allowedTypos(word.length);
  if (max === 0) return matches;
  const mask = letterMask(word);
  const { masks, lengths, tokens, wordIds } = dictionary;
  for (let k = 0; k < wordIds.length; k++) {
    const id = wordIds[k] as number;
    const length = lengths[id] as number;
    if (length < word.length - max || matches.has(id)) continue;
    const tokenMask = masks[id] as number;
    // Cheap filters first: an edit adds at most one letter the token lacks and flips at most two mask bits.
    if (bitCount(mask & ~tokenMask) > max) continue;
    const fullPossible = length <= word.length + max && bitCount(mask ^ tokenMask) <= 2 * max;
    const prefixPossible = isLast && length > word.length;
    if (!fullPossible && !prefixPossible) continue;
    const token = tokens[id] as string;
    const distance = fullPossible ? typoDistance(word, token, max, false) : max + 1;
    if (distance <= max) matches.set(id, quality.typo(distance));
    else if (prefixPossible) {
      const prefixDistance = typoDistance(word, token, max, true);
      if (prefixDistance <= max) matches.set(id, quality.typoPrefix(prefixDistance));
    }
  }
  return matches;
}
