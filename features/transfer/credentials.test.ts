import { describe, expect, it } from 'vitest';
import { normaliseCredentials, splitPrefixAndCredentials } from './credentials';

describe('normaliseCredentials', () => {
  it.each([
    ['M.D.', ['MD']],
    ['M. D.', ['MD']],
    ['MD, PHD', ['MD', 'PhD']],
    ['M.D., M.P.H.', ['MD', 'MPH']],
    ['B.C.P.S., PH.D.', ['BCPS', 'PhD']],
    ['PHARM.D., BCPP, PHC', ['PharmD', 'BCPP', 'PHC']],
    ['P.A.-C', ['PA-C']],
    ['P.A.-C.', ['PA-C']],
    ['MSW LICSW', ['MSW', 'LICSW']],
    ['AU.D.', ['AuD']],
    ['PSYD, HSPP', ['PsyD', 'HSPP']],
    ['D.O.', ['DO']],
    ['O. D.', ['OD']],
    ['MD/FACC', ['MD', 'FACC']],
    ['', []],
  ])('%s → %j', (text, expected) => {
    expect(normaliseCredentials(text)).toEqual(expected);
  });
});

describe('splitPrefixAndCredentials', () => {
  it.each([
    ['DR.|M.D.', 'Dr.', ['MD']],
    ['MRS.|RN, MSN, CPNP', 'Mrs.', ['RN', 'MSN', 'CPNP']],
    ['MS.|FNP', 'Ms.', ['FNP']],
    ['MISS|M.D.', 'Miss', ['MD']],
    ['M.S.', '', ['MS']],
    ['DR.|MD, PHD', 'Dr.', ['MD', 'PhD']],
  ])('%s', (text, prefix, credentials) => {
    expect(splitPrefixAndCredentials(text)).toEqual({ prefix, credentials });
  });
});
