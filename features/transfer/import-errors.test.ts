import { describe, expect, it } from 'vitest';
import { generateData } from '../../dev/generators/generate-transfer-data';
import { exportText, useScratchDatabases } from '../../tests/transfer-db';
import { exportVersion } from './format';
import { analyzeImport } from './import-analyze';
import { ImportError, type ImportProblem } from './import-error';

const freshDb = useScratchDatabases();

async function problemOf(
  input: Parameters<typeof analyzeImport>[1],
): Promise<{ problem: ImportProblem; message: string }> {
  const db = await freshDb();
  const error = await analyzeImport(db, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  const { problem, message } = error as ImportError;
  return { problem, message };
}

const valid = () => exportText(generateData(3, { physicians: 2, outreach: 3 }) as unknown as Record<string, unknown[]>);

describe('analyzeImport refuses bad files with a clear message', () => {
  it('another tool’s JSON', async () => {
    expect(await problemOf('{"formatName":"dexie","data":{}}')).toMatchObject({ problem: 'not-rounds' });
    expect((await problemOf('[1,2,3]')).message).toMatch(/not a Rounds export/);
  });

  it('non-JSON and empty files', async () => {
    expect(await problemOf('name,npi\nSmith,1234567893')).toMatchObject({ problem: 'not-json' });
    expect((await problemOf('{"format": rounds}')).message).toMatch(/unexpected "r"/);
    expect((await problemOf('{"format": "x",\n "a" 1}')).message).toMatch(/line 2, column 6/);
    expect(await problemOf('   ')).toMatchObject({ problem: 'empty' });
  });

  it('a truncated file', async () => {
    const text = valid();
    expect(await problemOf(text.slice(0, Math.floor(text.length * 0.6)))).toMatchObject({ problem: 'truncated' });
  });

  it('UTF-16 and Latin-1 bytes', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await problemOf(utf16.buffer)).toMatchObject({ problem: 'encoding' });
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"a":"caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    expect((await problemOf(new Blob([latin1]))).message).toMatch(/not UTF-8/);
  });

  it('a UTF-8 BOM is accepted', async () => {
    const db = await freshDb();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid())]);
    await expect(analyzeImport(db, bytes)).resolves.toMatchObject({ totalWrites: 5 });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'the key %s anywhere, without polluting prototypes',
    async (key) => {
      const text = valid().replace('"sensitive":{', `"sensitive":{"${key}":{"polluted":true},`);
      const { problem, message } = await problemOf(text);
      expect(problem).toBe('forbidden-key');
      expect(message).toMatch(new RegExp(`data\\.outreach\\[0\\]\\.sensitive\\.${key}`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  // The attack: a key written with a JSON escape is __proto__ once parsed, but not in the text.
  it.each([
    ['\\u005f_proto__', '__proto__'],
    ['\\u0063onstructor', 'constructor'],
    ['proto\\u0074ype', 'prototype'],
  ])('the key %s, which parses to %s, anywhere', async (written, key) => {
    const text = valid().replace('"sensitive":{', `"sensitive":{"${written}":{"polluted":true},`);
    expect(text).not.toContain(`"${key}"`);
    const { problem, message } = await problemOf(text);
    expect(problem).toBe('forbidden-key');
    expect(message).toContain(`data.outreach[0].sensitive.${key}`);
    const top = `{"\\u005f_proto__":{"polluted":true},${valid().slice(1)}`;
    expect(await problemOf(top)).toMatchObject({ problem: 'forbidden-key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the same words inside text are fine', async () => {
    const db = await freshDb();
    const text = valid().replace('"Plain note"', '"\\"constructor\\": __proto__ prototype"');
    await expect(analyzeImport(db, text)).resolves.toBeDefined();
  });

  it('files from a newer version, and unknown versions', async () => {
    expect(await problemOf(exportText({}, { version: exportVersion + 1 }))).toMatchObject({ problem: 'newer-version' });
    expect(await problemOf(exportText({}, { version: 'one' }))).toMatchObject({ problem: 'unknown-version' });
  });

  it('too long text names the field and the limit', async () => {
    const data = generateData(4, { physicians: 3 });
    const rows = data.physicians.map((p, i) => (i === 2 ? { ...p, last: 'x'.repeat(101) } : p));
    const error = await analyzeImport(await freshDb(), exportText({ physicians: rows })).catch((e: ImportError) => e);
    expect((error as ImportError).issues).toEqual(['physicians[2].last: too long (at most 100 characters)']);
  });

  it('lists at most 20 problems, then a count', async () => {
    const data = generateData(5, { physicians: 30 });
    const rows = data.physicians.map((p) => ({ ...p, createdAt: 'yesterday' }));
    const error = (await analyzeImport(await freshDb(), exportText({ physicians: rows })).catch(
      (e) => e,
    )) as ImportError;
    expect(error.issues).toHaveLength(21);
    expect(error.issues[0]).toBe('physicians[0].createdAt: not a date and time');
    expect(error.issues[20]).toBe('… and 10 more problems');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const huge = { size: 600_000_000 } as Blob;
    Object.setPrototypeOf(huge, Blob.prototype);
    expect((await problemOf(huge)).message).toMatch(/600 MB; Rounds imports files up to 512 MB/);
  });
});

describe('analyzeImport checks the envelope too', () => {
  it('refuses a file whose data is not an object, or whose tables are not lists', async () => {
    const db = await freshDb();
    const bad = (extra: Record<string, unknown>) =>
      analyzeImport(db, exportText({}, extra)).catch((e: ImportError) => e);
    expect(((await bad({ data: [] })) as ImportError).message).toMatch(/no "data" object/);
    expect(((await bad({ data: { notes: {} } })) as ImportError).issues).toEqual(['notes: expected a list of records']);
    expect(((await bad({ exportedAt: 'today' })) as ImportError).issues).toEqual(['exportedAt: not a date and time']);
  });
});
