import { afterEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
let answer: unknown;
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (m: unknown) => {
        sent.push(m);
        return answer;
      },
    },
  },
}));

const { CodedError, errorText } = await import('./coded-error');
const { setLanguageForTests } = await import('./i18n');
const { createRouter } = await import('../messaging/router.background');
const { send } = await import('../messaging/client');

const extensionOrigin = 'chrome-extension://rounds-test-id/';
const fromOptions = { id: 'rounds-test-id', url: `${extensionOrigin}options.html` };

describe('coded errors', () => {
  afterEach(() => setLanguageForTests('en'));

  it('travel from a background handler as a code and parameters, and read in the page’s language', async () => {
    const route = createRouter(
      {
        'app.status': async () => {
          throw new CodedError('portals.noPermission', { origin: 'https://portal.example.org' });
        },
      } as never,
      { extensionId: 'rounds-test-id', extensionOrigin },
    );
    answer = await route({ type: 'app.status', payload: {} }, fromOptions);
    expect(answer).toEqual({
      ok: false,
      error: 'Rounds has no permission for https://portal.example.org yet.',
      code: 'portals.noPermission',
      params: { origin: 'https://portal.example.org' },
    });
    const error = await send('app.status', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    setLanguageForTests('es');
    expect(errorText(error)).toBe('Rounds aún no tiene permiso para https://portal.example.org.');
    setLanguageForTests('fr');
    expect(errorText(error)).toBe('Rounds n’a pas encore d’autorisation pour https://portal.example.org.');
  });

  it('keep other errors as their message, and an unknown code as plain text', async () => {
    answer = { ok: false, error: 'disk on fire', code: 'no.suchKey' };
    const error = await send('app.status', {}).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(CodedError);
    expect(errorText(error)).toBe('disk on fire');
    expect(errorText('plain')).toBe('plain');
  });
});
