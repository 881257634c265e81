import { readFileSync, writeFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { managedSchemaText } from './features/portals/managed-schema';

/** Firefox add-on id (also used by e2e to pin the extension's moz-extension:// UUID). */
export const geckoId = 'rounds@rounds-liaison.org';

/** Hosts the e2e build may reach without a prompt, so tests can enable a local fixture portal. */
const e2eHosts = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    // Names and shortcut descriptions in the browser's UI language: public/_locales (docs/I18N.md).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // downloads: saving the weekly automatic backup and removing old ones (options Data section).
    // offscreen (Chrome only): the backup's blob: URL, which Chrome's service worker cannot make (never a data: URL).
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'scripting',
      'alarms',
      'activeTab',
      'downloads',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Portals are enabled one by one at run time; nothing is granted at install.
    // The NPI Registry is asked for on the first look-up (a configured base URL's origin is asked for the same way).
    optional_host_permissions: ['https://*/*', 'http://*/*', 'https://npiregistry.cms.hhs.gov/*'],
    host_permissions: mode === 'e2e' ? e2eHosts : [],
    // MV2 (Firefox) has no optional_host_permissions: origins are optional permissions there.
    // `notifications` only for the optional morning digest (asked for when the user turns it on).
    optional_permissions: manifestVersion === 2 ? ['https://*/*', 'http://*/*', 'notifications'] : ['notifications'],
    // The sidebar frame on enabled portals (added at run time, so any http(s) page; the handshake guards data).
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      // The toolbar popup from the keyboard (MV3 `action`; Firefox MV2 `browser_action`).
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPopup__',
      },
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandToggleSidebar__' },
      'capture-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandCaptureSelection__',
      },
    },
    // IT's managed policy (docs/IT-DEPLOYMENT.md): Chromium delivers none without a schema; Firefox needs none.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Firefox 140 is the first with built-in data-collection consent. Rounds sends nothing of its own; the one
    // transmission is the optional NPI look-up (the name or NPI the liaison typed, to CMS's public registry), asked
    // for with the registry permission at the first look-up (features/registry/registry-query.ts; PRIVACY.md).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: geckoId,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // public/managed-schema.json is generated from the zod policy (features/portals/managed-schema.ts) on every
    // build; features/portals/managed-schema.test.ts fails when the committed file drifts from the schema.
    'build:before': () => {
      const file = 'public/managed-schema.json';
      const text = managedSchemaText();
      if (readFileSync(file, { encoding: 'utf8', flag: 'a+' }) !== text) writeFileSync(file, text);
    },
    // The benchmark and fault-lab pages ship only in the e2e build (npm run bench), never in store builds.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (const name of ['bench', 'fault-lab']) {
        const i = entrypoints.findIndex((e) => e.name === name);
        if (i >= 0) entrypoints.splice(i, 1);
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'coverage/**', '.bench-profile/**'],
  },
});
