import { ImportError } from '../../../features/transfer/import-error';
import { isProtectedExport, openProtectedExport } from '../../../features/transfer/protected-file';

/** A chosen file as the import reads it: a protected export is opened with its passphrase first. */
export async function openIfProtected(file: File, passphrase: string): Promise<File | Blob> {
  const start = await file.slice(0, 100).text();
  if (!isProtectedExport(start)) return file;
  if (!passphrase)
    throw new ImportError(
      'not-rounds',
      'This file is protected with a passphrase: type it in “Passphrase of a protected file”, then choose the file again.',
    );
  return new Blob([await openProtectedExport(await file.text(), passphrase)], { type: 'application/json' });
}
