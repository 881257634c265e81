// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { KeyboardShortcuts } from './KeyboardShortcuts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('KeyboardShortcuts', () => {
  it('lists each command with its current keys and opens the browser page to change them', async () => {
    const commands = [
      { name: '_execute_action', shortcut: 'Alt+Shift+L' },
      { name: 'toggle-sidebar', description: 'Show or hide the Rounds sidebar', shortcut: 'Alt+Shift+R' },
      { name: 'capture-selection', description: 'Save the selected name as a physician', shortcut: '' },
    ];
    (browser as unknown as { commands: object }).commands = { getAll: async () => commands };
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    render(<KeyboardShortcuts />);
    expect(await screen.findByText('Alt+Shift+R')).toBeTruthy();
    expect(screen.getByText('Show or hide the Rounds sidebar')).toBeTruthy();
    expect(screen.getByText('Open the Rounds popup')).toBeTruthy();
    expect(screen.getByText('Not set')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
