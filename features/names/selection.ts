import { isOrganisationWord, isPluralTitle, titleForm } from './name-words';
import { parseSegment } from './parse-segment';
import type { ParsedName } from './parsed-name';
import { looksLikeMarkupOrCode, stripLabel, takeNpi } from './segment-cleanup';

/** Longer selections are a page or an article, not names: they are refused before any parsing (bounded work). */
export const maxSelectionChars = 2000;
/** At most this many names are offered from one selection. */
export const maxNames = 50;

interface Line {
  text: string;
  npi?: string;
}

type LineKind = 'name' | 'fragment' | 'noise';

function classify(line: Line): LineKind {
  if (!/\p{L}/u.test(line.text)) return 'noise';
  if (parseSegment(line.text, line.npi)) return 'name';
  const words = line.text.trim().split(/\s+/);
  if (/\d/.test(line.text) || words.length > 6 || words.some((w) => isOrganisationWord(w))) return 'noise';
  return 'fragment';
}

/**
 * Groups lines into name texts. Lines that read as names alone stay apart (a list); a name broken over lines
 * ("Mr.\nPaul\nWinters") has fragments, and its group is joined back into one text.
 */
function groupLines(lines: Line[]): Line[] {
  const segments: Line[] = [];
  let group: { line: Line; kind: LineKind }[] = [];
  const flush = () => {
    if (group.some((g) => g.kind === 'fragment')) {
      const npi = group.find((g) => g.line.npi)?.line.npi;
      segments.push({ text: group.map((g) => g.line.text).join(' '), ...(npi ? { npi } : {}) });
    } else {
      segments.push(...group.map((g) => g.line));
    }
    group = [];
  };
  for (const line of lines) {
    const kind = classify(line);
    if (kind === 'noise') {
      flush();
      // An NPI on a line of its own ("NPI: 1234567893") belongs to the name just before it.
      const previous = segments[segments.length - 1];
      if (line.npi && previous && !previous.npi) previous.npi = line.npi;
      continue;
    }
    group.push({ line, kind });
  }
  flush();
  return segments;
}

/** "Drs. Smith and Jones" → "Drs. Smith", "Dr. Jones": the plural title applies to every name that has none. */
function splitJoinedNames(segment: Line): Line[] {
  const pieces = segment.text.split(/\s+(?:and|&)\s+/i);
  if (pieces.length < 2) return [segment];
  const plural = isPluralTitle(segment.text.trim().split(/\s+/)[0] ?? '');
  return pieces.map((piece) => {
    const hasTitle = titleForm(piece.trim().split(/\s+/)[0] ?? '') !== null;
    return { text: plural && !hasTitle ? `Dr. ${piece}` : piece };
  });
}

/** Every name in a selection, in reading order, without repeats. Empty for prose, markup or oversized text. */
export function namesInSelection(text: string): ParsedName[] {
  if (text.length > maxSelectionChars || looksLikeMarkupOrCode(text)) return [];
  const lines = text
    .split(/\r\n|[\r\n;]/)
    .slice(0, maxNames * 4)
    .map((raw) => takeNpi(stripLabel(raw)));
  const names: ParsedName[] = [];
  const seen = new Set<string>();
  for (const segment of groupLines(lines)) {
    const whole = parseSegment(segment.text, segment.npi);
    const split = splitJoinedNames(segment).map((piece) => parseSegment(piece.text, piece.npi));
    const found = split.length > 1 && split.every((n) => n !== null) ? split : [whole];
    for (const name of found) {
      if (!name) continue;
      const key = JSON.stringify(name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
      if (names.length >= maxNames) return names;
    }
  }
  return names;
}
