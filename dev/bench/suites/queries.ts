import { searchPhysicians } from '../../../storage/search';
import { type BenchRow, type BenchSuite, percentile } from '../suite';

async function timeIt(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

/** List and look-up queries through the Dexie indexes over the seeded directory. */
export const queriesSuite: BenchSuite = {
  name: 'queries',
  async run({ db }) {
    const sample = await db.physicians.limit(200).toArray();
    const withNpi = await db.physicians.where('npi').above('').limit(1).toArray();
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const cases: [string, (i: number) => Promise<unknown>][] = [
      [
        'list 50 most recently updated physicians',
        () => db.physicians.orderBy('updatedAt').reverse().limit(50).toArray(),
      ],
      ['name-prefix look-up ("smi", 20 results)', () => searchPhysicians(db, 'smi')],
      ['two-word look-up ("jo ga")', () => searchPhysicians(db, 'jo ga')],
      [
        'NPI look-up',
        () =>
          db.physicians
            .where('npi')
            .equals(withNpi[0]?.npi ?? '1234567893')
            .toArray(),
      ],
      [
        'notes of one physician (multi-entry index)',
        (i) =>
          db.notes
            .where('physicianIds')
            .equals(sample[i % sample.length]?.id ?? '')
            .toArray(),
      ],
      [
        'outreach of one physician',
        (i) =>
          db.outreach
            .where('physicianIds')
            .equals(sample[i % sample.length]?.id ?? '')
            .toArray(),
      ],
      ['outreach in the last 30 days (count)', () => db.outreach.where('at').above(since).count()],
    ];
    const rows: BenchRow[] = [];
    for (const [name, fn] of cases) {
      await timeIt(5, fn);
      const times = await timeIt(50, fn);
      rows.push({ suite: 'queries', name: `${name}: p50`, value: percentile(times, 50), unit: 'ms' });
      rows.push({ suite: 'queries', name: `${name}: p95`, value: percentile(times, 95), unit: 'ms' });
    }
    return rows;
  },
};
