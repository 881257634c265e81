import type { DirectoryIndex } from '../../../features/detection/directory-index';
import { discoveredProviders } from '../../../features/discovery/discovered-providers';
import { providerCandidatesIn } from '../../../features/discovery/provider-candidates';
import { columnRoles, queueRowsOf } from '../../../features/discovery/queue-rows';
import type { DetectedPhysician } from '../../../messaging/page-context';
import { pageContextOf, type TabSession } from './tab-sessions';

/** One text-mode message from a page: changed blocks by opaque id, ids of blocks gone, and whether it starts over. */
export interface PageTextReport {
  reset: boolean;
  blocks: ReadonlyArray<readonly [number, string]>;
  removed: readonly number[];
}

/**
 * Matches a text-mode report against the warm index and updates the tab's per-block results (physician ids
 * only: the text is dropped when this returns). Answers false when the session has no results to update
 * (the background restarted) and the report is not a fresh start: the page must send everything again.
 */
export function applyPageText(session: TabSession, report: PageTextReport, index: DirectoryIndex): boolean {
  if (report.reset) session.blocks = new Map();
  const blocks = session.blocks;
  if (!blocks) return false;
  for (const id of report.removed) blocks.delete(id);
  for (const [id, text] of report.blocks) {
    const found = index.idsInText(text);
    if (found.length > 0) blocks.set(id, found);
    else blocks.delete(id);
  }
  session.detected = totals(blocks);
  applyCueText(session, report, index);
  return true;
}

/**
 * Reads provider names with a physician cue from a report's blocks (text mode: every block; keys mode: the cue
 * blocks the page picked) and updates the tab's "Not in your directory yet" (the text is dropped on return).
 * Answers false when the tab lost its cue blocks (restart) and the report is not a fresh start.
 */
export function applyCueText(session: TabSession, report: PageTextReport, index: DirectoryIndex): boolean {
  if (report.reset) session.cues = new Map();
  const cues = session.cues;
  if (!cues) return false;
  for (const id of report.removed) cues.delete(id);
  for (const [id, text] of report.blocks) {
    const found = providerCandidatesIn(text);
    if (found.length > 0) cues.set(id, found);
    else cues.delete(id);
  }
  session.discovered = discoveredProviders(cues, index);
  return true;
}

/** Mentions per physician over every block, most named first. */
export function totals(blocks: ReadonlyMap<number, readonly string[]>): DetectedPhysician[] {
  const counts = new Map<string, number>();
  for (const ids of blocks.values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([physicianId, count]) => ({ physicianId, count }))
    .sort((a, b) => b.count - a.count || a.physicianId.localeCompare(b.physicianId));
}

/** Matches the tab's referral-queue rows to the directory again (a provider just added can now be tracked). */
export function refreshQueueRows(session: TabSession, index: DirectoryIndex): void {
  const { tables, columnOverrides } = session;
  session.queueRows =
    tables.length > 0 ? queueRowsOf(tables, pageContextOf(session).pageKey, index, columnOverrides) : [];
  session.queueTables = tables
    .map(({ headers }) => ({ headers, roles: columnRoles(headers, columnOverrides) }))
    .filter((t) => t.roles.provider !== undefined && t.roles.status !== undefined);
}
