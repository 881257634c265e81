import { DirectorySearch } from '../../../entrypoints/popup/directory-search';
import { countDue } from '../../../features/follow-ups/due';
import { addDays, localDay } from '../../../features/follow-ups/local-day';
import { familiarity, recentOutreach } from '../../../features/outreach/familiarity';
import { logOutreach } from '../../../features/outreach/log-outreach.background';
import { logOutreachRequest } from '../../../messaging/outreach-log';
import { repositories } from '../../../storage/repositories';
import { type BenchRow, type BenchSuite, median, percentile } from '../suite';

/** What a liaison types into Physician, one keystroke at a time (names, two words, practice, NPI digits). */
const typed = ['smith', 'garcia', 'jo ga', 'patel', "o'brien", 'nguyen', 'cardiology', 'mcdonald', 'jenifer', '1234'];

async function keystrokes(search: DirectorySearch): Promise<number[]> {
  const times: number[] = [];
  for (const word of typed) {
    // From the second letter: on one letter the popup narrows its familiar list instead of searching the index.
    for (let n = 2; n <= word.length; n++) {
      const t0 = performance.now();
      await search.search(word.slice(0, n), 8);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

/** Open follow-ups as a busy liaison has them: most done, a few hundred open around today. */
async function seedFollowUps(ctx: Parameters<BenchSuite['run']>[0], today: string): Promise<void> {
  const repos = repositories(ctx.db);
  const ids = (await ctx.db.physicians.limit(2_000).primaryKeys()) as string[];
  const rows = Array.from({ length: 5_000 }, (_, i) => ({
    dueDate: addDays(today, (i % 60) - 45),
    status: i % 10 === 0 ? ('open' as const) : ('done' as const),
    physicianId: ids[i % ids.length] ?? null,
  }));
  await repos.followUps.createMany(rows);
}

/** Popup type-ahead per keystroke (the sidebar's index, familiarity boost) and the badge recount after a write. */
export const popupSuite: BenchSuite = {
  name: 'popup',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const search = new DirectorySearch(ctx.db);
    let t0 = performance.now();
    await search.load();
    rows.push({
      suite: 'popup',
      name: `type-ahead index load (${search.index.size} physicians, chunked)`,
      value: performance.now() - t0,
      unit: 'ms',
    });
    search.boosts = familiarity(await recentOutreach(ctx.db));
    await keystrokes(search);
    const times = await keystrokes(search);
    const p95 = percentile(times, 95);
    rows.push({ suite: 'popup', name: 'type-ahead keystroke p50', value: median(times), unit: 'ms' });
    rows.push({
      suite: 'popup',
      name: 'type-ahead keystroke p95',
      value: p95,
      unit: 'ms',
      budget: '<= 2 ms',
      pass: p95 <= 2,
    });

    const today = localDay();
    await seedFollowUps(ctx, today);
    const physicianId = search.index.search('smith', { limit: 1 })[0]?.physician.id;
    if (!physicianId) throw new Error('no physician to log against');
    const recounts: number[] = [];
    for (let i = 0; i < 30; i++) {
      await logOutreach(
        ctx.db,
        logOutreachRequest.parse({
          entry: { physicianIds: [physicianId], type: 'visit', at: new Date().toISOString(), followUpDate: today },
        }),
      );
      t0 = performance.now();
      await countDue(ctx.db, today);
      recounts.push(performance.now() - t0);
    }
    const recount = median(recounts);
    const due = await countDue(ctx.db, today);
    ctx.log(`popup: ${due} follow-ups due or overdue after the writes`);
    rows.push({
      suite: 'popup',
      name: `badge recount after a write, median (${due} due of 5,030)`,
      value: recount,
      unit: 'ms',
      budget: '<= 20 ms',
      pass: recount <= 20,
    });
    rows.push({
      suite: 'popup',
      name: 'badge recount after a write, p95',
      value: percentile(recounts, 95),
      unit: 'ms',
    });
    return rows;
  },
};
