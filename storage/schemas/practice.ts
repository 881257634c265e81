import { z } from 'zod';
import { phone, recordBase, systemKeys, text } from './common';

export const practiceLocation = z.object({
  label: text(100).default(''),
  address: text(300).default(''),
  city: text(100).default(''),
  state: text(40).default(''),
  postalCode: text(20).default(''),
  phone,
  fax: phone,
});

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
