import type { z } from 'zod';
import { t } from '../../locales/i18n';
import type { LogOutreachRequest, NewPhysician } from '../../messaging/outreach-log';
import { type activityType, activityTypes, type concernCategories, type MaterialLeft } from '../../storage/schemas';
import { addDays, addMonths, localDateTime } from '../follow-ups/local-day';

type ActivityType = z.infer<typeof activityType>;
type ConcernCategory = (typeof concernCategories)[number];

/** The fields of one outreach as a form holds them (strings for inputs): the same in the popup and the sidebar. */
export interface OutreachFields {
  type: ActivityType;
  at: string;
  /** Where, when not the office: hospital rounds, grand rounds, the doctors' lounge. */
  location: string;
  notes: string;
  /** Programs presented and materials left (schema version 4: programs replaced the topic chips). */
  programIds: string[];
  materialsLeft: MaterialLeft[];
  /** '' or '1'…'5'. */
  satisfaction: string;
  concernCategory: ConcernCategory | '';
  concernText: string;
  concernDepartment: string;
  concernOwner: string;
  giftValue: string;
  giftDescription: string;
  followUpDate: string;
  followUpText: string;
}

/** Who the outreach was with: directory physicians, physicians new to the directory, or a practice. */
export interface OutreachWith {
  physicianIds: string[];
  newPhysicians: NewPhysician[];
  practiceId: string | null;
}

/** The remembered activity when it is a known type, else a visit. */
export function activityOrDefault(value: string | undefined): ActivityType {
  return (activityTypes as readonly string[]).includes(value ?? '') ? (value as ActivityType) : 'visit';
}

/** Fresh fields: now, the last activity used. */
export function emptyOutreachFields(lastActivity: string | undefined, now = new Date()): OutreachFields {
  return {
    type: activityOrDefault(lastActivity),
    at: localDateTime(now),
    location: '',
    notes: '',
    programIds: [],
    materialsLeft: [],
    satisfaction: '',
    concernCategory: '',
    concernText: '',
    concernDepartment: '',
    concernOwner: '',
    giftValue: '',
    giftDescription: '',
    followUpDate: '',
    followUpText: '',
  };
}

/** Quick choices for the follow-up date, from today. */
export const followUpChoices: Array<{ label: string; day: (today: string) => string }> = [
  { label: t('outreach.1Week'), day: (t) => addDays(t, 7) },
  { label: t('outreach.2Weeks'), day: (t) => addDays(t, 14) },
  { label: t('outreach.1Month'), day: (t) => addMonths(t, 1) },
];

/** True when the outreach date lies in the future (allowed, but worth a warning). */
export function isFuture(at: string, now = new Date()): boolean {
  const t = new Date(at).getTime();
  return Number.isFinite(t) && t > now.getTime() + 60_000;
}

/**
 * The `outreach.log` request for these fields, or a sentence saying what is missing: the one write path for
 * outreach, whichever form it comes from (the background stores it in one transaction, `log-outreach.background.ts`).
 */
export function toLogRequest(
  fields: OutreachFields,
  withWhom: OutreachWith,
): { request: LogOutreachRequest } | { problem: string } {
  const { physicianIds, newPhysicians, practiceId } = withWhom;
  if (!physicianIds.length && !newPhysicians.length && !practiceId) {
    return { problem: t('outreach.chooseAPhysicianOrA') };
  }
  const at = new Date(fields.at);
  if (Number.isNaN(at.getTime())) return { problem: t('outreach.theDateIsNotValid') };
  const gift = fields.giftValue.trim() ? Math.round(Number.parseFloat(fields.giftValue) * 100) : null;
  if (gift !== null && !(gift >= 0)) return { problem: t('outreach.theMealOrGiftValue') };
  return {
    request: {
      entry: {
        physicianIds,
        practiceId,
        type: fields.type,
        at: at.toISOString(),
        programIds: fields.programIds,
        materialsLeft: fields.materialsLeft,
        satisfaction: fields.satisfaction ? Number(fields.satisfaction) : null,
        concern: fields.concernCategory
          ? {
              category: fields.concernCategory,
              department: fields.concernDepartment.trim(),
              owner: fields.concernOwner.trim(),
            }
          : null,
        giftValueCents: gift,
        giftDescription: fields.giftDescription,
        followUpDate: fields.followUpDate || null,
        location: fields.location.trim(),
        sensitive: {
          notes: fields.notes,
          outcome: '',
          concernText: fields.concernCategory ? fields.concernText : '',
          followUpText: fields.followUpDate ? fields.followUpText : '',
        },
      },
      newPhysicians,
    },
  };
}
