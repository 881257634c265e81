import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { foldName, nameTokens } from '../../storage/name-keys';
import { type Physician, type Practice, physician, practice } from '../../storage/schemas';
import { withLocationIds } from '../../storage/upgrades/field-day';
import { parseOrThrow, ValidationError } from '../../storage/validation';
import { type Progress, slices } from './chunks';
import { ImportError } from './import-error';
import type { RosterPreview } from './roster-preview';
import { openStrictConnection } from './strict-connection';

/** Adds the roster's new physicians (and practices) in one transaction; rows with problems must be skipped. */
export async function commitRoster(
  db: RoundsDatabase,
  preview: RosterPreview,
  options: { skipLines?: Iterable<number>; onProgress?: Progress; now?: Date } = {},
): Promise<{ physicians: number; practices: number }> {
  const skip = new Set(options.skipLines ?? []);
  const unresolved = preview.rows.filter((r) => r.problems.length && !skip.has(r.line));
  if (unresolved.length) {
    throw new ValidationError(
      unresolved
        .slice(0, 20)
        .map((r) => t('transfer.lineLineProblems', { line: r.line, problems: r.problems.join('; ') })),
      'roster',
    );
  }
  const now = (options.now ?? new Date()).toISOString();
  const base = () => ({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null });
  const practiceIds = new Map(preview.knownPractices);
  const newPractices = new Map<string, Practice>();
  const physicians: Physician[] = [];
  for (const r of preview.rows) {
    if (skip.has(r.line) || r.duplicateOf || !r.physician) continue;
    let practiceId: string | null = null;
    if (r.practice) {
      const key = foldName(r.practice.name);
      const fresh = newPractices.get(key);
      practiceId = practiceIds.get(key) ?? null;
      if (!practiceId) {
        const row = parseOrThrow(practice, { ...base(), name: r.practice.name, nameKey: key, locations: [] });
        newPractices.set(key, row);
        practiceIds.set(key, row.id);
        practiceId = row.id;
      }
      const target = fresh ?? newPractices.get(key);
      const loc = r.practice.location;
      const known = target?.locations.some((l) => l.address === loc?.address && l.postalCode === loc?.postalCode);
      if (target && loc && !known && target.locations.length < 100) {
        target.locations = withLocationIds([...target.locations, loc]);
      }
    }
    const input = { ...r.physician, practiceId };
    physicians.push(
      parseOrThrow(
        physician,
        { ...input, ...base(), nameTokens: nameTokens(input) },
        t('transfer.lineLine', { line: r.line }),
      ),
    );
  }
  const strict = await openStrictConnection(db);
  try {
    await strict.transaction('rw', ['physicians', 'practices'], async () => {
      const npis = physicians.flatMap((p) => (p.npi ? [p.npi] : []));
      for (const batch of slices(npis, 5_000)) {
        if ((await strict.table('physicians').where('npi').anyOf(batch).count()) > 0) {
          throw new ImportError('changed-since-preview', t('transfer.someOfThesePhysiciansWere'));
        }
      }
      await strict.table('practices').bulkAdd([...newPractices.values()]);
      let done = 0;
      for (const batch of slices(physicians, 10_000)) {
        await strict.table('physicians').bulkAdd(batch);
        done += batch.length;
        options.onProgress?.(done, physicians.length, 'write physicians');
      }
    });
  } finally {
    strict.close();
  }
  return { physicians: physicians.length, practices: newPractices.size };
}
