import { pageTextCaps } from '../../../messaging/page-text-caps';

/** Characters per tab per second the background matches at most: twice what a well-behaved content script sends. */
const limit = 2 * pageTextCaps.charsPerSecond;
const windows = new Map<number, { start: number; chars: number }>();

/**
 * Whether a tab's text-mode message of `chars` characters fits this second's budget (then it is counted). A page
 * (or a content script it subverted) that floods the background is answered "throttled" and matched later, so the
 * popup and saves, which wait on the same background, stay fast.
 */
export function admitPageText(tabId: number, chars: number, now = Date.now()): boolean {
  let window = windows.get(tabId);
  if (!window || now - window.start >= 1000) {
    window = { start: now, chars: 0 };
    windows.set(tabId, window);
  }
  if (window.chars > 0 && window.chars + chars > limit) return false;
  window.chars += chars;
  return true;
}

/** Forgets a closed tab's budget. */
export function forgetPageTextBudget(tabId: number): void {
  windows.delete(tabId);
}
