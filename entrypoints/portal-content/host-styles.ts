/** Inline styles (CSSOM, so a page's CSP cannot block them) for the host and the parts in its closed shadow root. */

const important = (decls: Record<string, string>) =>
  Object.entries(decls)
    .map(([k, v]) => `${k}: ${v} !important;`)
    .join(' ');

export const handleWidth = 18;

/** The host's whole style attribute: fixed at the right edge, above the page, immune to page CSS (inline !important). */
export function hostStyle(open: boolean, width: number): string {
  return important({
    all: 'initial',
    position: 'fixed',
    top: open ? '0' : 'calc(50% - 36px)',
    right: '0',
    height: open ? '100vh' : '72px',
    width: `${open ? width + handleWidth : handleWidth}px`,
    'z-index': '2147483647',
    display: 'flex',
    'flex-direction': 'row',
    'align-items': 'center',
    margin: '0',
    padding: '0',
    border: '0',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    'clip-path': 'none',
    'pointer-events': 'auto',
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

export function frameStyle(dragging: boolean): string {
  return important({
    flex: '1',
    height: '100%',
    border: '0',
    margin: '0',
    background: '#fff',
    'color-scheme': 'normal',
    'pointer-events': dragging ? 'none' : 'auto',
  });
}
