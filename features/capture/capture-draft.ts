import type { PendingCapture } from '../../messaging/pending-capture';
import type { PageRef, PhysicianInput } from '../../storage/schemas';
import type { PhysicianDraft } from '../directory/physician-form-state';
import type { ParsedName } from '../names/parse-name';

/** The form's fields prefilled from a parsed name. */
export function draftFromName(name: ParsedName | undefined): Partial<PhysicianDraft> {
  if (!name) return {};
  return { first: name.first, last: name.last, credentials: name.credentials.join(', '), npi: name.npi ?? '' };
}

/** Record fields the form has no box for: the name parts it does not show, and where the capture came from. */
export function captureExtra(name: ParsedName | undefined, capture: PendingCapture): Partial<PhysicianInput> {
  return {
    prefix: name?.prefix ?? '',
    middle: name?.middle ?? '',
    suffix: name?.suffix ?? '',
    source: { kind: 'capture', url: capture.url, title: capture.title, at: capture.at },
  };
}

/** The page a note captured from `url` is attached to; no page key outside portals. */
export function pageRefOf(capture: PendingCapture): PageRef | null {
  try {
    const url = new URL(capture.url);
    return { origin: url.origin, path: url.pathname, title: capture.title.slice(0, 500), key: '' };
  } catch {
    return null;
  }
}

/** "Lakeside Heart – Our team (lakeside.example)": how a capture's page is named to the user. */
export function describeSource(source: { url: string; title: string }): string {
  let host = '';
  try {
    host = new URL(source.url).host;
  } catch {}
  if (source.title && host) return `${source.title} (${host})`;
  return source.title || host || 'an unknown page';
}
