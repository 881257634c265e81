// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageBlockTracker } from './page-blocks';

function setup(html: string) {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const tracker = new PageBlockTracker({});
  tracker.queueScan(document);
  tracker.work();
  return { tracker, flush: () => tracker.applyMutations(observer.takeRecords()) };
}

describe('PageBlockTracker (text mode, content script)', () => {
  it('queues every nameable block once, then only what a mutation changed', () => {
    const { tracker, flush } = setup('<p>Jane Smith</p><p>12</p><ul><li>Wei <b>Zhang</b></li></ul>');
    const first = tracker.takeChanges();
    expect(first.blocks.map(([, t]) => t).sort()).toEqual(['Jane Smith', 'Wei Zhang']);
    expect(tracker.takeChanges()).toEqual({ blocks: [], removed: [] });
    const li = document.querySelector('li') as HTMLLIElement;
    li.append(' and Ana Garcia');
    flush();
    const liId = first.blocks.find(([, t]) => t === 'Wei Zhang')?.[0];
    expect(tracker.takeChanges()).toEqual({ blocks: [[liId, 'Wei Zhang and Ana Garcia']], removed: [] });
  });

  it('reports blocks that leave the page and can take everything again without reading the DOM', () => {
    const { tracker, flush } = setup('<p id="a">Jane Smith</p><p>Wei Zhang</p>');
    const [a] = tracker.takeChanges().blocks.filter(([, t]) => t === 'Jane Smith');
    document.getElementById('a')?.remove();
    flush();
    expect(tracker.takeChanges()).toEqual({ blocks: [], removed: [a?.[0]] });
    expect(tracker.allBlocks().blocks.map(([, t]) => t)).toEqual(['Wei Zhang']);
  });

  it('marks a patient-column cell with a physician cue, so the extension side never proposes it', () => {
    const { tracker } = setup(
      '<table><tr><th>Patient</th><th>Referring provider</th></tr><tr><td>Dr. Ann Roe</td><td>Dr. Omar Haddad</td></tr></table>',
    );
    const sent = tracker.takeChanges().blocks.map(([, t]) => t);
    expect(sent).toContain('\u0001Dr. Ann Roe');
    expect(sent).toContain('Dr. Omar Haddad');
    expect(tracker.allBlocks().blocks.map(([, t]) => t)).toContain('\u0001Dr. Ann Roe');
  });
});
