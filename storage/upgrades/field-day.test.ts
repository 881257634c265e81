import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyVersions, RoundsDatabase } from '../database';
import { physician, practice } from '../schemas';
import { schemaVersions } from '../versions';
import { staffRoleOf, upgradeStaffMember, withLocationIds } from './field-day';

describe('schema version 3 (field day)', () => {
  it('maps free-text roles onto the list and keeps what does not map in the notes', () => {
    expect(staffRoleOf('Referral coordinator')).toBe('referral-coordinator');
    expect(staffRoleOf('FRONT DESK')).toBe('front-desk');
    expect(staffRoleOf('Receptionist')).toBe('front-desk');
    expect(staffRoleOf('Practice administrator')).toBe('office-manager');
    expect(staffRoleOf('Scheduling')).toBe('scheduler');
    expect(staffRoleOf('RN')).toBe('nurse');
    expect(upgradeStaffMember({ name: 'Bo', role: 'Billing', phone: '' })).toEqual({
      name: 'Bo',
      role: 'other',
      phone: '',
      email: '',
      notes: 'Role: Billing',
    });
    expect(upgradeStaffMember({ name: 'Al', role: '', phone: '' })).toMatchObject({ role: 'other', notes: '' });
  });

  it('gives locations ids unique in their practice and keeps ids they have', () => {
    expect(withLocationIds([{ id: 'L2' }, {}, { id: '' }]).map((l) => l.id)).toEqual(['L2', 'L1', 'L3']);
  });

  it('upgrades 5,000 version 2 physicians and 1,000 practices with nothing lost', async () => {
    const name = `v3-many-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    applyVersions(old, schemaVersions, 2);
    await old.open();
    const roles = ['Referral coordinator', 'Front desk', 'Billing', '', 'Office Manager', 'Nurse'];
    const stamp = '2025-01-01T00:00:00.000Z';
    const id = (prefix: number, i: number) =>
      `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const physicians = Array.from({ length: 5_000 }, (_, i) => ({
      id: id(1, i),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      prefix: '',
      first: `F${i}`,
      middle: '',
      last: `L${i}`,
      suffix: '',
      credentials: [],
      specialty: '',
      taxonomyCode: '',
      practiceId: id(2, i % 1_000),
      practiceName: '',
      phone: '',
      fax: '',
      email: '',
      staff: [{ name: `S${i}`, role: roles[i % roles.length], phone: '' }],
      officeDays: i % 2 ? ['mon', 'thu'] : [],
      preferredContact: null,
      networkStatus: 'unknown',
      tags: ['north'],
      source: { kind: 'manual' },
      nameTokens: [`f${i}`, `l${i}`],
    }));
    const practices = Array.from({ length: 1_000 }, (_, i) => ({
      id: id(2, i),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      name: `P${i}`,
      locations: Array.from({ length: i % 3 }, (_, k) => ({
        label: `Site ${k}`,
        address: `${k} Main St`,
        city: '',
        state: '',
        postalCode: '',
        phone: '',
        fax: '',
      })),
      tags: [],
      nameKey: `p${i}`,
    }));
    await old.table('physicians').bulkAdd(physicians);
    await old.table('practices').bulkAdd(practices);
    old.close();

    const db = new RoundsDatabase(name);
    await db.open();
    const after = await db.physicians.toArray();
    expect(after).toHaveLength(5_000);
    for (const row of after) expect(physician.safeParse(row).success, row.id).toBe(true);
    expect(after.filter((p) => p.staff[0]?.notes === 'Role: Billing')).toHaveLength(Math.ceil(5_000 / 6) - 1);
    expect(await db.physicians.where('officeDays').equals('thu').count()).toBe(2_500);
    const places = await db.practices.toArray();
    expect(places).toHaveLength(1_000);
    for (const row of places) {
      expect(practice.safeParse(row).success, row.id).toBe(true);
      expect(row.locations.map((l) => l.id)).toEqual(row.locations.map((_, k) => `L${k + 1}`));
    }
    db.close();
  });
});
