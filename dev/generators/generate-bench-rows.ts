import type { NoteInput, OutreachInput, PhysicianInput, PracticeInput } from '../../storage/schemas';
import { activityTypes } from '../../storage/schemas';
import { seededRandom } from './seeded-random';

/** The seeded PRNG every generator shares, so every run seeds the same rows. */
export const prng = seededRandom;

const firsts = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Priya',
  'Wei',
  'José',
  'María',
  'Aisha',
  'Omar',
  'Hannah',
  'Luis',
  'Grace',
  'Chen',
  'Fatima',
  'Ivan',
];
const lasts = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  "O'Brien",
  'McDonald',
  'de la Cruz',
  'Nguyen',
  'Patel',
  'Kim',
  'Okafor',
  'van der Berg',
  'García-López',
];
const specialties = [
  'Cardiology',
  'Family Medicine',
  'Internal Medicine',
  'Orthopaedic Surgery',
  'Oncology',
  'Neurology',
  'Pediatrics',
  'Obstetrics & Gynecology',
  'Gastroenterology',
  'Pulmonology',
];
const credentials = [['MD'], ['DO'], ['MD', 'FACC'], ['MD', 'PhD'], ['NP'], ['PA-C'], ['MD', 'FACS']];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

export function generatePractices(count: number, seed = 1): PracticeInput[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    name: `${pick(rand, lasts)} ${pick(rand, specialties)} Group ${i}`,
    locations: [
      {
        label: 'Main',
        address: `${i} Main St`,
        city: 'Riverton',
        state: 'OH',
        postalCode: '44001',
        phone: '',
        fax: '',
      },
    ],
    tags: [pick(rand, ['north', 'south', 'east', 'west'])],
  }));
}

/** Physicians spread over the given practices; the first name is varied with a counter so names stay distinct-ish. */
export function generatePhysicians(
  count: number,
  practices: { id: string; name: string }[],
  seed = 2,
): PhysicianInput[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const practice = practices.length ? pick(rand, practices) : undefined;
    return {
      first: pick(rand, firsts),
      middle: String.fromCharCode(65 + Math.floor(rand() * 26)),
      last: `${pick(rand, lasts)}${i % 7 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`,
      credentials: pick(rand, credentials),
      specialty: pick(rand, specialties),
      practiceId: practice?.id ?? null,
      practiceName: practice?.name ?? '',
      networkStatus: pick(rand, [
        'in-network',
        'affiliated',
        'independent',
        'out-of-network',
        'competitor',
        'unknown',
      ] as const),
      tags: [pick(rand, ['north', 'south', 'east', 'west'])],
    };
  });
}

const day = 86_400_000;
const base = Date.parse('2026-11-01T12:00:00Z');

export function generateNotes(count: number, physicianIds: string[], seed = 3): NoteInput[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    physicianIds: [pick(rand, physicianIds)],
    sensitive: { body: `Note ${i}: discussed referral pathway and fax numbers; follow up in two weeks.` },
  }));
}

export function generateOutreach(count: number, physicianIds: string[], seed = 4): OutreachInput[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => ({
    physicianIds: [pick(rand, physicianIds)],
    type: pick(rand, activityTypes),
    at: new Date(base - Math.floor(rand() * 730) * day).toISOString(),
    topics: [pick(rand, specialties)],
    sensitive: { notes: 'Dropped off schedule cards.', outcome: '', concernText: '', followUpText: '' },
  }));
}
