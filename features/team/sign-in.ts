import { t } from '../../locales/i18n';
import { type TeamSettings, teamSettings } from '../../storage/team/team-settings';

/** Splits `https://host/team-db` into the server origin and the team database. */
export function parseTeamAddress(address: string): { server: string; database: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { error: t('team.teamServerAddressNotA') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: t('team.teamServerAddressUseHttps') };
  const database = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!database) return { error: t('team.teamServerAddressAddThe') };
  const checked = teamSettings.shape.database.safeParse(database);
  if (!checked.success) return { error: t('team.teamServerAddressDatabaseIs', { database }) };
  return { server: url.origin, database };
}

export type SignInResult = { ok: true; settings: TeamSettings } | { ok: false; message: string };

const refusal = (status: number, step: 'session' | 'database', database: string): string => {
  if (step === 'session' && status === 401) return t('team.signInRefused401The');
  if (status === 401 || status === 403) return t('team.notAMemberOfDatabase', { database, status });
  if (status === 404) return t('team.noTeamDatabaseDatabaseOn', { database });
  return t('team.theTeamServerAnsweredStatus', { status });
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
      message: t('team.offlineTheTeamServerServer', { server }),
    };
  }
  const settings = teamSettings.parse({ server, database, username: username.trim(), signedIn: true });
  return { ok: true, settings };
}
