import { describe, expect, it } from 'vitest';
import { hashRoute, pageKey } from './page-key';

describe('pageKey', () => {
  it('keeps only identifying parameters, sorted', () => {
    const url = 'https://ehr.example.org/chart/view?session=abc&mrn=77&ts=1700000000&encounter=5';
    expect(pageKey(url, ['encounter', 'mrn'])).toBe('https://ehr.example.org/chart/view?encounter=5&mrn=77');
    expect(pageKey('https://ehr.example.org/chart/view?encounter=5&mrn=77&ts=1', ['mrn', 'encounter'])).toBe(
      pageKey(url, ['encounter', 'mrn']),
    );
  });

  it('drops the whole query when no parameter identifies the page', () => {
    expect(pageKey('https://portal.example.org/inbox?token=secret', [])).toBe('https://portal.example.org/inbox');
  });

  it('compares parameter names case-insensitively and sorts repeated values', () => {
    expect(pageKey('https://p.example.org/a?PatientID=9&id=b&id=a', ['patientid', 'ID'])).toBe(
      'https://p.example.org/a?id=a&id=b&patientid=9',
    );
  });

  it('drops an anchor but keeps an SPA route, filtering its query too', () => {
    expect(pageKey('https://p.example.org/app#section-2', [])).toBe('https://p.example.org/app');
    expect(pageKey('https://p.example.org/app?sid=1#/patients/123?tab=notes&ref=9', ['ref'])).toBe(
      'https://p.example.org/app#/patients/123?ref=9',
    );
    expect(pageKey('https://p.example.org/app#!/referral/4', [])).toBe('https://p.example.org/app#!/referral/4');
  });

  it('normalises the origin and keeps percent-encoding stable', () => {
    expect(pageKey('HTTPS://P.Example.org:443/a%20b?q=x%20y', ['q'])).toBe('https://p.example.org/a%20b?q=x+y');
  });

  it('recognises hash routes', () => {
    expect(hashRoute('#/a')).toBe('/a');
    expect(hashRoute('#top')).toBeNull();
    expect(hashRoute('')).toBeNull();
  });
});
