import { z } from 'zod';

/**
 * What an IT department may preconfigure through managed storage (Chrome and Edge: the extension's policy under
 * `3rdparty/extensions/<id>` checked against public/managed-schema.json; Firefox: `3rdparty.Extensions` in
 * policies.json). Examples: docs/IT-DEPLOYMENT.md. Managed portals still need the host permission: IT grants it
 * with the runtime_allowed_hosts / permissions policy, or the liaison accepts the prompt from the options page.
 * Rounds never widens permissions by itself. Pure zod: the build turns it into the Chrome schema (managed-schema.ts).
 */
export const managedPolicy = z.object({
  portals: z
    .array(
      z.object({
        address: z.string().max(2048).describe('Portal address, e.g. https://portal.example-hospital.org/ehr/'),
        label: z.string().max(100).default('').describe('Name shown to the liaison'),
        pageKeyParams: z
          .array(z.string().min(1).max(100))
          .max(20)
          .default([])
          .describe('Query parameters that identify a page (notes attach to the page)'),
      }),
    )
    .max(200)
    .default([])
    .describe('Portals enabled for every liaison (marked "set by your organisation")'),
});
export type ManagedPolicy = z.infer<typeof managedPolicy>;
