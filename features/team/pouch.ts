import HttpAdapter from 'pouchdb-adapter-http';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import PouchDB, { type Database } from 'pouchdb-core';
import Replication from 'pouchdb-replication';

/*
 * PouchDB 9 as the replication layer (issue 17): the indexeddb adapter for the local replica of the team database,
 * the http adapter for the CouchDB server, and CouchDB's replication protocol. Only the background imports this
 * (through sync.background.ts): no page, sidebar or content-script bundle carries PouchDB.
 */
PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(Replication);

export type TeamPouch = Database;

/** The local replica of one team database (its name says which server and database it mirrors). */
export function localReplica(name: string): TeamPouch {
  return new PouchDB(name, { adapter: 'indexeddb' });
}

/**
 * A cut connection answers like a server that is away (503) instead of rejecting: PouchDB retries either way, and
 * some of its internal requests would otherwise end as unhandled rejections.
 */
export const unreachable = () =>
  new Response(JSON.stringify({ error: 'unreachable', reason: 'the team server cannot be reached' }), {
    status: 503,
    headers: { 'Content-Type': 'application/json' },
  });

/** The team database on the server; the browser sends the session cookie (`_session`) with every request. */
export function remoteDatabase(url: string): TeamPouch {
  return new PouchDB(url, {
    skip_setup: true,
    fetch: (input: string | Request, init?: RequestInit) =>
      PouchDB.fetch(input, { ...init, credentials: 'include' }).catch(unreachable),
  });
}

export { PouchDB };
