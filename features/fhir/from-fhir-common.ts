import { phoneText, zipText } from '../transfer/roster-row';
import { isUuid, stableUuid } from './fhir-ids';
import type { AddressInput, ContactPointInput, ExtensionInput } from './fhir-input';
import { roundsBase, roundsUrl } from './fhir-systems';
import { extensionValue } from './rounds-extensions';

type Resource = {
  resourceType: string;
  id?: string;
  meta?: { lastUpdated?: string; tag?: { system?: string; code?: string }[] };
  extension?: ExtensionInput[];
  active?: boolean;
};

/** The Rounds id of a resource: its own id when Rounds wrote it (a UUID), else one derived from it, stable. */
export function recordIdOf(r: Resource, place: string): string {
  return r.id && isUuid(r.id) ? r.id.toLowerCase() : stableUuid(r.resourceType, r.id ?? place);
}

/** Whether Rounds wrote this resource (it carries Rounds' own extensions): then its text is taken as written. */
export const fromRounds = (r: Resource) => !!r.extension?.some((e) => e.url.startsWith(`${roundsBase}:`));

/**
 * createdAt, updatedAt and deletedAt. Without `meta.lastUpdated` the import time stands in (the analysis then
 * keeps the stored times when nothing else differs). An inactive resource is a soft-deleted record.
 */
export function stampsOf(r: Resource, now: string) {
  const updatedAt = r.meta?.lastUpdated ?? now;
  const deletedAt = extensionValue(r.extension, roundsUrl.deletedAt) ?? (r.active === false ? updatedAt : null);
  return { createdAt: extensionValue(r.extension, roundsUrl.createdAt) ?? updatedAt, updatedAt, deletedAt };
}

export function tagsOf(r: Resource): string[] {
  return (r.meta?.tag ?? []).flatMap((t) => (t.system === roundsUrl.tag && t.code ? [t.code] : []));
}

/** The first work (or any) phone, fax and email, in their usual written form. */
export function contactsOf(telecom: readonly ContactPointInput[] | undefined, asWritten: boolean) {
  const first = (system: string) => {
    const points = (telecom ?? []).filter((t) => t.system === system && t.value);
    return (points.find((t) => t.use === 'work') ?? points[0])?.value?.trim() ?? '';
  };
  const phone = (s: string) => (asWritten ? s : phoneText(s));
  return { phone: phone(first('phone')), fax: phone(first('fax')), email: first('email').toLowerCase() };
}

/** An address as a practice location's fields (lines joined with ", "). */
export function addressFields(a: AddressInput | undefined, asWritten: boolean, nameCase: (s: string) => string) {
  const text = (s: string | undefined) => (asWritten ? (s ?? '') : nameCase((s ?? '').trim()));
  return {
    address: text(
      (a?.line ?? [])
        .map((l) => l.trim())
        .filter(Boolean)
        .join(', '),
    ),
    city: text(a?.city),
    state: asWritten ? (a?.state ?? '') : (a?.state ?? '').toUpperCase(),
    postalCode: asWritten ? (a?.postalCode ?? '') : zipText(a?.postalCode ?? ''),
  };
}
