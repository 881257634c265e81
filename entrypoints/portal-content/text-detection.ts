import { type BlockChanges, PageBlockTracker } from '../../features/detection/page-blocks';
import { TextBudget } from '../../features/detection/text-budget';
import { timed } from '../../features/instrumentation/marks';
import { pageTextCaps } from '../../messaging/page-text-caps';
import { sendToBackground } from './extension-runtime';
import type { PageDetector } from './page-watch';

/**
 * Text mode (large directories): the page holds no directory data; changed text blocks go to the extension's
 * own background, which matches them against its warm index. A mutation batch sends only the blocks it touched.
 */
export class TextDetection implements PageDetector {
  readonly tracker: PageBlockTracker;
  private readonly budget = new TextBudget(pageTextCaps);
  private full = true;
  private lastPlace = '';

  constructor(isOwnElement: (el: Element) => boolean, onRoot: (root: Document | ShadowRoot) => void) {
    this.tracker = new PageBlockTracker({ isOwnElement, onRoot });
  }

  /** The background lost its results (restart) or the directory changed: send every block again. */
  resendAll(): void {
    this.full = true;
  }

  /**
   * Sends changed blocks in capped chunks, within the flush and per-second budgets (what is over waits: answers
   * 'later'); the first chunk of a full send tells the background to reset.
   */
  async send(): Promise<'disable' | 'later' | undefined> {
    // A full send (first, or asked for), or a page torn down wholesale: cheaper to start over than list every id.
    let changes = this.tracker.takeChanges();
    const reset = this.full || changes.removed.length > pageTextCaps.removed;
    if (reset) {
      changes = this.tracker.allBlocks();
      this.budget.clear();
    }
    this.full = false;
    this.budget.add(changes);
    const now = this.budget.take(performance.now());
    const later = () => (this.budget.pending ? 'later' : undefined);
    const place = `${location.href}\n${document.title}`;
    if (!reset && now.blocks.length === 0 && now.removed.length === 0 && place === this.lastPlace) return later();
    this.lastPlace = place;
    try {
      let first = reset;
      for (const chunk of chunks(now)) {
        const answer = await timed('rounds:send', () =>
          sendToBackground('portal.pageText', {
            url: location.href,
            title: document.title.slice(0, 500),
            reset: first,
            ...chunk,
          }),
        );
        if (answer.throttled) {
          // The background's own budget for this tab is spent (it matched nothing of this chunk): try again later.
          if (first) this.full = true;
          else this.budget.add(chunk);
          return 'later';
        }
        first = false;
        if (answer.disable) return 'disable';
        if (answer.rescan && !reset) {
          this.full = true;
          return this.send();
        }
      }
    } catch {
      this.full = true; // the background restarted or is busy: the next send starts over
      this.lastPlace = '';
    }
    return later();
  }
}

/** Splits changes into messages within the caps (a first, possibly empty, chunk always goes out). */
function* chunks(changes: BlockChanges): Generator<BlockChanges> {
  let blocks: Array<[number, string]> = [];
  let chars = 0;
  let removed = changes.removed;
  for (const block of changes.blocks) {
    if (
      blocks.length > 0 &&
      (chars + block[1].length > pageTextCaps.messageChars || blocks.length >= pageTextCaps.blocks)
    ) {
      yield { blocks, removed };
      blocks = [];
      removed = [];
      chars = 0;
    }
    blocks.push(block);
    chars += block[1].length;
  }
  yield { blocks, removed };
}
