// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SidebarHost } from './sidebar-host';

/** happy-dom has no popover API: a minimal stand-in with the same observable states. */
beforeAll(() => {
  const open = new WeakSet<Element>();
  const proto = HTMLElement.prototype as HTMLElement & Record<string, unknown>;
  proto.showPopover = function (this: HTMLElement) {
    if (!this.isConnected || this.getAttribute('popover') === null) throw new Error('InvalidStateError');
    open.add(this);
  };
  proto.hidePopover = function (this: HTMLElement) {
    open.delete(this);
  };
  Object.defineProperty(proto, 'popover', {
    set(this: HTMLElement, v: string) {
      this.setAttribute('popover', v);
    },
    get(this: HTMLElement) {
      return this.getAttribute('popover');
    },
  });
  const matches = Element.prototype.matches;
  Element.prototype.matches = function (this: Element, selector: string) {
    if (selector === ':popover-open') return open.has(this) && this.isConnected;
    return matches.call(this, selector);
  } as typeof matches;
});
afterEach(() => vi.useRealTimers());

const nonce = 'n'.repeat(32);
const make = (open = true) => {
  const onLayout = vi.fn();
  const frameUrl = vi.fn(async () => ({ url: 'about:blank#x', nonce }));
  const host = new SidebarHost({ open: false, width: 400, frameUrl, onLayout });
  document.documentElement.append(host.element);
  host.restore();
  host.setOpen(open);
  return { host, onLayout, frameUrl };
};

describe('sidebar host', () => {
  it('is a plain element (no custom element a page could define first) with a closed shadow root', () => {
    const { host } = make();
    expect(host.element.tagName).toBe('DIV');
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

  it('notices removal, restyling, foreign attributes and leaving the top layer, and restores itself', () => {
    const { host } = make();
    expect(host.isIntact()).toBe(true);
    for (const tamper of [
      () => host.element.setAttribute('hidden', ''),
      () => host.element.setAttribute('inert', ''),
      () => {
        host.element.style.display = 'none';
      },
      () => host.element.hidePopover(),
      () => host.element.removeAttribute('popover'),
      () => document.body.append(host.element),
      () => host.element.remove(),
    ]) {
      tamper();
      expect(host.isIntact()).toBe(false);
      host.restore();
      expect(host.isIntact()).toBe(true);
    }
    expect(host.element.parentNode).toBe(document.documentElement);
    host.remove();
  });

  it('counter-zooms a zoomed root and keeps that as its own style', () => {
    const { host } = make();
    host.setCounterZoom(5);
    expect(host.element.style.getPropertyValue('zoom')).toBe('5');
    expect(host.isIntact()).toBe(true);
    host.remove();
  });

  it('shows a notice, and an interference notice stays', () => {
    const { host } = make();
    host.setNotice('blocked');
    expect(host.currentNotice).toBe('blocked');
    host.setNotice('interference');
    host.setNotice(null);
    expect(host.currentNotice).toBe('interference');
    host.remove();
  });

  it('saves the user’s open/closed choice and clamps widths', () => {
    const { host, onLayout } = make();
    host.setOpen(false, true);
    expect(onLayout).toHaveBeenLastCalledWith({ open: false, width: 400 });
    expect(
      new SidebarHost({ open: true, width: 5000, frameUrl: async () => ({ url: '', nonce: '' }), onLayout }).layout
        .width,
    ).toBe(720);
    host.remove();
  });
});
