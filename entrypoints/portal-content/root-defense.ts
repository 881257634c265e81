/**
 * What the page's root element may do to the top layer, undone. Rounds' host sits in the top layer, outside the
 * root's transform, clip-path, mask and opacity in both engines; three root properties still reach it: `zoom`
 * (inherited as a factor: the host counter-zooms), `content-visibility: hidden` (skips rendering every
 * descendant) and, in Firefox, `filter`. The last two are overridden on the root, inline and !important, only
 * while they are set; a page that uses a root filter for its own look loses it beside the sidebar (documented in
 * docs/SECURITY.md).
 */
const neutral: Array<[property: string, value: string]> = [
  ['filter', 'none'],
  ['content-visibility', 'visible'],
];

/** Overrides root properties that would hide the top layer; answers the factor that undoes the root's zoom. */
export function defendRoot(): number {
  const root = document.documentElement;
  const computed = getComputedStyle(root);
  for (const [property, value] of neutral) {
    const current = computed.getPropertyValue(property);
    if (current && current !== value) root.style.setProperty(property, value, 'important');
  }
  const zoom = (root as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? Number(computed.zoom || 1);
  return zoom > 0 && Number.isFinite(zoom) ? 1 / zoom : 1;
}
