import { useEffect } from 'preact/hooks';

/** Narrower than this, the frame is collapsed (display: none gives it no viewport). */
const collapsedWidth = 50;

/** Puts the caret in `Search physicians` unless the user is already somewhere in the sidebar. */
function focusSearch(): void {
  const active = document.activeElement;
  if (active && active !== document.body) return;
  document.querySelector<HTMLInputElement>('.search input[role="combobox"]')?.focus();
}

/**
 * Keyboard: when the user opens the sidebar (Alt+Shift+R or the handle), the page's content script gives the frame
 * focus, or the frame goes from collapsed to shown; either way the search box takes the focus. Closing hands focus
 * back to the page (the content script remembers where it was).
 */
export function useFocusOnOpen(): void {
  useEffect(() => {
    let collapsed = innerWidth < collapsedWidth;
    const onResize = () => {
      const now = innerWidth < collapsedWidth;
      if (collapsed && !now && document.hasFocus()) focusSearch();
      collapsed = now;
    };
    addEventListener('focus', focusSearch);
    addEventListener('resize', onResize);
    return () => {
      removeEventListener('focus', focusSearch);
      removeEventListener('resize', onResize);
    };
  }, []);
}
