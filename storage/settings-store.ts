import type { RoundsDatabase } from './database';
import { type Settings, settings } from './schemas';
import { parseOrThrow } from './validation';

/**
 * A stored settings row in the current shape: rows written by older versions gain every new default, and a field
 * no longer valid (an http NPI Registry address from before https was required) falls back to its default alone.
 */
export function parseStoredSettings(row: unknown): Settings {
  const parsed = settings.safeParse(row ?? {});
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  const kept = Object.entries(row && typeof row === 'object' ? row : {}).filter(([field]) => !bad.has(field));
  return settings.safeParse(Object.fromEntries(kept)).data ?? settings.parse({});
}

/** The settings row, parsed (`parseStoredSettings`). */
export async function loadSettings(db: RoundsDatabase): Promise<Settings> {
  return parseStoredSettings(await db.settings.get('app'));
}

export async function saveSettings(db: RoundsDatabase, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = parseOrThrow(settings, { ...(await loadSettings(db)), ...patch, key: 'app' });
    await db.settings.put(next);
    return next;
  });
}
