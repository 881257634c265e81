import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The limit for the content script: 10 KiB gzip (held to 10,000 bytes until #16 added discovery). */
const contentScriptLimit = 10 * 1024;
const forbidden = /dexie|zod|preact|storage\/(schemas|database|repositories)|webextension-polyfill/i;

describe('portal content script bundle', () => {
  it('imports no Dexie, zod, Preact, storage or polyfill and stays under 10 KB gzip', async () => {
    const result = await build({
      entryPoints: ['entrypoints/portal-content/portal-content.ts'],
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      metafile: true,
    });
    expect(Object.keys(result.metafile.inputs).filter((p) => forbidden.test(p))).toEqual([]);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzip = gzipSync(code).length;
    console.info(`portal content script: ${code.length} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(contentScriptLimit);
  });

  it('ships that way in the built extension (when a build exists)', () => {
    for (const dir of [
      '.output/chrome-mv3',
      '.output/firefox-mv2',
      '.output/chrome-mv3-e2e',
      '.output/firefox-mv2-e2e',
    ]) {
      const file = `${dir}/portal-content.js`;
      if (!existsSync(file)) continue;
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bDexie\b|\bZodError\b|\bzod\b/);
      expect(gzipSync(code).length, file).toBeLessThanOrEqual(contentScriptLimit);
      const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { content_scripts?: unknown };
      expect(manifest.content_scripts, dir).toBeUndefined();
    }
  });
});
