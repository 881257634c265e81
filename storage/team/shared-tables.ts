/**
 * The tables a team shares through the team server (issue 17). Notes stay personal until a note can be marked
 * shared; portals, settings, day plans and events stay in the liaison's browser.
 */
export const sharedTables = ['physicians', 'practices', 'outreach', 'followUps', 'referrals', 'programs'] as const;
export type SharedTable = (typeof sharedTables)[number];

export const isSharedTable = (name: string): name is SharedTable => (sharedTables as readonly string[]).includes(name);

/** The outbox table (schema version 6): one row per shared record written here since it was last replicated. */
export const outboxTable = 'syncOutbox';
/** The outbox key that says "a range or bulk write happened in this table: compare the whole table". */
export const wholeTable = (table: string) => `${table}:*`;
/** More rows than this in one write (an import, a seed): log the whole table instead of every id. */
export const bulkOutboxLimit = 256;
