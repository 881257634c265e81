import type { PageContextState } from './page-context-types';
import { SidebarShell } from './SidebarShell';

// TODO(injection): replace with `usePageContext` from './use-page-context' and the close message once they land.
const notMounted: PageContextState = {
  status: 'refused',
  reason: 'Open Rounds from the toolbar on an enabled portal.',
};

/** The sidebar app (an extension page shown in an iframe on enabled portals). */
export function SidebarApp() {
  return <SidebarShell state={notMounted} onClose={() => {}} />;
}
