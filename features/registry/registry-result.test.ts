import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryResponse } from './registry-response';
import { type RegistryResult, toRegistryResult } from './registry-result';

const dir = new URL('../../tests/fixtures/registry/', import.meta.url);
const recorded = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, body: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown }));

const all: RegistryResult[] = recorded.flatMap(({ body }) => {
  const parsed = registryResponse.parse(body);
  return 'results' in parsed ? parsed.results.map(toRegistryResult) : [];
});
const byNpi = (npi: string) => all.find((r) => r.npi === npi);

describe('recorded registry responses', () => {
  it.each(recorded.map((r) => [r.file, r.body]))('%s parses', (_file, body) => {
    expect(registryResponse.safeParse(body).success).toBe(true);
  });

  it('normalises every recorded entry', () => {
    expect(all.length).toBeGreaterThan(30);
    for (const r of all) {
      expect(r.npi).toMatch(/^\d{10}$/);
      expect(r.kind === 'organization' ? r.organizationName : r.last).not.toBe('');
      expect(r.taxonomyCode).toMatch(/^([0-9A-Z]{9}X)?$/);
    }
  });

  it('recases registry names as a person writes them', () => {
    const names = all.filter((r) => r.kind === 'individual').map((r) => `${r.first} ${r.middle} ${r.last}`);
    expect(names).toContain('Derek  McCranie');
    expect(names).toContain('Claudia Virginia Narvaez-Meza');
    expect(names).toContain('Kimberly N Hodge Spears');
  });

  it('keeps fax numbers and splits credential fields', () => {
    expect(all.some((r) => r.fax !== '')).toBe(true);
    expect(all.find((r) => r.last === 'Narvaez-Meza')?.credentials).toEqual(['MFA', 'MSW']);
    expect(all.find((r) => r.last === 'Smith' && r.first === 'Sarah')?.credentials).toEqual(['CPNP', 'DNP']);
  });

  it('reads the error body and the empty answer', () => {
    const error = registryResponse.parse(recorded.find((r) => r.file.includes('error'))?.body);
    expect('Errors' in error && error.Errors[0]?.field).toBe('enumeration_type');
    const zero = registryResponse.parse(recorded.find((r) => r.file.includes('zero'))?.body);
    expect('results' in zero && zero.results).toEqual([]);
    expect(byNpi('0000000000')).toBeUndefined();
  });
});
