import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPortalContent } from './portal-content';

// Registered at run time per enabled portal (features/portals/script-registration.ts), never listed in the manifest.
export default defineUnlistedScript(() => {
  void startPortalContent();
});
