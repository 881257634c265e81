import { pageTextCaps } from '../../messaging/page-text-caps';
import { type BlockEntry, BlockWalker, type BlockWalkerOptions } from './block-walker';
import type { CompiledMatchKeys } from './compiled-keys';
import { addCounts, detectInBlock, type Mention } from './detect';
import { hasPhysicianCue, inPatientColumn } from './physician-cue';

/** Keys mode: characters of one cue block kept (a name cell or line is short; a long report is cut) and per report. */
const cueBlockChars = 2_000;
const cueReportChars = 100_000;

import type { TextBlock } from './text-blocks';

export interface PageTextOptions extends BlockWalkerOptions {
  keys: CompiledMatchKeys;
  /** Keep the blocks with a physician cue for "Not in your directory yet" (default on; the bench turns it off). */
  cues?: boolean;
}

interface BlockResult extends BlockEntry {
  mentions: Mention[];
  /** A block with a physician cue: its opaque id and text, sent for "Not in your directory yet". */
  cue?: { id: number; text: string };
}

/** Cue blocks changed since the last take (the same shape as text mode's `portal.pageText`). */
export interface CueChanges {
  reset: boolean;
  blocks: Array<[number, string]>;
  removed: number[];
}

/**
 * Keys mode: physicians named in a live page, detected in the page and kept up to date from MutationRecords.
 * Results are kept per text block, so an SPA re-render that replaces a subtree drops exactly the mentions it
 * removed. Only blocks with mentions are remembered (a Map pruned when blocks leave the document: a WeakMap
 * cannot be iterated to total the counts or to notice removals).
 */
export class PageTextTracker extends BlockWalker<BlockResult> {
  private keys: CompiledMatchKeys;
  private readonly cues: boolean;
  private nextCueId = 0;
  private cueReset = true;
  private cueChanged = new Map<number, string>();
  private cueRemoved: number[] = [];

  constructor(options: PageTextOptions) {
    super(options);
    this.keys = options.keys;
    this.cues = options.cues !== false;
  }

  /** Replaces the match keys (a new directory generation) and reads everything again. */
  setKeys(keys: CompiledMatchKeys): void {
    this.keys = keys;
    this.rescan();
    this.queueAllCues(); // the re-read gave every cue block a new id: the extension side starts over
  }

  /**
   * Takes (and clears) the cue blocks changed since the last call, at most `cueReportChars` characters per report
   * (the sidebar lists 100 proposals at most; the rest goes with the next report of the page).
   */
  takeCueChanges(): CueChanges {
    const blocks: Array<[number, string]> = [];
    let chars = 0;
    for (const block of this.cueChanged) {
      chars += block[1].length;
      if (chars > cueReportChars || blocks.length >= pageTextCaps.blocks) break;
      blocks.push(block);
    }
    for (const [id] of blocks) this.cueChanged.delete(id);
    const out = { reset: this.cueReset, blocks, removed: this.cueRemoved.slice(0, pageTextCaps.removed) };
    this.cueReset = false;
    this.cueRemoved = [];
    return out;
  }

  /** Mentions per opaque position, totalled over the blocks currently in the page. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const { mentions } of this.entries.values()) for (const m of mentions) addCounts(counts, m.positions);
    return counts;
  }

  protected read(block: TextBlock, text: string, frame: HTMLIFrameElement | null): void {
    const mentions = detectInBlock(text, this.keys);
    const known = this.entries.get(block)?.cue;
    if (this.cues && hasPhysicianCue(text) && !inPatientColumn(block)) {
      const cue = { id: known?.id ?? ++this.nextCueId, text: text.slice(0, cueBlockChars) };
      if (known?.text !== cue.text) this.cueChanged.set(cue.id, cue.text);
      this.entries.set(block, { mentions, frame, cue });
      return;
    }
    if (known) this.dropCue(known.id);
    if (mentions.length > 0) this.entries.set(block, { mentions, frame });
    else this.entries.delete(block);
  }

  protected override forget(block: TextBlock, entry: BlockResult): void {
    this.entries.delete(block);
    if (entry.cue) this.dropCue(entry.cue.id);
  }

  /** The extension side lost the cue blocks (a failed send, a restart): the next take sends them all again. */
  queueAllCues(): void {
    this.cueReset = true;
    this.cueRemoved = [];
    this.cueChanged = new Map();
    for (const { cue } of this.entries.values()) if (cue) this.cueChanged.set(cue.id, cue.text);
  }

  private dropCue(id: number): void {
    this.cueChanged.delete(id);
    this.cueRemoved.push(id);
  }
}
