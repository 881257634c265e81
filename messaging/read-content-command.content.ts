import type { BackgroundCommand, MatchKeys } from './content-commands';

/**
 * The content script's check of an incoming background command, by hand: the content script carries no zod.
 * `read-content-command.content.test.ts` holds it to the `backgroundCommand` schema.
 */
const simple = new Set(['open', 'close', 'disable', 'rescan']);

/** Narrows an incoming message to a command, or null. */
export function asBackgroundCommand(message: unknown): BackgroundCommand | null {
  if (typeof message !== 'object' || message === null) return null;
  const kind = (message as { rounds?: unknown }).rounds;
  if (typeof kind !== 'string') return null;
  if (simple.has(kind)) return { rounds: kind } as BackgroundCommand;
  if (kind === 'sidebarReady' || kind === 'sidebarLost') {
    const nonce = (message as { nonce?: unknown }).nonce;
    return typeof nonce === 'string' && nonce.length >= 16 && nonce.length <= 64 ? { rounds: kind, nonce } : null;
  }
  if (kind !== 'keys') return null;
  const keys = (message as { keys?: unknown }).keys;
  return isMatchKeys(keys) ? { rounds: 'keys', keys } : null;
}

/** Structural check of posted match keys: parallel string arrays (last, first, middle, NPI). */
function isMatchKeys(value: unknown): value is MatchKeys {
  if (typeof value !== 'object' || value === null) return false;
  const k = value as Partial<Record<keyof MatchKeys, unknown>>;
  const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string');
  return (
    typeof k.generation === 'number' &&
    strings(k.last) &&
    strings(k.first) &&
    strings(k.middle) &&
    strings(k.npi) &&
    (k.last as string[]).length === (k.first as string[]).length
  );
}
