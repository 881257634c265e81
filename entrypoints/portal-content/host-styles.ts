/** Inline styles (CSSOM, so a page's CSP cannot block them) for the host and the parts in its closed shadow root. */

const important = (decls: Record<string, string>) =>
  Object.entries(decls)
    .map(([k, v]) => `${k}: ${v} !important;`)
    .join(' ');

export const handleWidth = 18;

/**
 * The host's whole style attribute: fixed at the right edge, in the top layer (a manual popover), immune to page CSS
 * (inline !important). `all: initial !important` already resets every other property, page rules and the popover's
 * own UA style alike (margin, padding, border, visibility, opacity, transform, filter, clip-path, pointer-events,
 * overflow, background): an inline important declaration wins over any author rule, layered or not.
 * `zoom` undoes a zoom the page put on the root (it would shrink the sidebar).
 */
export function hostStyle(open: boolean, width: number, zoom = 1): string {
  return important({
    all: 'initial',
    position: 'fixed',
    top: open ? '0' : 'calc(50% - 36px)',
    right: '0',
    height: open ? '100vh' : '72px',
    width: `${open ? width + handleWidth : handleWidth}px`,
    'z-index': '2147483647',
    display: 'flex',
    'align-items': 'center',
    zoom: String(zoom),
  });
}

export const handleStyle = important({
  width: `${handleWidth}px`,
  height: '72px',
  flex: 'none',
  margin: '0',
  padding: '0',
  border: '0',
  'border-radius': '6px 0 0 6px',
  background: '#1f4e79',
  color: '#fff',
  font: '600 14px/1 system-ui, sans-serif',
  cursor: 'pointer',
});

export const resizerStyle = important({
  width: '5px',
  height: '100%',
  flex: 'none',
  cursor: 'col-resize',
  background: '#c9d3de',
});

/** The frame; hidden (but loading) until the background confirms it. */
export function frameStyle(dragging: boolean, confirmed: boolean): string {
  return important({
    visibility: confirmed ? 'visible' : 'hidden',
    flex: '1',
    height: '100%',
    border: '0',
    margin: '0',
    background: '#fff',
    'color-scheme': 'normal',
    'pointer-events': dragging ? 'none' : 'auto',
  });
}

/** A notice over the sidebar: the page blocks or interferes with it (static text, no data). */
export const noticeStyle = important({
  position: 'absolute',
  top: '12px',
  right: '12px',
  width: '240px',
  margin: '0',
  padding: '12px 14px',
  border: '2px solid #8a1c1c',
  'border-radius': '6px',
  background: '#fff4f4',
  color: '#5c0f0f',
  font: '500 14px/1.4 system-ui, sans-serif',
  'z-index': '1',
});
