import type { BlockChanges } from './page-blocks';

/**
 * Text mode's send budget on the page side: how much of a page's changed text goes out now, and what waits.
 * Later changes of a block replace its waiting text; a block removed after it changed is only removed.
 * Zod-free and tiny: the content script imports it.
 */
export class TextBudget {
  private waiting: BlockChanges | null = null;
  private windowStart = -Infinity;
  private sentInWindow = 0;

  constructor(private readonly caps: { flushChars: number; charsPerSecond: number }) {}

  /** Whether changes are waiting for budget. */
  get pending(): boolean {
    return this.waiting !== null;
  }

  /** Adds changes to what waits (newer text of a block wins); takes ownership of `changes` (no copy). */
  add(changes: BlockChanges): void {
    if (!this.waiting) {
      this.waiting = changes;
      return;
    }
    const gone = new Set(changes.removed);
    const byId = new Map(this.waiting.blocks.filter(([id]) => !gone.has(id)));
    for (const [id, text] of changes.blocks) byId.set(id, text);
    this.waiting = { blocks: [...byId], removed: [...new Set([...this.waiting.removed, ...changes.removed])] };
  }

  /** Drops everything waiting (a full send starts over). */
  clear(): void {
    this.waiting = null;
  }

  /** Takes what the budget allows now (removals always go); the rest keeps waiting. */
  take(now: number): BlockChanges {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.sentInWindow = 0;
    }
    const waiting = this.waiting ?? { blocks: [], removed: [] };
    let allowed = Math.min(this.caps.flushChars, this.caps.charsPerSecond - this.sentInWindow);
    const out: Array<[number, string]> = [];
    let i = 0;
    for (; i < waiting.blocks.length; i++) {
      const block = waiting.blocks[i] as [number, string];
      if (block[1].length > allowed) break;
      allowed -= block[1].length;
      this.sentInWindow += block[1].length;
      out.push(block);
    }
    const rest = waiting.blocks.slice(i);
    this.waiting = rest.length > 0 ? { blocks: rest, removed: [] } : null;
    return { blocks: out, removed: waiting.removed };
  }
}
