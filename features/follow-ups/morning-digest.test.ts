import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../storage/schemas';
import { digestMessage, nextDigestTime } from './morning-digest';

const row = (id: string, physicianId: string | null, text = 'Call about J. Doe'): FollowUp => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  createdBy: '',
  updatedBy: '',
  dueDate: '2026-01-05',
  snoozedUntil: null,
  status: 'open',
  kind: 'manual',
  doneAt: null,
  physicianId,
  referralId: null,
  outreachId: null,
  sensitive: { text },
});

describe('morning digest', () => {
  it('fires at the next 8:00 local time', () => {
    expect(nextDigestTime(new Date(2026, 0, 5, 7, 59))).toEqual(new Date(2026, 0, 5, 8, 0, 0));
    expect(nextDigestTime(new Date(2026, 0, 5, 8, 0))).toEqual(new Date(2026, 0, 6, 8, 0, 0));
    expect(nextDigestTime(new Date(2026, 0, 31, 12, 0))).toEqual(new Date(2026, 1, 1, 8, 0, 0));
  });

  it('lists counts and names, never follow-up text (it may mention a patient)', () => {
    const names: Record<string, string> = { a: 'Jane A. Smith, MD', b: "Robert O'Brien, DO" };
    const text = digestMessage(
      { overdue: [row('1', 'a')], today: [row('2', 'b'), row('3', 'a')], thisWeek: [] },
      (id) => names[id],
    );
    expect(text).toEqual({
      title: 'Rounds: 1 overdue, 2 due today',
      message: "With Jane A. Smith, MD, Robert O'Brien, DO.",
    });
    expect(JSON.stringify(text)).not.toContain('Doe');
  });

  it('names four physicians at most, then says there are others', () => {
    const today = ['a', 'b', 'c', 'd', 'e'].map((id) => row(id, id));
    const text = digestMessage({ overdue: [], today, thisWeek: [] }, (id) => `Dr ${id.toUpperCase()}`);
    expect(text?.message).toBe('With Dr A, Dr B, Dr C, Dr D and others.');
  });

  it('stays quiet when nothing is due', () => {
    expect(digestMessage({ overdue: [], today: [], thisWeek: [row('1', 'a')] }, () => 'x')).toBeNull();
  });
});
