import { type TeamSettings, teamSettings } from '../../storage/team/team-settings';

/** Splits `https://host/team-db` into the server origin and the team database. */
export function parseTeamAddress(address: string): { server: string; database: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { error: 'Team server address: not a web address (like https://couch.example.org/team-north)' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'Team server address: use https://' };
  const database = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!database) return { error: 'Team server address: add the team database after the server (…/team-north)' };
  const checked = teamSettings.shape.database.safeParse(database);
  if (!checked.success) return { error: `Team server address: “${database}” is not a team database name` };
  return { server: url.origin, database };
}

export type SignInResult = { ok: true; settings: TeamSettings } | { ok: false; message: string };

const refusal = (status: number, step: 'session' | 'database', database: string): string => {
  if (step === 'session' && status === 401)
    return 'Sign in refused (401): the server does not know this user name and password.';
  if (status === 401 || status === 403)
    return `Not a member of ${database} (${status}): ask your team’s manager to give you the liaison role.`;
  if (status === 404) return `No team database “${database}” on this server (404): check the address.`;
  return `The team server answered ${status}: try again, or ask your administrator.`;
};

/**
 * Signs in with CouchDB's cookie session (`POST /_session`): the browser keeps the AuthSession cookie for the
 * server, Rounds keeps no password. Then checks the member may read the team database (401/403 named).
 */
export async function signIn(
  address: string,
  username: string,
  password: string,
  fetcher: typeof fetch = fetch,
): Promise<SignInResult> {
  const where = parseTeamAddress(address);
  if ('error' in where) return { ok: false, message: where.error };
  const { server, database } = where;
  try {
    const session = await fetcher(`${server}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: username.trim(), password }),
    });
    if (!session.ok) return { ok: false, message: refusal(session.status, 'session', database) };
    const db = await fetcher(`${server}/${encodeURIComponent(database)}`, {
      credentials: 'include',
      headers: { Accept: 'application/json' },
    });
    if (!db.ok) return { ok: false, message: refusal(db.status, 'database', database) };
  } catch {
    return {
      ok: false,
      message: `Offline: the team server ${server} cannot be reached. Check the address and the network.`,
    };
  }
  const settings = teamSettings.parse({ server, database, username: username.trim(), signedIn: true });
  return { ok: true, settings };
}
