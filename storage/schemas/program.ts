import { z } from 'zod';
import { recordBase, recordId, systemKeys, text } from './common';

/** What a program is to a referring physician (schema version 4). */
export const programKinds = ['service', 'clinical-program', 'research-study', 'new-technology'] as const;
export type ProgramKind = (typeof programKinds)[number];

/** A leave-behind: a brochure, a referral pad, a one-pager, with the version that was printed. */
export const programMaterial = z.object({
  name: text(200).min(1, 'a material needs a name'),
  version: text(60).default(''),
});

/**
 * A program of the hospital a liaison presents: a service, a clinical program, a research study or trial, a new
 * technology (schema version 4; version 3's topic chips became programs, storage/upgrades/relationship-loop.ts).
 */
export const program = recordBase.extend({
  name: text(200).min(1, 'a program needs a name'),
  serviceLine: text(100).default(''),
  kind: z.enum(programKinds).default('service'),
  talkingPoints: text(5_000).default(''),
  /** Eligibility and how to refer: who qualifies and the steps. */
  howToRefer: text(2_000).default(''),
  phone: text(40).default(''),
  fax: text(40).default(''),
  link: z.union([z.literal(''), z.url({ message: 'not a web address' })]).default(''),
  materials: z.array(programMaterial).max(50).default([]),
});
export type Program = z.infer<typeof program>;
export const programInput = program.omit(systemKeys);
export type ProgramInput = z.input<typeof programInput>;

/** A material left at a visit or an event: which program's, and which printed version. */
export const materialLeft = z.object({
  programId: recordId,
  name: text(200).min(1),
  version: text(60).default(''),
});
export type MaterialLeft = z.infer<typeof materialLeft>;
