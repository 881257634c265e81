import { type BlockRead, type BlockVisitor, readBlockText, readOn, startRead } from './block-text';
import { blockOf, type TextBlock } from './text-blocks';

export interface BlockWalkerOptions {
  /** Our own UI (the sidebar host): never read. */
  isOwnElement?: (el: Element) => boolean;
  /** Called once per same-origin frame document or open shadow root met, so the caller observes it too. */
  onRoot?: (root: Document | ShadowRoot) => void;
}

/** What a walker remembers per block: at least the same-origin frame it lives in (its removal removes the block). */
export interface BlockEntry {
  frame: HTMLIFrameElement | null;
}

type Frame = HTMLIFrameElement | null;

/**
 * Reads a live page block by block and keeps it current from MutationRecords (debouncing is the caller's):
 * one full read, then only the blocks the records touched. Blocks to read wait in a queue, so a full read can be
 * done in time slices (`work`); a read stopped mid-block goes on where it stood. Subclasses decide what to do
 * with a block's text (detect in the page, or queue it for the background) and what to remember per block.
 */
export abstract class BlockWalker<E extends BlockEntry> {
  protected readonly entries = new Map<TextBlock, E>();
  /** Blocks to read, first in first out from `head` (a page reads top-down), each with its read once started. */
  private todo: Array<[TextBlock, Frame, BlockRead?]> = [];
  private head = 0;
  protected readonly isOwnElement: (el: Element) => boolean;
  private readonly scannedRoots = new Set<Document | Element>();
  private readonly seenRoots = new WeakSet<Node>();
  private readonly onRoot: (root: Document | ShadowRoot) => void;
  private pruneDue = false;
  private hideDue = false;

  constructor(options: BlockWalkerOptions) {
    this.isOwnElement = options.isOwnElement ?? (() => false);
    this.onRoot = options.onRoot ?? (() => {});
  }

  /**
   * Queues a full read of everything under a document (or element), including same-origin frames and open shadow
   * roots, for `work` (in slices, or at once).
   */
  queueScan(root: Document | Element): void {
    this.scannedRoots.add(root);
    const start = root.nodeType === 9 ? (root as Document).body : blockOf(root, this.isOwnElement);
    if (start) this.todo.push([start, this.frameOf(start)]);
  }

  /** Reads queued blocks until `now()` passes `until` (false: more is left) or the queue is empty (true); no `until`: all. */
  work(until?: number, now?: () => number): boolean {
    for (let item = this.todo[this.head]; item; item = this.todo[++this.head]) {
      item[2] ??= startRead(item[0], this.visitor(item[1]));
      if (!readOn(item[2], until, now)) return false;
      this.read(item[0], item[2].text, item[1]);
    }
    this.todo = [];
    this.head = 0;
    return true;
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
      // Only removed elements can take remembered blocks away; only hidden/style can hide them (a full check).
      if (record.type === 'attributes')
        this.hideDue ||= record.attributeName === 'hidden' || record.attributeName === 'style';
      else if (!this.pruneDue) for (const node of record.removedNodes) if (node.nodeType === 1) this.pruneDue = true;
    }
    for (const node of added) {
      const block = node.isConnected ? blockOf(node, this.isOwnElement) : null;
      if (!block) continue;
      const frame = this.frameOf(node);
      // A block reads itself; an inline subtree's text belongs to its parent block (in `own`), so only its nested blocks are read.
      if (block === node) this.todo.push([block, frame]);
      else readBlockText(node as Element, this.visitor(frame));
    }
    const shallow = { isOwnElement: this.isOwnElement };
    for (const block of own)
      if (block.isConnected) this.read(block, readBlockText(block, shallow), this.frameOf(block));
    this.work();
    if (this.pruneDue || this.hideDue) this.prune();
  }

  /** Forgets every block and reads all scanned roots again. */
  protected rescan(): void {
    this.entries.clear();
    // A read under way is simply finished with the rest (reading a block twice changes nothing).
    for (const root of this.scannedRoots) this.queueScan(root);
    this.work();
  }

  /** Handles one block's own text (read now), in the frame it lives in. */
  protected abstract read(block: TextBlock, text: string, frame: HTMLIFrameElement | null): void;

  /** A remembered block left the page (removed, hidden, or its frame navigated). */
  protected forget(block: TextBlock, _entry: E): void {
    this.entries.delete(block);
  }

  private visitor(frame: Frame): BlockVisitor {
    return {
      isOwnElement: this.isOwnElement,
      nested: (block: TextBlock) => {
        if (block.nodeType === 11) this.noteRoot(block as ShadowRoot);
        this.todo.push([block, frame]);
      },
      frame: (iframe: HTMLIFrameElement) => this.readFrame(iframe),
    };
  }

  private readFrame(iframe: HTMLIFrameElement): void {
    if (!this.seenRoots.has(iframe)) {
      this.seenRoots.add(iframe);
      // The frame's document is replaced when it navigates or finishes loading: read it again then.
      iframe.addEventListener('load', () => {
        this.pruneDue = true;
        this.readFrame(iframe);
        this.work();
      });
    }
    let doc: Document | null = null;
    try {
      doc = iframe.contentDocument; // null (or a throw) for cross-origin frames: their own content script reads them
    } catch {}
    if (!doc?.body) return;
    this.noteRoot(doc);
    this.todo.push([doc.body, iframe]);
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

  // Cheap for every remembered block (isConnected, frame); the ancestor walk only after a hidden/style change.
  private prune(): void {
    const full = this.hideDue;
    this.pruneDue = false;
    this.hideDue = false;
    for (const [block, entry] of this.entries) {
      const { frame } = entry;
      const frameGone = frame !== null && (!frame.isConnected || frame.contentDocument !== block.ownerDocument);
      if (!block.isConnected || frameGone || (full && !blockOf(block, this.isOwnElement))) this.forget(block, entry);
    }
  }
}
