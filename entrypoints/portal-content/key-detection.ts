import { type CompiledMatchKeys, compileMatchKeys } from '../../features/detection/detect';
import { PageTextTracker } from '../../features/detection/page-text';
import { mark, timed } from '../../features/instrumentation/marks';
import type { MatchKeys } from '../../messaging/content-commands';
import { sendToBackground } from './extension-runtime';
import type { PageDetector } from './page-watch';

/**
 * Keys mode (small directories): the page holds folded name keys, detects in the page and reports counts by
 * opaque position only, never text. New keys (the directory changed) mean a full re-read.
 */
export class KeyDetection implements PageDetector {
  private keys: CompiledMatchKeys;
  readonly tracker: PageTextTracker;

  constructor(
    keys: MatchKeys,
    isOwnElement: (el: Element) => boolean,
    onRoot: (root: Document | ShadowRoot) => void,
    cues: boolean,
  ) {
    this.keys = timed('rounds:compile', () => compileMatchKeys(keys));
    this.tracker = new PageTextTracker({ keys: this.keys, isOwnElement, onRoot, cues });
  }

  /** New directory keys: re-read everything (the caller sends). */
  setKeys(keys: MatchKeys): void {
    this.keys = compileMatchKeys(keys);
    timed('rounds:scan', () => this.tracker.setKeys(this.keys));
  }

  /**
   * Reports counts by position at every flush, changed or not: one report per change of the page, so that a page
   * writing a name cannot tell from the extension's work whether the name is in the directory.
   */
  async send(): Promise<'disable' | undefined> {
    const counts = [...this.tracker.counts()].sort((a, b) => a[0] - b[0]);
    const report = {
      generation: this.keys.generation,
      url: location.href,
      title: document.title.slice(0, 500),
      counts,
      cues: this.tracker.takeCueChanges(),
    };
    mark('rounds:report');
    try {
      const answer = await sendToBackground('portal.pageReport', report);
      if (answer.disable) return 'disable';
      if (answer.rescan) this.tracker.queueAllCues();
      if (answer.keys) {
        this.setKeys(answer.keys);
        return this.send();
      }
    } catch {
      // the background restarted or is busy: the next change of the page reports again, cue blocks and all
      this.tracker.queueAllCues();
    }
  }
}
