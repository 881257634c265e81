import type { PageLayout } from './page-layout';
import type { SidebarHost } from './sidebar-host';

const maxRestoresPerSecond = 20;

/**
 * Keeps the sidebar on the page when the page removes or restyles its host, re-renders its body or rewrites the
 * root's style (push mode margin). A page that fights back forever is throttled, not spun on.
 */
export function guardHost(host: SidebarHost, layout: PageLayout): () => void {
  let windowStart = 0;
  let restores = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    layout.reapply();
    if (host.isIntact()) return;
    const now = Date.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      restores = 0;
    }
    if (++restores > maxRestoresPerSecond) {
      pending ??= setTimeout(() => {
        pending = null;
        check();
      }, 1000);
      return;
    }
    host.restore();
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
  return () => {
    observer.disconnect();
    rootWatch.disconnect();
    if (pending) clearTimeout(pending);
  };
}
