// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Physician } from '../../storage/schemas/physician';
import { DirectoryIndex } from '../detection/directory-index';
import { PageBlockTracker } from '../detection/page-blocks';
import { hasPhysicianCue } from '../detection/physician-cue';
import { parsePhysicianName } from '../names/parse-name';
import { discoveredProviders } from './discovered-providers';
import { candidateKey, providerCandidatesIn } from './provider-candidates';

/**
 * "Not in your directory yet" at scale on real names: a referral-queue page per 20 NPPES registrants (the
 * referring-provider cell as EHRs print it, "FAMILY, GIVEN MIDDLE CREDENTIAL"), every row's patient another real
 * person's name from the name corpus, and half of the registrants already in the directory.
 */
interface Registrant {
  first: string;
  middle: string;
  last: string;
  credential: string;
}

const csv = readFileSync('tests/fixtures/capture/nppes_sample.csv', 'utf8');
const registrants: Registrant[] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  .data.filter((r) => r.resourceType === 'Practitioner' && r.family && r.given_first)
  .map((r) => ({
    first: r.given_first ?? '',
    middle: r.given_middle ?? '',
    last: r.family ?? '',
    credential: (r.prefix_list_fhir ?? '')
      .split('|')
      .filter((p) => p && !/^(DR|MR|MRS|MS|MISS)\.?$/i.test(p))
      .join(', '),
  }));
const patients: string[] = readFileSync('tests/fixtures/capture/names.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { input: string }).input);

/** Physician and advanced-practice credentials: the providers a liaison courts (therapists, counsellors are not cued). */
const clinician = /\b(M\.?D|D\.?O|NP|PA-C|PA|MBBS|DNP|APRN|FNP|CRNP|DPM)\b/;

describe('"Not in your directory yet" on NPPES registrants', () => {
  it('finds unknown providers and proposes no patient', () => {
    const known = registrants.filter((_, i) => i % 2 === 0);
    const index = DirectoryIndex.build(
      known.map((r, i) => ({ id: `k${i}`, ...r, deletedAt: null }) as unknown as Physician),
    );
    const unknown = registrants.filter((_, i) => i % 2 === 1);
    // Keyed by the first given name: NPPES files "BAO QUOC" as the first name, a page reads "Quoc" as a middle name.
    const expected = new Set(
      unknown
        .filter((r) => clinician.test(r.credential))
        .map((r) => candidateKey({ first: r.first.split(' ')[0] ?? '', last: r.last })),
    );
    const patientKeys = new Set<string>();
    const proposed = new Set<string>();
    for (let start = 0; start < registrants.length; start += 20) {
      const rows = registrants.slice(start, start + 20).map((r, i) => {
        const patient = patients[(start + i) % patients.length] ?? '';
        const parsed = parsePhysicianName(patient);
        if (parsed) patientKeys.add(candidateKey(parsed));
        const cell = `${r.last}, ${r.first} ${r.middle} ${r.credential}`.replace(/\s+/g, ' ');
        return `<tr><td>${start + i}</td><td>${patient}</td><td>${cell}</td><td>Consult</td><td>Pending</td></tr>`;
      });
      document.body.innerHTML = `<table><tr><th>#</th><th>Patient</th><th>Referring provider</th><th>Service</th><th>Status</th></tr>${rows.join('')}</table>`;
      const tracker = new PageBlockTracker({});
      tracker.queueScan(document);
      tracker.work();
      const blocks = tracker.takeChanges().blocks.filter(([, text]) => hasPhysicianCue(text));
      const perBlock = new Map(blocks.map(([id, text]) => [id, providerCandidatesIn(text)]));
      for (const p of discoveredProviders(perBlock, index)) proposed.add(p.key);
    }
    const right = [...proposed].filter((k) => expected.has(k)).length;
    const patientsProposed = [...proposed].filter((k) => patientKeys.has(k) && !expected.has(k));
    const precision = right / proposed.size;
    const recall = right / expected.size;
    console.info(
      `NPPES: ${registrants.length} registrants, ${expected.size} unknown clinicians; proposed ${proposed.size}, ` +
        `right ${right}, patients ${patientsProposed.length}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
        `other proposals: ${[...proposed].filter((k) => !expected.has(k)).join(', ') || 'none'}; ` +
        `missed: ${[...expected].filter((k) => !proposed.has(k)).join(', ') || 'none'}`,
    );
    expect(patientsProposed.length).toBe(0);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
