import { describe, expect, it } from 'vitest';
import { physicianRow } from '../../tests/fixtures/dashboard/rows';
import { prepareDashboardData } from '../dashboard/prepare';
import { describeCandidate } from './describe-candidate';
import { displayName } from './display-name';

const jane = {
  first: 'Jane',
  middle: 'Ann',
  last: 'Smith',
  suffix: '',
  credentials: ['MD'],
  specialty: 'Cardiology',
  practiceName: 'Lakeside Heart',
};

describe('displayName', () => {
  it('shows first, middle initial, last and credentials', () => {
    expect(displayName(jane)).toBe('Jane A. Smith, MD');
    expect(displayName({ ...jane, middle: 'Q.' })).toBe('Jane Q. Smith, MD');
  });

  it('puts a generational suffix before the credentials and leaves empty parts out', () => {
    expect(displayName({ ...jane, middle: '', suffix: 'Jr.', credentials: ['MD', 'FACC'] })).toBe(
      'Jane Smith Jr., MD, FACC',
    );
    expect(displayName({ ...jane, first: '', middle: '', credentials: [] })).toBe('Smith');
  });
});

describe('one display name in every view', () => {
  it('the dashboard names a physician as the sidebar, popup and capture do (title left out, middle as initials)', () => {
    const row = physicianRow(1, {
      prefix: 'Dr',
      first: 'Ana',
      middle: 'Maria Luisa',
      last: 'Ruiz',
      suffix: 'Jr.',
      credentials: ['MD', 'FACC'],
    });
    const [shown] = prepareDashboardData({ physicians: [row], referrals: [], outreach: [] }).physicians;
    expect(shown?.name).toBe('Ana M. L. Ruiz Jr., MD, FACC');
    expect(shown?.name).toBe(displayName(row));
  });
});

describe('describeCandidate', () => {
  it('adds specialty and practice', () => {
    expect(describeCandidate(jane)).toBe('Jane A. Smith, MD — Cardiology, Lakeside Heart');
    expect(describeCandidate({ ...jane, specialty: '' })).toBe('Jane A. Smith, MD — Lakeside Heart');
    expect(describeCandidate({ ...jane, specialty: '', practiceName: '' })).toBe('Jane A. Smith, MD');
  });
});
