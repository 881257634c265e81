/**
 * "Push" mode makes room for the sidebar: the page's root gets a right margin the width of the sidebar, so the
 * portal's own layout reflows beside it instead of under it. "Overlay" leaves the page alone.
 */
const property = 'margin-right';

export class PageLayout {
  private applied: string | null = null;
  private readonly original = document.documentElement.style.getPropertyValue(property);
  private readonly originalPriority = document.documentElement.style.getPropertyPriority(property);

  /** Reserves `width` px on the right (0 to give the room back). */
  reserve(width: number): void {
    const had = this.applied !== null;
    this.applied = width > 0 ? `${width}px` : null;
    if (had && this.applied === null) {
      document.documentElement.style.setProperty(property, this.original, this.originalPriority);
    }
    this.reapply();
  }

  /** Puts the reserved margin back if the page rewrote the root's style. */
  reapply(): void {
    const style = document.documentElement.style;
    if (this.applied === null) return;
    if (style.getPropertyValue(property) !== this.applied || style.getPropertyPriority(property) !== 'important') {
      style.setProperty(property, this.applied, 'important');
    }
  }
}
