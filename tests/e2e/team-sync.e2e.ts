import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTeam } from '../../dev/team/setup-team';
import { type RunningServer, startTeamServer } from '../../dev/team/team-server';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { named } from './sidebar-frames';

/**
 * Issue 17 with the real engine: two Chromium profiles as two liaisons on one team database of a CouchDB-protocol
 * server on 127.0.0.1 (pouchdb-server in memory, started here, or COUCH_URL), PouchDB replicating in each
 * extension's background.
 */
const database = 'team-e2e';
const password = (name: string) => `pw-${name}-${database}`;

async function statusText(frame: Frame): Promise<string> {
  return frame.$eval('[role="status"].sync-status', (el) => el.textContent ?? '').catch(() => '');
}

async function signIn(page: Page, address: string, user: string): Promise<void> {
  const main = page.mainFrame();
  const field = await named(main, 'input', 'Team server address');
  await field.click({ count: 3 });
  await field.type(address);
  const name = await named(main, 'input', 'Username');
  await name.click({ count: 3 });
  await name.type(user);
  await (await named(main, 'input', 'Password')).type(password(user));
  await (await named(main, 'button', 'Sign in')).click();
}

/** The rows of one table in this profile's Rounds database, read with IndexedDB itself from an extension page. */
function rowsOf(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (t) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('rounds');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(t).objectStore(t).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

describe('team sync through CouchDB replication (two Chromium profiles)', () => {
  let server: RunningServer;
  let a: ExtensionSession;
  let b: ExtensionSession;
  let address: string;
  let optionsA: Page;
  let optionsB: Page;
  let physicianName = '';

  beforeAll(async () => {
    server = await startTeamServer();
    await setupTeam(
      server,
      database,
      [
        { name: 'alice', password: password('alice'), roles: ['liaison'] },
        { name: 'bob', password: password('bob'), roles: ['liaison'] },
        { name: 'carol', password: password('carol'), roles: [] },
        // pouchdb-server 4.2 drops replicated updates (new_edits=false) of existing documents when the database has a
        // validate_doc_update (docs/TEAM.md): the rules are attacked in dev/team/setup-team.test.ts with direct writes,
        // and installed here only on a real CouchDB (COUCH_URL).
      ],
      { validate: Boolean(process.env.COUCH_URL) },
    );
    address = `${server.url}/${database}`;
    [a, b] = await Promise.all([launchWithExtension('chromium'), launchWithExtension('chromium')]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await server?.stop();
  });

  it('refuses a user without the team role with a clear message', async () => {
    const options = await b.openPage('options.html');
    await signIn(options, address, 'carol');
    const alert = await options.waitForSelector('[role="alert"]', { timeout: 15_000 });
    expect(await alert?.evaluate((el) => el.textContent)).toMatch(/Not a member of team-e2e \((401|403)\)/);
    expect(await statusText(options.mainFrame())).toMatch(/Error/);
    await options.close();
  });

  it('a physician and an outreach logged in A appear in B within 5 s; the server holds no patient information', async () => {
    [optionsA, optionsB] = await Promise.all([a.openPage('options.html'), b.openPage('options.html')]);
    await signIn(optionsA, address, 'alice');
    await signIn(optionsB, address, 'bob');
    for (const page of [optionsA, optionsB]) await waitForState(page, 'Synced');
    const secret = `MRN${crypto.randomUUID().slice(0, 8)}`;
    const popup = await a.openPage('popup.html');
    const logged = await sendFromPage(popup, 'outreach.log', {
      entry: { type: 'visit', at: new Date().toISOString(), physicianIds: [], sensitive: { notes: `Saw ${secret}` } },
      newPhysicians: [{ first: 'Ada', last: `Lovelace${secret.slice(3)}` }],
    });
    expect(logged.ok, logged.error).toBe(true);
    const { outreachId, createdPhysicianIds } = logged.data as { outreachId: string; createdPhysicianIds: string[] };
    const started = Date.now();
    let seen: { physician?: Record<string, unknown>; outreach?: Record<string, unknown> } = {};
    while (Date.now() - started < 5_000 && !(seen.physician && seen.outreach)) {
      const [physicians, outreach] = await Promise.all([rowsOf(optionsB, 'physicians'), rowsOf(optionsB, 'outreach')]);
      seen = {
        physician: physicians.find((p) => p.id === createdPhysicianIds[0]),
        outreach: outreach.find((o) => o.id === outreachId),
      };
      if (!(seen.physician && seen.outreach)) await new Promise((r) => setTimeout(r, 100));
    }
    console.info(`team sync A → B: ${Date.now() - started} ms`);
    expect(seen.physician?.last).toBe(`Lovelace${secret.slice(3)}`);
    physicianName = `Ada Lovelace${secret.slice(3)}`;
    expect(seen.physician?.createdBy).toBe('alice');
    expect(seen.outreach?.createdBy).toBe('alice');
    // Patient information stayed in A: B has the outreach without its notes.
    expect(JSON.stringify(seen.outreach)).not.toContain(secret);

    // Read back from the server itself: the records are there, and no plain patient information.
    const docs = await fetch(`${server.url}/${database}/_all_docs?include_docs=true`, {
      headers: { Authorization: server.authorization },
    }).then((r) => r.text());
    expect(docs).toContain(`outreach:${outreachId}`);
    expect(docs).toContain(`Lovelace${secret.slice(3)}`);
    expect(docs).not.toContain(secret);
    await popup.close();
  });

  it('both edit the same physician offline: the conflict is shown side by side and resolved, nothing lost', async () => {
    await (await named(optionsB.mainFrame(), 'button', 'Sync now')).click();
    await waitForState(optionsB, 'Synced');
    for (const page of [optionsA, optionsB]) {
      await (await named(page.mainFrame(), 'button', 'Sign out')).click();
      await waitForState(page, 'Sync is off');
    }
    const edit = async (page: Page, specialty: string) => {
      const main = page.mainFrame();
      await (await named(main, 'button', `Edit ${physicianName}`)).click();
      const field = await named(main, 'input', 'Specialty');
      await field.click({ count: 3 });
      await field.type(specialty);
      await (await named(main, 'button', 'Save physician')).click();
      await page.waitForFunction(
        () => !document.querySelector('form input[value]')?.closest('[aria-label="Edit details"]'),
        {
          timeout: 10_000,
        },
      );
    };
    await edit(optionsA, 'Cardiology');
    await edit(optionsB, 'Oncology');
    await signIn(optionsA, address, 'alice');
    await waitForState(optionsA, 'Synced');
    await signIn(optionsB, address, 'bob');
    await waitForState(optionsB, 'Synced');
    await (await named(optionsA.mainFrame(), 'button', 'Sync now')).click();
    const resolve = await named(optionsA.mainFrame(), 'button', 'Resolve conflict', 20_000);
    await resolve.click();
    const table = await optionsA.waitForSelector('table.conflict-versions', { timeout: 10_000 });
    const shown = (await table?.evaluate((el) => el.textContent)) ?? '';
    expect(shown).toContain('Cardiology');
    expect(shown).toContain('Oncology');
    const oncology = shown.indexOf('Oncology') < shown.indexOf('Cardiology') ? 1 : 2;
    await (await named(optionsA.mainFrame(), 'button', `Keep version ${oncology}`)).click();
    for (const page of [optionsA, optionsB]) {
      await page.waitForFunction(() => !/Resolve conflict/.test(document.body.textContent ?? ''), {
        timeout: 20_000,
        polling: 200,
      });
    }
    const started = Date.now();
    for (;;) {
      const rows = await Promise.all([rowsOf(optionsA, 'physicians'), rowsOf(optionsB, 'physicians')]);
      const specialties = rows.map((r) => r.find((p) => `${p.first} ${p.last}` === physicianName)?.specialty);
      if (specialties.every((s) => s === 'Oncology')) break;
      if (Date.now() - started > 10_000) throw new Error(`not resolved everywhere: ${specialties.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // Nothing lost: the version not kept is still in the server's revision history.
    const physicianId = (await rowsOf(optionsA, 'physicians')).find(
      (p) => `${p.first} ${p.last}` === physicianName,
    )?.id;
    const history = await fetch(`${server.url}/${database}/physicians:${String(physicianId)}?open_revs=all&revs=true`, {
      headers: { Authorization: server.authorization, Accept: 'application/json' },
    }).then((r) => r.text());
    expect(history).toContain('Cardiology');
  });
});

async function waitForState(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction(
      (t) => (document.querySelector('[role="status"].sync-status')?.textContent ?? '').includes(t),
      { timeout: 20_000, polling: 100 },
      text,
    )
    .catch(async (error: Error) => {
      const alert = await page.$eval('[role="alert"]', (el) => el.textContent).catch(() => '');
      const section = await page.evaluate(
        () => document.querySelector('.sync-status')?.closest('section')?.textContent ?? '',
      );
      throw new Error(
        `${error.message}: the status says "${await statusText(page.mainFrame())}" ${alert} ${page.url()} ${section}`,
      );
    });
}

describe('team sync between Chromium and Firefox', () => {
  let server: RunningServer;
  let chromium: ExtensionSession;
  let firefox: ExtensionSession;
  const db = 'team-e2e-pair';

  beforeAll(async () => {
    server = await startTeamServer();
    await setupTeam(
      server,
      db,
      [
        { name: 'dave', password: password('dave'), roles: ['liaison'] },
        { name: 'erin', password: password('erin'), roles: ['manager'] },
      ],
      { validate: Boolean(process.env.COUCH_URL) },
    );
    chromium = await launchWithExtension('chromium');
    firefox = await launchWithExtension('firefox');
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), firefox?.close()]);
    await server?.stop();
  });

  it('an outreach with a new physician logged in Firefox appears in Chromium within 5 s, and back', async () => {
    const [inChromium, inFirefox] = [await chromium.openPage('options.html'), await firefox.openPage('options.html')];
    await signIn(inChromium, `${server.url}/${db}`, 'dave');
    await signIn(inFirefox, `${server.url}/${db}`, 'erin');
    for (const page of [inChromium, inFirefox]) await waitForState(page, 'Synced');
    const arrives = async (from: ExtensionSession, to: Page, last: string) => {
      const popup = await from.openPage('popup.html');
      const logged = await sendFromPage(popup, 'outreach.log', {
        entry: { type: 'call', at: new Date().toISOString(), physicianIds: [] },
        newPhysicians: [{ first: 'Grace', last }],
      });
      expect(logged.ok, logged.error).toBe(true);
      const { outreachId } = logged.data as { outreachId: string };
      const started = Date.now();
      while (Date.now() - started < 5_000) {
        const [physicians, outreach] = await Promise.all([rowsOf(to, 'physicians'), rowsOf(to, 'outreach')]);
        if (physicians.some((p) => p.last === last) && outreach.some((o) => o.id === outreachId)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const took = Date.now() - started;
      console.info(`team sync ${from.kind} → other: ${took} ms`);
      expect(took).toBeLessThan(5_000);
      await popup.close();
    };
    await arrives(firefox, inChromium, `Hopper${Date.now()}`);
    await arrives(chromium, inFirefox, `Hopper${Date.now()}`);
  });
});
