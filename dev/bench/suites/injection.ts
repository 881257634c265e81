import { directoryIndex } from '../../../entrypoints/background/portal-tabs/directory-index-cache';
import { currentMatchKeys, directoryVersion } from '../../../entrypoints/background/portal-tabs/directory-match-keys';
import { applyPageText } from '../../../entrypoints/background/portal-tabs/page-text-report';
import { checkSidebarHandshake } from '../../../entrypoints/background/portal-tabs/sidebar-handshake';
import { pageContextOf, type TabSession } from '../../../entrypoints/background/portal-tabs/tab-sessions';
import { DirectoryIndex } from '../../../features/detection/directory-index';
import { idsForPositions } from '../../../features/detection/match-keys';
import type { Physician } from '../../../storage/schemas/physician';
import { generatePortalBlocks } from '../../generators/generate-portal-text';
import { type BenchContext, type BenchRow, type BenchSuite, median } from '../suite';

const time = async (run: () => unknown) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};
const repeat = async (n: number, run: () => unknown) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(run));
  return median(out);
};

/**
 * The background's share of the sidebar at real scale (pure detection is dev/bench/suites/detect.ts; in-page costs
 * are dev/bench/page-costs.ts): the per-report directory check, a key rebuild after a directory change, mapping a
 * report to ids and building the PageContext, the handshake check, and text mode's warm index and matching.
 */
export const injectionSuite: BenchSuite = {
  name: 'injection',
  run: async ({ db, log }) => {
    const rows: BenchRow[] = [];
    const row = (name: string, value: number, unit: string, budget?: [string, boolean]) =>
      rows.push({ suite: 'injection', name, value, unit, ...(budget ? { budget: budget[0], pass: budget[1] } : {}) });
    log('injection: directory version check and match keys');
    const versionMs = await repeat(9, () => directoryVersion(db));
    row('directory version check per page report', versionMs, 'ms', ['<= 5 ms', versionMs <= 5]);
    const rebuildMs = await time(() => currentMatchKeys(db));
    const built = await currentMatchKeys(db);
    row(`match keys rebuild after a directory change (${built.ids.length} physicians)`, rebuildMs, 'ms');
    row('match keys posted to the content script', JSON.stringify(built.keys).length / 1024, 'KiB');
    const cachedMs = await repeat(9, () => currentMatchKeys(db));
    row('match keys when the directory did not change', cachedMs, 'ms');
    const positions = Array.from({ length: 200 }, (_, i) => (i * 97) % built.ids.length);
    const session: TabSession = {
      tabId: 1,
      portal: { id: 'p', origin: 'https://portal.example.org', pathPrefix: '/', pageKeyParams: ['id'] },
      url: 'https://portal.example.org/referrals?id=R-1&session=x',
      title: 'Referral',
      open: true,
      detected: [],
      cues: new Map(),
      discovered: [],
      tables: [],
      queueRows: [],
      detection: 'keys',
      blocks: null,
      mount: null,
      port: null,
    };
    const mapMs = await repeat(9, () => {
      session.detected = idsForPositions(built, positions).map((physicianId) => ({ physicianId, count: 1 }));
      return pageContextOf(session);
    });
    row('report of 200 detected → PageContext', mapMs, 'ms', ['<= 2 ms', mapMs <= 2]);
    const nonce = 'f'.repeat(32);
    const mount = { tabId: 1, nonce, origin: 'https://portal.example.org', sidebarFrameId: null };
    const sender = { id: 'x', url: 'chrome-extension://x/sidebar.html', frameId: 3, tab: { id: 1, url: session.url } };
    const handshakeMs = await repeat(9, () => {
      for (let i = 0; i < 1000; i++)
        checkSidebarHandshake(sender, nonce, () => mount, { id: 'x', origin: 'chrome-extension://x/' });
    });
    row('sidebar handshake check (per 1,000)', handshakeMs, 'ms');
    rows.push(...(await textModeRows(db, session, log)));
    return rows;
  },
};

/** Text mode on the extension side: the warm index (cold build, per-row update) and matching a page's text. */
async function textModeRows(
  db: BenchContext['db'],
  session: TabSession,
  log: (m: string) => void,
): Promise<BenchRow[]> {
  log('injection: text mode (warm directory index)');
  const out: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, budget?: [string, boolean]) =>
    out.push({ suite: 'injection', name, value, unit, ...(budget ? { budget: budget[0], pass: budget[1] } : {}) });
  let rows: Physician[] = [];
  row(
    'text mode: read every physician row (index build input)',
    await time(async () => (rows = await db.physicians.toArray())),
    'ms',
  );
  let index = DirectoryIndex.build(rows);
  row(
    `text mode: build the directory index (${index.size} physicians)`,
    await time(() => (index = DirectoryIndex.build(rows))),
    'ms',
  );
  row('text mode: warm index (cached) per report', await repeat(9, () => directoryIndex(db)), 'ms');
  const edited = rows.slice(0, 50).map((p) => ({ ...p, first: `${p.first}x` }));
  row(
    'text mode: index update, 50 edited rows (no rebuild)',
    await time(() => {
      for (const p of edited) index.put(p);
    }),
    'ms',
  );
  const blocks = generatePortalBlocks(rows.slice(0, 5_000), 1_000_000).map((t, i) => [i, t] as const);
  const cold = await time(() => applyPageText(session, { reset: true, blocks, removed: [] }, index));
  row('text mode: match a 1 MB page in the background (first report)', cold, 'ms');
  const warm = await repeat(5, () => applyPageText(session, { reset: true, blocks, removed: [] }, index));
  row('text mode: match a 1 MB page in the background (warm)', warm, 'ms');
  const batch = blocks.slice(0, 50);
  const batchMs = await repeat(9, () => applyPageText(session, { reset: false, blocks: batch, removed: [] }, index));
  row('text mode: match a 50-block mutation batch in the background', batchMs, 'ms', ['<= 2 ms', batchMs <= 2]);
  row('text mode: 1 MB page as one message (JSON)', JSON.stringify(blocks).length / 1024, 'KiB');
  return out;
}
