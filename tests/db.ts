import { RoundsDatabase } from '../storage/database';
import { repositories } from '../storage/repositories';
import { type Clock, createRepository } from '../storage/repositories/repository';

/** A fresh, uniquely named database in fake-indexeddb, for one test. */
export async function freshDatabase(): Promise<RoundsDatabase> {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return db;
}

/** A clock that moves one second per call, so updatedAt orders writes deterministically. */
export function steppingClock(start = Date.parse('2026-01-05T09:00:00Z')): Clock {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t);
  };
}

export { createRepository, repositories };
