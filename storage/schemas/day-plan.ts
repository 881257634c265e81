import { z } from 'zod';
import { day, instant, recordBase, recordId, systemKeys } from './common';

export const stopStatuses = ['planned', 'done', 'skipped'] as const;

/** One office visit in a day plan; done and skipped stops stay in the plan (what happened that day). */
export const planStop = z.object({
  physicianId: recordId,
  /** The practice location visited (a location id of the physician's practice), when known. */
  locationId: z.string().max(60).default(''),
  /** The open follow-up that brought this stop into the plan, if any. */
  followUpId: recordId.nullable().default(null),
  status: z.enum(stopStatuses).default('planned'),
  /** The outreach logged with `Done`. */
  outreachId: recordId.nullable().default(null),
  changedAt: instant.nullable().default(null),
});
export type PlanStop = z.infer<typeof planStop>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day (HH:MM)');

/** A liaison's plan for one local day (schema version 3): ordered stops, the start time, minutes per stop. */
export const dayPlan = recordBase.extend({
  day,
  startTime: time.default('09:00'),
  minutesPerStop: z.number().int().min(5).max(480).default(30),
  stops: z.array(planStop).max(100).default([]),
});
export type DayPlan = z.infer<typeof dayPlan>;
export const dayPlanInput = dayPlan.omit(systemKeys);
export type DayPlanInput = z.input<typeof dayPlanInput>;
