import { t } from '../../locales/i18n';
import { fieldDayUpgrades } from '../../storage/upgrades/field-day';
import { programsOfTopics, relationshipLoopUpgrades } from '../../storage/upgrades/relationship-loop';
import { authoredTables } from '../../storage/upgrades/team';
import { exportVersion } from './format';
import { ImportError } from './import-error';

type FileObject = Record<string, unknown>;
/** Rewrites a file of version n into version n + 1 (data shape and `version`). */
export type ExportMigration = (file: FileObject) => FileObject;

/** Version 1 → 2: follow-ups gained `kind`, derived from their links exactly as database upgrade 2 does. */
const followUpKinds: ExportMigration = (file) => {
  const data = file.data;
  if (!data || typeof data !== 'object' || !Array.isArray((data as FileObject).followUps)) return file;
  const followUps = ((data as FileObject).followUps as unknown[]).map((row) => {
    if (!row || typeof row !== 'object' || 'kind' in row) return row;
    const r = row as { referralId?: unknown; outreachId?: unknown };
    return { ...row, kind: r.referralId ? 'referral-loop' : r.outreachId ? 'outreach' : 'manual' };
  });
  return { ...file, data: { ...(data as FileObject), followUps } };
};

/** Version 2 → 3: the field day's row rewrites, exactly as database upgrade 3 does (storage/upgrades/field-day.ts). */
const fieldDay: ExportMigration = (file) => {
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return file;
  const next: FileObject = { ...(data as FileObject) };
  for (const [table, rewrite] of Object.entries(fieldDayUpgrades)) {
    const rows = next[table];
    if (!Array.isArray(rows)) continue;
    next[table] = rows.map((row) =>
      row && typeof row === 'object' && !Array.isArray(row) ? rewrite(row as FileObject) : row,
    );
  }
  return { ...file, data: next };
};

/**
 * Version 3 → 4: the relationship loop's row rewrites, exactly as database upgrade 4 does; the topics of the file's
 * outreach become programs (with the same ids a database upgrade gives them, so both merge).
 */
const relationshipLoop: ExportMigration = (file) => {
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return file;
  const next: FileObject = { ...(data as FileObject) };
  const outreach = Array.isArray(next.outreach) ? (next.outreach as unknown[]) : [];
  const rows = outreach.filter((r): r is FileObject => !!r && typeof r === 'object' && !Array.isArray(r));
  const at = typeof file.exportedAt === 'string' ? file.exportedAt : new Date().toISOString();
  const programs = [...programsOfTopics(rows, at).values()];
  for (const [table, rewrite] of Object.entries(relationshipLoopUpgrades)) {
    const tableRows = next[table];
    if (!Array.isArray(tableRows)) continue;
    next[table] = tableRows.map((row) =>
      row && typeof row === 'object' && !Array.isArray(row) ? rewrite(row as FileObject) : row,
    );
  }
  if (programs.length) next.programs = [...(Array.isArray(next.programs) ? next.programs : []), ...programs];
  return { ...file, data: next };
};

// Keeps authors a row already has (a hand-edited file), in their place.
const pick = (row: object) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => k === 'createdBy' || k === 'updatedBy'));

/** Version 4 → 5: who did what (`createdBy`, `updatedBy`), '' on every record, exactly as database upgrade 6 does. */
const authors: ExportMigration = (file) => {
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return file;
  const next: FileObject = { ...(data as FileObject) };
  for (const table of authoredTables) {
    const rows = next[table];
    if (!Array.isArray(rows)) continue;
    next[table] = rows.map((row) =>
      row && typeof row === 'object' && !Array.isArray(row)
        ? { ...row, createdBy: '', updatedBy: '', ...pick(row) }
        : row,
    );
  }
  return { ...file, data: next };
};

/**
 * `exportMigrations[n]` upgrades a version-n file to n + 1; bumping exportVersion needs an entry (a test checks).
 */
export const exportMigrations: Readonly<Record<number, ExportMigration>> = {
  1: followUpKinds,
  2: fieldDay,
  3: relationshipLoop,
  4: authors,
};

/** Brings a parsed export of any supported version up to `target`, one step at a time. */
export function migrateExport(
  file: FileObject,
  migrations: Readonly<Record<number, ExportMigration>> = exportMigrations,
  target: number = exportVersion,
): FileObject {
  let current = file;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('unknown-version', t('transfer.thisRoundsExportHasNo', { string: String(version) }));
  }
  if (version > target) {
    throw new ImportError('newer-version', t('transfer.thisFileWasExportedBy', { version, target }));
  }
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new ImportError('unknown-version', t('transfer.roundsCannotReadExportVersion', { version }));
    current = { ...step(current), version: version + 1 };
    version += 1;
  }
  return current;
}
