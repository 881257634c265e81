import { loadPageNotes } from '../../../entrypoints/sidebar/NotesOnThisPage';
import { loadGlances } from '../../../features/directory/physician-glance';
import { loadPhysicianIndex } from '../../../features/directory/search/load-index';
import { loadDirectoryIndex } from '../../../features/directory/search/stored-index';
import { loadPhysicianTimeline } from '../../../features/timeline/load-timeline';
import { repositories } from '../../../storage/repositories';
import { prng } from '../../generators/generate-bench-rows';
import { type BenchRow, type BenchSuite, median, percentile } from '../suite';

const detectedCount = 10;
const pageKey = 'https://portal.bench.example/referrals?id=R-1';

async function times(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * The sidebar's data path over the seeded directory: "open to interactive with context" (glances for ~10 detected
 * physicians + notes on this page) per page, then building the search index from every physician row.
 */
export const sidebarSuite: BenchSuite = {
  name: 'sidebar',
  async run({ db, log }) {
    const rows: BenchRow[] = [];
    const row = (name: string, value: number, unit = 'ms', budget?: number): BenchRow => ({
      suite: 'sidebar',
      name,
      value,
      unit,
      ...(budget === undefined ? {} : { budget: `<= ${budget} ms`, pass: value <= budget }),
    });

    const ids = (await db.physicians.toCollection().primaryKeys()) as string[];
    const rand = prng(11);
    const pick = () => ids[Math.floor(rand() * ids.length)] as string;
    const pages = Array.from({ length: 60 }, () => Array.from({ length: detectedCount }, pick));
    const first = pages[0] ?? [];
    const notes = await repositories(db).notes.createMany(
      Array.from({ length: 40 }, (_, i) => ({
        physicianIds: [first[i % first.length] as string],
        page: { origin: 'https://portal.bench.example', path: '/referrals', title: 'R-1', key: pageKey },
        sensitive: { body: `Page note ${i}` },
      })),
    );
    try {
      log(`sidebar: open with context for ${detectedCount} detected physicians`);
      const open = (i: number) =>
        Promise.all([loadGlances(db, pages[i % pages.length] ?? []), loadPageNotes(db, pageKey)]);
      await open(0);
      const cold = await times(pages.length, open);
      rows.push(row(`open with context (${detectedCount} detected + notes on this page): p50`, median(cold)));
      rows.push(
        row(`open with context (${detectedCount} detected + notes on this page): p95`, percentile(cold, 95), 'ms', 150),
      );
      const timeline = await times(30, (i) => loadPhysicianTimeline(db, pages[i % pages.length]?.[0] ?? ''));
      rows.push(row('physician view timeline: p95', percentile(timeline, 95)));
    } finally {
      await db.notes.bulkDelete(notes.map((n) => n.id));
    }
    // The sidebar builds its search index after the first paint's queries; measured in the same order.
    const total = await db.physicians.count();
    log(`sidebar: search index over ${total} physicians`);
    let size = 0;
    const builds = await times(3, async () => {
      size = (await loadPhysicianIndex(db)).index.size;
    });
    const readOnly = await times(3, () => db.physicians.toArray());
    // The longest the page could not respond (e.g. to a keystroke) during one build: the longest timer delay.
    let last = performance.now();
    let longest = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    await loadPhysicianIndex(db);
    clearInterval(probe);
    rows.push(
      row(`search index: read + build (${size.toLocaleString('en-US')} physicians), median of 3`, median(builds)),
    );
    rows.push(row('search index: of which reading the rows, median of 3', median(readOnly)));
    rows.push(row('search index: longest main-thread block during a build', longest));
    // Issue #19: the stored index (one record plus the change log) against the rebuild above, same run.
    await (await loadDirectoryIndex(db)).persisted;
    let from = '';
    const stored = await times(5, async () => {
      from = (await loadDirectoryIndex(db)).from;
    });
    rows.push({
      ...row(`search index: load the stored index (${from}), median of 5`, median(stored)),
      baseline: { name: 'read + build from every row', value: median(builds) },
    });

    return rows;
  },
};
