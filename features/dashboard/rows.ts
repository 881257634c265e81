// The stored row types the analytics read, in one place.
import type { concernCategories, networkStatuses } from '../../storage/schemas';

export type { Outreach, Physician, Practice, Program, Referral, ReferralStatus } from '../../storage/schemas';
export type ConcernCategory = (typeof concernCategories)[number];
export type NetworkStatus = (typeof networkStatuses)[number];
