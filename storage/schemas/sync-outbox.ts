import { z } from 'zod';

/** A shared record written here since it was last replicated (`table:id`, or `table:*` for a bulk write). */
export const syncOutboxRow = z.object({ id: z.string().max(200), token: z.string().max(100) });
export type SyncOutboxRow = z.infer<typeof syncOutboxRow>;
