import { markOnce } from '../../features/instrumentation/marks';
import { frameStyle } from './host-styles';
import { pageMessage } from './page-messages';

export interface SidebarFrameOptions {
  /** Registers a fresh one-time nonce with the background; answers it and the frame URL carrying it. */
  frameUrl: () => Promise<{ url: string; nonce: string }>;
  /** Puts the frame in the host's closed shadow root. */
  attach: (frame: HTMLIFrameElement) => void;
  /** The page kept replacing the frame: Rounds stops trying on this page. */
  onGiveUp: () => void;
}

/** How long a new frame may take to be confirmed by the background before it is replaced. */
const confirmDeadlineMs = 10_000;
/** Replacements within `replaceWindowMs` after which Rounds gives up on this page (and says so). */
const maxReplacements = 3;
const replaceWindowMs = 60_000;

/**
 * The sidebar.html frame, shown only once the background confirms that the nonce it issued connected from a
 * Rounds frame in this tab. A frame that is not confirmed in time, that loads a second time (the page navigated
 * it), or whose confirmed sidebar went away (its port closed: the page navigated it) is removed and replaced with
 * a fresh frame and nonce. A frame whose first load is not Rounds' own page therefore never becomes visible.
 */
export class SidebarFrame {
  private frame: HTMLIFrameElement | null = null;
  private nonce = '';
  private confirmed = false;
  private mounting = false;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private replacements: number[] = [];
  private gaveUp = false;
  private dragging = false;

  constructor(private readonly options: SidebarFrameOptions) {}

  /** Whether a frame is in place (confirmed or waiting to be). */
  get present(): boolean {
    return this.frame !== null || this.mounting;
  }

  /** Mounts a frame unless one is there, Rounds gave up on this page, or a mount is under way. */
  async mount(): Promise<void> {
    if (this.frame || this.mounting || this.gaveUp) return;
    this.mounting = true;
    try {
      const { url, nonce } = await this.options.frameUrl();
      const frame = document.createElement('iframe');
      frame.title = pageMessage('sidebarFrameTitle');
      let loads = 0;
      frame.addEventListener('load', () => {
        if (++loads > 1 && this.frame === frame) this.replace();
      });
      frame.src = url;
      this.frame = frame;
      this.nonce = nonce;
      this.confirmed = false;
      this.restyle();
      this.options.attach(frame);
      this.deadline = setTimeout(() => this.frame === frame && !this.confirmed && this.replace(), confirmDeadlineMs);
    } finally {
      this.mounting = false;
    }
  }

  /** Focuses the frame (the sidebar page then focuses its search box: use-focus-on-open.ts). */
  focus(): void {
    this.frame?.focus();
  }

  /** The background confirmed `nonce`: the frame holding it may show. */
  confirm(nonce: string): void {
    if (!this.frame || nonce !== this.nonce || this.confirmed) return;
    this.confirmed = true;
    if (this.deadline) clearTimeout(this.deadline);
    this.restyle();
    markOnce('rounds:frame-confirmed');
  }

  /** The confirmed sidebar holding `nonce` went away while the frame stayed: replace it. */
  lost(nonce: string): void {
    if (this.frame && nonce === this.nonce) this.replace();
  }

  /**
   * The host was put back after the page moved it: moving an iframe reloads it, so a fresh frame and nonce
   * replace it. Not counted as interference (restores are throttled by the guard).
   */
  reattached(): void {
    if (!this.frame) return;
    this.remove();
    void this.mount();
  }

  /** Pointer events off while the user drags the resizer (the frame would swallow pointermove). */
  setDragging(dragging: boolean): void {
    this.dragging = dragging;
    this.restyle();
  }

  /** Shows or hides the frame with the sidebar (a collapsed sidebar keeps its frame). */
  setShown(shown: boolean): void {
    this.frame?.style.setProperty('display', shown ? 'block' : 'none', 'important');
  }

  /** Takes the frame away for good (the sidebar is removed from the page). */
  remove(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.frame?.remove();
    this.frame = null;
    this.nonce = '';
    this.confirmed = false;
  }

  private restyle(): void {
    if (!this.frame) return;
    const display = this.frame.style.getPropertyValue('display');
    this.frame.style.cssText = frameStyle(this.dragging, this.confirmed);
    if (display) this.frame.style.setProperty('display', display, 'important');
  }

  private replace(): void {
    this.remove();
    const now = Date.now();
    this.replacements = [...this.replacements.filter((t) => now - t < replaceWindowMs), now];
    if (this.replacements.length > maxReplacements) {
      this.gaveUp = true;
      this.options.onGiveUp();
      return;
    }
    void this.mount();
  }
}
