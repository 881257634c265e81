import type { DashboardRows } from '../../features/dashboard/prepare';
import type { Outreach, Physician, Practice, Program, Referral, ReferralStatus } from '../../features/dashboard/rows';
// Deterministic synthetic rows at real scale, for the bench and e2e. No Node APIs: it runs in an extension page.
import { referralPipeline } from '../../features/referrals/status-pipeline';
import { concernCategories, networkStatuses } from '../../storage/schemas';
import { programIdOfTopic, programOfTopic } from '../../storage/upgrades/relationship-loop';
import { seededRandom } from './seeded-random';

export interface GenerateOptions {
  physicians: number;
  practices: number;
  referrals: number;
  outreach: number;
  seed: number;
  /** The last instant rows may fall on; rows spread over `days` before it. */
  nowMs: number;
  days: number;
}

export const benchScale: GenerateOptions = {
  physicians: 50_000,
  practices: 8_000,
  referrals: 100_000,
  outreach: 200_000,
  seed: 20_251_103,
  nowMs: Date.parse('2026-03-31T12:00:00Z'),
  days: 730,
};

export const serviceLines = [
  'Cardiology',
  'Oncology',
  'Orthopedics',
  'Neurology',
  'Imaging',
  'Surgery',
  'Women’s Health',
  'Pediatrics',
];
export const territories = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Lakeside',
  'Valley',
  'Coast',
  'Metro',
  'Rural',
];
const lastNames = [
  'Ruiz',
  'Okafor',
  'Lam',
  'Nguyen',
  'Smith',
  'Patel',
  'Garcia',
  'Kim',
  'Cohen',
  'Haddad',
  'Novak',
  'Silva',
];
const firstNames = ['Ana', 'Ben', 'Cy', 'Dana', 'Eli', 'Fatima', 'Grace', 'Hiro', 'Ines', 'Jon', 'Kofi', 'Lena'];
const dayMs = 86_400_000;

/** Physicians, practices, referrals and outreach rows, valid by the storage schemas. */
export function generateDashboardRows(options: GenerateOptions = benchScale): Required<DashboardRows> {
  const rand = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const iso = (ms: number) => new Date(ms).toISOString();
  const startMs = options.nowMs - options.days * dayMs;
  const stamp = iso(startMs);
  const base = () => ({
    id: uuid(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    createdBy: '',
    updatedBy: '',
  });

  const practices: Practice[] = Array.from({ length: options.practices }, (_, i) => {
    const name = `${pick(lastNames)} ${pick(['Family Medicine', 'Internal Medicine', 'Medical Group', 'Clinic'])} ${i}`;
    return { ...base(), name, locations: [], tags: [pick(territories)], nameKey: name.toLowerCase() };
  });
  const physicians: Physician[] = Array.from({ length: options.physicians }, () => {
    const practice = rand() < 0.9 && practices.length > 0 ? pick(practices) : null;
    const first = pick(firstNames);
    const last = pick(lastNames);
    return {
      ...base(),
      prefix: '',
      first,
      middle: '',
      last,
      suffix: '',
      credentials: ['MD'],
      specialty: 'Family Medicine',
      taxonomyCode: '',
      practiceId: practice?.id ?? null,
      practiceName: '',
      phone: '',
      fax: '',
      email: '',
      staff: [],
      officeDays: [],
      preferredContact: null,
      networkStatus: pick(networkStatuses),
      tags: practice ? [...practice.tags] : rand() < 0.5 ? [pick(territories)] : [],
      dayLocations: {},
      tier: null,
      visitEveryDays: null,
      loyaltyNote: '',
      source: { kind: 'manual' },
      nameTokens: [first.toLowerCase(), last.toLowerCase()],
    };
  });
  // A third of physicians refer, weighted so a few refer a lot (as in real referral books).
  const referrers = physicians.slice(0, Math.max(1, Math.floor(physicians.length / 3)));
  const referrer = () => referrers[Math.floor(rand() ** 2 * referrers.length)] as Physician;

  const referrals: Referral[] = Array.from({ length: options.referrals }, () => {
    const receivedMs = startMs + Math.floor(rand() * options.days * dayMs);
    const history: Referral['history'] = [{ status: 'received', at: iso(receivedMs), reason: '' }];
    let at = receivedMs;
    const stages = Math.floor(rand() * referralPipeline.length);
    for (let k = 1; k <= stages; k++) {
      at += Math.floor((0.2 + rand() * 10) * dayMs);
      if (at > options.nowMs) break;
      history.push({ status: referralPipeline[k] as ReferralStatus, at: iso(at), reason: '' });
    }
    if (rand() < 0.08 && at + dayMs < options.nowMs)
      history.push({ status: 'cancelled', at: iso(at + dayMs), reason: 'Patient declined' });
    return {
      ...base(),
      physicianId: referrer().id,
      serviceLine: pick(serviceLines),
      receivedAt: iso(receivedMs),
      status: history[history.length - 1]?.status ?? 'received',
      history,
      followUpDate: null,
      lostTo: '',
      lostReason: null,
      page: null,
      pageKey: null,
      sensitive: { patientRef: '', notes: '' },
    };
  });

  const outreach: Outreach[] = Array.from({ length: options.outreach }, () => {
    const atMs = startMs + Math.floor(rand() * options.days * dayMs);
    const practiceOnly = rand() < 0.1 && practices.length > 0;
    const physicianIds = practiceOnly
      ? []
      : Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(physicians).id);
    const concern =
      rand() < 0.05
        ? {
            category: pick(concernCategories),
            resolvedAt: rand() < 0.6 ? iso(Math.min(options.nowMs, atMs + Math.floor(rand() * 60 * dayMs))) : null,
          }
        : null;
    const full = concern && {
      ...concern,
      status: concern.resolvedAt ? ('resolved' as const) : ('open' as const),
      department: '',
      owner: '',
      actions: [],
      reportedBackOn: null,
    };
    return {
      ...base(),
      physicianIds,
      practiceId: practiceOnly ? pick(practices).id : null,
      type: 'visit',
      at: iso(atMs),
      durationMinutes: null,
      // Programs named after service lines (the ids a version 3 topic of that name upgrades to).
      programIds: rand() < 0.6 ? [programIdOfTopic(pick(serviceLines))] : [],
      materialsLeft: [],
      concern: full,
      giftValueCents: null,
      giftDescription: '',
      followUpDate: null,
      location: '',
      satisfaction: null,
      eventId: null,
      sensitive: { notes: '', outcome: '', concernText: '', followUpText: '', concernResolution: '' },
    };
  });
  // In receivedAt order, as the dashboard reads them through that index.
  referrals.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  const programs = serviceLines.map((line) => ({ ...programOfTopic(line, stamp), serviceLine: line }) as Program);
  return { physicians, practices, referrals, outreach, programs };
}

export { seededRandom };
