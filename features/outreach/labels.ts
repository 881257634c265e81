import type { concernCategories } from '../../storage/schemas';

type ConcernCategory = (typeof concernCategories)[number];

/** How each concern category reads to a liaison. */
export const concernLabels: Record<ConcernCategory, string> = {
  access: 'Access',
  'scheduling-delay': 'Scheduling delay',
  communication: 'Communication',
  'report-turnaround': 'Report turnaround',
  staff: 'Staff',
  quality: 'Quality',
  other: 'Other',
};

/** Service lines offered as quick topic chips (free topics are stored the same way, as text). */
export const serviceLineTopics = [
  'Cardiology',
  'Orthopedics',
  'Imaging',
  'Oncology',
  'Neurology',
  'Women’s health',
  'Sleep',
  'Lab',
] as const;
