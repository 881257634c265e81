import { readBlockText } from './block-text';
import { type BlockEntry, BlockWalker, type BlockWalkerOptions } from './block-walker';
import type { CompiledMatchKeys } from './compiled-keys';
import { addCounts, detectInBlock, type Mention } from './detect';
import type { TextBlock } from './text-blocks';

export interface PageTextOptions extends BlockWalkerOptions {
  keys: CompiledMatchKeys;
}

interface BlockResult extends BlockEntry {
  mentions: Mention[];
}

/**
 * Keys mode: physicians named in a live page, detected in the page and kept up to date from MutationRecords.
 * Results are kept per text block, so an SPA re-render that replaces a subtree drops exactly the mentions it
 * removed. Only blocks with mentions are remembered (a Map pruned when blocks leave the document: a WeakMap
 * cannot be iterated to total the counts or to notice removals).
 */
export class PageTextTracker extends BlockWalker<BlockResult> {
  private keys: CompiledMatchKeys;

  constructor(options: PageTextOptions) {
    super(options);
    this.keys = options.keys;
  }

  /** Replaces the match keys (a new directory generation) and reads everything again. */
  setKeys(keys: CompiledMatchKeys): void {
    this.keys = keys;
    this.rescan();
  }

  /** Mentions per opaque position, totalled over the blocks currently in the page. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const { mentions } of this.entries.values()) for (const m of mentions) addCounts(counts, m.positions);
    return counts;
  }

  /** DOM ranges of every current mention, for optional highlighting. */
  mentionRanges(): Array<{ positions: number[]; range: Range }> {
    const out: Array<{ positions: number[]; range: Range }> = [];
    for (const [block, { mentions }] of this.entries) {
      const nodes: Array<{ node: Text; offset: number }> = [];
      readBlockText(block, {
        isOwnElement: this.isOwnElement,
        textNode: (node, offset) => nodes.push({ node, offset }),
      });
      for (const m of mentions) {
        const from = locate(nodes, m.start, false);
        const to = locate(nodes, m.end, true);
        if (!from || !to) continue;
        const range = from.node.ownerDocument.createRange();
        range.setStart(from.node, from.at);
        range.setEnd(to.node, to.at);
        out.push({ positions: m.positions, range });
      }
    }
    return out;
  }

  protected read(block: TextBlock, text: string, frame: HTMLIFrameElement | null): void {
    const mentions = detectInBlock(text, this.keys);
    if (mentions.length > 0) this.entries.set(block, { mentions, frame });
    else this.entries.delete(block);
  }
}

function locate(nodes: Array<{ node: Text; offset: number }>, at: number, isEnd: boolean) {
  for (const { node, offset } of nodes) {
    const inside = isEnd
      ? at > offset && at <= offset + node.data.length
      : at >= offset && at < offset + node.data.length;
    if (inside) return { node, at: at - offset };
  }
  return null;
}
