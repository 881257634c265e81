import { existsSync } from 'node:fs';
import { findBrowser } from './browsers';
import { e2eBuilds } from './launch';

/** Fails loudly, before any test, when a browser or the e2e build is missing. */
export default function setup(): void {
  findBrowser('chromium');
  findBrowser('firefox');
  for (const dir of Object.values(e2eBuilds)) {
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`No e2e build in ${dir}: run \`npm run build:e2e\`.`);
  }
}
