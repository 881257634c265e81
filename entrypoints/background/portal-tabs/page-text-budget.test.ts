import { describe, expect, it } from 'vitest';
import { pageTextCaps } from '../../../messaging/page-text-caps';
import { admitPageText, forgetPageTextBudget } from './page-text-budget';

describe('background text budget per tab', () => {
  it('admits twice the content script budget per second per tab, then throttles until the next second', () => {
    const cap = pageTextCaps.messageChars;
    let admitted = 0;
    for (let i = 0; i < (4 * pageTextCaps.charsPerSecond) / cap; i++) if (admitPageText(7, cap, 1_000)) admitted += cap;
    expect(admitted).toBeLessThanOrEqual(2 * pageTextCaps.charsPerSecond);
    expect(admitted).toBeGreaterThanOrEqual(pageTextCaps.charsPerSecond);
    expect(admitPageText(8, cap, 1_000)).toBe(true); // another tab has its own budget
    expect(admitPageText(7, cap, 2_000)).toBe(true);
    forgetPageTextBudget(7);
    forgetPageTextBudget(8);
  });
});
