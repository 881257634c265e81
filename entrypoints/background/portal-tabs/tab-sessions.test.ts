import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DirectoryIndex } from '../../../features/detection/directory-index';
import type { Physician } from '../../../storage/schemas/physician';
import { applyPageText } from './page-text-report';

const portal = { id: 'p1', origin: 'https://portal.example.org', pathPrefix: '/', pageKeyParams: ['id'] };

// A fresh module graph stands in for a restarted service worker: the Map of sessions starts empty.
async function freshWorker() {
  vi.resetModules();
  return import('./tab-sessions');
}

describe('tab sessions across a service-worker restart', () => {
  beforeEach(() => fakeBrowser.reset());

  it('restores the mount (nonce, tab, bound frame) from storage.session, not the port or page text', async () => {
    const before = await freshWorker();
    const session = before.startSession(7, portal, 'https://portal.example.org/q?id=1', 'Queue', true);
    session.mount = { tabId: 7, nonce: 'n'.repeat(32), origin: portal.origin, sidebarFrameId: 4 };
    session.detected = [{ physicianId: 'a', count: 2 }];
    session.detection = 'text';
    session.blocks = new Map([[1, ['a', 'a']]]);
    await before.persistSessions();

    const after = await freshWorker();
    expect(after.sessionOf(7)).toBeUndefined();
    await after.restoreSessions(async () => true);
    const restored = after.sessionOf(7);
    expect(restored?.mount).toEqual({ tabId: 7, nonce: 'n'.repeat(32), origin: portal.origin, sidebarFrameId: 4 });
    expect(restored?.detected).toEqual([{ physicianId: 'a', count: 2 }]);
    expect(restored).toMatchObject({ detection: 'text', blocks: null, port: null });
  });

  it('drops sessions whose tab left the portal and forgets ended ones', async () => {
    const before = await freshWorker();
    before.startSession(1, portal, 'https://portal.example.org/', 'A', false);
    before.startSession(2, portal, 'https://portal.example.org/', 'B', false);
    before.startSession(3, portal, 'https://portal.example.org/', 'C', false);
    before.endSession(3);
    await before.persistSessions();
    const after = await freshWorker();
    await after.restoreSessions(async (s) => s.tabId !== 2);
    expect(after.allSessions().map((s) => s.tabId)).toEqual([1]);
  });

  it('asks for a full resend when a restarted worker gets an incremental text report', async () => {
    const { startSession } = await freshWorker();
    const session = startSession(9, portal, 'https://portal.example.org/', 'T', false);
    session.blocks = null;
    const index = DirectoryIndex.build([{ id: 'a', first: 'Jane', last: 'Smith', middle: '' } as Physician]);
    expect(applyPageText(session, { reset: false, blocks: [[1, 'Jane Smith']], removed: [] }, index)).toBe(false);
    expect(applyPageText(session, { reset: true, blocks: [[1, 'Jane Smith']], removed: [] }, index)).toBe(true);
    expect(session.detected).toEqual([{ physicianId: 'a', count: 1 }]);
    applyPageText(session, { reset: false, blocks: [], removed: [1] }, index);
    expect(session.detected).toEqual([]);
  });

  it('keeps the providers with a physician cue who are not in the directory, per block', async () => {
    const { startSession } = await freshWorker();
    const session = startSession(9, portal, 'https://portal.example.org/q?id=1', 'Queue', true);
    const index = DirectoryIndex.build([
      { id: 'a', first: 'Jane', last: 'Smith', middle: '', deletedAt: null } as Physician,
    ]);
    const blocks: Array<[number, string]> = [
      [1, 'SMITH, JANE MD'],
      [2, 'DOE, JOHN'],
      [3, 'Anthony Barnes, MD'],
    ];
    applyPageText(session, { reset: true, blocks, removed: [] }, index);
    expect(session.discovered.map((d) => d.display)).toEqual(['Anthony Barnes, MD']);
    applyPageText(session, { reset: false, blocks: [], removed: [3] }, index);
    expect(session.discovered).toEqual([]);
    // A patient-column cell (marked by the content script) is matched against the directory, never proposed.
    applyPageText(
      session,
      {
        reset: false,
        blocks: [
          [4, '\u0001Dr. Jane Smith'],
          [5, '\u0001Dr. Omar Haddad'],
        ],
        removed: [],
      },
      index,
    );
    expect(session.detected).toEqual([{ physicianId: 'a', count: 2 }]);
    expect(session.discovered).toEqual([]);
  });
});
