/** A URL the downloads API can fetch for a Blob, and how to release it once the download is done. */
export interface DownloadUrl {
  url: string;
  release: () => void;
}

/**
 * Firefox's MV2 background page has blob URLs. Chrome's MV3 service worker has no URL.createObjectURL, so there the
 * file goes as a base64 data: URL (fine for ordinary directories; very large databases are better exported by hand
 * from the options page, see docs/EXPORT.md).
 */
export async function downloadUrlFor(blob: Blob): Promise<DownloadUrl> {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    return { url, release: () => URL.revokeObjectURL(url) };
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return { url: `data:${blob.type || 'application/json'};base64,${btoa(parts.join(''))}`, release: () => {} };
}
