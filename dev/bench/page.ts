import { getDatabase } from '../../storage/database';
import { scale, seedAtScale } from './seed-scale';
import type { BenchRow } from './suite';
import { suites } from './suites';

declare global {
  interface Window {
    roundsBench?: {
      suites: string[];
      seed: () => Promise<BenchRow[]>;
      run: (name: string) => Promise<BenchRow[]>;
      /** Names ("First Last") of `count` seeded physicians, for a page that names them. */
      sample: (count: number) => Promise<string[]>;
      log: string[];
    };
  }
}

/** Puts the bench API on window for dev/bench/run.ts to drive through puppeteer (bench page of the e2e build only). */
export function exposeBench(): void {
  const log: string[] = [];
  const say = (m: string) => {
    log.push(m);
    console.log(`[bench] ${m}`);
  };
  window.roundsBench = {
    suites: suites.map((s) => s.name),
    log,
    seed: async () => seedAtScale(await getDatabase(), say),
    sample: async (count) => {
      const rows = await (await getDatabase()).physicians.offset(1_000).limit(count).toArray();
      return rows.map((p) => `${p.first} ${p.last}`);
    },
    run: async (name) => {
      const suite = suites.find((s) => s.name === name);
      if (!suite) throw new Error(`no suite ${name}`);
      const db = await getDatabase();
      return suite.run({ db, seeded: { ...scale, referrals: 0 }, log: say });
    },
  };
  document.getElementById('state')?.replaceChildren('ready');
}
