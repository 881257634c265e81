import { handleStyle, hostStyle, noticeStyle, resizerStyle } from './host-styles';
import { pageMessage } from './page-messages';
import { SidebarFrame } from './sidebar-frame';

export interface SidebarLayoutState {
  open: boolean;
  width: number;
}

export interface SidebarHostOptions extends SidebarLayoutState {
  /** Registers a fresh one-time nonce with the background; answers it and the frame URL carrying it. */
  frameUrl: () => Promise<{ url: string; nonce: string }>;
  /** The user opened, closed or resized the sidebar. */
  onLayout: (layout: SidebarLayoutState) => void;
}

/** What the notice over the sidebar says (static text: it names no data). */
export type HostNotice = 'blocked' | 'interference' | null;
const notices: Record<Exclude<HostNotice, null>, string> = {
  blocked: pageMessage('sidebarBlocked'),
  interference: pageMessage('sidebarInterference'),
};

const minWidth = 280;
const maxWidth = 720;
/** The only attributes the host has; anything the page adds is taken away. */
const ownAttributes = new Set(['style', 'popover']);

/**
 * The docked sidebar: a plain <div> (no custom element, so no page-defined constructor and no ElementInternals)
 * shown as a manual popover in the top layer, above the page and outside its transforms, filters, clips and masks.
 * A closed shadow root holds a handle, a resizer, a notice and the sidebar.html frame. The page cannot reach
 * inside, cannot read the frame's URL, cannot script the frame (extension origin) and cannot drive the controls
 * (only trusted events count).
 */
export class SidebarHost {
  readonly element = document.createElement('div');
  private readonly root = this.element.attachShadow({ mode: 'closed' });
  private readonly handle = document.createElement('button');
  private readonly resizer = document.createElement('div');
  private readonly notice = document.createElement('div');
  private readonly frame: SidebarFrame;
  private expectedStyle = '';
  private zoom = 1;
  private state: SidebarLayoutState;
  /** The notice shown (change it with `setNotice`). */
  currentNotice: HostNotice = null;

  constructor(private readonly options: SidebarHostOptions) {
    this.state = { open: options.open, width: clamp(options.width) };
    this.element.popover = 'manual';
    this.frame = new SidebarFrame({
      frameUrl: options.frameUrl,
      attach: (frame) => {
        this.root.append(frame);
        this.render();
      },
      onGiveUp: () => this.setNotice('interference'),
    });
    this.handle.type = 'button';
    this.handle.style.cssText = handleStyle;
    this.handle.addEventListener('click', (e) => e.isTrusted && this.setOpen(!this.state.open, true));
    this.resizer.style.cssText = resizerStyle;
    this.resizer.setAttribute('role', 'separator');
    this.resizer.setAttribute('aria-orientation', 'vertical');
    this.resizer.setAttribute('aria-label', pageMessage('sidebarResize'));
    this.resizer.tabIndex = 0;
    this.resizer.addEventListener('pointerdown', (e) => this.startDrag(e));
    this.resizer.addEventListener('keydown', (e) => {
      if (!e.isTrusted || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
      this.setWidth(this.state.width + (e.key === 'ArrowLeft' ? 20 : -20), true);
    });
    this.notice.setAttribute('role', 'alert');
    this.notice.style.cssText = noticeStyle;
    this.notice.hidden = true;
    this.root.append(this.handle, this.resizer, this.notice);
    this.render();
  }

  get layout(): SidebarLayoutState {
    return { ...this.state };
  }

  /** Opens or closes; `byUser` saves the choice for this portal and, opening, gives the sidebar the focus. */
  setOpen(open: boolean, byUser = false): void {
    this.state.open = open;
    this.render();
    if (open) void this.frame.mount().then(() => byUser && this.frame.focus());
    if (byUser) this.options.onLayout(this.layout);
  }

  /** The background confirmed the frame holding `nonce`. */
  confirmFrame(nonce: string): void {
    this.frame.confirm(nonce);
  }

  /** The confirmed sidebar holding `nonce` went away (its frame was navigated): replace the frame. */
  frameLost(nonce: string): void {
    this.frame.lost(nonce);
    if (this.state.open) void this.frame.mount();
  }

  /** Shows (or clears) the notice over the sidebar. */
  setNotice(notice: HostNotice): void {
    if (notice === this.currentNotice || this.currentNotice === 'interference') return;
    this.currentNotice = notice;
    this.notice.hidden = notice === null;
    this.notice.textContent = notice ? notices[notice] : '';
  }

  /** Undoes a zoom the page set on the root (the host's own zoom is multiplied by its parent's). */
  setCounterZoom(zoom: number): void {
    if (!Number.isFinite(zoom) || zoom <= 0 || zoom === this.zoom) return;
    this.zoom = zoom;
    this.render();
  }

  /** Whether the host is in the document, in the top layer, with only the attributes and style Rounds gave it. */
  isIntact(): boolean {
    return (
      this.element.parentNode === document.documentElement &&
      this.element.style.cssText === this.expectedStyle &&
      [...this.element.attributes].every((a) => ownAttributes.has(a.name)) &&
      this.element.getAttribute('popover') === 'manual' &&
      this.element.matches(':popover-open')
    );
  }

  /** Puts the host back (re-attached, own attributes and style only, shown in the top layer). */
  restore(): void {
    for (const attr of [...this.element.attributes])
      if (!ownAttributes.has(attr.name)) this.element.removeAttribute(attr.name);
    if (this.element.getAttribute('popover') !== 'manual') this.element.popover = 'manual';
    if (this.element.style.cssText !== this.expectedStyle) this.element.style.cssText = this.expectedStyle;
    if (this.element.parentNode !== document.documentElement) {
      document.documentElement.append(this.element);
      this.frame.reattached();
    }
    if (!this.element.matches(':popover-open')) this.element.showPopover();
  }

  /** Shows the host again on top of the top layer (a page popover opened above it). */
  raise(): void {
    if (this.element.matches(':popover-open')) this.element.hidePopover();
    this.restore();
  }

  /** Takes the sidebar off the page. */
  remove(): void {
    this.frame.remove();
    this.element.remove();
  }

  private render(): void {
    this.element.style.cssText = hostStyle(this.state.open, this.state.width, this.zoom);
    this.expectedStyle = this.element.style.cssText;
    this.handle.textContent = this.state.open ? '›' : '‹';
    this.handle.setAttribute(
      'aria-label',
      this.state.open ? pageMessage('sidebarCollapse') : pageMessage('sidebarExpand'),
    );
    this.handle.setAttribute('aria-expanded', String(this.state.open));
    this.resizer.style.display = this.state.open ? '' : 'none';
    this.resizer.setAttribute('aria-valuenow', String(this.state.width));
    this.frame.setShown(this.state.open);
  }

  private setWidth(width: number, save: boolean): void {
    this.state.width = clamp(width);
    this.render();
    if (save) this.options.onLayout(this.layout);
  }

  private startDrag(down: PointerEvent): void {
    if (!down.isTrusted || !this.frame.present) return;
    this.resizer.setPointerCapture(down.pointerId);
    this.frame.setDragging(true);
    const move = (e: PointerEvent) => this.setWidth(window.innerWidth - e.clientX, false);
    const up = () => {
      this.resizer.removeEventListener('pointermove', move);
      this.frame.setDragging(false);
      this.render();
      this.options.onLayout(this.layout);
    };
    this.resizer.addEventListener('pointermove', move);
    this.resizer.addEventListener('pointerup', up, { once: true });
  }
}

function clamp(width: number): number {
  return Math.round(Math.min(maxWidth, Math.max(minWidth, Number.isFinite(width) ? width : 380)));
}
