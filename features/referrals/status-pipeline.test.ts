import { describe, expect, it } from 'vitest';
import { checkTransition, nextStatuses } from './status-pipeline';

describe('checkTransition', () => {
  it('allows forward moves, skipping stages, without a reason', () => {
    expect(checkTransition('received', 'scheduled')).toEqual({ ok: true, kind: 'forward' });
    expect(checkTransition('received', 'seen')).toEqual({ ok: true, kind: 'forward' });
    expect(checkTransition('report-sent', 'closed')).toEqual({ ok: true, kind: 'forward' });
  });

  it('needs a reason to move back, cancel or reopen', () => {
    expect(checkTransition('seen', 'scheduled').ok).toBe(false);
    expect(checkTransition('seen', 'scheduled', 'rescheduled by the office')).toEqual({ ok: true, kind: 'back' });
    expect(checkTransition('scheduled', 'cancelled', '  ').ok).toBe(false);
    expect(checkTransition('scheduled', 'cancelled', 'Patient declined')).toEqual({ ok: true, kind: 'cancel' });
    expect(checkTransition('cancelled', 'received', 'patient called back')).toEqual({ ok: true, kind: 'reopen' });
  });

  it('refuses no-op moves, cancelling a closed referral and reopening straight to closed', () => {
    expect(checkTransition('seen', 'seen', 'x').ok).toBe(false);
    expect(checkTransition('closed', 'cancelled', 'x').ok).toBe(false);
    expect(checkTransition('cancelled', 'closed', 'x').ok).toBe(false);
  });

  it('lists the statuses reachable from each status', () => {
    expect(nextStatuses('received')).toEqual(['scheduled', 'seen', 'report-sent', 'closed', 'cancelled', 'lost']);
    expect(nextStatuses('closed')).toEqual(['received', 'scheduled', 'seen', 'report-sent']);
    expect(nextStatuses('cancelled')).toEqual(['received', 'scheduled', 'seen', 'report-sent']);
    expect(nextStatuses('lost')).toEqual(['received', 'scheduled', 'seen', 'report-sent']);
  });
});
