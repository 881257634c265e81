import { describe, expect, it } from 'vitest';
import {
  normalisePathPrefix,
  originPermission,
  parsePageKeyParams,
  parsePortalAddress,
  portalCovers,
  portalForUrl,
  portalMatchPattern,
} from './portal-address';

describe('portal addresses', () => {
  it('accepts origins, bare hosts and narrowed paths', () => {
    expect(parsePortalAddress(' https://portal.example.org ')).toEqual({
      ok: true,
      address: { origin: 'https://portal.example.org', pathPrefix: '/' },
    });
    expect(parsePortalAddress('portal.example.org/referrals')).toEqual({
      ok: true,
      address: { origin: 'https://portal.example.org', pathPrefix: '/referrals/' },
    });
    expect(parsePortalAddress('http://127.0.0.1:8080/portal/?x=1#y')).toEqual({
      ok: true,
      address: { origin: 'http://127.0.0.1:8080', pathPrefix: '/portal/' },
    });
  });

  it('refuses what cannot be a portal, with a message that says why', () => {
    for (const bad of [
      '',
      '   ',
      'ftp://files.example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://',
      'https://*.example.org',
      'https://user:pw@portal.example.org',
      'http://exa mple.org',
    ]) {
      const parsed = parsePortalAddress(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message.length, bad).toBeGreaterThan(10);
    }
  });

  it('asks for the host only (no port: Firefox match patterns carry none) and registers host + path', () => {
    expect(originPermission('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(portalMatchPattern({ origin: 'https://portal.example.org', pathPrefix: '/referrals/' })).toBe(
      'https://portal.example.org/referrals/*',
    );
  });

  it('covers pages by exact origin (port included) and path prefix; the most specific portal wins', () => {
    const whole = { id: 'a', origin: 'http://127.0.0.1:8080', pathPrefix: '/' };
    const narrow = { id: 'b', origin: 'http://127.0.0.1:8080', pathPrefix: '/portal/' };
    expect(portalCovers(narrow, 'http://127.0.0.1:8080/portal/x.html')).toBe(true);
    expect(portalCovers(narrow, 'http://127.0.0.1:8080/index.html')).toBe(false);
    expect(portalCovers(whole, 'http://127.0.0.1:9090/index.html')).toBe(false);
    expect(portalCovers(whole, 'not a url')).toBe(false);
    expect(portalForUrl([whole, narrow], 'http://127.0.0.1:8080/portal/q')?.id).toBe('b');
    expect(portalForUrl([whole, narrow], 'http://127.0.0.1:8080/q')?.id).toBe('a');
  });

  it('normalises path prefixes and page-key parameter lists', () => {
    expect(normalisePathPrefix('/app')).toBe('/app/');
    expect(normalisePathPrefix('')).toBe('/');
    expect(normalisePathPrefix('/a*b')).toBe('/');
    expect(parsePageKeyParams('patientId, referralId;patientId  bad<name>')).toEqual(['patientId', 'referralId']);
  });
});
