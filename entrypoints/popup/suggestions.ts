import { displayName } from '../../features/directory/display-name';
import type { DirectoryEntry } from '../../features/directory/search/physician-index';
import { parsePhysicianName } from '../../features/names/parse-name';
import { t } from '../../locales/i18n';
import type { NewPhysician } from '../../messaging/outreach-log';
import type { Practice } from '../../storage/schemas';

/** One option of the Physician combobox: a directory physician, a practice, or a name to add. */
export type Suggestion =
  | { kind: 'physician'; key: string; label: string; detail: string; physician: DirectoryEntry; detected: boolean }
  | { kind: 'practice'; key: string; label: string; detail: string; practice: Practice }
  | { kind: 'new'; key: string; label: string; detail: string; name: NewPhysician };

/** A physician as a suggestion (detail: specialty and practice). */
export function physicianSuggestion(p: DirectoryEntry, detected = false): Suggestion {
  const detail = [detected ? t('popup.onThisPage') : '', p.specialty, p.practiceName].filter(Boolean).join(' · ');
  return { kind: 'physician', key: `p-${p.id}`, label: displayName(p), detail, physician: p, detected };
}

/** A typed name as a minimal physician ("Jane Smith MD" → first Jane, last Smith, credentials MD), or null. */
export function parseNewName(text: string): NewPhysician | null {
  const parsed = parsePhysicianName(text);
  if (parsed?.last) {
    const { prefix, first, middle, last, suffix, credentials, npi } = parsed;
    return { prefix, first, middle, last, suffix, credentials, ...(npi ? { npi } : {}) };
  }
  const words = text.trim().split(/\s+/).filter(Boolean);
  const last = words.pop();
  if (!last || !/\p{L}/u.test(last)) return null;
  return { first: words.join(' '), last };
}

export interface ComposeInput {
  query: string;
  physicians: readonly DirectoryEntry[];
  practices: readonly Practice[];
  /** Keys of what is already chosen (left out). */
  chosen: ReadonlySet<string>;
  detected: ReadonlySet<string>;
}

/** The options shown for a query: physicians (best first), then practices, then "Add … as a new physician". */
export function composeSuggestions(input: ComposeInput): Suggestion[] {
  const out: Suggestion[] = [];
  for (const p of input.physicians) {
    const s = physicianSuggestion(p, input.detected.has(p.id));
    if (!input.chosen.has(s.key)) out.push(s);
  }
  for (const practice of input.practices) {
    const key = `o-${practice.id}`;
    if (input.chosen.has(key)) continue;
    out.push({ kind: 'practice', key, label: practice.name, detail: t('popup.practice2'), practice });
  }
  const query = input.query.trim();
  const name = query.length >= 3 ? parseNewName(query) : null;
  if (name) {
    const label = displayName({
      first: name.first ?? '',
      middle: name.middle ?? '',
      last: name.last,
      suffix: name.suffix ?? '',
      credentials: name.credentials ?? [],
    });
    out.push({ kind: 'new', key: `n-${label.toLowerCase()}`, label, detail: t('popup.addAsANewPhysician'), name });
  }
  return out;
}
