import type { ServiceRequest } from '@medplum/fhirtypes';
import type { ReferralStatus } from '../../storage/schemas';

/**
 * The referral pipeline's stages as ServiceRequest.status (docs/EXPORT.md has this table). A referral is an order
 * the hospital has received: it stays `active` until the loop is closed with a report to the referring physician,
 * because the report back is part of what was asked. The exact stage also travels in an extension.
 */
export const serviceRequestStatus = {
  received: 'active',
  scheduled: 'active',
  seen: 'active',
  'report-sent': 'completed',
  closed: 'completed',
  cancelled: 'revoked',
  /** Sent to a competitor: the order ended here unfulfilled (who and why are Rounds-only: docs/EXPORT.md). */
  lost: 'revoked',
} as const satisfies Record<ReferralStatus, NonNullable<ServiceRequest['status']>>;
