/** A selection as read in the page: the browser's own text of it, and only the text a person can see there. */
export interface SelectionRead {
  /** `Selection.toString()`: what the browser's menu copy is made from. */
  raw: string;
  /** The selected text a person can see, one line per block or line break. */
  visible: string;
}

/**
 * Runs in the page (scripting.executeScript serialises it: no outside references). Drops text that is selected but
 * not seen: display:none, visibility:hidden, opacity 0, aria-hidden, zero-size or clipped boxes, tiny fonts,
 * off-screen positions, and text in (nearly) the colour of its background.
 */
export function readSelectionInPage(): SelectionRead {
  const selection = globalThis.getSelection?.();
  if (!selection || selection.rangeCount === 0) return { raw: '', visible: '' };
  const raw = selection.toString();
  const rgba = (color: string): number[] | null => {
    const m = /rgba?\(([^)]+)\)/.exec(color);
    if (!m?.[1]) return null;
    const parts = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return parts.length >= 3 ? [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1] : null;
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c = 0) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const backgroundOf = (el: Element): number[] | null => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.backgroundImage !== 'none') return null; // an image behind the text: cannot tell, keep it
      const bg = rgba(style.backgroundColor);
      if (bg && (bg[3] ?? 1) > 0.5) return bg;
    }
    return [255, 255, 255]; // the canvas
  };
  const hiddenCache = new Map<Element, boolean>();
  const elementHidden = (el: Element): boolean => {
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    let hidden = el.closest('[aria-hidden="true"]') !== null;
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (!hidden && check)
      hidden = !check.call(el, { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true });
    for (let a: Element | null = el; a && !hidden; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.1) hidden = true;
      else if (/rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)) hidden = true;
      else if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const box = a.getBoundingClientRect();
        if (box.width < 2 || box.height < 2) hidden = true;
      }
    }
    if (!hidden) {
      const style = getComputedStyle(el);
      const fg = rgba(style.webkitTextFillColor || style.color) ?? rgba(style.color);
      const bg = backgroundOf(el);
      if (Number.parseFloat(style.fontSize) < 4 || (fg && (fg[3] ?? 1) < 0.1)) hidden = true;
      else if (fg && bg) {
        const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
        if ((l1 + 0.05) / (l2 + 0.05) < 1.5) hidden = true;
      }
    }
    hiddenCache.set(el, hidden);
    return hidden;
  };
  const textHidden = (range: Range): boolean => {
    const rects = [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
    const doc = document.documentElement;
    const [w, h] = [Math.max(doc.scrollWidth, innerWidth), Math.max(doc.scrollHeight, innerHeight)];
    return !rects.some(
      (r) => r.right + scrollX > 0 && r.bottom + scrollY > 0 && r.left + scrollX < w && r.top + scrollY < h,
    );
  };
  const blockOf = (el: Element | null): Element | null => {
    for (let a = el; a; a = a.parentElement) if (!/^inline|^contents$/.test(getComputedStyle(a).display)) return a;
    return null;
  };
  let text = '';
  let lastBlock: Element | null = null;
  let nodes = 0;
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node && nodes++ < 20_000; node = walker.nextNode()) {
      if (!range.intersectsNode(node)) continue;
      if (node.nodeName === 'BR') text += '\n';
      if (node.nodeType !== Node.TEXT_NODE || !node.parentElement) continue;
      const part = document.createRange();
      part.selectNodeContents(node);
      if (node === range.startContainer) part.setStart(node, range.startOffset);
      if (node === range.endContainer) part.setEnd(node, range.endOffset);
      const piece = part.toString();
      if (!piece) continue;
      if (elementHidden(node.parentElement) || (piece.trim() && textHidden(part))) continue;
      const block = blockOf(node.parentElement);
      if (lastBlock && block !== lastBlock) text += '\n';
      lastBlock = block;
      const pre = getComputedStyle(node.parentElement).whiteSpace.startsWith('pre');
      text += pre ? piece : piece.replace(/[ \t\r\n]+/g, ' ');
    }
  }
  const visible = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { raw, visible };
}
