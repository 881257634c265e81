import { z } from 'zod';

/** What travels over runtime messaging: a type and a payload, answered by ok/data or ok/error. */
export const envelope = z.object({ type: z.string().max(100), payload: z.unknown() }).strict();
export const reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  // code/params: a coded error (locales/coded-error.ts), translated by the page that shows it.
  z.object({
    ok: z.literal(false),
    error: z.string(),
    code: z.string().max(100).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
]);
export type Reply = z.infer<typeof reply>;
