import { readBlockText } from './block-text';
import type { CompiledMatchKeys } from './compiled-keys';
import { addCounts, detectInBlock, type Mention } from './detect';
import { blockOf, type TextBlock } from './text-blocks';

export interface PageTextOptions {
  keys: CompiledMatchKeys;
  /** Our own UI (the sidebar host): never read. */
  isOwnElement?: (el: Element) => boolean;
  /** Called once per same-origin frame document or open shadow root met, so the caller observes it too. */
  onRoot?: (root: Document | ShadowRoot) => void;
}

interface BlockResult {
  mentions: Mention[];
  /** The same-origin frame the block lives in: its removal removes the block. */
  frame: HTMLIFrameElement | null;
}

/**
 * Physicians named in a live page, kept up to date from MutationRecords (debouncing is the caller's).
 * Results are kept per text block, so an SPA re-render that replaces a subtree drops exactly the
 * mentions it removed. Only blocks with mentions are remembered (a Map pruned when blocks leave the
 * document: a WeakMap cannot be iterated to total the counts or to notice removals).
 */
export class PageTextTracker {
  private keys: CompiledMatchKeys;
  private readonly results = new Map<TextBlock, BlockResult>();
  private readonly scannedRoots = new Set<Document | Element>();
  private readonly seenRoots = new WeakSet<Node>();
  private readonly isOwnElement: (el: Element) => boolean;
  private readonly onRoot: (root: Document | ShadowRoot) => void;

  constructor(options: PageTextOptions) {
    this.keys = options.keys;
    this.isOwnElement = options.isOwnElement ?? (() => false);
    this.onRoot = options.onRoot ?? (() => {});
  }

  /** Reads everything under a document (or element), including same-origin frames and open shadow roots. */
  scan(root: Document | Element): void {
    this.scannedRoots.add(root);
    const start = root.nodeType === 9 ? (root as Document).body : blockOf(root, this.isOwnElement);
    if (start) this.readBlock(start, true, this.frameOf(start));
  }

  /** Re-reads only what the records touched: changed blocks' own text and added subtrees. */
  applyMutations(records: Iterable<MutationRecord>): void {
    const own = new Set<TextBlock>();
    const added = new Set<Node>();
    for (const record of records) {
      // An attribute change (hidden, style) changes what the element's parent block shows.
      const changed = record.type === 'attributes' ? record.target.parentNode : record.target;
      const block = changed && blockOf(changed, this.isOwnElement);
      if (block) own.add(block);
      if (record.type === 'attributes') added.add(record.target);
      else for (const node of record.addedNodes) if (node.nodeType === 1) added.add(node);
    }
    for (const node of added) {
      const block = node.isConnected ? blockOf(node, this.isOwnElement) : null;
      if (!block) continue;
      const frame = this.frameOf(node);
      // A block reads itself; an inline subtree's text belongs to its parent block (in `own`), so only its nested blocks are read.
      if (block === node) this.readBlock(block, true, frame);
      else readBlockText(node as Element, this.visitor(frame));
    }
    for (const block of own) if (block.isConnected) this.readBlock(block, false, this.frameOf(block));
    this.prune();
  }

  /** Replaces the match keys (a new directory generation) and reads everything again. */
  setKeys(keys: CompiledMatchKeys): void {
    this.keys = keys;
    this.results.clear();
    for (const root of this.scannedRoots) this.scan(root);
  }

  /** Mentions per opaque position, totalled over the blocks currently in the page. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const { mentions } of this.results.values()) for (const m of mentions) addCounts(counts, m.positions);
    return counts;
  }

  /** DOM ranges of every current mention, for optional highlighting. */
  mentionRanges(): Array<{ positions: number[]; range: Range }> {
    const out: Array<{ positions: number[]; range: Range }> = [];
    for (const [block, { mentions }] of this.results) {
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

  private readBlock(block: TextBlock, deep: boolean, frame: HTMLIFrameElement | null): void {
    const text = readBlockText(block, deep ? this.visitor(frame) : { isOwnElement: this.isOwnElement });
    const mentions = detectInBlock(text, this.keys);
    if (mentions.length > 0) this.results.set(block, { mentions, frame });
    else this.results.delete(block);
  }

  private visitor(frame: HTMLIFrameElement | null) {
    return {
      isOwnElement: this.isOwnElement,
      nested: (block: TextBlock) => {
        if (block.nodeType === 11) this.noteRoot(block as ShadowRoot);
        this.readBlock(block, true, frame);
      },
      frame: (iframe: HTMLIFrameElement) => this.readFrame(iframe),
    };
  }

  private readFrame(iframe: HTMLIFrameElement): void {
    if (!this.seenRoots.has(iframe)) {
      this.seenRoots.add(iframe);
      // The frame's document is replaced when it navigates or finishes loading: read it again then.
      iframe.addEventListener('load', () => this.readFrame(iframe));
    }
    let doc: Document | null = null;
    try {
      doc = iframe.contentDocument; // null (or a throw) for cross-origin frames: their own content script reads them
    } catch {}
    if (!doc?.body) return;
    this.noteRoot(doc);
    this.readBlock(doc.body, true, iframe);
  }

  private noteRoot(root: Document | ShadowRoot): void {
    if (this.seenRoots.has(root)) return;
    this.seenRoots.add(root);
    this.onRoot(root);
  }

  private frameOf(node: Node): HTMLIFrameElement | null {
    const view = (node.ownerDocument ?? (node as Document)).defaultView;
    return (view?.frameElement as HTMLIFrameElement | null | undefined) ?? null;
  }

  private prune(): void {
    for (const [block, { frame }] of this.results) {
      const frameGone = frame !== null && (!frame.isConnected || frame.contentDocument !== block.ownerDocument);
      const gone = !block.isConnected || frameGone;
      if (gone || !blockOf(block, this.isOwnElement)) this.results.delete(block);
    }
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
