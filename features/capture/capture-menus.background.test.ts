import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
const listeners: Record<string, Listener> = {};
const on = (name: string) => ({
  addListener: (l: Listener) => {
    listeners[name] = l;
  },
});
const created: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { onInstalled: on('installed'), onStartup: on('startup') },
    contextMenus: {
      removeAll: async () => void created.splice(0),
      create: (item: unknown) => void created.push(item),
      onClicked: on('clicked'),
    },
    commands: { onCommand: on('command') },
    tabs: { query: async () => [{ id: 9, url: 'https://x.example/', title: 'X' }] },
  },
}));

const { captureCommand, listenForCaptures } = await import('./capture-menus.background');
const call = (name: string, ...args: unknown[]) => (listeners[name] as (...a: unknown[]) => Promise<void>)(...args);

describe('capture menus and shortcut', () => {
  const capture = vi.fn(async () => 'window');
  let selection = 'Dr. Jane Smith\nDr. Ravi Patel';
  beforeEach(() => {
    capture.mockClear();
    listenForCaptures(capture, async () => ({ raw: selection, visible: selection }));
  });

  it('creates both selection items on install and at start-up', async () => {
    await call('installed');
    await new Promise((r) => setTimeout(r));
    expect(created).toEqual([
      { id: 'rounds-capture-physician', title: 'Save “%s” as physician', contexts: ['selection'] },
      { id: 'rounds-capture-note', title: 'Add “%s” to a note', contexts: ['selection'] },
    ]);
  });

  it('keeps the re-read’s line breaks only when it is the text the menu showed', async () => {
    const tab = { id: 3, url: 'https://x.example/', title: 'X' };
    await call('clicked', { menuItemId: 'rounds-capture-note', selectionText: 'Dr. Jane Smith Dr. Ravi Patel' }, tab);
    expect(capture).toHaveBeenCalledWith('note', 'Dr. Jane Smith\nDr. Ravi Patel', tab);
    selection = '';
    await call('clicked', { menuItemId: 'rounds-capture-physician', selectionText: 'Jane Smith' }, tab);
    expect(capture).toHaveBeenLastCalledWith('physician', 'Jane Smith', tab);
    await call('clicked', { menuItemId: 'someone-else', selectionText: 'Jane Smith' }, tab);
    expect(capture).toHaveBeenCalledTimes(2);
  });

  it('saves the menu’s text when the page swapped the selection after the menu opened', async () => {
    const tab = { id: 3, url: 'https://x.example/', title: 'X' };
    selection = 'Dr. Mallory Evil';
    await call('clicked', { menuItemId: 'rounds-capture-physician', selectionText: 'Dr. Jane Smith' }, tab);
    expect(capture).toHaveBeenLastCalledWith('physician', 'Dr. Jane Smith', tab);
    // No menu copy, no capture, whatever the page's selection now says.
    await call('clicked', { menuItemId: 'rounds-capture-physician', selectionText: '' }, tab);
    expect(capture).toHaveBeenCalledTimes(1);
  });

  it('runs the same capture from the shortcut on the active tab, and nothing without a selection', async () => {
    selection = 'SMITH, JANE MD';
    await call('command', captureCommand, undefined);
    expect(capture).toHaveBeenCalledWith('physician', 'SMITH, JANE MD', expect.objectContaining({ id: 9 }));
    selection = '  ';
    await call('command', captureCommand, undefined);
    await call('command', 'toggle-sidebar', undefined);
    expect(capture).toHaveBeenCalledTimes(1);
  });
});
