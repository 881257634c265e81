// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SidebarHost } from './sidebar-host';

const make = (open = true) => {
  const onLayout = vi.fn();
  const frameUrl = vi.fn(async () => 'chrome-extension://rounds-id/sidebar.html#nonce');
  const host = new SidebarHost({ open: false, width: 400, frameUrl, onLayout });
  document.documentElement.append(host.element);
  host.setOpen(open);
  return { host, onLayout, frameUrl };
};

describe('sidebar host', () => {
  it('keeps its parts in a closed shadow root the page cannot open', () => {
    const { host } = make();
    expect(host.element.shadowRoot).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
    host.remove();
  });

  it('asks for a fresh nonce URL when it opens, and only then', async () => {
    const closed = make(false);
    expect(closed.frameUrl).not.toHaveBeenCalled();
    closed.host.setOpen(true);
    await Promise.resolve();
    expect(closed.frameUrl).toHaveBeenCalledTimes(1);
    closed.host.remove();
  });

  it('notices removal and restyling, and restores itself', () => {
    const { host } = make();
    expect(host.isIntact()).toBe(true);
    host.element.setAttribute('hidden', '');
    host.element.style.display = 'none';
    expect(host.isIntact()).toBe(false);
    host.restore();
    expect(host.isIntact()).toBe(true);
    host.element.remove();
    expect(host.isIntact()).toBe(false);
    host.restore();
    expect(host.element.parentNode).toBe(document.documentElement);
    host.remove();
  });

  it('saves the user’s open/closed choice and clamps widths', () => {
    const { host, onLayout } = make();
    host.setOpen(false, true);
    expect(onLayout).toHaveBeenLastCalledWith({ open: false, width: 400 });
    expect(new SidebarHost({ open: true, width: 5000, frameUrl: async () => '', onLayout }).layout.width).toBe(720);
    host.remove();
  });
});
