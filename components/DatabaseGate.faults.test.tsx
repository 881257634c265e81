// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ error: new Error('') as Error }));
vi.mock('../storage/database', () => ({ getDatabase: () => Promise.reject(failure.error) }));

const { DatabaseGate } = await import('./DatabaseGate');
afterEach(cleanup);

describe('DatabaseGate when the database cannot open', () => {
  for (const [name, message] of [
    ['QuotaExceededError', 'The quota has been exceeded.'],
    ['UnknownError', 'Internal error opening backing store for indexedDB.open.'],
    ['VersionError', 'The requested version (20) is less than the existing version (30).'],
  ]) {
    it(`${name}: says so in an alert, promises no reset and names a way forward`, async () => {
      failure.error = new DOMException(message, name);
      render(<DatabaseGate>{() => <p>app</p>}</DatabaseGate>);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(message);
      expect(alert.textContent).toMatch(/has not been reset/);
      expect(alert.textContent).toMatch(/export what is readable/);
      expect(screen.queryByText('app')).toBeNull();
    });
  }
});
