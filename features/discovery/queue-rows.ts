import type { QueueRow, QueueTable } from '../../messaging/page-context';
import type { DirectoryIndex } from '../detection/directory-index';
import type { TableRows } from '../detection/referral-tables';
import type { ColumnOverrides, ColumnRole } from './queue-columns';

/** Header wording per role, tried in this order (a provider header is never the reference column). */
const roleHeaders: Array<[ColumnRole, RegExp]> = [
  ['provider', /referr|provider|physician|ordering|\bpcp\b/i],
  ['status', /status/i],
  ['service', /service|visit|procedure|reason|type|specialty|exam/i],
  ['reference', /\bref(?:erral)?\.?\s*(?:#|id|no\.?|number)|order\s*#|^#$|^id$/i],
];

/**
 * Which column holds what: the portal's corrections first, then read from the headers' wording (the first
 * header per role wins).
 */
export function columnRoles(headers: readonly string[], overrides: ColumnOverrides = {}): QueueTable['roles'] {
  const roles: QueueTable['roles'] = {};
  const taken = new Set<number>();
  for (const [i, header] of headers.entries()) {
    const role = overrides[header.toLowerCase()];
    if (!role) continue;
    taken.add(i);
    if (role !== 'none' && roles[role] === undefined) roles[role] = i;
  }
  for (const [role, pattern] of roleHeaders) {
    if (roles[role] !== undefined) continue;
    const i = headers.findIndex((h, at) => !taken.has(at) && pattern.test(h));
    if (i >= 0) {
      roles[role] = i;
      taken.add(i);
    }
  }
  return roles;
}

/**
 * The rows of a page's referral queues as the sidebar sees them: a row key (page key + the row's id in the page,
 * never a patient name), the directory physician its provider cell names (or null), its status and service text.
 * Rows with no id of their own and no reference column cannot be told apart later and are left out.
 */
export function queueRowsOf(
  tables: readonly TableRows[],
  pageKey: string,
  index: DirectoryIndex,
  overrides: ColumnOverrides = {},
): QueueRow[] {
  const out: QueueRow[] = [];
  for (const { headers, rows } of tables) {
    const roles = columnRoles(headers, overrides);
    if (roles.provider === undefined || roles.status === undefined) continue;
    for (const [rowId, cells] of rows) {
      const cell = (role: ColumnRole) => (roles[role] === undefined ? '' : (cells[roles[role]] ?? ''));
      const id = rowId || cell('reference');
      if (!id) continue;
      const provider = cell('provider');
      out.push({
        rowKey: `${pageKey}#row:${id}`,
        rowId: id,
        provider,
        physicianId: index.idsInText(provider)[0] ?? null,
        status: cell('status'),
        service: cell('service'),
      });
    }
  }
  return out.slice(0, 500);
}
