import { afterEach } from 'vitest';
import { RoundsDatabase } from '../storage/database';

/** A fresh, uniquely named database per call, deleted after each test. */
export function useScratchDatabases(): () => Promise<RoundsDatabase> {
  const opened: RoundsDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return async () => {
    const db = new RoundsDatabase(`transfer-test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    return db;
  };
}

/** A minimal valid export file around the given tables' rows. */
export function exportText(data: Record<string, unknown[]>, extra: Record<string, unknown> = {}): string {
  const counts = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, rows.length]));
  return JSON.stringify({
    format: 'rounds-export',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    counts,
    data,
    ...extra,
  });
}
