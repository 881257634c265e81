import { mark } from '../../features/instrumentation/marks';
import type { PageLayout } from './page-layout';
import { defendRoot } from './root-defense';
import type { SidebarHost } from './sidebar-host';

const maxRestoresPerSecond = 20;
/** How often the host checks that it is the element the user would hit, and that nothing blocks it. */
const coverCheckMs = 250;

/**
 * Keeps the sidebar on the page and on top: restores the host when the page removes, moves, hides or restyles
 * it; undoes root styles that would hide the top layer; raises the host above a page popover; and, when a modal
 * dialog or a full-screen element makes everything else inert, stays drawn above it and tells the user why it
 * does not answer. A page that fights back forever is throttled, not spun on.
 */
export function guardHost(host: SidebarHost, layout: PageLayout): () => void {
  let windowStart = 0;
  let restores = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const budget = (): boolean => {
    const now = Date.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      restores = 0;
    }
    if (++restores <= maxRestoresPerSecond) return true;
    pending ??= setTimeout(() => {
      pending = null;
      check();
    }, 1000);
    return false;
  };
  const check = () => {
    layout.reapply();
    host.setCounterZoom(defendRoot());
    if (!host.isIntact() && budget()) host.restore();
  };
  const coverCheck = () => {
    // A hidden tab shows nothing to cover: no style or layout read for it (the interval keeps ticking, throttled).
    if (document.hidden) return;
    check();
    const box = host.element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.right - Math.min(40, box.width / 2), box.top + box.height / 2);
    if (hit === host.element || box.width === 0) {
      if (host.currentNotice === 'blocked') host.setNotice(null);
      return;
    }
    // Something is over the host. Looked for only now: `:modal` walks the whole document.
    const blocker = document.fullscreenElement ?? document.querySelector(':modal');
    if (!blocker || blocker === host.element) {
      if (host.currentNotice === 'blocked') host.setNotice(null);
      if (budget()) host.raise();
    } else if (host.currentNotice !== 'blocked') {
      if (budget()) host.raise(); // drawn above the dialog, so that no look-alike can be shown over it
      host.setNotice('blocked');
      mark('rounds:host-blocked');
    }
  };
  const observer = new MutationObserver(check);
  const observe = () => {
    observer.observe(document, { childList: true });
    observer.observe(document.documentElement, { childList: true, attributes: true, attributeFilter: ['style'] });
    observer.observe(host.element, { attributes: true });
  };
  observe();
  // A page that swaps the whole <html> element leaves the old one unobserved: re-observe the new one.
  const rootWatch = new MutationObserver(() => {
    observe();
    check();
  });
  rootWatch.observe(document, { childList: true });
  const onTopLayerChange = () => queueMicrotask(coverCheck);
  const onToggle = (e: Event) => e.target !== host.element && onTopLayerChange();
  const onOwnToggle = () => queueMicrotask(check);
  document.addEventListener('toggle', onToggle, true);
  document.addEventListener('fullscreenchange', onTopLayerChange);
  host.element.addEventListener('toggle', onOwnToggle);
  const timer = setInterval(coverCheck, coverCheckMs);
  check();
  return () => {
    observer.disconnect();
    rootWatch.disconnect();
    clearInterval(timer);
    document.removeEventListener('toggle', onToggle, true);
    document.removeEventListener('fullscreenchange', onTopLayerChange);
    host.element.removeEventListener('toggle', onOwnToggle);
    if (pending) clearTimeout(pending);
  };
}
