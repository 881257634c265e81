import { hasPhysicianCue, patientCellMark } from '../detection/physician-cue';
import { type ParsedName, parsePhysicianName } from '../names/parse-name';

/** A name on the page that reads as a provider's: the parsed name, how it reads, and a key to dedupe and ignore by. */
export interface ProviderCandidate {
  /** Folded "first last" (ignores and duplicates are keyed by it). */
  key: string;
  /** The name as Rounds would show it ("Dr. Jane Q. Doe, MD"). */
  display: string;
  name: ParsedName;
}

/** Credentials that make a name a clinician's (not degrees alone such as BA or MBA). */
const clinicianCredentials = new Set(
  'MD DO MBBS MBChB MBBCh DNP DPM NP NP-C PA PA-C APN APRN ARNP CNP CRNP FNP FNP-C FNP-BC CNM CRNA PsyD OD DDS DMD'.split(
    ' ',
  ),
);
const word = String.raw`\p{Lu}[\p{L}'’.-]*`;
const credential = String.raw`(?:M\.?D|D\.?O|N\.?P(?:-C)?|PA-C|P\.A\.|MBBS|MBChB|DNP|APRN|FNP(?:-[BC]{1,2})?|CRNP|DPM)\.?`;
/** Cues and the name text each points at (single spaces only: cells and columns are set apart by more). */
const windows = [
  new RegExp(String.raw`\bDrs?\.? ((?:${word} ){0,3}${word})`, 'gu'),
  new RegExp(String.raw`((?:${word},? ){1,4}?${word}),? ${credential}(?=$|[\s,;)])`, 'gu'),
  /\b(?:referr(?:ing|ed)(?: by| from| provider| physician| doctor)?|ordering (?:provider|physician)|attending(?: physician| provider)?|rendering provider|pcp|primary care(?: physician| provider)?)\s*[:-]\s*([^\n\t;|]{3,80})/giu,
  new RegExp(String.raw`((?:${word},? ){1,3}${word}),? \(?NPI:? ?(\d{10})`, 'gu'),
];
const labelWindow = windows[2];
const npiWindow = windows[3];

/** The text of a window to parse: a label's value up to the next column, a name with its NPI, or the match. */
function snippetOf(pattern: RegExp | undefined, match: RegExpMatchArray): string {
  if (pattern === labelWindow) return (match[1] ?? '').split(/\s{2,}/)[0] ?? '';
  if (pattern === npiWindow) return `${match[1]} ${match[2]}`;
  return match[0];
}

/**
 * Every provider name a block of page text names with a physician cue; nothing for a block without one, or for a
 * patient-column cell (the content script marks those: a row's patient is never a provider).
 */
export function providerCandidatesIn(text: string): ProviderCandidate[] {
  if (text.startsWith(patientCellMark) || !hasPhysicianCue(text)) return [];
  const out = new Map<string, ProviderCandidate>();
  for (const pattern of windows) {
    for (const match of text.matchAll(pattern)) {
      const name = parsePhysicianName(snippetOf(pattern, match));
      if (!name?.first || !name.last) continue;
      if (pattern !== labelWindow && !hasClinicianCue(name)) continue;
      const key = candidateKey(name);
      // One entry per provider; a later mention with an NPI ("Cooper, PA-C (NPI …)") completes an earlier one.
      const seen = out.get(key)?.name;
      if (seen && (seen.npi || !name.npi)) continue;
      const kept = seen ? { ...seen, npi: name.npi } : name;
      out.set(key, { key, display: displayName(kept), name: kept });
    }
  }
  return [...out.values()];
}

function hasClinicianCue(name: ParsedName): boolean {
  return /\bDr/i.test(name.prefix) || Boolean(name.npi) || name.credentials.some((c) => clinicianCredentials.has(c));
}

/** Folded "first last": how two mentions of one provider are told to be the same. */
export function candidateKey(name: Pick<ParsedName, 'first' | 'last'>): string {
  return `${name.first} ${name.last}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L} ]/gu, '')
    .trim();
}

function displayName(name: ParsedName): string {
  const parts = [name.prefix, name.first, name.middle, name.last, name.suffix].filter(Boolean).join(' ');
  return name.credentials.length > 0 ? `${parts}, ${name.credentials.join(', ')}` : parts;
}
