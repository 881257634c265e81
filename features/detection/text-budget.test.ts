import { describe, expect, it } from 'vitest';
import { TextBudget } from './text-budget';

const block = (id: number, chars: number): [number, string] => [id, 'x'.repeat(chars)];

describe('text-mode send budget', () => {
  it('sends at most flushChars per flush and charsPerSecond per second; the rest waits, in order', () => {
    const budget = new TextBudget({ flushChars: 250, charsPerSecond: 400 });
    budget.add({ blocks: [block(1, 100), block(2, 100), block(3, 100), block(4, 100), block(5, 100)], removed: [] });
    expect(budget.take(0).blocks.map(([id]) => id)).toEqual([1, 2]);
    expect(budget.take(10).blocks.map(([id]) => id)).toEqual([3, 4]);
    expect(budget.take(20).blocks).toEqual([]); // this second's 400 characters are spent
    expect(budget.pending).toBe(true);
    expect(budget.take(1000).blocks.map(([id]) => id)).toEqual([5]);
    expect(budget.pending).toBe(false);
  });

  it('keeps only the newest text of a waiting block, and a removal wins over a waiting change', () => {
    const budget = new TextBudget({ flushChars: 0, charsPerSecond: 0 });
    budget.add({ blocks: [block(1, 5), block(2, 5)], removed: [] });
    budget.add({ blocks: [[1, 'newer']], removed: [2] });
    const big = new TextBudget({ flushChars: 100, charsPerSecond: 100 });
    big.add({ blocks: [block(1, 5), block(2, 5)], removed: [] });
    big.add({ blocks: [[1, 'newer']], removed: [2] });
    expect(big.take(0)).toEqual({ blocks: [[1, 'newer']], removed: [2] });
    expect(budget.take(0)).toEqual({ blocks: [], removed: [2] });
  });

  it('holds a 60 × 100,000-character rewrite every frame to the per-second budget', () => {
    const budget = new TextBudget({ flushChars: 1_200_000, charsPerSecond: 1_200_000 });
    let sent = 0;
    for (let frame = 0; frame < 60; frame++) {
      budget.add({ blocks: Array.from({ length: 60 }, (_, i) => block(i, 100_000)), removed: [] });
      if (frame % 6 === 0) sent += budget.take(frame * 16.7).blocks.reduce((n, [, t]) => n + t.length, 0);
    }
    expect(sent).toBeLessThanOrEqual(1_200_000);
  });
});
