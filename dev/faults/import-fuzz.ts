import { exportVersion } from '../../features/transfer/format';
import payloadFile from '../../tests/fixtures/xss/payloads.json';
import { exportText } from '../../tests/transfer-db';
import { generateData, seededRandom } from '../generators/generate-transfer-data';

/** XSS and CSV-injection payloads (tests/fixtures/xss/payloads.json). */
export const xssPayloads: readonly string[] = payloadFile.payloads;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation = (file: { [key: string]: Json }, pick: Picker) => void;
type Picker = { int: (n: number) => number; one: <T>(list: readonly T[]) => T };

/** Values a hostile or broken file might put where a record field belongs. */
const hostileValues = (p: Picker): Json[] => [
  null,
  true,
  -1,
  1e308,
  '',
  'x'.repeat(100_001),
  p.one(xssPayloads),
  '2024-13-45T99:99:99Z',
  [],
  {},
  [p.one(xssPayloads)],
  { nested: { deeper: [1, 2, { x: p.one(xssPayloads) }] } },
  'not-a-uuid',
  '1234567890',
];

const rowsOf = (file: { [key: string]: Json }, p: Picker): { table: string; rows: Json[] } | null => {
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const tables = Object.keys(data).filter((t) => Array.isArray(data[t]) && data[t].length > 0);
  if (!tables.length) return null;
  const table = p.one(tables);
  return { table, rows: data[table] as Json[] };
};

/** A random row of a random table, when it is still an object. */
const someRow = (file: { [key: string]: Json }, p: Picker): { [key: string]: Json } | null => {
  const row = rowsOf(file, p)?.rows.at(0) === undefined ? null : p.one(rowsOf(file, p)?.rows ?? []);
  return row && typeof row === 'object' && !Array.isArray(row) ? row : null;
};

/** Structural mutations of a parsed valid file (the JSON stays well formed). */
const structural: Mutation[] = [
  (f, p) => {
    const row = someRow(f, p);
    if (row) row[p.one(Object.keys(row))] = p.one(hostileValues(p));
  },
  (f, p) => {
    const row = someRow(f, p);
    if (row) delete row[p.one(Object.keys(row))];
  },
  (f, p) => {
    const hit = rowsOf(f, p);
    if (hit) hit.rows[p.int(hit.rows.length)] = p.one(hostileValues(p));
  },
  (f, p) => {
    const row = someRow(f, p);
    if (row?.sensitive && typeof row.sensitive === 'object') {
      const s = row.sensitive as { [key: string]: Json };
      s[p.one(Object.keys(s).concat('extra'))] = p.one(hostileValues(p));
    }
  },
  (f, p) => {
    f.version = p.one([0, -1, 1.5, exportVersion + 1, 999, '2', null, 'latest']);
  },
  (f, p) => {
    f.format = p.one(['rounds', 'dexie', '', null, 1, 'ROUNDS-EXPORT']);
  },
  (f, p) => {
    f.data = p.one<Json>([null, [], 'data', 1, { physicians: {} }, { notes: 'x' }]);
  },
  (f, p) => {
    f.exportedAt = p.one(hostileValues(p));
  },
  (f, p) => {
    const hit = rowsOf(f, p);
    if (hit) for (let i = 0; i < 3; i++) hit.rows.push(p.one(hit.rows));
  },
  (f, p) => {
    const row = someRow(f, p);
    if (row) row[p.one(['physicianIds', 'physicianId', 'referralId', 'practiceId'])] = p.one(hostileValues(p));
  },
];

/** Text-level mutations of a serialised file (usually no longer valid JSON). */
const textual: ((text: string, p: Picker) => string)[] = [
  (t, p) => t.slice(0, p.int(t.length)),
  (t, p) => {
    const i = p.int(t.length);
    return t.slice(0, i) + String.fromCharCode(p.int(0x3000)) + t.slice(i + 1);
  },
  (t, p) => {
    const i = p.int(t.length);
    return t.slice(0, i) + t.slice(i + 1 + p.int(40));
  },
  (t, p) => {
    const i = p.int(t.length);
    return (
      t.slice(0, i) +
      p.one(['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'NaN', '"__proto__":{"x":1},']) +
      t.slice(i)
    );
  },
  (t, p) =>
    t.replace('"sensitive":{', `"sensitive":{"${p.one(['__proto__', 'constructor', 'prototype'])}":{"polluted":true},`),
  (t, p) =>
    p.one(['', ' ', 'null', '0', '"x"', '[]', '{}', '[{}]', '{"format":"rounds-export"}', 'a,b\n1,2', '<html>']) +
    (p.int(2) ? '' : t.slice(0, 10)),
  (t) => `${'['.repeat(5000)}${']'.repeat(5000)}${t.slice(0, 0)}`,
];

/** One generated import input, with how it was made (for failure messages). */
export interface FuzzCase {
  recipe: string;
  input: string | Uint8Array;
}

/** The n-th malformed or hostile import file for a seed: deterministic, so a failure can be replayed. */
export function fuzzCase(seed: number, n: number): FuzzCase {
  const rnd = seededRandom(seed * 100_003 + n);
  const p: Picker = {
    int: (k) => Math.floor(rnd() * k),
    one: (list) => list[Math.floor(rnd() * list.length)] as never,
  };
  const data = generateData(n, { physicians: 3, practices: 1, notes: 3, referrals: 2, outreach: 3, followUps: 2 });
  const file = JSON.parse(exportText(data as unknown as Record<string, unknown[]>, { version: exportVersion }));
  const kind = p.int(10);
  if (kind < 6) {
    const steps = 1 + p.int(3);
    const used: number[] = [];
    for (let i = 0; i < steps; i++) {
      const m = p.int(structural.length);
      used.push(m);
      structural[m]?.(file, p);
    }
    return { recipe: `structural ${used.join(',')}`, input: JSON.stringify(file) };
  }
  if (kind < 9) {
    const m = p.int(textual.length);
    return { recipe: `textual ${m}`, input: textual[m]?.(JSON.stringify(file), p) ?? '' };
  }
  const bytes = new TextEncoder().encode(JSON.stringify(file));
  const m = p.int(3);
  if (m === 0) bytes[p.int(bytes.length)] = 0x80 + p.int(0x40); // a stray continuation byte: not UTF-8
  if (m === 1) return { recipe: 'bytes utf16', input: new Uint8Array([0xff, 0xfe, ...bytes.slice(0, 200)]) };
  if (m === 2) return { recipe: 'bytes random', input: Uint8Array.from({ length: 1 + p.int(500) }, () => p.int(256)) };
  return { recipe: `bytes ${m}`, input: bytes };
}
