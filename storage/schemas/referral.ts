import { z } from 'zod';
import { day, instant, pageRef, recordBase, recordId, systemKeys, text } from './common';

export const referralStatuses = [
  'received',
  'scheduled',
  'seen',
  'report-sent',
  'closed',
  'cancelled',
  'lost',
] as const;
export const referralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof referralStatus>;

/** Why a referral went elsewhere (schema version 4, with the `lost` status). */
export const lostReasons = [
  'access-wait',
  'insurance',
  'patient-preference',
  'physician-preference',
  'distance',
  'service-not-offered',
  'communication',
  'other',
] as const;
export type LostReason = (typeof lostReasons)[number];

export const statusChange = z.object({
  status: referralStatus,
  at: instant,
  reason: text(500).default(''),
});

/** Patient-facing fields kept apart from indexes (encryptable later). Never required to be a name. */
export const referralSensitive = z.object({
  patientRef: text(60).default(''),
  notes: text(10_000).default(''),
});

export const referral = recordBase.extend({
  physicianId: recordId,
  serviceLine: text(100).default(''),
  receivedAt: instant,
  status: referralStatus.default('received'),
  history: z.array(statusChange).min(1),
  followUpDate: day.nullable().default(null),
  /** A competitor from the settings' list, when the status is `lost` (schema version 4). */
  lostTo: text(200).default(''),
  lostReason: z.enum(lostReasons).nullable().default(null),
  page: pageRef.nullable().default(null),
  pageKey: z.string().nullable().default(null),
  sensitive: referralSensitive.default({ patientRef: '', notes: '' }),
});
export type Referral = z.infer<typeof referral>;
export const referralInput = referral.omit({ ...systemKeys, pageKey: true, status: true }).extend({
  history: z.array(statusChange).min(1).optional(),
  status: referralStatus.default('received'),
});
export type ReferralInput = z.input<typeof referralInput>;
