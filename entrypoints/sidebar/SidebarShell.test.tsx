// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidebarShell } from './SidebarShell';
import { pageContext, scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

describe('SidebarShell', () => {
  it('shows an empty frame when refused and never opens the database', async () => {
    const open = vi.fn(scratchDatabase);
    render(
      <SidebarShell
        state={{ status: 'refused', reason: 'not an enabled portal' }}
        onClose={() => {}}
        openDatabase={open}
      />,
    );
    expect(screen.getByText(/can’t show data here/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'On this page' })).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(open).not.toHaveBeenCalled();
  });

  it('stays quiet while pending, without opening the database', () => {
    const open = vi.fn(scratchDatabase);
    render(<SidebarShell state={{ status: 'pending' }} onClose={() => {}} openDatabase={open} />);
    expect(screen.getByText(/Connecting/)).toBeTruthy();
    expect(open).not.toHaveBeenCalled();
  });

  it('shows the app when ready and asks to close through the callback', async () => {
    const db = await scratchDatabase();
    const { jane } = await seedPhysicians(db);
    const onClose = vi.fn();
    render(
      <SidebarShell
        state={{ status: 'ready', context: pageContext([jane.id]) }}
        onClose={onClose}
        openDatabase={async () => db}
      />,
    );
    await screen.findByRole('heading', { name: 'On this page' });
    await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' });
    screen.getByRole('button', { name: 'Close sidebar' }).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
