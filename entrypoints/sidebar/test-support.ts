import type { PageContext } from '../../messaging/page-context';
import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
// The views SidebarMain loads on first need (their own chunks): imported here too, so that under a loaded machine a
// test's first click does not wait for the dynamic import to be transformed, only for it to resolve.
import './AddPhysician';
import './CapturedNote';
import './PhysicianView';

/** A scratch database for one component test (fake-indexeddb is loaded by tests/setup.ts). */
export async function scratchDatabase(): Promise<RoundsDatabase> {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return db;
}

/** Three physicians (two at Lakeside Heart) for sidebar tests. */
export async function seedPhysicians(db: RoundsDatabase) {
  const repos = repositories(db);
  const [jane, omar, li] = await repos.physicians.createMany([
    {
      first: 'Jane',
      last: 'Smith',
      credentials: ['MD', 'FACC'],
      npi: '1234567893',
      specialty: 'Cardiology',
      practiceName: 'Lakeside Heart',
      phone: '555-0100',
      fax: '555-0101',
      staff: [{ name: 'Rosa Diaz', role: 'office-manager', phone: '' }],
    },
    { first: 'Omar', last: 'Haddad', credentials: ['DO'], specialty: 'Orthopedics', practiceName: 'Lakeside Heart' },
    { first: 'Li', last: 'Chen', credentials: ['MD'], specialty: 'Oncology', practiceName: 'Northside Cancer Care' },
  ]);
  if (!jane || !omar || !li) throw new Error('seed failed');
  return { repos, jane, omar, li };
}

/** A ready page context naming the given physicians. */
export function pageContext(ids: string[], overrides: Partial<PageContext> = {}): PageContext {
  return {
    tabId: 7,
    portalId: crypto.randomUUID(),
    origin: 'https://portal.example.org',
    path: '/referrals/42',
    title: 'Referral 42',
    pageKey: 'https://portal.example.org/referrals/42',
    detected: ids.map((physicianId, i) => ({ physicianId, count: ids.length - i })),
    ...overrides,
  };
}
