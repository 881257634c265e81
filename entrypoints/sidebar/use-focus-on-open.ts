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
 * Keyboard: when the user opens the sidebar (Alt+Shift+R, the handle, the popup), the frame goes from collapsed to
 * shown: the search box takes the focus (not on every window focus: that stole focus after a reload). Closing hands focus back to the page (the content script
 * remembers where it was). Done here, not in the content script, whose size budget is spent.
 */
export function useFocusOnOpen(): void {
  useEffect(() => {
    let collapsed = innerWidth < collapsedWidth;
    let armed = false;
    const onFocus = () => {
      if (armed) focusSearch();
      armed = false;
    };
    const onResize = () => {
      const now = innerWidth < collapsedWidth;
      // Only the user un-collapses the frame (handle, shortcut, popup): take the focus from the page then.
      if (collapsed && !now) {
        armed = true; // the content script gives the frame focus next (Firefox: only then may it be taken)
        window.focus();
        focusSearch();
      }
      collapsed = now;
    };
    addEventListener('resize', onResize);
    addEventListener('focus', onFocus);
    return () => {
      removeEventListener('resize', onResize);
      removeEventListener('focus', onFocus);
    };
  }, []);
}
