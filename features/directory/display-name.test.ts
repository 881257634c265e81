import { describe, expect, it } from 'vitest';
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

describe('describeCandidate', () => {
  it('adds specialty and practice', () => {
    expect(describeCandidate(jane)).toBe('Jane A. Smith, MD — Cardiology, Lakeside Heart');
    expect(describeCandidate({ ...jane, specialty: '' })).toBe('Jane A. Smith, MD — Lakeside Heart');
    expect(describeCandidate({ ...jane, specialty: '', practiceName: '' })).toBe('Jane A. Smith, MD');
  });
});
