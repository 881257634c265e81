import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Calls `onEscape` when Escape is pressed anywhere in the sidebar document, unless a control inside handled it
 * first (an open suggestion list stops the event or prevents its default).
 */
export function useEscape(onEscape: () => void): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
