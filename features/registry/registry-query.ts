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

/** Asks for the registry host's permission; call it first in the click handler (Firefox needs the gesture). */
export function requestRegistryPermission(baseUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [registryOriginPattern(baseUrl)] });
}

/** The look-up itself, done by the background (the only place Rounds talks to the registry). */
export function lookUpInRegistry(query: RegistryQuery): Promise<RegistryLookupResponse> {
  return send('registry.lookup', query);
}
