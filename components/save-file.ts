import { e2eExpose } from '../features/instrumentation/marks';

/** What the e2e build exposes of the last saved file, so tests can read it without a download directory. */
export interface LastSavedFile {
  fileName: string;
  blob: Blob;
}

declare global {
  interface Window {
    roundsLastSavedFile?: LastSavedFile;
  }
}

/** Saves a generated file through the browser's own download flow (`<a download>` over a blob URL). */
export function saveFile(blob: Blob, fileName: string): void {
  // e2e build only: the test reads the same Blob the user would get. Store builds leave nothing on window.
  e2eExpose('roundsLastSavedFile', { fileName, blob } satisfies LastSavedFile);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
