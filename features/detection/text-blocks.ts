/**
 * What counts as a text block (a name never spans two) and what is never read. Tag-based, not
 * getComputedStyle: reading computed styles on page load forces style recalculation across the page.
 * CSS-class hiding is therefore read as visible; structural hiding (hidden, inline display:none) is not.
 */

/** A unit of detection: a block-level element, or a shadow root (its own tree). */
export type TextBlock = Element | ShadowRoot;

// biome-ignore format: a list of tag names reads better packed
const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const neverRead = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OBJECT', 'CANVAS', 'HEAD']);

/** True for elements whose text starts its own block. */
export function isBlockElement(el: Element, tag = el.tagName): boolean {
  return blockTags.has(tag);
}

/** True for elements whose subtree is never read: scripts, structurally hidden, or our own UI. */
export function isUnreadable(el: Element, isOwnElement: (el: Element) => boolean, tag = el.tagName): boolean {
  if (neverRead.has(tag) || isOwnElement(el)) return true;
  // One DOM call for the common case (no attributes at all): this runs for every element of the page.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * The block whose own text includes `node`, or null when the node is not read (a hidden or
 * never-read ancestor, or our own UI). Walks up through shadow roots to check their hosts.
 */
export function blockOf(node: Node, isOwnElement: (el: Element) => boolean): TextBlock | null {
  let block: TextBlock | null = null;
  for (let n: Node | null = node.nodeType === 3 || node.nodeType === 8 ? node.parentNode : node; n; ) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (isUnreadable(el, isOwnElement)) return null;
      if (!block && isBlockElement(el)) block = el;
      n = el.parentNode;
    } else if (n.nodeType === 11 && (n as ShadowRoot).host) {
      block ??= n as ShadowRoot;
      n = (n as ShadowRoot).host;
    } else {
      return block ?? bodyOf(n);
    }
  }
  return block;
}

const bodyOf = (n: Node): Element | null => (n.nodeType === 9 ? (n as Document).body : null);
