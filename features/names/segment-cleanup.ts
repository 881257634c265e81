import { isValidNpi } from '../../storage/npi';
import { normalizeCredential } from './credentials';

/** Longest text treated as one name: a name with titles and credentials is far shorter, prose is longer. */
export const maxSegmentChars = 160;

/** Marks of markup or code: a selection holding them is not a name. */
const markupOrCode = /[<>{}=\\`$@]|:\/\/|&#?\w+;|=>/;

/** True when a text carries markup, code, e-mail or web addresses rather than a name. */
export function looksLikeMarkupOrCode(text: string): boolean {
  return markupOrCode.test(text);
}

/** Finds the first valid NPI (10 digits, right check digit) and removes it and its "NPI:" label from the text. */
export function takeNpi(text: string): { text: string; npi?: string } {
  let npi: string | undefined;
  const rest = text.replace(/(?:\bNPI\b\s*(?:#|no\.?|number)?\s*[:#]?\s*)?(?<!\d)(\d{10})(?!\d)/gi, (match, digits) => {
    if (npi || !isValidNpi(digits)) return match;
    npi = digits;
    return ' ';
  });
  // Brackets left empty by the removal: "Jane Smith ( )".
  const cleaned = rest.replace(/[([]\s*[)\]]/g, ' ');
  return npi ? { text: cleaned, npi } : { text: cleaned };
}

/** Removes a leading label such as "Referring Provider:" or "PCP:" (a few words, no digits, ending in a colon). */
export function stripLabel(line: string): string {
  return line.replace(/^\s*\p{L}[\p{L} /&'.()-]{0,39}:(?!\s*\d)\s*/u, '');
}

/**
 * Removes nicknames in quotes or brackets ("Benjamin (Ben) Franklin", 'Orenthal "O. J." Simpson'). A bracketed
 * credential ("(MD)") is kept as a plain word; a quoted family name before a comma ('"Franců Franců", Jan') is unquoted.
 */
export function dropNicknames(text: string): { text: string; hadNickname: boolean } {
  let hadNickname = false;
  let out = text.replace(/^\s*["“]([^"“”]{1,60})["”]\s*,/u, '$1,');
  out = out.replace(/["“]([^"“”]{0,60})["”]|‘([^‘’]{0,60})’|\(([^()]{0,60})\)|\[([^[\]]{0,60})\]/gu, (...groups) => {
    const inner = String(groups[1] ?? groups[2] ?? groups[3] ?? groups[4] ?? '');
    if (inner.split(/[\s,]+/).every((w) => !w || normalizeCredential(w))) return ` ${inner.replace(/,/g, ' ')} `;
    hadNickname = true;
    return ' ';
  });
  // Single straight quotes only count at word edges, so O'Brien and Ng'ang'a keep their apostrophes.
  out = out.replace(/(^|\s)'([^'\s][^']{0,58})'(?=\s|,|$)/gu, () => {
    hadNickname = true;
    return ' ';
  });
  return { text: out, hadNickname };
}

/** Text before a separator that starts another field: an em dash, a spaced hyphen, a bar or a bullet. */
export function cutAtFieldSeparator(text: string): string[] {
  return text.split(/\s+[-–—]\s+|\s*[|•·]\s*|\s*[—–]\s*/u).filter((piece) => piece.trim() !== '');
}
