import type { z } from 'zod';
import { t, tn } from '../../locales/i18n';
import { instant } from '../../storage/schemas';
import { formatPath } from '../../storage/validation';
import { type Progress, slices, yieldToPage } from './chunks';
import { type ExportFile, exportFormat, exportVersion } from './format';
import { ImportError } from './import-error';
import { migrateExport } from './migrations';
import { rowSchemas, storedShapeChecks, type TransferData, transferTableNames, zeroCounts } from './tables';

/** Issues listed in full before "and N more": enough to fix a file, short enough to read. */
const maxListedIssues = 20;
const validateChunk = 2_000;

/** Clearer wording than zod's defaults for limits a person can act on. Schema-level messages still win. */
export const clearMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_big' && issue.origin === 'string')
    return t('transfer.tooLongAtMostMaximum', { maximum: Number(issue.maximum) });
  if (issue.code === 'too_big' && issue.origin === 'array')
    return t('transfer.tooManyItemsAtMost', { maximum: Number(issue.maximum) });
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'invalid_type') return t('transfer.expectedExpected', { expected: issue.expected });
  return undefined;
};

/** Checks that parsed JSON is a Rounds export of a version we can read, and migrates it to the current one. */
export function readEnvelope(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError('not-rounds', t('transfer.thisJsonFileIsNot'));
  }
  const file = value as Record<string, unknown>;
  if (file.format !== exportFormat) {
    const hint = file.formatName === 'dexie' ? t('transfer.itLooksLikeARaw') : '';
    throw new ImportError('not-rounds', t('transfer.thisJsonFileIsNot2', { hint }));
  }
  return migrateExport(file);
}

/** Validates every record of a (migrated) file before anything is written; errors name the place, e.g. `outreach[1532].at`. */
export async function validateExport(file: Record<string, unknown>, onProgress?: Progress): Promise<ExportFile> {
  const rawData = file.data ?? {};
  if (typeof rawData !== 'object' || rawData === null || Array.isArray(rawData)) {
    throw new ImportError('invalid-records', t('transfer.thisFileHasNoData'));
  }
  const tables = rawData as Record<string, unknown>;
  const issues: string[] = [];
  let issueCount = 0;
  const note = (issue: string) => {
    if (issueCount++ < maxListedIssues) issues.push(issue);
  };
  if (!instant.safeParse(file.exportedAt).success) note(t('transfer.exportedatNotADateAnd'));
  const data = {} as Record<string, unknown[]>;
  const total = transferTableNames.reduce((n, t) => n + (Array.isArray(tables[t]) ? (tables[t] as []).length : 0), 0);
  let done = 0;
  for (const table of transferTableNames) {
    const rows = tables[table] ?? [];
    if (!Array.isArray(rows)) {
      note(t('transfer.tableExpectedAListOf', { table }));
      continue;
    }
    const parsed: unknown[] = [];
    let offset = 0;
    for (const chunk of slices(rows, validateChunk)) {
      chunk.forEach((row, i) => {
        // A row the compiled check passes would parse to itself (see stored-shape.ts): zod only for the rest.
        const result = storedShapeChecks[table](row)
          ? { success: true as const, data: row }
          : rowSchemas[table].safeParse(row, { error: clearMessages });
        if (result.success) parsed.push(result.data);
        else
          for (const issue of result.error.issues)
            note(`${formatPath([offset + i, ...issue.path], table)}: ${issue.message}`);
      });
      offset += chunk.length;
      done += chunk.length;
      onProgress?.(done, total, 'validate');
      await yieldToPage();
    }
    data[table] = parsed;
  }
  const exportedAt = String(file.exportedAt);
  if (issueCount > 0) {
    if (issueCount > maxListedIssues) issues.push(tn('transfer.moreProblems', issueCount - maxListedIssues));
    throw new ImportError(
      'invalid-records',
      tn('transfer.fileProblems', issueCount, { first: issues[0] ?? '' }),
      issues,
    );
  }
  const counts = zeroCounts();
  for (const t of transferTableNames) counts[t] = data[t]?.length ?? 0;
  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt,
    counts,
    data: data as unknown as TransferData,
  };
}
