// The few PouchDB 9 APIs Rounds uses, typed here: @types/pouchdb-core pulls the DOM library into every file
// (`/// <reference lib="dom" />`), which breaks Node-side types elsewhere in the project.
declare module 'pouchdb-core' {
  interface Emitter<Self> {
    // biome-ignore lint/suspicious/noExplicitAny: event payloads differ per event; each listener types its own.
    on(event: string, listener: (arg: any) => void): Self;
    cancel(): void;
  }
  export interface Sync extends Emitter<Sync> {}
  export interface Changes extends Emitter<Changes> {}
  export interface Database {
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Record<string, unknown>>;
    put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: object[]): Promise<({ ok: boolean; id: string; rev: string } | { error: string; id?: string })[]>;
    allDocs(options: object): Promise<{ rows: never[]; total_rows: number }>;
    changes(options: object): Changes & Promise<{ results: never[]; last_seq: string | number }>;
    sync(remote: Database, options: object): Sync;
    replicate: {
      to(remote: Database, options?: object): Promise<unknown>;
      from(remote: Database, options?: object): Promise<unknown>;
    };
    info(): Promise<{ doc_count: number; update_seq: string | number }>;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  interface PouchStatic {
    new (name: string, options?: object): Database;
    plugin(plugin: unknown): PouchStatic;
    fetch(url: string | Request, init?: RequestInit): Promise<Response>;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
