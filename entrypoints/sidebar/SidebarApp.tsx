import { useEffect } from 'preact/hooks';
import { openPageDatabase } from '../../components/page-database';
import { FocusLossAlert } from './FocusLossAlert';
import { SidebarShell } from './SidebarShell';
import { useFocusOnOpen } from './use-focus-on-open';
import { closeSidebar, usePageContext } from './use-page-context';

/**
 * Opens the database connection while the handshake runs (an extension page may open its own database at any
 * time): nothing is read, and nothing is rendered from it, before the background confirms the frame (SidebarShell
 * reads only in the ready state). The open is the same shared promise SidebarShell awaits later.
 */
function openDatabaseEarly(): void {
  openPageDatabase().catch(() => undefined); // a failure is shown by SidebarShell, which awaits the same open again
}

/** The sidebar app (an extension page shown in an iframe on enabled portals): the page context decides what shows. */
export function SidebarApp() {
  const state = usePageContext(); // its effect posts the hello first
  useEffect(openDatabaseEarly, []);
  useFocusOnOpen();
  return (
    <>
      <FocusLossAlert />
      <SidebarShell state={state} onClose={closeSidebar} />
    </>
  );
}
