import { ImportError } from '../../../features/transfer/import-error';
import { isProtectedExport, openProtectedExport } from '../../../features/transfer/protected-file';
import { t } from '../../../locales/i18n';

/** A chosen file as the import reads it: a protected export is opened with its passphrase first. */
export async function openIfProtected(file: File, passphrase: string): Promise<File | Blob> {
  const start = await file.slice(0, 100).text();
  if (!isProtectedExport(start)) return file;
  if (!passphrase) throw new ImportError('not-rounds', t('options.fileIsProtected'));
  return new Blob([await openProtectedExport(await file.text(), passphrase)], { type: 'application/json' });
}
