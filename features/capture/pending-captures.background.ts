import { type PendingCapture, pendingCapture } from '../../messaging/pending-capture';
import { keyOf, storageKeys } from '../../storage/extension-storage';

/** The slice of browser.storage.session the store mirrors into (absent in old Firefox: memory only then). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const keep = 20;
const keyFor = (id: string) => keyOf(storageKeys.pendingCaptures, id);

/**
 * Captures waiting for their Rounds window, by id. Held in memory and mirrored in session storage so a restarted
 * MV3 service worker still answers; never in local storage (the selection may name a patient's physician).
 */
export function createPendingCaptures(session?: SessionArea) {
  const captures = new Map<string, PendingCapture>();
  return {
    /** Stores a capture and returns its new id. */
    async put(capture: PendingCapture): Promise<string> {
      const id = crypto.randomUUID();
      captures.set(id, capture);
      for (const old of [...captures.keys()].slice(0, Math.max(0, captures.size - keep))) captures.delete(old);
      await session?.set({ [keyFor(id)]: capture }).catch(() => undefined);
      return id;
    },
    /** Forgets every capture held in memory (Delete all data; the session keys go with removeDeclaredKeys). */
    clear(): number {
      const count = captures.size;
      captures.clear();
      return count;
    },
    /** The capture with this id, or null when it is unknown or expired. */
    async get(id: string): Promise<PendingCapture | null> {
      const held = captures.get(id);
      if (held) return held;
      const key = keyFor(id);
      const stored = await session?.get(key).catch(() => ({}) as Record<string, unknown>);
      const parsed = pendingCapture.safeParse(stored?.[key]);
      return parsed.success ? parsed.data : null;
    },
  };
}
export type PendingCaptures = ReturnType<typeof createPendingCaptures>;
