import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The store builds (npm run build; test:e2e runs it first). */
const builds = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const portalOrigins = ['https://*/*', 'http://*/*'];
const registry = 'https://npiregistry.cms.hhs.gov/*';
/** zod 4 probes once whether eval is allowed (it is not, under the default CSP) and then never calls it. */
const allowedEvalProbe = 'try{return Function(``),!0}catch{return!1}';
const evalLike = /\beval\s*\(|\bnew\s+Function\s*\(|[^\w.$]Function\s*\(|set(?:Timeout|Interval)\s*\(\s*["'`]/g;
const remoteCode = /importScripts\s*\(|import\s*\(\s*["'`]https?:|<script[^>]+src\s*=\s*["']?https?:/gi;

type Manifest = Record<string, unknown> & { permissions?: string[]; web_accessible_resources?: unknown[] };
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const isHostPattern = (p: string) => p.includes('://') || p === '<all_urls>';

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file, ext) : ext.test(name) ? [file] : [];
  });
}

describe('manifest audit of the store builds', () => {
  for (const [browser, dir] of Object.entries(builds)) {
    describe(browser, () => {
      it('exists (npm run build)', () => expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true));

      it('asks for no host at install; portals, the NPI Registry and notifications are optional, http(s) only', () => {
        const m = manifestOf(dir);
        expect(m.host_permissions ?? []).toEqual([]);
        expect((m.permissions ?? []).filter(isHostPattern)).toEqual([]);
        // offscreen only in Chrome: the automatic backup's blob: URL (Firefox's background page makes its own).
        const api = ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'alarms', 'activeTab', 'downloads'];
        expect(m.permissions).toEqual(browser === 'firefox' ? api : [...api, 'offscreen']);
        expect(existsSync(path.join(dir, 'offscreen-backup.html'))).toBe(browser !== 'firefox');
        expect(m.permissions).not.toContain('tabs');
        expect(m.permissions).not.toContain('webRequest');
        const optional = [
          ...((m.optional_host_permissions as string[]) ?? []),
          ...((m.optional_permissions as string[]) ?? []),
        ];
        // The one optional API permission: notifications, asked for when the user turns on the morning summary.
        for (const p of optional) expect([...portalOrigins, registry, 'notifications']).toContain(p);
        expect(m.content_scripts ?? [], 'content scripts are registered per enabled portal at run time').toEqual([]);
        expect(m.externally_connectable).toBeUndefined();
      });

      it('declares the managed policy schema (Chromium) or the data-collection consent and Firefox 140 (Firefox)', () => {
        const m = manifestOf(dir);
        if (browser === 'firefox') {
          expect(m.storage).toBeUndefined();
          expect(m.browser_specific_settings).toEqual({
            gecko: {
              id: 'rounds@rounds-liaison.org',
              strict_min_version: '140.0',
              // Nothing required; the NPI look-up (a typed name or NPI, sent to CMS's registry) is optional.
              data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          });
        } else {
          expect(m.storage).toEqual({ managed_schema: 'managed-schema.json' });
          const shipped = readFileSync(path.join(dir, 'managed-schema.json'), 'utf8');
          expect(shipped).toBe(readFileSync('public/managed-schema.json', 'utf8'));
        }
      });

      it('ships the welcome page and a privacy page whose only script translates it (no data, storage or network)', () => {
        expect(existsSync(path.join(dir, 'welcome.html'))).toBe(true);
        const privacy = readFileSync(path.join(dir, 'privacy.html'), 'utf8');
        expect(privacy).toMatch(/<h1[^>]*>Privacy policy<\/h1>/);
        // Its script (and every chunk it imports: the catalogue, Vite's modulepreload shim) only fills the page's
        // text in the UI language: nothing that reads data, touches storage or talks to a server.
        const checked = new Set<string>();
        const check = (file: string) => {
          if (checked.has(file)) return;
          checked.add(file);
          const code = readFileSync(file, 'utf8');
          expect(code, file).not.toMatch(/indexedDB|Dexie|XMLHttpRequest|WebSocket|storage\.(local|session|sync)/);
          for (const [, dep] of code.matchAll(/from\s*"\.\/([^"]+)"/g)) check(path.join(path.dirname(file), dep ?? ''));
        };
        for (const [, src] of privacy.matchAll(/<script[^>]*src="\/([^"]+)"/gi)) check(path.join(dir, src ?? ''));
        expect(checked.size).toBeGreaterThan(0);
      });

      it('keeps the default content security policy', () => {
        expect(manifestOf(dir).content_security_policy).toBeUndefined();
      });

      it('exposes only sidebar.html to web pages (with a per-session URL in Chrome)', () => {
        const war = manifestOf(dir).web_accessible_resources;
        if (browser === 'firefox') expect(war).toEqual(['sidebar.html']);
        else
          expect(war).toEqual([
            { resources: ['sidebar.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
          ]);
      });

      it('ships no eval, no new Function and no remote code; no lab or bench page', () => {
        const findings: string[] = [];
        for (const file of filesUnder(dir, /\.(js|html)$/)) {
          const code = readFileSync(file, 'utf8').split(allowedEvalProbe).join('');
          for (const match of code.matchAll(evalLike))
            findings.push(`${file}: ${code.slice(match.index, match.index + 60)}`);
          for (const match of code.matchAll(remoteCode)) findings.push(`${file}: ${match[0]}`);
          if (code.includes('__rounds-e2e')) findings.push(`${file}: the e2e bridge`);
        }
        expect(findings).toEqual([]);
        expect(filesUnder(dir, /^(fault-lab|bench)\.html$/)).toEqual([]);
      });

      it('records no timing marks and sets no e2e markers (features/instrumentation/marks.ts is empty there)', () => {
        const e2eOnly = /performance\.(mark|measure)\(|roundsLastSavedFile|pageContextDetected/g;
        const findings = filesUnder(dir, /\.js$/).flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(e2eOnly)].map((m) => `${file}: ${m[0]}`),
        );
        expect(findings).toEqual([]);
      });

      it('carries no test-only message type (demo.*, portal.detectionMode, e2e.*): no handler, no type string', () => {
        const testOnly =
          /["'`](?:demo|e2e)\.[A-Za-z]+["'`]|portal\.detectionMode|demo\.seed|demo\.enablePortal|e2e\.capture/g;
        const findings = filesUnder(dir, /\.(js|html)$/).flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(testOnly)].map((m) => `${file}: ${m[0]}`),
        );
        expect(findings).toEqual([]);
      });

      it('keeps Dexie, zod and Preact out of the content script', () => {
        const file = filesUnder(dir, /^portal-content\.js$/)[0] ?? '';
        const code = readFileSync(file, 'utf8');
        expect(code).not.toMatch(/Dexie|indexedDB|ZodError|\$ZodType|__preactattr_|preact/);
        expect(code.length).toBeLessThan(40_000);
      });
    });
  }
});
