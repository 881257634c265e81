import type { z } from 'zod';
import {
  dayPlan,
  directoryChange,
  directoryIndexRow,
  event,
  followUp,
  note,
  outreach,
  physician,
  portal,
  practice,
  program,
  referral,
  settings,
  syncOutboxRow,
} from './schemas';

/** The current schema of every table's stored rows: what an upgraded or imported row must parse as. */
export const rowSchemas: Record<string, z.ZodType> = {
  physicians: physician,
  practices: practice,
  notes: note,
  referrals: referral,
  outreach,
  followUps: followUp,
  portals: portal,
  settings,
  dayPlans: dayPlan,
  programs: program,
  events: event,
  // Derived (version 5): never exported; listed so upgrades and the table check know them.
  directoryIndex: directoryIndexRow,
  directoryChanges: directoryChange,
  // Derived (version 6): the team sync outbox.
  syncOutbox: syncOutboxRow,
};
