import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';

/**
 * The offline stand-in for `wxt submit --dry-run` (which needs store credentials and the network): checks what the
 * stores reject before review, on every zip `npm run zip` made. Run: `npx tsx dev/store/check-zips.ts`.
 * Exits 1 with one line per problem. (Mozilla's own checks: `npx addons-linter` on the Firefox zip, in .ci/run.)
 */
type Manifest = Record<string, unknown> & { manifest_version: number; name: string; version: string };
const out = '.output';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const problems: string[] = [];
const zips = readdirSync(out).filter((f) => /-(chrome|edge|firefox)\.zip$/.test(f));
if (zips.length !== 3) problems.push(`expected the chrome, edge and firefox zips in ${out}/, found ${zips.join(', ')}`);

/** Every file the manifest names, so a missing one is caught before a store does. */
function referencedFiles(m: Manifest): string[] {
  const files = Object.values((m.icons as Record<string, string>) ?? {});
  const action = (m.action ?? m.browser_action) as { default_popup?: string } | undefined;
  if (action?.default_popup) files.push(action.default_popup);
  const options = m.options_ui as { page?: string } | undefined;
  if (options?.page) files.push(options.page);
  const bg = m.background as { service_worker?: string; scripts?: string[]; page?: string } | undefined;
  if (bg?.service_worker) files.push(bg.service_worker);
  files.push(...(bg?.scripts ?? []), ...(bg?.page ? [bg.page] : []));
  const managed = (m.storage as { managed_schema?: string } | undefined)?.managed_schema;
  if (managed) files.push(managed);
  for (const w of (m.web_accessible_resources as (string | { resources: string[] })[]) ?? [])
    files.push(...(typeof w === 'string' ? [w] : w.resources));
  return files;
}

for (const zip of zips) {
  const file = path.join(out, zip);
  const entries = unzipSync(readFileSync(file));
  const say = (p: string) => problems.push(`${zip}: ${p}`);
  const raw = entries['manifest.json'];
  if (!raw) {
    say('no manifest.json at the root');
    continue;
  }
  const m = JSON.parse(new TextDecoder().decode(raw)) as Manifest;
  const firefox = zip.endsWith('-firefox.zip');
  if (m.version !== pkg.version) say(`manifest version ${m.version} is not package.json's ${pkg.version}`);
  // Name and description may be __MSG_…__ references: check the text of every locale (public/_locales).
  const localized = (value: string) => {
    const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
    if (!key) return [value];
    const locales = Object.keys(entries).filter((n) => /^_locales\/[^/]+\/messages\.json$/.test(n));
    return locales.map((n) => {
      const messages = JSON.parse(new TextDecoder().decode(entries[n])) as Record<string, { message?: string }>;
      const text = messages[key]?.message;
      if (!text) say(`${n} has no ${key}`);
      return text ?? '';
    });
  };
  if (localized(m.name).some((n) => n.length > 75)) say('name longer than 75 characters');
  if (localized(String(m.description ?? '')).some((d) => d.length > 132)) {
    say('description longer than 132 characters (Chrome Web Store)');
  }
  for (const size of ['16', '48', '128']) if (!(m.icons as Record<string, string>)?.[size]) say(`no ${size}px icon`);
  for (const ref of referencedFiles(m)) if (!entries[ref.replace(/^\//, '')]) say(`names ${ref}, not in the zip`);
  for (const name of Object.keys(entries)) {
    if (name.endsWith('.map')) say(`ships a source map: ${name}`);
    if (/(^|\/)(bench|fault-lab)\.html$/.test(name)) say(`ships an e2e-only page: ${name}`);
  }
  if (statSync(file).size > 100 * 1024 * 1024) say('larger than 100 MB');
  if (firefox) {
    const gecko = (m.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    if (!gecko?.id) say('no browser_specific_settings.gecko.id');
    if (Number.parseFloat(String(gecko?.strict_min_version)) < 140) say('strict_min_version below 140');
    if (!gecko?.data_collection_permissions) say('no data_collection_permissions (required for new AMO add-ons)');
  } else {
    if (m.manifest_version !== 3) say('not Manifest V3');
    const schemaFile = (m.storage as { managed_schema?: string } | undefined)?.managed_schema;
    const schema = schemaFile && entries[schemaFile];
    const parsed = schema ? (JSON.parse(new TextDecoder().decode(schema)) as Record<string, unknown>) : null;
    if (parsed?.type !== 'object' || 'additionalProperties' in parsed)
      say('managed_schema missing or not a Chrome policy schema');
  }
}
for (const p of problems) console.error(p);
console.log(`${zips.length} zips checked: ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
