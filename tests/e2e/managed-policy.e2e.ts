import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, e2eBuilds, launchWithExtension } from './launch';

/**
 * IT's managed policy, delivered the way a Linux deployment does it: a JSON file in Chromium's policy folder with
 * the extension's settings under `3rdparty.extensions.<id>` (docs/IT-DEPLOYMENT.md). Chromium has no per-profile
 * policy folder, so the file is machine-wide; it names only this build's extension id (derived from the build's
 * absolute path), so other Chromium runs on the machine are unaffected, and it is removed after the test.
 * The file is written after launch: Chromium drops 3rdparty policy for an extension whose schema it does not know
 * yet (a first install in a fresh profile), and picks up changed policy files within seconds; the background
 * re-reads on storage.onChanged('managed'). An installed extension gets its policy at browser start as usual.
 */
const policiesRoot = '/etc/chromium/policies';
const policyDir = path.join(policiesRoot, 'managed');
const policyFile = path.join(policyDir, `rounds-e2e-${process.pid}.json`);
const managedAddress = 'http://127.0.0.1/managed-ehr/';

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits written as a–p. */
const unpackedId = (dir: string) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');

describe('managed policy in chromium', () => {
  let session: ExtensionSession;
  let createdRoot = false;
  const id = unpackedId(e2eBuilds.chromium);
  beforeAll(async () => {
    createdRoot = !existsSync(policiesRoot);
    mkdirSync(policyDir, { recursive: true });
    session = await launchWithExtension('chromium');
    const policy = { portals: [{ address: managedAddress, label: 'Hospital EHR', pageKeyParams: ['patientId'] }] };
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  });
  afterAll(async () => {
    await session?.close();
    rmSync(policyFile, { force: true });
    if (createdRoot && readdirSync(policyDir).length === 0) rmSync(policiesRoot, { recursive: true });
  });

  it('lists the policy portal in options as set by the organisation, without a Remove button', async () => {
    expect(session.origin).toBe(`chrome-extension://${id}/`);
    // The options page lists portals when it opens: open it again until the policy has arrived (at most 30 s).
    const deadline = Date.now() + 30_000;
    let page = await session.openPage('options.html');
    /** The managed portal's list item: its text and its buttons' names. */
    const managedItem = async () => {
      const handle = await page.waitForFunction(
        () => {
          const li = [...document.querySelectorAll('li')].find((l) =>
            l.textContent?.includes('set by your organisation'),
          );
          return li
            ? { text: li.textContent ?? '', buttons: [...li.querySelectorAll('button')].map((b) => b.textContent) }
            : null;
        },
        { timeout: 3_000, polling: 200 },
      );
      return (await handle.jsonValue()) as { text: string; buttons: string[] };
    };
    let item = await managedItem().catch(() => null);
    while (!item && Date.now() < deadline) {
      await page.close();
      page = await session.openPage('options.html');
      item = await managedItem().catch(() => null);
    }
    if (!item) throw new Error('The managed portal never appeared in options');
    expect(item.text).toContain('http://127.0.0.1/managed-ehr');
    expect(item.text).toContain('Hospital EHR');
    expect(item.buttons).not.toContain('Remove');
    await page.close();
  });
});
