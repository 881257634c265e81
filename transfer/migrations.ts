import { exportVersion } from './format';
import { ImportError } from './import-error';

type FileObject = Record<string, unknown>;
/** Rewrites a file of version n into version n + 1 (data shape and `version`). */
export type ExportMigration = (file: FileObject) => FileObject;

/**
 * `exportMigrations[n]` upgrades a version-n file to n + 1. Version 1 is current, so the table is empty;
 * when exportVersion becomes 2, add entry 1 (a test fails until you do).
 */
export const exportMigrations: Readonly<Record<number, ExportMigration>> = {};

/** Brings a parsed export of any supported version up to `target`, one step at a time. */
export function migrateExport(
  file: FileObject,
  migrations: Readonly<Record<number, ExportMigration>> = exportMigrations,
  target: number = exportVersion,
): FileObject {
  let current = file;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('unknown-version', `This Rounds export has no valid version number (${String(version)}).`);
  }
  if (version > target) {
    throw new ImportError(
      'newer-version',
      `This file was exported by a newer version of Rounds (file version ${version}; this one reads up to ${target}). Update Rounds, then import again.`,
    );
  }
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new ImportError('unknown-version', `Rounds cannot read export version ${version}.`);
    current = { ...step(current), version: version + 1 };
    version += 1;
  }
  return current;
}
