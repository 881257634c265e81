import type { CompiledMatchKeys } from './compiled-keys';
import { isCommaGap, isInitialGap, isLastNameGap, isSpaceGap, type PageTokens } from './page-tokens';

/** A name matched at a last-name token: who, where, and the last token it used. */
export interface NameMatch {
  positions: number[];
  start: number;
  end: number;
  lastToken: number;
}

const titles = new Set(['dr', 'doctor', 'dra']);
// Evidence strength, so "Jane A. Smith" picks the Jane A over a Jane B, and a lone initial stays weak.
const withMiddle = 3;
const fullName = 2;
const initialOnly = 1;

/**
 * Tries, at the last-name token `j`: "First [M.|Middle] Last", "Last, First [M]", "F. Last", then "Dr. Last".
 * Tokens up to `consumed` belong to an earlier match. "Dr. Last" counts only when it is near: one directory
 * physician has that last name, or exactly one of them has their first name elsewhere in the same block.
 */
export function matchNameAt(
  text: string,
  t: PageTokens,
  j: number,
  consumed: number,
  candidates: readonly number[],
  keys: CompiledMatchKeys,
  blockWords: () => Set<string>,
): NameMatch | null {
  const word = (i: number) => t.folded[i] as string;
  const gap = (test: typeof isSpaceGap, a: number) => test(text, t.end[a] as number, t.start[a + 1] as number);
  const lastEnd = (p: number) => {
    const rest = keys.lastRest.get(p);
    if (!rest) return j;
    for (let k = 0; k < rest.length; k++) {
      if (j + k + 1 >= t.count || word(j + k + 1) !== rest[k] || !gap(isLastNameGap, j + k)) return -1;
    }
    return j + rest.length;
  };
  // Middle evidence at token i: 3 when it agrees, 0 when it contradicts, 2 when it is no middle at all.
  const middleScore = (p: number, i: number) => {
    const m = word(i);
    const middle = keys.middle[p] as string;
    if (m === middle || (m.length === 1 && m === middle[0])) return withMiddle;
    return m.length === 1 && middle !== '' ? 0 : fullName;
  };

  // "Jane A. Smith": a capitalised word right before the initial makes it a middle initial, not a first.
  const nameBefore = (i: number) => {
    if (i - 1 < 0 || !gap(isSpaceGap, i - 1)) return false;
    const c = text[t.start[i - 1] as number] as string;
    return c !== c.toLowerCase() && !titles.has(word(i - 1));
  };

  let best = 0;
  let positions: number[] = [];
  let start = 0;
  let end = 0;
  const offer = (p: number, score: number, from: number, to: number) => {
    if (score > best) [best, positions, start, end] = [score, [p], from, to];
    else if (score === best && score > 0) positions.push(p);
  };

  // Forward first ("Jane Smith, John" is Jane Smith), then inverted.
  for (const p of candidates) {
    const e = lastEnd(p);
    const first = keys.first[p] as string;
    if (e < 0 || first === '') continue;
    if (j - 1 > consumed && word(j - 1) === first && gap(isSpaceGap, j - 1)) offer(p, fullName, j - 1, e);
    else if (j - 2 > consumed && gap(isInitialGap, j - 1) && gap(isSpaceGap, j - 2) && word(j - 2) === first) {
      offer(p, middleScore(p, j - 1), j - 2, e);
    } else if (j - 1 > consumed && word(j - 1) === first[0] && gap(isInitialGap, j - 1) && !nameBefore(j - 1)) {
      offer(p, initialOnly, j - 1, e);
    }
  }
  if (best === 0) {
    for (const p of candidates) {
      const e = lastEnd(p);
      const first = keys.first[p] as string;
      if (e < 0 || first === '' || e + 1 >= t.count || !gap(isCommaGap, e)) continue;
      if (word(e + 1) === first) {
        const score = e + 2 < t.count && gap(isInitialGap, e + 1) ? middleScore(p, e + 2) : fullName;
        offer(p, score, j, score === withMiddle ? e + 2 : e + 1);
      } else if (word(e + 1) === first[0]) offer(p, initialOnly, j, e + 1);
    }
  }
  if (best === initialOnly && positions.length > 1) return null;
  if (best > 0) return { positions, start: t.start[start] as number, end: t.end[end] as number, lastToken: end };
  return titleForm(text, t, j, consumed, candidates, keys, blockWords, lastEnd);
}

function titleForm(
  text: string,
  t: PageTokens,
  j: number,
  consumed: number,
  candidates: readonly number[],
  keys: CompiledMatchKeys,
  blockWords: () => Set<string>,
  lastEnd: (p: number) => number,
): NameMatch | null {
  if (j - 1 <= consumed || !titles.has(t.folded[j - 1] as string)) return null;
  if (!isInitialGap(text, t.end[j - 1] as number, t.start[j] as number)) return null;
  const named = candidates.filter((p) => lastEnd(p) >= 0);
  const near = named.length === 1 ? named : named.filter((p) => blockWords().has(keys.first[p] as string));
  const p = near[0];
  if (near.length !== 1 || p === undefined) return null;
  const e = lastEnd(p);
  return { positions: [p], start: t.start[j - 1] as number, end: t.end[e] as number, lastToken: e };
}
