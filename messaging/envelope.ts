import { z } from 'zod';

/** What travels over runtime messaging: a type and a payload, answered by ok/data or ok/error. */
export const envelope = z.object({ type: z.string().max(100), payload: z.unknown() }).strict();
export const reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof reply>;
