import { type CompiledMatchKeys, type LastNameGroup, withFirst, withInitial } from './compiled-keys';
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
 * Tries, at the last-name token `j`: "First [M.|Middle] Last", "F. Last", then "Last, First [M]", then
 * "Dr. Last". Tokens up to `consumed` belong to an earlier match. Candidates come from first-name
 * look-ups, never a scan of every physician with that last name. "Dr. Last" counts only when near:
 * one directory physician has that last name, or exactly one of them has their first name in the block.
 */
export function matchNameAt(
  text: string,
  t: PageTokens,
  j: number,
  consumed: number,
  group: LastNameGroup,
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
  // Middle evidence at token i: 3 agrees, 0 contradicts (a different initial; any other word when `strict`), else 2.
  const middleScore = (p: number, i: number, strict: boolean) => {
    const m = word(i);
    const initial = keys.middle[p] as string;
    if (initial === '') return fullName;
    if (m[0] === initial) return withMiddle;
    return m.length === 1 || strict ? 0 : fullName;
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
    if (to < 0) return; // the rest of a multi-word last name is not there
    if (score > best) [best, positions, start, end] = [score, [p], from, to];
    else if (score === best && score > 0 && !positions.includes(p)) positions.push(p);
  };

  // Forward first ("Jane Smith, John" is Jane Smith).
  if (j - 1 > consumed && gap(isSpaceGap, j - 1)) {
    for (const p of withFirst(keys, group, word(j - 1))) offer(p, fullName, j - 1, lastEnd(p));
  }
  if (j - 2 > consumed && gap(isInitialGap, j - 1) && gap(isSpaceGap, j - 2)) {
    for (const p of withFirst(keys, group, word(j - 2))) offer(p, middleScore(p, j - 1, true), j - 2, lastEnd(p));
  }
  if (j - 1 > consumed && word(j - 1).length === 1 && gap(isInitialGap, j - 1) && !nameBefore(j - 1)) {
    for (const p of withInitial(keys, group, word(j - 1))) offer(p, initialOnly, j - 1, lastEnd(p));
  }
  if (best > 0) return finish();

  // Inverted, after a one-word last name, then after each multi-word one.
  const inverted = (p: number, e: number) => {
    if (e + 1 >= t.count || !gap(isCommaGap, e)) return;
    const first = keys.first[p] as string;
    if (word(e + 1) === first) {
      const score = e + 2 < t.count && gap(isInitialGap, e + 1) ? middleScore(p, e + 2, false) : fullName;
      offer(p, score, j, score === withMiddle ? e + 2 : e + 1);
    } else if (word(e + 1) === first[0]) offer(p, initialOnly, j, e + 1);
  };
  if (j + 1 < t.count && gap(isCommaGap, j)) {
    const next = word(j + 1);
    const firsts = next.length === 1 ? withInitial(keys, group, next) : withFirst(keys, group, next);
    for (const p of firsts) if (!keys.lastRest.has(p)) inverted(p, j);
  }
  for (const p of group.multi) {
    const e = lastEnd(p);
    if (e > j) inverted(p, e);
  }
  if (best > 0) return finish();
  return titleForm(text, t, j, consumed, group, keys, blockWords, lastEnd);

  function finish(): NameMatch | null {
    if (best === initialOnly && positions.length > 1) return null;
    return { positions, start: t.start[start] as number, end: t.end[end] as number, lastToken: end };
  }
}

function titleForm(
  text: string,
  t: PageTokens,
  j: number,
  consumed: number,
  group: LastNameGroup,
  keys: CompiledMatchKeys,
  blockWords: () => Set<string>,
  lastEnd: (p: number) => number,
): NameMatch | null {
  if (j - 1 <= consumed || !titles.has(t.folded[j - 1] as string)) return null;
  if (!isInitialGap(text, t.end[j - 1] as number, t.start[j] as number)) return null;
  let near: number[] = [];
  if (group.all.length === 1) near = group.all.filter((p) => lastEnd(p) >= 0);
  else for (const w of blockWords()) for (const p of withFirst(keys, group, w)) if (lastEnd(p) >= 0) near.push(p);
  const p = near[0];
  if (near.length !== 1 || p === undefined) return null;
  const e = lastEnd(p);
  return { positions: [p], start: t.start[j - 1] as number, end: t.end[e] as number, lastToken: e };
}
