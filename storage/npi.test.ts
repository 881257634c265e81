import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit, npiProblem } from './npi';

const vectors = readFileSync('tests/fixtures/storage/npi.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { npi: string; valid: boolean; source: string });

describe('NPI check digit (Luhn over 80840)', () => {
  it('computes the CMS worked example', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
  });
  it.each(vectors.map((v) => [v.npi, v.valid, v.source] as const))('%s valid=%s (%s)', (npi, valid) => {
    expect(isValidNpi(npi)).toBe(valid);
  });
  it('says why an NPI is wrong', () => {
    expect(npiProblem('123456789')).toBe('format');
    expect(npiProblem('1234567898')).toBe('check-digit');
    expect(npiProblem('1234567893')).toBeNull();
  });
  it('covers the shared vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(130);
  });
});
