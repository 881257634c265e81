import { readFileSync } from 'node:fs';

/** A CouchDB server reachable as an administrator: its base URL and the Authorization header to use. */
export interface AdminServer {
  url: string;
  authorization: string;
}

export interface TeamMember {
  name: string;
  password: string;
  roles: string[];
}

const validateSource = () =>
  readFileSync(new URL('./validate-doc-update.js', import.meta.url), 'utf8')
    .replace(/^\/\/.*$/gm, '')
    .trim()
    .replace(/^function validate\(/, 'function (');

async function call(server: AdminServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: server.authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string; reason?: string; _rev?: string };
  if (!response.ok && !(method === 'PUT' && response.status === 412)) {
    throw new Error(`${method} ${path}: ${response.status} ${json.error ?? ''} ${json.reason ?? ''}`);
  }
  return json;
}

/**
 * A team on a CouchDB server (or pouchdb-server): the team's database, `_security` with the roles liaison and
 * manager as members (everyone else gets 403), the design document `_design/rounds` with validate_doc_update,
 * and the members as `_users` documents. Idempotent: run it again to add members. `validate: false` leaves the
 * design document out (pouchdb-server 4.2 drops replicated updates when one is present: docs/TEAM.md).
 */
export async function setupTeam(
  server: AdminServer,
  database: string,
  members: TeamMember[],
  options: { validate?: boolean } = {},
): Promise<void> {
  await call(server, 'PUT', `/${database}`);
  await call(server, 'PUT', `/${database}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['liaison', 'manager'] },
  });
  if (options.validate !== false) await putDesign(server, database);
  await call(server, 'PUT', '/_users').catch(() => {});
  for (const m of members) {
    const id = `org.couchdb.user:${m.name}`;
    const old = (await fetch(`${server.url}/_users/${encodeURIComponent(id)}`, {
      headers: { Authorization: server.authorization },
    }).then((r) => r.json())) as { _rev?: string };
    await call(server, 'PUT', `/_users/${encodeURIComponent(id)}`, {
      ...(old._rev ? { _rev: old._rev } : {}),
      _id: id,
      name: m.name,
      password: m.password,
      roles: m.roles,
      type: 'user',
    });
  }
}

async function putDesign(server: AdminServer, database: string): Promise<void> {
  const design = (await fetch(`${server.url}/${database}/_design/rounds`, {
    headers: { Authorization: server.authorization },
  }).then((r) => r.json())) as { _rev?: string };
  await call(server, 'PUT', `/${database}/_design/rounds`, {
    ...(design._rev ? { _rev: design._rev } : {}),
    validate_doc_update: validateSource(),
  });
}
