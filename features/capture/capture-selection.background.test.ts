import { describe, expect, it, vi } from 'vitest';
import type { PendingCapture } from '../../messaging/pending-capture';
import { type CaptureDeps, handleCapture } from './capture-selection.background';
import { createPendingCaptures } from './pending-captures.background';

function fakeBrowser(options: { portal?: boolean; sidebarFails?: boolean } = {}) {
  const windows: { url: string; type: string; width: number; height: number }[] = [];
  const opened: { tabId: number; capture: PendingCapture }[] = [];
  const stored = new Map<string, unknown>();
  const pending = createPendingCaptures({
    get: async (key) => ({ [key]: stored.get(key) }),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) stored.set(k, v);
    },
  });
  const deps: CaptureDeps = {
    pending,
    sidebarCanOpen: vi.fn(async () => options.portal ?? false),
    openSidebarWithCapture: vi.fn(async (tabId: number, capture: PendingCapture) => {
      if (options.sidebarFails) throw new Error('frame refused');
      opened.push({ tabId, capture });
    }),
    windows: { create: vi.fn(async (o) => windows.push(o)) },
    runtime: { getURL: (path) => `chrome-extension://rounds${path}` },
    now: () => new Date('2026-03-02T10:00:00Z'),
  };
  return { deps, windows, opened, pending, stored };
}

const tab = { id: 7, url: 'https://lakeside.example/team', title: 'Our team' };

describe('handleCapture', () => {
  it('opens the sidebar on an enabled portal, with the page and the time', async () => {
    const f = fakeBrowser({ portal: true });
    expect(await handleCapture(f.deps, { kind: 'physician', text: '  Dr. Jane Smith ', tab })).toBe('sidebar');
    expect(f.opened).toEqual([
      {
        tabId: 7,
        capture: {
          kind: 'physician',
          text: 'Dr. Jane Smith',
          url: tab.url,
          title: 'Our team',
          at: '2026-03-02T10:00:00.000Z',
        },
      },
    ]);
    expect(f.windows).toEqual([]);
  });

  it('opens a small Rounds window elsewhere, passing the capture by id and never in the URL', async () => {
    const f = fakeBrowser();
    expect(await handleCapture(f.deps, { kind: 'note', text: 'Dr. Jane Smith', tab })).toBe('window');
    expect(f.windows).toHaveLength(1);
    const [win] = f.windows;
    expect(win).toMatchObject({ type: 'popup', width: 420, height: 640 });
    expect(win?.url).not.toMatch(/Jane|Smith/);
    const id = win?.url.split('#')[1] ?? '';
    expect(win?.url).toBe(`chrome-extension://rounds/capture.html#${id}`);
    expect(await f.pending.get(id)).toMatchObject({ kind: 'note', text: 'Dr. Jane Smith', url: tab.url });
    expect(f.opened).toEqual([]);
  });

  it('falls back to the window when the sidebar cannot open after all', async () => {
    const f = fakeBrowser({ portal: true, sidebarFails: true });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleCapture(f.deps, { kind: 'physician', text: 'Jane Smith', tab })).toBe('window');
    expect(f.windows).toHaveLength(1);
  });

  it('does nothing for an empty selection, and caps long text', async () => {
    const f = fakeBrowser();
    expect(await handleCapture(f.deps, { kind: 'physician', text: '   ', tab })).toBe('none');
    await handleCapture(f.deps, { kind: 'physician', text: 'x'.repeat(5000), tab: undefined });
    const id = f.windows[0]?.url.split('#')[1] ?? '';
    expect((await f.pending.get(id))?.text).toHaveLength(2000);
    expect(f.deps.sidebarCanOpen).not.toHaveBeenCalled();
  });

  it('finds a pending capture again from session storage (a restarted service worker)', async () => {
    const f = fakeBrowser();
    const id = await f.pending.put({ kind: 'note', text: 'a', url: '', title: '', at: '2026-03-02T10:00:00.000Z' });
    const restarted = createPendingCaptures({
      get: async (k) => ({ [k]: f.stored.get(k) }),
      set: async () => undefined,
    });
    expect(await restarted.get(id)).toMatchObject({ text: 'a' });
    expect(await restarted.get(crypto.randomUUID())).toBeNull();
  });
});
