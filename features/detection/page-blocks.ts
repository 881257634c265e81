import { pageTextCaps } from '../../messaging/page-text-caps';
import { type BlockEntry, BlockWalker } from './block-walker';
import { hasPhysicianCue, inPatientColumn, patientCellMark } from './physician-cue';
import type { TextBlock } from './text-blocks';

/** What changed since the last take: new or changed blocks' text by block id, and ids of blocks gone. */
export interface BlockChanges {
  blocks: Array<[number, string]>;
  removed: number[];
}

interface SentBlock extends BlockEntry {
  id: number;
  text: string;
  /** The text as sent: marked when the block is a patient-column cell with a physician cue. */
  sent: string;
}

// A block that can hold a name has two letters in a row, or an NPI.
const nameable = /\p{L}{2}|\d{10}/u;

/**
 * Text mode: the page's visible text, block by block, for matching on the extension side. Each block gets an
 * opaque number; only blocks whose text changed are queued, and blocks that leave the page are reported gone,
 * so a mutation batch sends only what it touched. Holds no directory data at all.
 */
export class PageBlockTracker extends BlockWalker<SentBlock> {
  private nextId = 0;
  private changed = new Map<number, string>();
  private removed: number[] = [];

  /** Takes (and clears) what changed since the last call. */
  takeChanges(): BlockChanges {
    const out = { blocks: [...this.changed], removed: this.removed };
    this.changed = new Map();
    this.removed = [];
    return out;
  }

  /** Every current block, as a full send starts over with (first send, or the extension side lost its results): no DOM read. */
  allBlocks(): BlockChanges {
    return { blocks: Array.from(this.entries.values(), (e): [number, string] => [e.id, e.sent]), removed: [] };
  }

  protected read(block: TextBlock, raw: string, frame: HTMLIFrameElement | null): void {
    const known = this.entries.get(block);
    if (!nameable.test(raw)) {
      if (known) this.forget(block, known);
      return;
    }
    const text = raw.length > pageTextCaps.blockChars ? raw.slice(0, pageTextCaps.blockChars) : raw;
    if (known && known.text === text) {
      known.frame = frame;
      return;
    }
    // A patient-column cell with a cue ("Dr. …" as a patient) is marked: the extension side never proposes it.
    const sent = hasPhysicianCue(text) && inPatientColumn(block) ? patientCellMark + text : text;
    const id = known?.id ?? ++this.nextId;
    this.entries.set(block, { id, text, sent, frame });
    this.changed.set(id, sent);
  }

  protected override forget(block: TextBlock, entry: SentBlock): void {
    this.entries.delete(block);
    this.changed.delete(entry.id);
    this.removed.push(entry.id); // it may have been sent earlier: the extension side drops its results
  }
}
