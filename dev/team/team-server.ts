import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminServer } from './setup-team';

export interface RunningServer extends AdminServer {
  /** The pouchdb-server process id (null with COUCH_URL: someone else's server). */
  pid: number | null;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/**
 * A CouchDB-protocol server for tests and development: COUCH_URL (a real CouchDB 3, with admin credentials in
 * the URL) when set, otherwise `pouchdb-server --in-memory` started here on 127.0.0.1 on a free port, with an
 * administrator created (it starts in "admin party"). `stop()` ends the process it started, by its PID.
 */
export async function startTeamServer(options: { port?: number } = {}): Promise<RunningServer> {
  const given = process.env.COUCH_URL;
  if (given) {
    const u = new URL(given);
    const authorization = basic(decodeURIComponent(u.username), decodeURIComponent(u.password));
    return { url: u.origin, authorization, pid: null, stop: async () => {} };
  }
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'rounds-couch-'));
  const bin = join(process.cwd(), 'node_modules', '.bin', 'pouchdb-server');
  const child: ChildProcess = spawn(
    bin,
    ['--in-memory', '--port', String(port), '--host', '127.0.0.1', '--dir', dir, '--no-stdout-logs'],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (i > 150 || child.exitCode !== null) throw new Error(`pouchdb-server did not start on ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const password = crypto.randomUUID();
    await fetch(`${url}/_config/admins/rounds-admin`, { method: 'PUT', body: JSON.stringify(password) });
    return { url, authorization: basic('rounds-admin', password), pid: child.pid ?? null, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
