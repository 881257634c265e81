import type { RoundsDatabase } from './database';
import { type Settings, settings } from './schemas';
import { parseOrThrow } from './validation';

/** The settings row, parsed so that rows written by older versions gain every new default. */
export async function loadSettings(db: RoundsDatabase): Promise<Settings> {
  const row = await db.settings.get('app');
  const parsed = settings.safeParse(row ?? {});
  return parsed.success ? parsed.data : settings.parse({});
}

export async function saveSettings(db: RoundsDatabase, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = parseOrThrow(settings, { ...(await loadSettings(db)), ...patch, key: 'app' });
    await db.settings.put(next);
    return next;
  });
}
