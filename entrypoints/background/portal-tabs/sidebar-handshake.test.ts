import { describe, expect, it } from 'vitest';
import { checkSidebarHandshake, type PortSender, type SidebarMount } from './sidebar-handshake';

const extension = { id: 'rounds-id', origin: 'chrome-extension://rounds-id/' };
const nonce = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const mount: SidebarMount = { tabId: 7, nonce, origin: 'https://portal.example.org', sidebarFrameId: null };
const mounts = (m: SidebarMount | undefined) => (tabId: number) => (m && m.tabId === tabId ? m : undefined);
const good: PortSender = {
  id: 'rounds-id',
  url: 'chrome-extension://rounds-id/sidebar.html',
  frameId: 12,
  tab: { id: 7, url: 'https://portal.example.org/queue' },
};
const check = (sender: PortSender, n: unknown = nonce, m: SidebarMount | null = { ...mount }) =>
  checkSidebarHandshake(sender, n, mounts(m ?? undefined), extension);

describe('sidebar handshake', () => {
  it('accepts the frame Rounds mounted: our sidebar page, a sub-frame of the tab, the right nonce', () => {
    expect(check(good)).toEqual({ ok: true, tabId: 7, frameId: 12 });
  });

  it('refuses another extension, another page of ours, or a non-extension URL', () => {
    expect(check({ ...good, id: 'other' }).ok).toBe(false);
    expect(check({ ...good, url: 'chrome-extension://rounds-id/options.html' }).ok).toBe(false);
    expect(check({ ...good, url: 'https://portal.example.org/sidebar.html' }).ok).toBe(false);
    expect(check({ ...good, url: 'not a url' }).ok).toBe(false);
  });

  it('refuses a top-level sidebar (no tab, or frame 0)', () => {
    expect(check({ ...good, tab: undefined }).ok).toBe(false);
    expect(check({ ...good, frameId: 0 }).ok).toBe(false);
    expect(check({ ...good, frameId: undefined }).ok).toBe(false);
  });

  it('refuses a tab where the content script mounted nothing (a page embedding sidebar.html itself)', () => {
    expect(check(good, nonce, null)).toMatchObject({ ok: false, reason: 'This page did not open the Rounds sidebar.' });
    expect(check({ ...good, tab: { id: 8, url: good.tab?.url } }).ok).toBe(false);
  });

  it('refuses a wrong, short or missing nonce', () => {
    expect(check(good, 'b'.repeat(32)).ok).toBe(false);
    expect(check(good, '').ok).toBe(false);
    expect(check(good, 'short').ok).toBe(false);
    expect(check(good, null).ok).toBe(false);
    expect(check(good, { nonce }).ok).toBe(false);
  });

  it('binds the nonce to the first frame: another frame in the same tab cannot reuse it', () => {
    const bound = { ...mount, sidebarFrameId: 12 };
    expect(check(good, nonce, bound).ok).toBe(true);
    expect(check({ ...good, frameId: 13 }, nonce, bound).ok).toBe(false);
  });

  it('refuses when the tab left the portal origin', () => {
    expect(check({ ...good, tab: { id: 7, url: 'https://evil.example/' } }).ok).toBe(false);
    expect(check({ ...good, tab: { id: 7, url: 'https://portal.example.org:8443/' } }).ok).toBe(false);
  });
});
