import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyEncryptionRecord, applyUnlocked, cipherState } from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import { pendingPageKey } from '../../storage/repositories/sealed-fields';
import { freshDatabase, repositories } from '../../tests/db';
import { readEncryptionRecord } from './cipher-job';
import { changePassphrase, lock, turnOff, turnOn, unlock } from './encryption-control';

const passphrase = 'violet tractor nine lanterns';
const pageUrl = 'https://ehr.test/chart?patientId=P-778812';
const page = { origin: 'https://ehr.test', path: '/chart', title: 'Chart of Pat Q', key: pageUrl };

/** The rows exactly as IndexedDB holds them (a second connection without the sealed-fields layer). */
async function rawRows(db: RoundsDatabase, table: string): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(db.name);
  await raw.open();
  const rows = await raw.table(table).toArray();
  raw.close();
  return rows;
}

async function seed(db: RoundsDatabase, n: number) {
  const repos = repositories(db);
  const doc = await repos.physicians.create({ first: 'Ann', last: 'Lee' });
  for (let i = 0; i < n; i++) {
    await repos.notes.create({ physicianIds: [doc.id], page, sensitive: { body: `secret-body-${i}` } });
  }
  await repos.referrals.create({
    physicianId: doc.id,
    receivedAt: '2026-12-01T10:00:00.000Z',
    page: { ...page, key: `${pageUrl}#row:R-2001` },
    sensitive: { patientRef: 'MRN-445566', notes: '' },
  });
  return { repos, doc };
}

afterEach(() => {
  fakeBrowser.reset();
  applyEncryptionRecord(undefined);
  applyUnlocked(undefined);
});

describe('encryption at rest', () => {
  it('turns on: every sensitive field and page key sealed on disk, features still read plain rows', async () => {
    const db = await freshDatabase();
    const { repos } = await seed(db, 3);
    await (await turnOn(db, passphrase)).job;
    expect((await readEncryptionRecord())?.mode).toBe('on');
    const disk = JSON.stringify([...(await rawRows(db, 'notes')), ...(await rawRows(db, 'referrals'))]);
    for (const secret of ['secret-body', 'MRN-445566', 'P-778812', 'Pat Q', 'R-2001'])
      expect(disk).not.toContain(secret);
    const onPage = await db.notes.where('pageKey').equals(pageUrl).toArray();
    expect(onPage.map((n) => n.sensitive.body).sort()).toEqual(['secret-body-0', 'secret-body-1', 'secret-body-2']);
    expect(await db.notes.where('pageKey').equals(pageUrl).count()).toBe(3);
    const rows = await db.referrals.where('pageKey').startsWith(`${pageUrl}#row:`).toArray();
    expect(rows[0]?.sensitive.patientRef).toBe('MRN-445566');
    const created = await repos.notes.create({ physicianIds: [], page, sensitive: { body: 'later-secret' } });
    expect(JSON.stringify(await rawRows(db, 'notes'))).not.toContain('later-secret');
    expect((await repos.notes.get(created.id))?.sensitive.body).toBe('later-secret');
  });

  it('while locked: shows Locked, keeps what is stored on a write-back, and writes new fields to the public key', async () => {
    const db = await freshDatabase();
    const { repos, doc } = await seed(db, 1);
    await (await turnOn(db, passphrase)).job;
    const [stored] = await db.notes.toArray();
    await lock();
    expect(cipherState.ring).toBeNull();
    const locked = await repos.notes.get(stored?.id as string);
    expect(locked?.sensitive.body).toBe('Locked');
    await repos.notes.update(stored?.id as string, { physicianIds: [] }); // a write-back of the placeholder
    const quick = await repos.notes.create({ physicianIds: [doc.id], page, sensitive: { body: 'written-locked' } });
    const disk = await rawRows(db, 'notes');
    expect(JSON.stringify(disk)).not.toContain('written-locked');
    expect(JSON.stringify(disk)).not.toContain('P-778812');
    expect(disk.find((r) => r.id === quick.id)?.pageKey).toBe(pendingPageKey);
    await expect(unlock(db, 'not it')).rejects.toThrow('does not unlock');
    await (await unlock(db, passphrase)).job;
    expect((await repos.notes.get(stored?.id as string))?.sensitive.body).toBe('secret-body-0');
    const onPage = await db.notes.where('pageKey').equals(pageUrl).toArray();
    expect(onPage.map((n) => n.sensitive.body).sort()).toEqual(['secret-body-0', 'written-locked']);
  });

  it('a job killed mid-way resumes after a restart: every row sealed and readable, none lost, none half-done', async () => {
    const db = await freshDatabase();
    await seed(db, 40);
    await expect((await turnOn(db, passphrase, { batchSize: 7, stopAfterBatches: 3 })).job).rejects.toThrow('stopped');
    const mid = await rawRows(db, 'notes');
    const isSealed = (v: unknown) => typeof v === 'object' && v !== null && 'ct' in v;
    expect(mid.filter((r) => isSealed(r.sensitive))).toHaveLength(21);
    for (const r of mid) expect(isSealed(r.sensitive)).toBe(isSealed(r.page)); // never half a row
    expect((await readEncryptionRecord())?.job?.done).toBe(21);
    await db.notes.toArray(); // mixed rows read fine meanwhile
    // The browser closes: storage.session and memory are gone; the cursor in storage.local is not.
    await lock();
    await (await unlock(db, passphrase)).job;
    const after = await rawRows(db, 'notes');
    expect(after).toHaveLength(40);
    expect(after.every((r) => isSealed(r.sensitive) && isSealed(r.page))).toBe(true);
    const bodies = (await db.notes.toArray()).map((n) => n.sensitive.body);
    expect(new Set(bodies).size).toBe(40);
    expect((await readEncryptionRecord())?.mode).toBe('on');
    await (await turnOff(db, passphrase)).job;
    expect(await readEncryptionRecord()).toBeNull();
    expect(JSON.stringify(await rawRows(db, 'notes'))).toContain('secret-body-39');
    expect(await db.notes.where('pageKey').equals(pageUrl).count()).toBe(40);
  });

  it('changing the passphrase re-wraps the keys and rewrites no row', async () => {
    const db = await freshDatabase();
    await seed(db, 2);
    await (await turnOn(db, passphrase)).job;
    const before = JSON.stringify(await rawRows(db, 'notes'));
    await changePassphrase(passphrase, 'a whole new phrase here');
    expect(JSON.stringify(await rawRows(db, 'notes'))).toBe(before);
    await lock();
    await expect(unlock(db, passphrase)).rejects.toThrow();
    await (await unlock(db, 'a whole new phrase here')).job;
    expect((await db.notes.toArray()).map((n) => n.sensitive.body).sort()).toEqual(['secret-body-0', 'secret-body-1']);
  });
});
