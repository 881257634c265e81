import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPortalContent } from '../content/portal-content';

// Registered at run time per enabled portal (portals/script-registration.ts), never listed in the manifest.
export default defineUnlistedScript(() => {
  void startPortalContent();
});
