import type { z } from 'zod';
import { noHours, physicianInput, type practiceLocation } from '../../storage/schemas';
import { issuesOf } from '../../storage/validation';
import { normaliseCredentials, splitPrefixAndCredentials } from './credentials';
import type { ColumnMapping, RosterField } from './roster-columns';
import { rosterProfile } from './roster-profile';

type PracticeLocation = z.output<typeof practiceLocation>;

/** A roster row as Rounds would store it, or the problems that stop it. */
export interface RosterCandidate {
  physician: ReturnType<typeof physicianInput.parse> | null;
  practice: { name: string; location: PracticeLocation | null } | null;
  problems: string[];
}

/** "WIEBE" → "Wiebe", "O'BRIEN" → "O'Brien", "MCCORD" → "McCord"; mixed-case text is left as typed. */
export function nameCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}

/** US phone and ZIP+4 digits in their usual written form; anything else as given. */
export const phoneText = (s: string) =>
  /^1?\d{10}$/.test(s) ? s.slice(-10).replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3') : s;
export const zipText = (s: string) => (/^\d{9}$/.test(s) ? `${s.slice(0, 5)}-${s.slice(5)}` : s);

/** Builds one physician (and the practice it belongs to) from a row, using the column mapping. */
export function rosterCandidate(cells: readonly string[], mapping: ColumnMapping, source: object): RosterCandidate {
  const cell = (f: RosterField) => (mapping[f] === undefined ? '' : (cells[mapping[f]] ?? '').trim());
  const entity = cell('entityType').toLowerCase();
  if (entity === '2' || entity.startsWith('organi')) {
    return { physician: null, practice: null, problems: ['an organisation, not a physician'] };
  }
  const mixed = splitPrefixAndCredentials(cell('prefixAndCredentials'));
  const [line1 = '', line2 = ''] = cell('address').split('|');
  const address = [line1, line2, cell('address2')]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  const location: PracticeLocation | null = address
    ? {
        id: '',
        label: '',
        address: nameCase(address),
        city: nameCase(cell('city')),
        state: cell('state').toUpperCase(),
        postalCode: zipText(cell('postalCode')),
        phone: phoneText(cell('phone')),
        fax: phoneText(cell('fax')),
        hours: noHours,
      }
    : null;
  // Without a practice name, physicians at one address share a practice named after it.
  const practiceName =
    nameCase(cell('practiceName')) || (location ? [location.address, location.city].filter(Boolean).join(', ') : '');
  const npi = cell('npi');
  const parsed = physicianInput.safeParse({
    prefix: cell('prefix') || mixed.prefix,
    first: nameCase(cell('first')),
    middle: nameCase(cell('middle')),
    last: nameCase(cell('last')),
    suffix: cell('suffix'),
    credentials: [...new Set([...normaliseCredentials(cell('credentials')), ...mixed.credentials])],
    npi: npi || undefined,
    specialty: cell('specialty'),
    taxonomyCode: cell('taxonomyCode').toUpperCase(),
    practiceName: practiceName.slice(0, 200),
    phone: phoneText(cell('phone')),
    fax: phoneText(cell('fax')),
    email: cell('email').toLowerCase(),
    ...rosterProfile({
      tags: cell('tags'),
      networkStatus: cell('networkStatus'),
      tier: cell('tier'),
      visitEveryDays: cell('visitEveryDays'),
      officeDays: cell('officeDays'),
      preferredContact: cell('preferredContact'),
    }),
    source,
  });
  if (!parsed.success) return { physician: null, practice: null, problems: issuesOf(parsed.error) };
  return {
    physician: parsed.data,
    practice: practiceName ? { name: practiceName.slice(0, 200), location } : null,
    problems: [],
  };
}
