import { foldName } from '../../storage/name-keys';

/**
 * One text block cut into word and number tokens, folded like directory name keys (storage/name-keys).
 * Buffers are reused between blocks: detection reads them before the next call, never keeps them.
 */
export interface PageTokens {
  count: number;
  folded: string[];
  start: number[];
  end: number[];
}

// Letters with inner apostrophes (O'Brien), or a digit run (NPI). Hyphens split: García-López is two tokens.
const tokenPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu;
const nonAscii = /[\u0080-\uffff]/;

const shared: PageTokens = { count: 0, folded: [], start: [], end: [] };

/** Tokenises one block of page text into the shared buffers (one regex pass, no per-name work). */
export function tokenise(text: string): PageTokens {
  const ascii = !nonAscii.test(text);
  let n = 0;
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m !== null; m = tokenPattern.exec(text)) {
    const raw = m[0];
    shared.folded[n] = ascii ? foldAscii(raw) : foldWord(raw);
    shared.start[n] = m.index;
    shared.end[n] = m.index + raw.length;
    n++;
  }
  shared.count = n;
  return shared;
}

function foldAscii(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes("'") ? dropApostrophes(lower) : lower;
}

function foldWord(raw: string): string {
  return foldName(stripPossessive(raw));
}

function dropApostrophes(word: string): string {
  return stripPossessive(word).replaceAll("'", '');
}

// "Smith's" names Smith; foldName would otherwise make it "smiths".
function stripPossessive(word: string): string {
  return /['’][sS]$/.test(word) ? word.slice(0, -2) : word;
}

const whitespace = (c: number) => c === 32 || c === 160 || (c >= 9 && c <= 13);

/** Only whitespace between the two offsets (and at least one character). */
export function isSpaceGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!whitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Whitespace with at most one period: after an initial or a title ("A. Smith", "Dr.Smith"). */
export function isInitialGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let periods = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) periods++;
    else if (!whitespace(c)) return false;
  }
  return periods <= 1;
}

/** Exactly one comma, maybe spaced: "Smith, Jane". */
export function isCommaGap(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (!whitespace(c)) return false;
  }
  return commas === 1;
}

/** Between words of one last name: a hyphen or whitespace ("García-López", "Van Der Berg"). */
export function isLastNameGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 8208 || c === 8209) hyphens++;
    else if (!whitespace(c)) return false;
  }
  return hyphens <= 1;
}
