import { browser } from 'wxt/browser';
import { createRegistryClient } from '../../../features/registry/registry-client.background';
import { isRegistryError } from '../../../features/registry/registry-error';
import type { RegistryResult } from '../../../features/registry/registry-result';
import { type RegistryLookupResponse, registryOriginPattern } from '../../../messaging/messages/registry';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';
import { loadSettings } from '../../../storage/search';

const lookup: Handler<'registry.lookup'> = async (request): Promise<RegistryLookupResponse> => {
  const { registryBaseUrl } = await loadSettings(await getDatabase());
  const granted = await browser.permissions.contains({ origins: [registryOriginPattern(registryBaseUrl)] });
  if (!granted) return { ok: false, kind: 'permission', detail: `No permission for ${new URL(registryBaseUrl).host}` };
  const client = createRegistryClient({ baseUrl: registryBaseUrl, fetch: (url, init) => fetch(url, init) });
  try {
    const results: RegistryResult[] =
      'npi' in request ? [await client.lookupByNpi(request.npi)] : await client.searchByName(request);
    return { ok: true, results };
  } catch (error) {
    if (isRegistryError(error)) return { ok: false, kind: error.kind, detail: error.message };
    throw error;
  }
};

export const registryHandlers = { 'registry.lookup': lookup };
