import { withDerivedFields } from '../../features/transfer/derived-fields';
import {
  rowSchemas,
  type TransferData,
  type TransferTableName,
  transferTableNames,
} from '../../features/transfer/tables';
import { npiCheckDigit } from '../../storage/npi';
import { activityTypes, referralStatuses } from '../../storage/schemas';
import { programIdOfTopic, programOfTopic } from '../../storage/upgrades/relationship-loop';
import { seededRandom } from './seeded-random';

export type Sizes = Partial<Record<TransferTableName, number>>;

const lasts = ['García-López', "O'Brien", 'Nguyen', 'Smith, Jr', 'Müller', '=SUM(A1)', 'Lee "Doc"', '王'];
const firsts = ['Ana', 'Émile', 'John', 'Priya', '+Mo', 'Zoë', '@home', 'Li'];
const bodies = ['Met at lunch;\r\nasked about MRI slots', 'Plain note', '-2 referrals lost', 'Tab\there', 'Ünïcødé ✓'];

/** Valid rows for every table (soft-deleted ones included), in their schema's output shape. */
export function generateData(seed: number, sizes: Sizes): TransferData {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const base = Date.UTC(2024, 0, 1);
  const instant = () => new Date(base + Math.floor(rnd() * 500 * 86_400_000)).toISOString();
  const stamps = () => {
    const createdAt = instant();
    const updatedAt = new Date(Date.parse(createdAt) + Math.floor(rnd() * 86_400_000)).toISOString();
    return { id: uuid(), createdAt, updatedAt, deletedAt: rnd() < 0.05 ? updatedAt : null };
  };
  const npi = () => {
    const first9 = `1${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
    return `${first9}${npiCheckDigit(first9)}`;
  };
  const n = (t: TransferTableName) => sizes[t] ?? 0;
  const practices = Array.from({ length: n('practices') }, () => ({
    ...stamps(),
    name: `${pick(lasts)} Clinic`,
    locations: [{ label: 'Main', address: '1 Main St', city: 'Omaha', state: 'NE', postalCode: '68102' }],
  }));
  const practiceIds = practices.map((p) => p.id);
  const physicians = Array.from({ length: n('physicians') }, () => ({
    ...stamps(),
    first: pick(firsts),
    last: pick(lasts),
    credentials: rnd() < 0.5 ? ['MD'] : ['DO', 'PhD'],
    npi: rnd() < 0.8 ? npi() : undefined,
    practiceId: practiceIds.length && rnd() < 0.7 ? pick(practiceIds) : null,
    tags: rnd() < 0.3 ? ['ortho', 'high-value'] : [],
    phone: '+1 402 555 0100',
  }));
  const physicianIds = physicians.map((p) => p.id);
  const someone = () => (physicianIds.length ? [pick(physicianIds)] : []);
  const referrals = Array.from({ length: n('referrals') }, () => {
    const s = stamps();
    const status = pick(referralStatuses);
    return {
      ...s,
      physicianId: someone()[0] ?? uuid(),
      receivedAt: s.createdAt,
      status,
      history: [{ status, at: s.createdAt }],
    };
  });
  const outreachRows = Array.from({ length: n('outreach') }, () => ({
    ...stamps(),
    physicianIds: someone(),
    practiceId: physicianIds.length ? null : uuid(),
    type: pick(activityTypes),
    at: instant(),
    programIds: [programIdOfTopic('MRI')],
    satisfaction: 4,
    sensitive: { notes: pick(bodies), outcome: '', concernText: '', followUpText: '' },
  }));
  const notes = Array.from({ length: n('notes') }, () => ({
    ...stamps(),
    physicianIds: someone(),
    sensitive: { body: pick(bodies) },
  }));
  const followUps = Array.from({ length: n('followUps') }, () => ({
    ...stamps(),
    dueDate: instant().slice(0, 10),
    physicianId: someone()[0] ?? null,
  }));
  const portals = Array.from({ length: n('portals') }, (_, i) => ({
    ...stamps(),
    origin: `https://portal${i}.example.org`,
  }));
  const settings = n('settings') ? [{ key: 'app', referralFollowUpDays: 5 }] : [];
  const dayPlans = Array.from({ length: n('dayPlans') }, () => ({
    ...stamps(),
    day: instant().slice(0, 10),
    stops: someone().map((physicianId) => ({ physicianId })),
  }));
  const programs = n('programs') ? [programOfTopic('MRI', stamps().createdAt)] : [];
  const events = Array.from({ length: n('events') }, () => ({
    ...stamps(),
    type: 'lunch-and-learn',
    date: instant().slice(0, 10),
    attendeeIds: someone(),
    costCents: 12_000,
  }));
  const raw = {
    physicians,
    practices,
    notes,
    referrals,
    outreach: outreachRows,
    followUps,
    portals,
    settings,
    dayPlans,
    programs,
    events,
  };
  const out = {} as Record<string, unknown[]>;
  for (const t of transferTableNames) {
    out[t] = (raw[t] as object[]).map((row) => rowSchemas[t].parse(withDerivedFields(t, row)));
  }
  return out as unknown as TransferData;
}

/** Writes generated rows straight into the tables (bulkPut), bypassing repositories for speed. */
export async function seedTables(
  db: { table: (name: string) => { bulkPut: (rows: object[]) => Promise<unknown> } },
  data: TransferData,
) {
  for (const t of transferTableNames) if (data[t].length) await db.table(t).bulkPut(data[t] as object[]);
}

export { seededRandom };
