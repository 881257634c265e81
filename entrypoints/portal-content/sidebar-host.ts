import { frameStyle, handleStyle, hostStyle, resizerStyle } from './host-styles';

export interface SidebarLayoutState {
  open: boolean;
  width: number;
}

export interface SidebarHostOptions extends SidebarLayoutState {
  /** Registers a fresh one-time nonce with the background and answers the frame URL carrying it. */
  frameUrl: () => Promise<string>;
  /** The user opened, closed or resized the sidebar. */
  onLayout: (layout: SidebarLayoutState) => void;
}

const minWidth = 280;
const maxWidth = 720;

/**
 * The docked sidebar: a host element in a closed shadow root holding a handle, a resizer and the sidebar.html
 * frame. The page cannot reach inside (closed root), cannot script the frame (extension origin) and cannot drive
 * the controls (only trusted events count).
 */
export class SidebarHost {
  readonly element = document.createElement('rounds-sidebar');
  private readonly root = this.element.attachShadow({ mode: 'closed' });
  private readonly handle = document.createElement('button');
  private readonly resizer = document.createElement('div');
  private frame: HTMLIFrameElement | null = null;
  private mounting = false;
  private expectedStyle = '';
  private state: SidebarLayoutState;

  constructor(private readonly options: SidebarHostOptions) {
    this.state = { open: options.open, width: clamp(options.width) };
    this.handle.type = 'button';
    this.handle.style.cssText = handleStyle;
    this.handle.addEventListener('click', (e) => e.isTrusted && this.setOpen(!this.state.open, true));
    this.resizer.style.cssText = resizerStyle;
    this.resizer.setAttribute('role', 'separator');
    this.resizer.setAttribute('aria-orientation', 'vertical');
    this.resizer.setAttribute('aria-label', 'Resize Rounds sidebar');
    this.resizer.tabIndex = 0;
    this.resizer.addEventListener('pointerdown', (e) => this.startDrag(e));
    this.resizer.addEventListener('keydown', (e) => {
      if (!e.isTrusted || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
      this.setWidth(this.state.width + (e.key === 'ArrowLeft' ? 20 : -20), true);
    });
    this.root.append(this.handle, this.resizer);
    this.render();
  }

  get layout(): SidebarLayoutState {
    return { ...this.state };
  }

  /** Opens or closes; `byUser` saves the choice for this portal. */
  setOpen(open: boolean, byUser = false): void {
    this.state.open = open;
    this.render();
    if (open && !this.frame) void this.mountFrame();
    if (byUser) this.options.onLayout(this.layout);
  }

  /** Whether the host is in the document with the style Rounds gave it. */
  isIntact(): boolean {
    return (
      this.element.isConnected &&
      this.element.style.cssText === this.expectedStyle &&
      this.element.attributes.length <= 1
    );
  }

  /** Puts the host back (re-attached, own style only) after the page removed or restyled it. */
  restore(): void {
    for (const attr of [...this.element.attributes]) if (attr.name !== 'style') this.element.removeAttribute(attr.name);
    if (this.element.style.cssText !== this.expectedStyle) this.element.style.cssText = this.expectedStyle;
    if (!this.element.isConnected || this.element.parentNode !== document.documentElement) {
      document.documentElement.append(this.element);
    }
  }

  /** Takes the sidebar off the page. */
  remove(): void {
    this.element.remove();
    this.frame = null;
  }

  private render(): void {
    this.element.style.cssText = hostStyle(this.state.open, this.state.width);
    this.expectedStyle = this.element.style.cssText;
    this.handle.textContent = this.state.open ? '›' : '‹';
    this.handle.setAttribute('aria-label', this.state.open ? 'Collapse Rounds sidebar' : 'Open Rounds sidebar');
    this.handle.setAttribute('aria-expanded', String(this.state.open));
    this.resizer.style.display = this.state.open ? '' : 'none';
    this.resizer.setAttribute('aria-valuenow', String(this.state.width));
    if (this.frame) this.frame.style.setProperty('display', this.state.open ? 'block' : 'none', 'important');
  }

  private setWidth(width: number, save: boolean): void {
    this.state.width = clamp(width);
    this.render();
    if (save) this.options.onLayout(this.layout);
  }

  private async mountFrame(): Promise<void> {
    if (this.mounting) return;
    this.mounting = true;
    try {
      const frame = document.createElement('iframe');
      frame.title = 'Rounds sidebar';
      frame.style.cssText = frameStyle(false);
      let loads = 0;
      // A second load means something navigated the frame (the page can reach it through window.frames):
      // replace it with a fresh one and a fresh nonce rather than trust what is in it now.
      frame.addEventListener('load', () => {
        if (++loads > 1 && this.frame === frame) {
          frame.remove();
          this.frame = null;
          void this.mountFrame();
        }
      });
      frame.src = await this.options.frameUrl();
      this.frame?.remove();
      this.frame = frame;
      this.root.append(frame);
      this.render();
    } finally {
      this.mounting = false;
    }
  }

  private startDrag(down: PointerEvent): void {
    if (!down.isTrusted || !this.frame) return;
    const frame = this.frame;
    this.resizer.setPointerCapture(down.pointerId);
    frame.style.cssText = frameStyle(true);
    const move = (e: PointerEvent) => this.setWidth(window.innerWidth - e.clientX, false);
    const up = () => {
      this.resizer.removeEventListener('pointermove', move);
      frame.style.cssText = frameStyle(false);
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
