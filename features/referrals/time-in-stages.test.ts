import { describe, expect, it } from 'vitest';
import { stageStays, timeInStages } from './time-in-stages';

const hour = 3_600_000;
const day = 24 * hour;
const h = (status: 'received' | 'scheduled' | 'seen' | 'report-sent' | 'closed' | 'cancelled', at: string) => ({
  status,
  at,
  reason: '',
});

describe('timeInStages', () => {
  it('sums completed stays and leaves out closed', () => {
    const history = [
      h('received', '2025-11-03T10:00:00Z'),
      h('scheduled', '2025-11-05T10:00:00Z'),
      h('seen', '2025-11-12T10:00:00Z'),
      h('report-sent', '2025-11-13T16:00:00Z'),
      h('closed', '2025-11-14T16:00:00Z'),
    ];
    expect(timeInStages({ history }, new Date('2026-01-01T00:00:00Z'))).toEqual({
      received: 2 * day,
      scheduled: 7 * day,
      seen: day + 6 * hour,
      'report-sent': day,
    });
  });

  it('counts the current stay up to now and adds repeat stays after a move back', () => {
    const history = [
      h('received', '2025-11-03T10:00:00Z'),
      h('scheduled', '2025-11-04T10:00:00Z'),
      h('received', '2025-11-05T10:00:00Z'),
      h('scheduled', '2025-11-06T10:00:00Z'),
    ];
    expect(timeInStages({ history }, new Date('2025-11-08T10:00:00Z'))).toEqual({
      received: 2 * day,
      scheduled: 3 * day,
    });
  });

  it('orders history by time, whatever the offset it was written with', () => {
    const stays = stageStays([h('scheduled', '2025-11-05T08:00:00-05:00'), h('received', '2025-11-05T12:00:00Z')]);
    expect(stays.map((s) => s.status)).toEqual(['received', 'scheduled']);
    expect(stays[0]?.toMs).toBe(Date.parse('2025-11-05T13:00:00Z'));
    expect(stays[1]?.toMs).toBeNull();
  });
});
