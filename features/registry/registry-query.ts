import { browser } from 'wxt/browser';
import { t } from '../../locales/i18n';
import type { RequestOf } from '../../messaging/catalogue';
import { send } from '../../messaging/client';
import {
  type RegistryLookupErrorKind,
  type RegistryLookupResponse,
  registryOriginPattern,
} from '../../messaging/messages/registry';
import type { PhysicianDraft } from '../directory/physician-form-state';
import { registryErrorMessages } from './registry-error';

export type RegistryQuery = RequestOf<'registry.lookup'>;

/** By NPI when the form has a full one, else by name (and state); null when there is not enough to ask. */
export function registryQueryOf(
  draft: Pick<PhysicianDraft, 'npi' | 'first' | 'last'>,
  state: string,
): RegistryQuery | null {
  const npi = draft.npi.replace(/\s+/g, '');
  if (/^\d{10}$/.test(npi)) return { npi };
  const last = draft.last.trim();
  if (last.replace(/\*$/, '').length < 2) return null;
  return { first: draft.first.trim(), last, state: state.trim().toUpperCase().slice(0, 2) };
}

/** The sentence shown for a failed look-up. */
export function lookupErrorMessage(kind: RegistryLookupErrorKind, baseUrl: string): string {
  if (kind !== 'permission') return registryErrorMessages[kind];
  return t('registry.roundsNeedsYourPermissionTo', { host: new URL(baseUrl).host });
}

/**
 * Asks for the registry host's permission; call it first in the click handler (Firefox needs the gesture). Firefox
 * also asks, in the same prompt, for the optional data-collection consent the manifest declares: the look-up sends
 * the name or NPI the liaison typed to the registry (docs/SECURITY.md, PRIVACY.md).
 */
export function requestRegistryPermission(baseUrl: string): Promise<boolean> {
  const origins = [registryOriginPattern(baseUrl)];
  if (!import.meta.env.FIREFOX) return browser.permissions.request({ origins });
  const withConsent = { origins, data_collection: ['personallyIdentifyingInfo'] };
  return browser.permissions.request(withConsent as Parameters<typeof browser.permissions.request>[0]);
}

/** The look-up itself, done by the background (the only place Rounds talks to the registry). */
export function lookUpInRegistry(query: RegistryQuery): Promise<RegistryLookupResponse> {
  return send('registry.lookup', query);
}
