// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidebarFrame } from './sidebar-frame';

afterEach(() => vi.useRealTimers());

const setup = () => {
  let n = 0;
  const frames: HTMLIFrameElement[] = [];
  const onGiveUp = vi.fn();
  const frame = new SidebarFrame({
    frameUrl: async () => {
      n++;
      return { url: `about:blank#${n}`, nonce: String(n).padStart(32, '0') };
    },
    attach: (f) => {
      frames.push(f);
      document.body.append(f);
    },
    onGiveUp,
  });
  const nonceOf = (i: number) => String(i).padStart(32, '0');
  const visibility = (f: HTMLIFrameElement | undefined) => f?.style.getPropertyValue('visibility');
  return { frame, frames, onGiveUp, nonceOf, visibility };
};
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('sidebar frame', () => {
  it('stays hidden until the background confirms its nonce, and a wrong nonce shows nothing', async () => {
    const { frame, frames, nonceOf, visibility } = setup();
    await frame.mount();
    expect(visibility(frames[0])).toBe('hidden');
    frame.confirm('f'.repeat(32));
    expect(visibility(frames[0])).toBe('hidden');
    frame.confirm(nonceOf(1));
    expect(visibility(frames[0])).toBe('visible');
    frame.remove();
  });

  it('replaces a frame that is not confirmed in time with a fresh nonce', async () => {
    vi.useFakeTimers();
    const { frame, frames } = setup();
    await frame.mount();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(frames).toHaveLength(2);
    expect(frames[0]?.isConnected).toBe(false);
    expect(frames[1]?.src).toContain('#2');
    frame.remove();
  });

  it('replaces a confirmed frame whose sidebar went away, and ignores an old nonce', async () => {
    const { frame, frames, nonceOf } = setup();
    await frame.mount();
    frame.confirm(nonceOf(1));
    frame.lost(nonceOf(7));
    expect(frames).toHaveLength(1);
    frame.lost(nonceOf(1));
    await settle();
    expect(frames).toHaveLength(2);
    expect(frames[0]?.isConnected).toBe(false);
    frame.remove();
  });

  it('gives up (and says so) when the page keeps replacing the frame', async () => {
    const { frame, frames, onGiveUp, nonceOf } = setup();
    await frame.mount();
    for (let i = 1; i <= 4; i++) {
      frame.lost(nonceOf(i));
      await settle();
    }
    expect(onGiveUp).toHaveBeenCalledTimes(1);
    expect(frames.filter((f) => f.isConnected)).toHaveLength(0);
    await frame.mount();
    expect(frames).toHaveLength(4);
  });
});
