import { displayName } from '../../../features/directory/display-name';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import type { Outreach, Physician, Practice, Program, Referral, RoundsEvent, Settings } from '../../../storage/schemas';
import { loadSettings } from '../../../storage/settings-store';

/** What the relationship sections read (the compliance ledger, leakage, satisfaction, voice, program reach). */
export interface RelationshipRows {
  outreach: Outreach[];
  events: RoundsEvent[];
  referrals: Referral[];
  physicians: Physician[];
  practices: Practice[];
  programs: Program[];
  settings: Settings;
  physicianName: (id: string) => string;
  practiceName: (id: string) => string;
}

/** Reads every row the relationship sections need, once per change of those tables. */
export async function loadRelationshipRows(db: RoundsDatabase): Promise<RelationshipRows> {
  const [outreach, events, referrals, physicians, practices, programs, settings] = await Promise.all([
    db.outreach.toArray(),
    db.events.toArray(),
    db.referrals.toArray(),
    db.physicians.toArray(),
    db.practices.toArray(),
    db.programs.toArray(),
    loadSettings(db),
  ]);
  const names = new Map(physicians.map((p) => [p.id, displayName(p)]));
  const practiceNames = new Map(practices.map((p) => [p.id, p.name]));
  return {
    outreach,
    events,
    referrals,
    physicians,
    practices,
    programs,
    settings,
    physicianName: (id) => names.get(id) ?? t('dashboard.unknownPhysician'),
    practiceName: (id) => practiceNames.get(id) ?? id,
  };
}
