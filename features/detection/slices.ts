/**
 * Long work on the page's main thread in short slices: `step(until, now)` does what it can before `now()` passes
 * `until` and answers true when it is done; between slices the page gets the thread back (input, rendering, its
 * own scripts). Zod-free and tiny: the content script imports it.
 */
export interface SliceClock {
  now: () => number;
  /** Gives the thread back; resolves in a later task. */
  pause: () => Promise<unknown>;
}

/** A MessageChannel task: no 4 ms clamp as with nested timers, and input and rendering go first. */
export const pageClock: SliceClock = {
  now: () => performance.now(),
  pause: () =>
    new Promise((done) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = done;
      port2.postMessage(0);
    }),
};

/** Milliseconds of one slice: well under the 5 ms a task may take, leaving room for what ends a slice. */
export const sliceMs = 3;

/**
 * Runs `step` in slices of `sliceMs` until it answers true, each slice in a task of its own: the first does not add
 * to the caller's task, and what the caller does after (the first send) does not add to the last slice's.
 */
export async function sliced(
  step: (until: number, now: () => number) => boolean,
  clock: SliceClock = pageClock,
): Promise<void> {
  do await clock.pause();
  while (!step(clock.now() + sliceMs, clock.now));
  await clock.pause();
}
