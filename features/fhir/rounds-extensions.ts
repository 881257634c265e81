import type { Extension } from '@medplum/fhirtypes';
import { roundsUrl } from './fhir-systems';

type Sub = Record<string, string | undefined>;
/** An extension as written or as read: a url, maybe a primitive value, maybe sub-extensions. */
type AnyExtension = { url: string; extension?: readonly { url: string; valueString?: string }[] };

/** A simple extension with a code, dateTime, date, string or integer value; none when the value is empty. */
export function valueExtension(
  url: string,
  kind: 'Code' | 'DateTime' | 'Date' | 'String' | 'Integer',
  value: string | number | null,
) {
  return value || value === 0 ? [{ url, [`value${kind}`]: value } as Extension] : [];
}

/** A complex extension: one sub-extension (valueString) per non-empty field. */
export function complexExtension(url: string, fields: Sub): Extension {
  const extension = Object.entries(fields).flatMap(([key, value]) => (value ? [{ url: key, valueString: value }] : []));
  return { url, extension };
}

/** The value of the first extension with `url` (any primitive value[x]). */
export function extensionValue(extensions: readonly AnyExtension[] | undefined, url: string): string | undefined {
  const found = extensions?.find((e) => e.url === url) as Record<string, unknown> | undefined;
  if (!found) return undefined;
  for (const key of ['valueCode', 'valueDateTime', 'valueDate', 'valueString', 'valueUri'])
    if (typeof found[key] === 'string') return found[key] as string;
  return undefined;
}

/** The valueInteger of the first extension with `url`. */
export function extensionInteger(extensions: readonly AnyExtension[] | undefined, url: string): number | undefined {
  const value = (extensions?.find((e) => e.url === url) as { valueInteger?: unknown } | undefined)?.valueInteger;
  return typeof value === 'number' ? value : undefined;
}

/** Every complex extension with `url`, as plain field → value records. */
export function complexValues(extensions: readonly AnyExtension[] | undefined, url: string): Sub[] {
  return (extensions ?? [])
    .filter((e) => e.url === url)
    .map((e) => Object.fromEntries((e.extension ?? []).map((s) => [s.url, s.valueString])));
}

/** Tags as `meta.tag` codings under Rounds' tag system. */
export function tagCodings(tags: readonly string[]) {
  return tags.map((tag) => ({ system: roundsUrl.tag, code: tag, display: tag }));
}
