import { captureExtra, draftFromName } from '../../features/capture/capture-draft';
import { type DuplicateCandidate, findDuplicateCandidates } from '../../features/directory/dedupe';
import type { PhysicianDraft } from '../../features/directory/physician-form-state';
import { parsePhysicianName } from '../../features/names/parse-name';
import type { DiscoveredProvider, PageContext } from '../../messaging/page-context';
import type { RoundsDatabase } from '../../storage/database';
import type { PhysicianInput } from '../../storage/schemas';

/** Where the sidebar opens: the home lists, a physician's view, the new-physician form, or a captured note. */
export type SidebarView =
  | { kind: 'home' }
  | { kind: 'physician'; id: string }
  | {
      kind: 'new-physician';
      initial: Partial<PhysicianDraft>;
      /** Record fields the form has no box for (a capture's source and the name parts it does not show). */
      extra?: Partial<PhysicianInput>;
      /** Possible matches to ask about first ("Is this …?"). */
      candidates?: DuplicateCandidate[];
      /** Back to the home lists once saved (a provider added from "Not in your directory yet" shows On this page). */
      thenHome?: boolean;
    }
  | { kind: 'capture-note'; text: string };

/** The prefilled New physician form for a provider found on the page ("Add to directory"). */
export function viewForDiscovered(provider: DiscoveredProvider, context: PageContext): SidebarView {
  const { prefix, middle, suffix } = provider;
  const at = new Date().toISOString();
  return {
    kind: 'new-physician',
    initial: draftFromName({ ...provider, credentials: provider.credentials }),
    extra: {
      prefix,
      middle,
      suffix,
      source: { kind: 'capture', url: context.origin + context.path, title: context.title, at },
    },
    thenHome: true,
  };
}

/**
 * The view a context-menu capture asks for. A physician capture opens a known physician (same NPI, or the one
 * physician with the same name) or the prefilled New physician form, asking first about weaker matches;
 * a note capture opens the note composer with the selected text.
 */
export async function viewForCapture(db: RoundsDatabase, capture: PageContext['capture']): Promise<SidebarView> {
  if (!capture) return { kind: 'home' };
  if (capture.kind === 'note') return { kind: 'capture-note', text: capture.text };
  const parsed = parsePhysicianName(capture.text) ?? undefined;
  const extra = captureExtra(parsed, capture);
  if (!parsed) return { kind: 'new-physician', initial: { last: capture.text.trim().slice(0, 100) }, extra };
  const candidates = await findDuplicateCandidates(db, parsed, { limit: 5 });
  const sameNpi = candidates.find((c) => c.reason === 'same-npi');
  const sameName = candidates.filter((c) => c.reason === 'same-name');
  const known = sameNpi ?? (sameName.length === 1 ? sameName[0] : undefined);
  if (known) return { kind: 'physician', id: known.physician.id };
  return { kind: 'new-physician', initial: draftFromName(parsed), extra, candidates };
}
