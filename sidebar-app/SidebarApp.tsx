import { SidebarShell } from './SidebarShell';
import { closeSidebar, usePageContext } from './use-page-context';

/** The sidebar app (an extension page shown in an iframe on enabled portals): the page context decides what shows. */
export function SidebarApp() {
  const state = usePageContext();
  return <SidebarShell state={state} onClose={closeSidebar} />;
}
