import type { z } from 'zod';
import { addDays, addMonths, localDateTime } from '../../features/follow-ups/local-day';
import type { LogOutreachRequest } from '../../messaging/outreach-log';
import { type activityType, activityTypes, type concernCategories } from '../../storage/schemas';
import type { Suggestion } from './suggestions';

type ActivityType = z.infer<typeof activityType>;
type ConcernCategory = (typeof concernCategories)[number];

/** Everything the quick-log form holds, as typed (strings for inputs). */
export interface QuickLogForm {
  chosen: Suggestion[];
  type: ActivityType;
  at: string;
  notes: string;
  topics: string[];
  concernCategory: ConcernCategory | '';
  concernText: string;
  giftValue: string;
  giftDescription: string;
  followUpDate: string;
  followUpText: string;
}

/** The remembered activity when it is a known type, else a visit. */
export function activityOrDefault(value: string | undefined): ActivityType {
  return (activityTypes as readonly string[]).includes(value ?? '') ? (value as ActivityType) : 'visit';
}

/** A fresh form: now, the last activity used, nothing chosen. */
export function emptyForm(lastActivity: string | undefined, now = new Date()): QuickLogForm {
  return {
    chosen: [],
    type: activityOrDefault(lastActivity),
    at: localDateTime(now),
    notes: '',
    topics: [],
    concernCategory: '',
    concernText: '',
    giftValue: '',
    giftDescription: '',
    followUpDate: '',
    followUpText: '',
  };
}

/** Quick choices for the follow-up date, from today. */
export const followUpChoices: Array<{ label: string; day: (today: string) => string }> = [
  { label: '+1 week', day: (t) => addDays(t, 7) },
  { label: '+2 weeks', day: (t) => addDays(t, 14) },
  { label: '+1 month', day: (t) => addMonths(t, 1) },
];

/** True when the outreach date lies in the future (allowed, but worth a warning). */
export function isFuture(at: string, now = new Date()): boolean {
  const t = new Date(at).getTime();
  return Number.isFinite(t) && t > now.getTime() + 60_000;
}

/** The `outreach.log` request for the form, or a sentence saying what is missing. */
export function toRequest(form: QuickLogForm): { request: LogOutreachRequest } | { problem: string } {
  const physicianIds: string[] = [];
  const newPhysicians = [];
  let practiceId: string | null = null;
  for (const c of form.chosen) {
    if (c.kind === 'physician') physicianIds.push(c.physician.id);
    else if (c.kind === 'practice') practiceId = c.practice.id;
    else newPhysicians.push(c.name);
  }
  if (!physicianIds.length && !newPhysicians.length && !practiceId) {
    return { problem: 'Choose a physician or a practice first.' };
  }
  const at = new Date(form.at);
  if (Number.isNaN(at.getTime())) return { problem: 'The date is not valid.' };
  const gift = form.giftValue.trim() ? Math.round(Number.parseFloat(form.giftValue) * 100) : null;
  if (gift !== null && !(gift >= 0)) return { problem: 'The meal or gift value is not a number.' };
  return {
    request: {
      entry: {
        physicianIds,
        practiceId,
        type: form.type,
        at: at.toISOString(),
        topics: form.topics,
        concern: form.concernCategory ? { category: form.concernCategory } : null,
        giftValueCents: gift,
        giftDescription: form.giftDescription,
        followUpDate: form.followUpDate || null,
        sensitive: {
          notes: form.notes,
          outcome: '',
          concernText: form.concernCategory ? form.concernText : '',
          followUpText: form.followUpDate ? form.followUpText : '',
        },
      },
      newPhysicians,
    },
  };
}
