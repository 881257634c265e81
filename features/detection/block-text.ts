import { isBlockElement, isUnreadable, type TextBlock } from './text-blocks';

/** What reading a block meets besides its own text: nested blocks, shadow roots and frames. */
export interface BlockVisitor {
  isOwnElement: (el: Element) => boolean;
  /** Called for each nested block or open shadow root (read separately); absent = do not descend. */
  nested?: (block: TextBlock) => void;
  frame?: (frame: HTMLIFrameElement) => void;
}

/** A block being read: its text so far and where the walk stands, so a read can stop and go on in a later slice. */
export interface BlockRead {
  text: string;
  /** The child lists being walked, innermost last, each with the index of its next child. */
  stack: Array<[NodeListOf<ChildNode>, number]>;
  visitor: BlockVisitor;
}

/** Starts reading a block (its open shadow root, if any, is a nested block of its own). */
export function startRead(block: TextBlock, visitor: BlockVisitor): BlockRead {
  const shadow = (block as Element).shadowRoot; // undefined on a shadow root itself
  if (shadow) visitor.nested?.(shadow);
  return { text: '', stack: [[block.childNodes, 0]], visitor };
}

/** Nodes visited, over every read: the clock is checked every 64 whatever the blocks' sizes. */
let visited = 0;

/**
 * Reads on until the block's own text is complete (true) or, checked every 64 nodes, `now()` passes `until`
 * (false: call again later). Text nodes in document order, inline elements flattened (so "<b>Smith</b>, Jane"
 * reads as one name), a line break where a nested block or <br> sits.
 */
export function readOn(read: BlockRead, until = Infinity, now = () => 0): boolean {
  const { stack, visitor } = read;
  // Indexed childNodes, not nextSibling: O(1) everywhere (happy-dom's nextSibling is a linear search).
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    if (top[1] >= top[0].length) {
      stack.pop();
      continue;
    }
    if (!(++visited % 64) && now() > until) return false;
    const child = top[0][top[1]++] as ChildNode;
    if (child.nodeType === 3) {
      read.text += (child as Text).data;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName; // read once: each DOM call from the content script's world has a cost
    if (isUnreadable(el, visitor.isOwnElement, tag)) continue;
    if (tag === 'BR') read.text += '\n';
    else if (tag === 'IFRAME') visitor.frame?.(el as HTMLIFrameElement);
    else if (isBlockElement(el, tag)) {
      read.text += '\n';
      visitor.nested?.(el);
    } else {
      if (el.shadowRoot) visitor.nested?.(el.shadowRoot);
      stack.push([el.childNodes, 0]);
    }
  }
  return true;
}

/** The block's own text, read at once. */
export function readBlockText(block: TextBlock, visitor: BlockVisitor): string {
  const read = startRead(block, visitor);
  readOn(read);
  return read.text;
}
