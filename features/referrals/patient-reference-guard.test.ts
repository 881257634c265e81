import { describe, expect, it } from 'vitest';
import {
  checkPatientReference,
  looksLikeInitials,
  looksLikeReferenceNumber,
  safePatientLabel,
} from './patient-reference-guard';

const now = new Date('2025-11-20T12:00:00Z');
const kinds = (text: string) => checkPatientReference(text, now).map((w) => w.kind);

describe('checkPatientReference', () => {
  it('accepts initials and MRN-like references', () => {
    for (const ok of ['J.D.', 'JD', 'j. d.', 'MRN 12345678', '#A-10293', 'ref: 4471823', ''])
      expect(kinds(ok)).toEqual([]);
  });

  it('warns on full names in their usual forms', () => {
    expect(kinds('John Smith')).toEqual(['full-name']);
    expect(kinds('Mary J. Jones')).toEqual(['full-name']);
    expect(kinds('Smith, John')).toEqual(['full-name']);
    expect(kinds('SMITH, JOHN')).toEqual(['full-name']);
    expect(kinds('Mrs. Jones')).toEqual(['full-name']);
    expect(kinds('Called John Smith about the scan')).toEqual(['full-name']);
  });

  it('does not take physicians, months or clinic words for patient names', () => {
    expect(kinds('Dr John Smith sent the report')).toEqual([]);
    expect(kinds('Seen Monday at Cardiology Clinic')).toEqual([]);
  });

  it('warns on dates of birth, labelled or old, but not on recent visit dates', () => {
    expect(kinds('DOB 03/04/1961')).toEqual(['date-of-birth']);
    expect(kinds('born 1961-03-04')).toEqual(['date-of-birth']);
    expect(kinds('4 March 1961')).toEqual(['date-of-birth']);
    expect(kinds('3/4/61')).toEqual(['date-of-birth']);
    expect(kinds('visit on 11/12/2025')).toEqual([]);
  });

  it('warns on SSNs, with dashes, spaces or a label', () => {
    expect(kinds('123-45-6789')).toEqual(['ssn']);
    expect(kinds('123 45 6789')).toEqual(['ssn']);
    expect(kinds('SSN: 123456789')).toEqual(['ssn']);
  });

  it('gives the place of each warning so the UI can highlight it', () => {
    const [w] = checkPatientReference('pt John Smith', now);
    expect(w).toMatchObject({ kind: 'full-name', start: 3, end: 13 });
    expect(w?.message).toMatch(/initials/);
  });
});

describe('safe patient labels', () => {
  it('keeps initials and reference numbers, drops anything else', () => {
    expect(looksLikeInitials('J.D.')).toBe(true);
    expect(looksLikeInitials('JOHN')).toBe(false);
    expect(looksLikeReferenceNumber('MRN 12345678')).toBe(true);
    expect(looksLikeReferenceNumber('123-45-6789')).toBe(false);
    expect(safePatientLabel(' J.D. ', now)).toBe('J.D.');
    expect(safePatientLabel('Smith', now)).toBeNull();
    expect(safePatientLabel('John Smith', now)).toBeNull();
    expect(safePatientLabel('SSN 123456789', now)).toBeNull();
  });
});

describe('labelled birth dates', () => {
  it('covers the label and the date in one warning, even for a recent date', () => {
    expect(checkPatientReference('DOB: 01/02/2025', now)).toMatchObject([{ kind: 'date-of-birth', start: 0, end: 15 }]);
  });
});
