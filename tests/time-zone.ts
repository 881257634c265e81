import { afterAll, beforeAll } from 'vitest';

/** Runs a test file in `zone` (Node rereads TZ when it is assigned), restoring the zone afterwards. */
export function useTimeZone(zone: string): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
