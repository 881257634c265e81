/** Regenerates docs/export.schema.json: `npx tsx dev/scripts/write-export-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJsonSchemaText } from '../../features/transfer/json-schema';

const target = fileURLToPath(new URL('../../docs/export.schema.json', import.meta.url));
writeFileSync(target, exportJsonSchemaText());
console.log(`wrote ${target}`);
