import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pendingCaptures } from './capture-wiring';
import { forgetEverything } from './forget-everything';
import { allSessions, startSession } from './portal-tabs/tab-sessions';

describe('forgetEverything (after Delete all data)', () => {
  it('ends every tab session, switches its sidebar off, forgets pending captures and leaves no Rounds key', async () => {
    fakeBrowser.reset();
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const portal = { id: 'p1', origin: 'https://ehr.example.org', pathPrefix: '/', pageKeyParams: [] };
    startSession(4, portal, 'https://ehr.example.org/chart', 'Chart', true);
    startSession(5, portal, 'https://ehr.example.org/queue', 'Queue', false);
    const id = await pendingCaptures.put({
      kind: 'physician',
      text: 'Dr. Jane Smith',
      url: 'https://ehr.example.org/chart',
      title: 'Chart',
      at: '2026-11-30T09:00:00.000Z',
    });
    expect(await forgetEverything()).toEqual({ tabs: 2, captures: 1 });
    expect(allSessions()).toEqual([]);
    expect(await pendingCaptures.get(id)).toBeNull();
    expect(sent).toHaveBeenCalledWith(4, { rounds: 'disable' }, { frameId: 0 });
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});
