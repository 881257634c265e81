import type { RoundsDatabase } from '../database';
import { foldName, nameTokens } from '../name-keys';
import {
  dayPlan,
  dayPlanInput,
  event,
  eventInput,
  followUp,
  followUpInput,
  note,
  noteInput,
  outreach,
  outreachInput,
  physician,
  physicianInput,
  portal,
  portalInput,
  practice,
  practiceInput,
  program,
  programInput,
  referral,
  referralInput,
} from '../schemas';
import { withLocationIds } from '../upgrades/field-day';
import { type Clock, createRepository } from './repository';

/** Every record type's repository over one database connection. */
export function repositories(db: RoundsDatabase, clock?: Clock) {
  return {
    physicians: createRepository(
      {
        name: 'physician',
        table: () => db.physicians,
        row: physician,
        input: physicianInput,
        derive: (p) => ({ nameTokens: nameTokens(p) }),
      },
      clock,
    ),
    practices: createRepository(
      {
        name: 'practice',
        table: () => db.practices,
        row: practice,
        input: practiceInput,
        derive: (p) => ({ nameKey: foldName(p.name), locations: withLocationIds(p.locations) }),
      },
      clock,
    ),
    notes: createRepository(
      {
        name: 'note',
        table: () => db.notes,
        row: note,
        input: noteInput,
        derive: (n) => ({ pageKey: n.page?.key ?? null }),
      },
      clock,
    ),
    referrals: createRepository(
      {
        name: 'referral',
        table: () => db.referrals,
        row: referral,
        input: referralInput,
        derive: (r) => ({
          pageKey: r.page?.key ?? null,
          history: r.history ?? [{ status: r.status, at: r.receivedAt, reason: '' }],
        }),
      },
      clock,
    ),
    outreach: createRepository(
      { name: 'outreach', table: () => db.outreach, row: outreach, input: outreachInput },
      clock,
    ),
    followUps: createRepository(
      { name: 'follow-up', table: () => db.followUps, row: followUp, input: followUpInput },
      clock,
    ),
    portals: createRepository({ name: 'portal', table: () => db.portals, row: portal, input: portalInput }, clock),
    dayPlans: createRepository(
      { name: 'day plan', table: () => db.dayPlans, row: dayPlan, input: dayPlanInput },
      clock,
    ),
    programs: createRepository({ name: 'program', table: () => db.programs, row: program, input: programInput }, clock),
    events: createRepository({ name: 'event', table: () => db.events, row: event, input: eventInput }, clock),
  };
}
export type Repositories = ReturnType<typeof repositories>;
