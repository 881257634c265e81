import { z } from 'zod';
import { phone, recordBase, systemKeys, text, weekdays } from './common';

/** Office hours as written per weekday ("8–12, 13–17"; empty: closed or unknown). */
export const officeHours = z.object(Object.fromEntries(weekdays.map((d) => [d, text(60).default('')]))) as z.ZodObject<
  Record<(typeof weekdays)[number], z.ZodDefault<z.ZodString>>
>;
export const noHours = officeHours.parse({});

export const practiceLocation = z.object({
  /** Stable within its practice ("L1", "L2"…), so a physician's office days can point at it; set on write. */
  id: z.string().trim().max(60).default(''),
  label: text(100).default(''),
  address: text(300).default(''),
  city: text(100).default(''),
  state: text(40).default(''),
  postalCode: text(20).default(''),
  phone,
  fax: phone,
  hours: officeHours.default(noHours),
});

export type PracticeLocation = z.infer<typeof practiceLocation>;

export const practice = recordBase.extend({
  name: text(200).min(1, 'a practice name is required'),
  locations: z.array(practiceLocation).max(100).default([]),
  tags: z.array(text(60).min(1)).max(50).default([]),
  /** Lower-cased name for prefix look-ups. */
  nameKey: z.string(),
});
export type Practice = z.infer<typeof practice>;
export const practiceInput = practice.omit({ ...systemKeys, nameKey: true });
export type PracticeInput = z.input<typeof practiceInput>;
