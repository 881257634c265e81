import type { Settings } from '../../storage/schemas';
import { parseStoredSettings } from '../../storage/settings-store';

/** A setting an import may change (every field of the settings row but its key). */
export type SettingField = Exclude<keyof Settings, 'key'>;

/** One setting whose value in the file differs from the current one: shown in the preview, applied only if chosen. */
export interface SettingChange {
  field: SettingField;
  current: Settings[SettingField];
  incoming: Settings[SettingField];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings the file would change, field by field, against the stored row (the file holds at most one). */
export function settingChangesOf(stored: unknown, fileRows: readonly Settings[]): SettingChange[] {
  const incoming = fileRows.at(-1);
  if (!incoming) return [];
  const current = parseStoredSettings(stored);
  return (Object.keys(current) as (keyof Settings)[])
    .filter((field): field is SettingField => field !== 'key' && !same(current[field], incoming[field]))
    .map((field) => ({ field, current: current[field], incoming: incoming[field] }));
}

/**
 * The settings row to write at commit: the row as stored then, with only the chosen fields taken from the file;
 * null when nothing was chosen (current settings kept, the default).
 */
export function settingsToWrite(
  stored: unknown,
  changes: readonly SettingChange[],
  chosen: readonly SettingField[],
): Settings | null {
  const picked = changes.filter((c) => chosen.includes(c.field));
  if (picked.length === 0) return null;
  return { ...parseStoredSettings(stored), ...Object.fromEntries(picked.map((c) => [c.field, c.incoming])) };
}
