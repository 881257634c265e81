import { isBlockElement, isUnreadable, type TextBlock } from './text-blocks';

/** What reading a block meets besides its own text: nested blocks, shadow roots and frames. */
export interface BlockVisitor {
  isOwnElement: (el: Element) => boolean;
  /** Called for each nested block or open shadow root (read separately); absent = do not descend. */
  nested?: (block: TextBlock) => void;
  frame?: (frame: HTMLIFrameElement) => void;
  /** Called with each text node and its offset in the block text (for highlighting). */
  textNode?: (node: Text, offset: number) => void;
}

/**
 * The block's own text: its text nodes in document order, inline elements flattened (so
 * "<b>Smith</b>, Jane" reads as one name), a line break where a nested block or <br> sits.
 */
export function readBlockText(block: TextBlock, visitor: BlockVisitor): string {
  let text = '';
  const visit = (parent: Node) => {
    // Indexed childNodes, not nextSibling: O(1) everywhere (happy-dom's nextSibling is a linear search).
    const children = parent.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as ChildNode;
      if (child.nodeType === 3) {
        visitor.textNode?.(child as Text, text.length);
        text += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName; // read once: each DOM call from the content script's world has a cost
      if (isUnreadable(el, visitor.isOwnElement, tag)) continue;
      if (tag === 'BR') text += '\n';
      else if (tag === 'IFRAME') visitor.frame?.(el as HTMLIFrameElement);
      else if (isBlockElement(el, tag)) {
        text += '\n';
        visitor.nested?.(el);
      } else {
        if (el.shadowRoot) visitor.nested?.(el.shadowRoot);
        visit(el);
      }
    }
  };
  if (block.nodeType === 1 && (block as Element).shadowRoot)
    visitor.nested?.((block as Element).shadowRoot as ShadowRoot);
  visit(block);
  return text;
}
