import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasPhysicianCue } from '../detection/physician-cue';
import { providerCandidatesIn } from './provider-candidates';

const names = (text: string) => providerCandidatesIn(text).map((c) => c.display);

/** The name corpus (tests/fixtures/capture/names.jsonl): real-world name shapes, as patients would be written. */
const corpus: string[] = readFileSync(new URL('../../tests/fixtures/capture/names.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { input: string }).input);

describe('providerCandidatesIn', () => {
  it('reads names with a credential, a "Dr." title, a provider label or an NPI', () => {
    expect(names('Jane Doe, MD')).toEqual(['Jane Doe, MD']);
    expect(names('DOE, JANE MD')).toEqual(['Jane Doe, MD']);
    expect(names('Anthony E. Barnes, M.D.')).toEqual(['Anthony E. Barnes, MD']);
    expect(names('Referring provider: Mark Lee')).toEqual(['Mark Lee']);
    expect(names('Seen by Dr. Priya Natarajan today')).toEqual(['Dr. Priya Natarajan']);
    expect(names('Keisha Brown NP-C')).toEqual(['Keisha Brown, NP-C']);
    expect(names('Tom Wu (NPI: 1234567893)')).toEqual(['Tom Wu']);
    expect(names('Referred by: Dr. Omar Haddad  Patient: Ann Roe')).toEqual(['Dr. Omar Haddad']);
    const [cooper] = providerCandidatesIn('Chandra Cooper, PA-C (NPI 1932510609)');
    expect(cooper?.display).toBe('Chandra Cooper, PA-C');
    expect(cooper?.name.npi).toBe('1932510609');
  });

  it('never reads a name without a cue, a label that is not a provider’s, or a last name alone', () => {
    for (const text of ['SMITH, JOHN', 'Patient: John Smith', 'PLEASE DO NOT FAX', 'Dr. Smith', 'Guarantor: Ann Roe'])
      expect(names(text), text).toEqual([]);
    expect(names('Primary care: None on file')).toEqual([]);
  });

  it('proposes none of the name corpus written as a patient, and most of it written as a physician', () => {
    const asPatients = corpus.filter((name) => !hasPhysicianCue(name) && names(name).length > 0);
    expect(asPatients).toEqual([]);
    const withCredential = corpus.filter((name) => !/,/.test(name) && names(`${name}, MD`).length === 1);
    const plain = corpus.filter((name) => !/,/.test(name));
    console.info(`corpus: ${withCredential.length}/${plain.length} natural-order names read with ", MD" appended`);
    expect(withCredential.length / plain.length).toBeGreaterThan(0.6);
  });
});
