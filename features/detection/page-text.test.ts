// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { MatchKeys } from '../../messaging/content-commands';
import { compileMatchKeys } from './compiled-keys';
import { PageTextTracker } from './page-text';

// Positions: 0 Jane Smith, 1 John Doe, 2 Wei Zhang.
const keys: MatchKeys = {
  generation: 1,
  last: ['smith', 'doe', 'zhang'],
  first: ['jane', 'john', 'wei'],
  middle: ['', '', ''],
  npi: ['', '1234567893', ''],
};
const compiled = compileMatchKeys(keys);

const plain = (counts: Map<number, number>) => Object.fromEntries([...counts].sort(([a], [b]) => a - b));

function track(html: string, options: { own?: Element } = {}) {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(host);
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const roots: Array<Document | ShadowRoot> = [];
  const tracker = new PageTextTracker({
    keys: compiled,
    isOwnElement: (el) => el === options.own || el.tagName === 'ROUNDS-SIDEBAR',
    onRoot: (root) => roots.push(root),
  });
  tracker.queueScan(document);
  tracker.work();
  const flush = () => tracker.applyMutations(observer.takeRecords());
  return { tracker, host, flush, roots };
}

describe('PageTextTracker', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads inline markup as one name and keeps blocks apart', () => {
    const { tracker } = track(
      '<p><b>Smith</b>, <i>Jane</i></p><div>John</div><div>Doe</div><ul><li>Wei Zhang</li></ul>',
    );
    expect(plain(tracker.counts())).toEqual({ 0: 1, 2: 1 });
  });

  it('skips scripts, hidden subtrees and our own UI', () => {
    const { tracker } = track(
      '<script>"Jane Smith"</script><div hidden>Jane Smith</div><span style="display:none">Jane Smith</span>' +
        '<rounds-sidebar>Jane Smith</rounds-sidebar><p>NPI 1234567893</p>',
    );
    expect(plain(tracker.counts())).toEqual({ 1: 1 });
  });

  it('reads open shadow roots and reports them as roots', () => {
    const { tracker, roots } = track('<div id="h"></div>');
    const shadowHost = document.getElementById('h') as HTMLElement;
    const shadow = shadowHost.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Wei Zhang';
    shadow.append(p);
    tracker.queueScan(document);
    tracker.work();
    expect(plain(tracker.counts())).toEqual({ 2: 1 });
    expect(roots).toContain(shadow);
  });

  it('updates from mutations: added rows, text edits and removals', () => {
    const { tracker, host, flush } = track('<table><tbody id="rows"><tr><td>Jane Smith</td></tr></tbody></table>');
    const rows = host.querySelector('#rows') as HTMLElement;
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    cell.append('Doe, John');
    row.append(cell);
    rows.append(row);
    flush();
    expect(plain(tracker.counts())).toEqual({ 0: 1, 1: 1 });

    (cell.firstChild as Text).data = 'Zhang, Wei';
    flush();
    expect(plain(tracker.counts())).toEqual({ 0: 1, 2: 1 });

    rows.firstElementChild?.remove();
    flush();
    expect(plain(tracker.counts())).toEqual({ 2: 1 });
  });

  it('handles an SPA re-render that replaces the whole view', () => {
    const { tracker, host, flush } = track('<main id="view"><p>Jane Smith</p><p>Jane Smith</p></main>');
    const view = host.querySelector('#view') as HTMLElement;
    const fresh = document.createElement('section');
    fresh.append(Object.assign(document.createElement('p'), { textContent: 'Wei Zhang' }));
    view.replaceChildren(fresh);
    flush();
    expect(plain(tracker.counts())).toEqual({ 2: 1 });
  });

  it('follows inline text added into an existing block, and hiding by attribute', () => {
    const { tracker, host, flush } = track('<p id="p">Seen by </p>');
    const p = host.querySelector('#p') as HTMLElement;
    const span = document.createElement('span');
    span.textContent = 'Jane Smith';
    p.append(span);
    flush();
    expect(plain(tracker.counts())).toEqual({ 0: 1 });
    span.setAttribute('hidden', '');
    flush();
    expect(plain(tracker.counts())).toEqual({});
    span.removeAttribute('hidden');
    flush();
    expect(plain(tracker.counts())).toEqual({ 0: 1 });
  });

  it('reads same-origin frames and reports their documents', () => {
    const { tracker, host, roots, flush } = track('<p>frame below</p>');
    const frame = document.createElement('iframe');
    frame.setAttribute('srcdoc', '<p>Smith, Jane</p>'); // same-origin content without a network load
    host.append(frame);
    const doc = frame.contentDocument as Document;
    tracker.queueScan(document);
    tracker.work();
    expect(plain(tracker.counts())).toEqual({ 0: 1 });
    expect(roots).toContain(doc);
    frame.remove();
    flush();
    expect(plain(tracker.counts())).toEqual({});
  });

  it('reads again with new keys', () => {
    const { tracker } = track('<p>Jane Smith</p>');
    tracker.setKeys(compileMatchKeys({ ...keys, generation: 2, last: ['x', 'doe', 'zhang'] }));
    expect(plain(tracker.counts())).toEqual({});
  });

  it('keeps the blocks with a physician cue for "Not in your directory yet": only those, then only changes', () => {
    const { tracker, host, flush } = track(
      '<table><tr><td>DOE, JOHN</td><td>Anthony Barnes, MD</td><td>Echo</td></tr></table><p>Jane Smith</p>',
    );
    const first = tracker.takeCueChanges();
    expect(first.reset).toBe(true);
    expect(first.blocks.map(([, t]) => t)).toEqual(['Anthony Barnes, MD']);
    expect(tracker.takeCueChanges()).toEqual({ reset: false, blocks: [], removed: [] });
    const cell = host.querySelectorAll('td')[1] as HTMLTableCellElement;
    cell.textContent = 'Dr. Omar Haddad';
    flush();
    expect(tracker.takeCueChanges().blocks).toEqual([[first.blocks[0]?.[0], 'Dr. Omar Haddad']]);
    cell.remove();
    flush();
    expect(tracker.takeCueChanges()).toEqual({ reset: false, blocks: [], removed: [first.blocks[0]?.[0]] });
    expect(plain(tracker.counts())).toEqual({ 0: 1, 1: 1 }); // detection itself is unchanged
  });

  it('never keeps a patient-column cell as a cue block, whatever it says', () => {
    const { tracker } = track(
      '<table><tr><th>Patient</th><th>Referring provider</th></tr><tr><td>Dr. Ann Roe</td><td>Anthony Barnes, MD</td></tr></table>',
    );
    expect(tracker.takeCueChanges().blocks.map(([, t]) => t)).toEqual(['Referring provider', 'Anthony Barnes, MD']);
  });
});
