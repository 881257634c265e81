import type { Messages } from '../types';

/** English (source) texts of portals. */
export const portals = {
  'portals.typeThePortalSAddress': 'Type the portal’s address, for example https://portal.example.org',
  'portals.typedIsNotAWeb': '“{typed}” is not a web address. Use one like https://portal.example.org',
  'portals.aPortalAddressStartsWith': 'A portal address starts with https:// (or http:// for a local test portal).',
  'portals.aPortalAddressNamesA': 'A portal address names a host, without a user name or password.',
  'portals.wildcardsAreNotAllowedEnable': 'Wildcards are not allowed: enable one portal at a time.',
  'portals.noPermission': 'Rounds has no permission for {origin} yet.',
} satisfies Messages;
