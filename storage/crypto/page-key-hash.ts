import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64 } from './bytes';

/** Marks a stored page key that is a keyed hash, not the page's own key. */
export const hashedPrefix = 'h1:';
const rowMark = '#row:';
const encoder = new TextEncoder();

const mac = (secret: Uint8Array, text: string) =>
  hashedPrefix + toBase64(hmac(sha256, secret, encoder.encode(text)).subarray(0, 18));

/**
 * The stored form of a page key: HMAC-SHA256 with the install's secret, so "notes on this page" still matches by
 * equality while the URL parameters (which can carry a patient or encounter id) are not on disk. A referral-queue
 * row key ("<page>#row:<id>") hashes both parts and keeps the mark, so "rows of this page" stays a prefix query;
 * query bounds (an empty id, or the highest character Dexie's startsWith adds) stay as they are.
 */
export function hashPageKey(secret: Uint8Array, key: string): string {
  if (key.startsWith(hashedPrefix)) return key;
  const at = key.indexOf(rowMark);
  if (at < 0) return mac(secret, key);
  const row = key.slice(at + rowMark.length);
  const hashedRow = row === '' || /^\uffff+$/.test(row) ? row : mac(secret, row);
  return mac(secret, key.slice(0, at)) + rowMark + hashedRow;
}
