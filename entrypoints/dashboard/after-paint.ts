/**
 * Runs `fn` once the browser has had a chance to paint what was just rendered (the frame after the next), or after
 * `fallbackMs` when frames are not running (a hidden tab). Returns a cancel function.
 */
export function afterPaint(fn: () => void, fallbackMs = 50): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    fn();
  };
  // rAF fires before the paint; a task queued from it runs after that paint.
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : 0;
  timer = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    clearTimeout(timer);
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  };
}
