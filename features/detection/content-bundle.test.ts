import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What the content script imports from features/detection, bundled the way it ships (minified, tree-shaken).
const entry = `
export { PageTextTracker } from './features/detection/page-text';
export { PageBlockTracker } from './features/detection/page-blocks';
export { compileMatchKeys, detectPhysicians } from './features/detection/detect';
export { pageKey } from './features/detection/page-key';
export { readReferralTables } from './features/detection/referral-tables';
`;

describe('content-script side of features/detection', () => {
  it('pulls in no storage schema, zod, Dexie or framework code, and stays small', async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    // Of messaging/, only the zod-free files meant for the content script.
    const allowed = /messaging\/(page-text-caps|read-content-command\.content)\.ts$/;
    expect(
      inputs.filter((path) => /node_modules|storage\/(schemas|database)|messaging/.test(path) && !allowed.test(path)),
    ).toEqual([]);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipBytes = gzipSync(code).length;
    console.info(`features/detection content-script code: ${code.length} bytes, ${gzipBytes} bytes gzip`);
    expect(gzipBytes).toBeLessThan(10_000);
  });
});
