import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories } from '../../tests/db';
import { ImportError } from '../transfer';
import { analyzeFhirImport } from './analyze-fhir';

const practitioner = (extra: object = {}) => ({
  resourceType: 'Practitioner',
  id: 'p1',
  name: [{ family: 'Smith', given: ['Ann'] }],
  ...extra,
});
const bundleOf = (...resources: object[]) =>
  JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

async function problemOf(text: string): Promise<ImportError> {
  const db = await freshDatabase();
  await repositories(db).physicians.create({ last: 'Kept' });
  const error = await analyzeFhirImport(db, text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect((await db.physicians.toArray()).map((p) => p.last)).toEqual(['Kept']);
  return error as ImportError;
}

describe('bad FHIR input is refused, naming where it is wrong, and nothing is written', () => {
  it('an element of the wrong type: entry[n].resource.<element>', async () => {
    const error = await problemOf(bundleOf(practitioner(), practitioner({ id: 'p2', identifier: 'npi' })));
    expect(error.issues).toEqual(['entry[1].resource.identifier: expected array']);
  });

  it('an NPI that fails its check digit names the identifier', async () => {
    const bad = practitioner({ identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567890' }] });
    const error = await problemOf(bundleOf(bad));
    expect(error.issues[0]).toMatch(/^entry\[0\]\.resource\.identifier: npi: /);
  });

  it('NDJSON: a bad line and a bad element are named by line', async () => {
    const lines = [
      JSON.stringify(practitioner()),
      JSON.stringify(practitioner({ meta: { lastUpdated: 'yesterday' } })),
    ];
    expect((await problemOf(lines.join('\n'))).issues).toEqual(['line 2, meta.lastUpdated: not a date and time']);
    expect((await problemOf(`${lines[0]}\n{"resourceType":`)).message).toMatch(/line 2 is not JSON/);
  });

  it('a resource without resourceType, a prototype key, a Bundle whose entry is not a list', async () => {
    expect((await problemOf(bundleOf({ id: 'x' }))).issues).toEqual([
      'entry[0].resource: not a FHIR resource (it has no resourceType)',
    ]);
    const polluted = `${JSON.stringify(practitioner())}\n{"resourceType":"Practitioner","__proto__":{"x":1}}`;
    expect((await problemOf(polluted)).problem).toBe('forbidden-key');
    expect((await problemOf('{"resourceType":"Bundle","entry":{}}')).message).toMatch(/entry: expected a list/);
  });

  it('a role pointing at nowhere and a nameless Organization are listed, not refused', async () => {
    const db = await freshDatabase();
    const role = { resourceType: 'PractitionerRole', practitioner: { reference: 'Practitioner/none' } };
    const analysis = await analyzeFhirImport(db, bundleOf(practitioner(), role, { resourceType: 'Organization' }));
    expect(analysis.preview.physicians.new).toBe(1);
    expect(analysis.notImported.map((n) => `${n.place}: ${n.reason}`)).toEqual([
      'entry[2].resource: an Organization without a name (Rounds needs one for a practice)',
      'entry[1].resource: a PractitionerRole whose Practitioner is not in the file',
    ]);
  });
});
