import { existsSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';

const candidates: Record<BrowserKind, { env: string; paths: string[] }> = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
};

/** The browser binary to drive, or an error that says how to get one (e2e never skips silently). */
export function findBrowser(kind: BrowserKind): string {
  const { env, paths } = candidates[kind];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No ${kind} found (looked in ${paths.join(', ')}). Install one with \`sudo apt-get install chromium firefox-esr\`, or set ${env} to its path.`,
  );
}

/** Flags for a quiet, closed-network headless run (no sandbox: CI runs as root). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
