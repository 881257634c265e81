import { analyzeImport, commitImport } from '../../features/transfer';
import { getDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { exportText } from '../../tests/transfer-db';
import { generateData } from '../generators/generate-transfer-data';

/** Where a lab import got to, readable by a test while the commit runs. */
export interface ImportProgress {
  phase: 'idle' | 'analysing' | 'committing' | 'done' | 'failed';
  written: number;
  total: number;
  error: string;
}

/** Functions the fault e2e tests call in an extension page of the e2e build (never shipped). */
export interface FaultLab {
  /** Creates `count` physicians named `tag` 0…count-1, one repository write (one transaction) each; their ids. */
  writePhysicians: (tag: string, count: number) => Promise<string[]>;
  /** One stored physician row, as a plain object. */
  physician: (id: string) => Promise<Record<string, unknown> | undefined>;
  /** Patches one field of a physician `times` times, each a transactional read-patch-write. */
  patchPhysician: (
    id: string,
    field: 'phone' | 'fax' | 'specialty' | 'practiceName',
    values: string[],
  ) => Promise<void>;
  /** Saves a note on the first physician with this last name; its id. */
  addNote: (last: string, body: string) => Promise<string>;
  /** Rows in a table. */
  count: (table: string) => Promise<number>;
  /** Imports `notes` generated notes in one commit, updating `progress` as batches are written. */
  importNotes: (notes: number) => Promise<void>;
  progress: ImportProgress;
  /** Opens "rounds" with raw IndexedDB one version up (an upgrade from elsewhere); resolves with what happened. */
  upgradeFromElsewhere: () => Promise<{ events: string[]; version: number }>;
}

/** Puts the lab on window.roundsLab. */
export function exposeFaultLab(): void {
  const progress: ImportProgress = { phase: 'idle', written: 0, total: 0, error: '' };
  const lab: FaultLab = {
    progress,
    async writePhysicians(tag, count) {
      const repos = repositories(await getDatabase());
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push((await repos.physicians.create({ first: tag, last: `Lab ${i}` })).id);
      return ids;
    },
    physician: async (id) => (await getDatabase()).physicians.get(id),
    async patchPhysician(id, field, values) {
      const repos = repositories(await getDatabase());
      for (const value of values) await repos.physicians.update(id, { [field]: value });
    },
    async addNote(last, body) {
      const db = await getDatabase();
      const physician = (await db.physicians.toArray()).find((p) => p.last === last);
      const note = await repositories(db).notes.create({
        physicianIds: physician ? [physician.id] : [],
        sensitive: { body },
      });
      return note.id;
    },
    count: async (table) => (await getDatabase()).table(table).count(),
    async importNotes(notes) {
      const db = await getDatabase();
      progress.phase = 'analysing';
      const data = generateData(99, { physicians: 1, notes });
      try {
        const analysis = await analyzeImport(
          db,
          exportText(data as unknown as Record<string, unknown[]>, { version: 2 }),
        );
        progress.total = analysis.totalWrites;
        progress.phase = 'committing';
        await commitImport(db, analysis, (done) => {
          progress.written = done;
        });
        progress.phase = 'done';
      } catch (error) {
        progress.phase = 'failed';
        progress.error = String(error);
      }
    },
    upgradeFromElsewhere: () =>
      new Promise((resolve, reject) => {
        const events: string[] = [];
        const probe = indexedDB.open('rounds');
        probe.onerror = () => reject(probe.error);
        probe.onsuccess = () => {
          const current = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('rounds', current + 1);
          request.onblocked = () => events.push('blocked');
          request.onupgradeneeded = () => events.push('upgradeneeded');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            events.push('success');
            const version = request.result.version;
            request.result.close();
            resolve({ events, version });
          };
        };
      }),
  };
  (window as unknown as { roundsLab: FaultLab }).roundsLab = lab;
  document.documentElement.dataset.lab = 'ready';
}
