import { type CompiledMatchKeys, compileMatchKeys } from '../page-context/detect';
import type { MatchKeys } from '../page-context/match-keys';
import { PageTextTracker } from '../page-context/page-text';

export interface PageReport {
  generation: number;
  url: string;
  title: string;
  counts: Array<[number, number]>;
}

export interface PageWatchOptions {
  keys: MatchKeys;
  isOwnElement: (el: Element) => boolean;
  /** Sends what changed; may answer newer match keys (directory changed) or that the page left the portal. */
  report: (report: PageReport) => Promise<{ keys: MatchKeys | null; disable: boolean }>;
  onDisable: () => void;
}

const quietMs = 150;
const maxWaitMs = 1000;
const observed: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'style', 'class', 'open'],
};

/**
 * Finds directory physicians on the page and keeps the count current: one full scan, then only what mutations
 * touched (debounced), plus SPA navigation (pushState re-renders, popstate, hash routes). It reports ids by
 * opaque position and counts only: never page text.
 */
export class PageWatch {
  private keys: CompiledMatchKeys;
  private readonly tracker: PageTextTracker;
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private lastSent = '';
  private stopped = false;

  constructor(private readonly options: PageWatchOptions) {
    this.keys = compileMatchKeys(options.keys);
    this.observer = new MutationObserver((records) => this.queue(records));
    this.tracker = new PageTextTracker({
      keys: this.keys,
      isOwnElement: options.isOwnElement,
      onRoot: (root) => this.observer.observe(root, observed),
    });
  }

  /** Scans the whole page once, starts observing, and reports. */
  start(): void {
    this.tracker.scan(document);
    this.observer.observe(document, observed);
    addEventListener('popstate', this.schedule);
    addEventListener('hashchange', this.schedule);
    void this.flush();
  }

  /** New directory keys: re-scan everything and report. */
  setKeys(keys: MatchKeys): void {
    this.keys = compileMatchKeys(keys);
    this.tracker.setKeys(this.keys);
    this.lastSent = '';
    void this.flush();
  }

  /** Stops observing (portal removed or left). */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    removeEventListener('popstate', this.schedule);
    removeEventListener('hashchange', this.schedule);
    if (this.timer) clearTimeout(this.timer);
  }

  private queue(records: MutationRecord[]): void {
    for (const r of records)
      if (!(r.target.nodeType === 1 && this.options.isOwnElement(r.target as Element))) this.pending.push(r);
    this.schedule();
  }

  private readonly schedule = (): void => {
    if (this.stopped) return;
    const now = performance.now();
    if (!this.timer) this.firstPendingAt = now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(quietMs, this.firstPendingAt + maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  };

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    const records = this.pending;
    this.pending = [];
    if (records.length > 0) this.tracker.applyMutations(records);
    const counts = [...this.tracker.counts()].sort((a, b) => a[0] - b[0]);
    const report = {
      generation: this.keys.generation,
      url: location.href,
      title: document.title.slice(0, 500),
      counts,
    };
    const signature = JSON.stringify(report);
    if (signature === this.lastSent) return;
    this.lastSent = signature;
    try {
      const answer = await this.options.report(report);
      if (answer.disable) return this.options.onDisable();
      if (answer.keys) this.setKeys(answer.keys);
    } catch {
      this.lastSent = ''; // the background restarted or is busy: the next change reports again
    }
  }
}
