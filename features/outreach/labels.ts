import { t } from '../../locales/i18n';
import type { concernCategories } from '../../storage/schemas';

type ConcernCategory = (typeof concernCategories)[number];

/** How each concern category reads to a liaison. */
export const concernLabels: Record<ConcernCategory, string> = {
  access: t('outreach.access'),
  'scheduling-delay': t('outreach.schedulingDelay'),
  communication: t('outreach.communication'),
  'report-turnaround': t('outreach.reportTurnaround'),
  staff: t('outreach.staff'),
  quality: t('outreach.quality'),
  other: t('outreach.other'),
};

/** Service lines offered as quick topic chips (free topics are stored the same way, as text). */
export const serviceLineTopics = [
  t('outreach.cardiology'),
  t('outreach.orthopedics'),
  t('outreach.imaging'),
  t('outreach.oncology'),
  t('outreach.neurology'),
  t('outreach.womenSHealth'),
  t('outreach.sleep'),
  t('outreach.lab'),
] as const;
