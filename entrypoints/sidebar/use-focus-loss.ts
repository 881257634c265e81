import { useEffect, useState } from 'preact/hooks';

/** How recent the last keystroke in a field must be for a focus loss to count as "while typing". */
const typingWindowMs = 2_000;
/** Keys with which a person leaves a field on purpose. */
const leavingKeys = new Set(['Tab', 'Escape', 'F6']);

function isEditable(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}

/**
 * Notices the keyboard leaving the sidebar while the user types: the page beside it can focus a field of its own
 * (an invisible one, say) and receive the next keystrokes. The sidebar cannot stop that; it says so at once, and
 * puts the caret back where it was when the user returns. A click on the page right after typing is told the same
 * way (the frame cannot tell a click from a script): the words say what happened, not who did it.
 */
export function useFocusLoss(): boolean {
  const [lost, setLost] = useState(false);
  useEffect(() => {
    let lastTyping = 0;
    let lastField: HTMLElement | null = null;
    const onKey = (e: KeyboardEvent) => {
      if (leavingKeys.has(e.key) || e.ctrlKey || e.metaKey || e.altKey) {
        lastTyping = 0;
        return;
      }
      if (!isEditable(e.target) || (e.key.length !== 1 && e.key !== 'Backspace')) return;
      lastTyping = Date.now();
      lastField = e.target;
    };
    const onBlur = () => {
      if (Date.now() - lastTyping < typingWindowMs) setLost(true);
    };
    const onFocus = () => {
      setLost((was) => {
        if (was && lastField?.isConnected) lastField.focus();
        return false;
      });
      lastTyping = 0;
    };
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
    };
  }, []);
  return lost;
}
