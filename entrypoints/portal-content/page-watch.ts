import type { BlockEntry, BlockWalker } from '../../features/detection/block-walker';
import { sliced } from '../../features/detection/slices';
import { timed } from '../../features/instrumentation/marks';

/** One way of finding physicians on the page: keys in the page, or text sent to the background. */
export interface PageDetector {
  /**
   * Reads the page: `queueScan` queues a full read, `work` reads on until `now()` passes `until` (true: done),
   * `applyMutations` re-reads only what a batch of mutation records touched.
   */
  readonly tracker: Pick<BlockWalker<BlockEntry>, 'queueScan' | 'work' | 'applyMutations'>;
  /**
   * Sends what changed since the last send; answers 'disable' when the page left the portal, 'later' when part of
   * it waits for budget (text mode).
   */
  send(): Promise<'disable' | 'later' | undefined>;
}

export interface PageWatchOptions {
  /** Builds the detector; it calls onRoot for each same-origin frame document or open shadow root it meets. */
  detector: (onRoot: (root: Document | ShadowRoot) => void) => PageDetector;
  isOwnElement: (el: Element) => boolean;
  onDisable: () => void;
  /** After each flush (the page changed): the referral-queue tables are read again. */
  afterFlush?: () => void;
}

const quietMs = 150;
const maxWaitMs = 1000;
/** When text waits for budget, the next flush comes this soon even on a quiet page. */
const laterMs = 1000;
const observed: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  // Only what changes what is read: class-based CSS hiding is read as visible (features/detection/text-blocks.ts), so a
  // class toggled on <body> must not re-read the page.
  attributeFilter: ['hidden', 'style'],
};

/**
 * Keeps the page's detection current: one full read, then only what mutations touched (debounced: 150 ms
 * quiet, at most 1 s), plus SPA navigation (pushState re-renders, popstate, hash routes).
 */
export class PageWatch {
  private readonly detector: PageDetector;
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private stopped = false;
  private reading = true;

  constructor(private readonly options: PageWatchOptions) {
    this.observer = new MutationObserver((records) => this.queue(records));
    // A new root met later (a same-origin frame finished loading) was read without a mutation: send soon.
    this.detector = options.detector((root) => {
      this.observer.observe(root, observed);
      this.schedule();
    });
  }

  /**
   * Starts observing, reads the whole page once in slices of a few ms (the page keeps its main thread; what
   * changes meanwhile is re-read after), and reports.
   */
  async start(): Promise<void> {
    this.observer.observe(document, observed);
    addEventListener('popstate', this.schedule);
    addEventListener('hashchange', this.schedule);
    const { tracker } = this.detector;
    tracker.queueScan(document);
    // Stopped meanwhile (the page left the portal): the read ends in slices all the same; nothing is sent.
    await sliced((until, now) => timed('rounds:scan', () => tracker.work(until, now)));
    this.reading = false;
    await this.flush();
  }

  /** Sends again soon (new keys, or the background asked for every block). */
  readonly schedule = (): void => {
    if (this.stopped) return;
    const now = performance.now();
    if (!this.timer) this.firstPendingAt = now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(quietMs, this.firstPendingAt + maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  };

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

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.stopped || this.reading) return; // the first read's end flushes
    const records = this.pending;
    this.pending = [];
    if (records.length > 0) timed('rounds:batch', () => this.detector.tracker.applyMutations(records));
    const answer = await this.detector.send();
    if (answer !== 'disable') this.options.afterFlush?.();
    if (answer === 'disable') this.options.onDisable();
    else if (answer === 'later' && !this.timer && !this.stopped)
      this.timer = setTimeout(() => void this.flush(), laterMs);
  }
}
