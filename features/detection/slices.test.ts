import { describe, expect, it } from 'vitest';
import { type SliceClock, sliced, sliceMs } from './slices';

/** A fake clock: time moves only when work says so; each pause is counted (and takes 1 ms of someone else's time). */
function fakeClock() {
  let t = 0;
  const pauses: number[] = [];
  const clock: SliceClock = {
    now: () => t,
    pause: async () => {
      pauses.push(t);
      t += 1;
    },
  };
  return { clock, pauses, advance: (ms: number) => (t += ms), at: () => t };
}

describe('sliced (content-script time slicing)', () => {
  it('runs work in slices no longer than sliceMs, each in a task of its own (a pause before each and after the last)', async () => {
    const { clock, pauses, advance, at } = fakeClock();
    let units = 100; // 100 units of 0.25 ms each: 25 ms of work
    const slices: number[] = [];
    await sliced((until, now) => {
      const start = now();
      while (units > 0 && now() < until) {
        units--;
        advance(0.25);
      }
      slices.push(now() - start);
      return units === 0;
    }, clock);
    expect(units).toBe(0);
    expect(Math.max(...slices)).toBeLessThanOrEqual(sliceMs);
    expect(pauses.length).toBe(slices.length + 1);
    expect(slices.length).toBe(Math.ceil(25 / sliceMs));
    expect(at()).toBe(25 + pauses.length);
  });

  it('work that fits one slice still runs apart from the caller and from what follows', async () => {
    const { clock, pauses } = fakeClock();
    let calls = 0;
    const order: string[] = [];
    const done = sliced(() => {
      order.push('slice');
      return ++calls > 0;
    }, clock);
    order.push('caller goes on');
    await done;
    expect(order).toEqual(['caller goes on', 'slice']);
    expect(calls).toBe(1);
    expect(pauses).toHaveLength(2);
  });

  it('gives each slice a fresh deadline from the clock', async () => {
    const { clock, advance } = fakeClock();
    const deadlines: number[] = [];
    await sliced((until) => {
      deadlines.push(until);
      advance(10); // a step that overran its slice still gets the next one from the time it resumes
      return deadlines.length === 3;
    }, clock);
    expect(deadlines).toEqual([1 + sliceMs, 12 + sliceMs, 23 + sliceMs]);
  });
});
