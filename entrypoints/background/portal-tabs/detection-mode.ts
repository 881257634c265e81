import type { RoundsDatabase } from '../../../storage/database';
import { directoryIndex } from './directory-index-cache';

export type DetectionMode = 'keys' | 'text';

/**
 * Where names are matched for a page, chosen at its load by directory size (features/detection/README.md has the
 * numbers): up to this many physicians the page gets the folded keys (the message and compile stay within a
 * few ms, and no page text leaves the page); above it the page sends text blocks to the background's warm index.
 */
export const textModeThreshold = 2_000;

let override: DetectionMode | 'auto' = 'auto';

/** Bench and e2e: force a mode, or 'auto'. */
export function setDetectionOverride(mode: DetectionMode | 'auto'): void {
  override = mode;
}

let discovery = true;

/** Bench: turns "Not in your directory yet" and referral rows off (or back on) for pages loading from now on. */
export function setDiscovery(on: boolean): void {
  discovery = on;
}

/** Whether pages loading now look for providers not in the directory and referral rows. */
export function discoveryOn(): boolean {
  return discovery;
}

/** The forced mode, or 'auto'. */
export function detectionOverride(): DetectionMode | 'auto' {
  return override;
}

/** The mode for a page loading now: the warm index's size (or a count while it builds) against the threshold. */
export async function detectionModeFor(db: RoundsDatabase): Promise<DetectionMode> {
  if (override !== 'auto') return override;
  const size = await Promise.race([
    directoryIndex(db).then((index) => index.size),
    db.physicians.count(), // a count answers sooner than the first build of a large index
  ]);
  return size > textModeThreshold ? 'text' : 'keys';
}
