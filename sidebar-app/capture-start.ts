import { findDuplicateCandidates } from '../capture/dedupe';
import { parsePhysicianName } from '../capture/parse-name';
import type { PhysicianDraft } from '../directory/physician-form-state';
import type { RoundsDatabase } from '../storage/database';
import type { PageContext } from './page-context-types';

/** Where the sidebar opens: the home lists, a physician's view, or the prefilled new-physician form. */
export type SidebarView =
  | { kind: 'home' }
  | { kind: 'physician'; id: string }
  | { kind: 'new-physician'; initial: Partial<PhysicianDraft> };

/**
 * The view a context-menu capture asks for: a known physician (same NPI, or the same name) opens their view;
 * anything else opens the New physician form prefilled from the parsed name. Note captures stay on home.
 */
export async function viewForCapture(db: RoundsDatabase, capture: PageContext['capture']): Promise<SidebarView> {
  if (capture?.kind !== 'physician') return { kind: 'home' };
  const parsed = parsePhysicianName(capture.text);
  if (!parsed) return { kind: 'new-physician', initial: { last: capture.text.trim().slice(0, 100) } };
  const candidates = await findDuplicateCandidates(db, parsed, { limit: 3 });
  const known = candidates.find((c) => c.reason === 'same-npi' || c.reason === 'same-name');
  if (known) return { kind: 'physician', id: known.physician.id };
  return {
    kind: 'new-physician',
    initial: {
      first: [parsed.first, parsed.middle].filter(Boolean).join(' '),
      last: [parsed.last, parsed.suffix].filter(Boolean).join(' '),
      credentials: parsed.credentials.join(', '),
      npi: parsed.npi ?? '',
    },
  };
}
