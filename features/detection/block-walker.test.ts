// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageBlockTracker } from './page-blocks';

const rows = (n: number) =>
  `<table><tbody>${Array.from({ length: n }, (_, i) => `<tr><td>Jane Smith ${i} <b>MD</b></td></tr>`).join('')}</tbody></table><p>Wei <i>Zhang</i></p>`;

function page(html: string) {
  document.body.innerHTML = html;
}

/** A clock that moves 0.01 ms each time it is read: the walker checks it every 64 nodes. */
function tickingClock() {
  let t = 0;
  let reads = 0;
  return {
    now: () => {
      reads++;
      t += 0.01;
      return t;
    },
    reads: () => reads,
  };
}

const sentTexts = (tracker: PageBlockTracker) =>
  tracker
    .takeChanges()
    .blocks.map(([, t]) => t)
    .sort();

describe('BlockWalker in slices', () => {
  it('stops at the deadline, goes on where it stood (even inside one block of many children), and reads the same as at once', () => {
    page(rows(2_000));
    const atOnce = new PageBlockTracker({});
    atOnce.queueScan(document);
    atOnce.work();
    const expected = sentTexts(atOnce);

    const clock = tickingClock();
    const sliced = new PageBlockTracker({});
    sliced.queueScan(document);
    let slices = 0;
    // Each slice may run until the clock has moved 0.05 ms: about 5 clock checks, 320 nodes.
    while (!sliced.work(clock.now() + 0.05, clock.now)) slices++;
    expect(slices).toBeGreaterThan(20);
    expect(sentTexts(sliced)).toEqual(expected);
    expect(expected).toHaveLength(2_001);
    expect(expected).toContain('Wei Zhang');
  });

  it('a block changed between slices is read again by the mutation batch after the read', () => {
    page(rows(500));
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const clock = tickingClock();
    const tracker = new PageBlockTracker({});
    tracker.queueScan(document);
    expect(tracker.work(clock.now() + 0.05, clock.now)).toBe(false);
    // The page edits a row the read has not reached yet, and one it has (the first rows are read first).
    const cells = document.querySelectorAll('td');
    (cells[0] as HTMLElement).textContent = 'Ana Garcia';
    (cells[499] as HTMLElement).textContent = 'Omar Haddad';
    while (!tracker.work(clock.now() + 0.05, clock.now));
    tracker.applyMutations(observer.takeRecords());
    const texts = tracker
      .allBlocks()
      .blocks.map(([, t]) => t)
      .sort();
    expect(texts).toContain('Ana Garcia');
    expect(texts).toContain('Omar Haddad');
    expect(texts).not.toContain('Jane Smith 0 MD');
    expect(texts).not.toContain('Jane Smith 499 MD');
    expect(texts).toHaveLength(501);
  });

  it('without a deadline reads everything in one call and never reads the clock past it', () => {
    page(rows(50));
    const tracker = new PageBlockTracker({});
    tracker.queueScan(document);
    const clock = tickingClock();
    expect(tracker.work(Number.POSITIVE_INFINITY, clock.now)).toBe(true);
    expect(sentTexts(tracker)).toHaveLength(51);
  });
});
