/** The tables whose rows carry `createdBy` / `updatedBy` from schema version 6 on (every table of records). */
export const authoredTables = [
  'physicians',
  'practices',
  'notes',
  'referrals',
  'outreach',
  'followUps',
  'portals',
  'dayPlans',
  'programs',
  'events',
] as const;
