// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Physician } from '../../storage/schemas/physician';
import { DirectoryIndex } from '../detection/directory-index';
import { PageBlockTracker } from '../detection/page-blocks';
import { hasPhysicianCue } from '../detection/physician-cue';
import { samplePhysicians } from '../sample-data/sample-data';
import { discoveredProviders } from './discovered-providers';
import { providerCandidatesIn } from './provider-candidates';

/**
 * Accuracy of "Not in your directory yet" on the fixture pages (docs/CAPTURE.md reports these numbers): per page,
 * the providers not in the sample directory a liaison would want offered, and every person on the page who is not
 * a provider (patients, contacts). Keys are folded "first last".
 */
const pages: Record<string, { providers: string[]; others: string[] }> = {
  'discovery/schedule.html': {
    providers: ['anthony barnes', 'kimberly hodge spears', 'sarah smith'],
    others: ['adaeze okonkwo', 'lars bergstrom', 'van nguyen', 'juan de la vega', 'riya patel', 'keith morrison'],
  },
  'discovery/referral-queue.html': {
    providers: ['derek mccranie', 'chandra cooper'],
    others: ['michelle wansky', 'laura costa', 'brenda odamen', 'bart precourt'],
  },
  'discovery/fax-cover.html': {
    providers: ['derek mccranie', 'laura costa', 'brenda oiyemhonlan'],
    others: ['kelsey sprang'],
  },
  'discovery/demographics.html': { providers: [], others: ['rosalind okafor', 'marcus doe'] },
  'portal/queue.html': { providers: [], others: ['j doe', 'r roe', 'e poe', 'k lee'] },
  // "Drs. Sprang and Barnes" names no first names: not offered (nothing to prefill a record with).
  'capture/staff.html': { providers: ['elise hiza', 'amir steinberg', 'premila mathews'], others: [] },
};

const directory = DirectoryIndex.build(
  samplePhysicians.map(
    (p, i) => ({ ...p, id: `p${i}`, middle: p.middle ?? '', deletedAt: null }) as unknown as Physician,
  ),
);

/** What the background proposes for a page: its blocks read as the content script reads them. */
function proposedOn(file: string, keysMode: boolean): string[] {
  const html = readFileSync(`tests/e2e/fixtures/${file}`, 'utf8');
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  const tracker = new PageBlockTracker({});
  tracker.queueScan(document);
  tracker.work();
  // Keys mode sends only the blocks with a cue; text mode sends every block.
  const blocks = tracker.takeChanges().blocks.filter(([, text]) => !keysMode || hasPhysicianCue(text));
  const perBlock = new Map(blocks.map(([id, text]) => [id, providerCandidatesIn(text)]));
  return discoveredProviders(perBlock, directory).map((p) => p.key);
}

describe('"Not in your directory yet" on the fixture pages', () => {
  for (const keysMode of [false, true]) {
    it(`finds the unknown providers and no patient (${keysMode ? 'keys' : 'text'} mode)`, () => {
      let truePositives = 0;
      let proposedCount = 0;
      let expectedCount = 0;
      let othersProposed = 0;
      for (const [file, truth] of Object.entries(pages)) {
        const proposed = proposedOn(file, keysMode);
        proposedCount += proposed.length;
        expectedCount += truth.providers.length;
        truePositives += proposed.filter((k) => truth.providers.includes(k)).length;
        othersProposed += proposed.filter((k) => truth.others.includes(k)).length;
        const wrong = proposed.filter((k) => !truth.providers.includes(k));
        if (wrong.length > 0) console.info(`${file}: proposed but not expected: ${wrong.join(', ')}`);
      }
      const precision = truePositives / proposedCount;
      const recall = truePositives / expectedCount;
      console.info(
        `discovery (${keysMode ? 'keys' : 'text'} mode): ${truePositives}/${proposedCount} proposed right, ` +
          `${truePositives}/${expectedCount} found; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
          `patients or contacts proposed ${othersProposed}`,
      );
      expect(othersProposed).toBe(0);
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(recall).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('proposes exactly the 3 unknown referring providers of the schedule (the e2e page)', () => {
    expect(proposedOn('discovery/schedule.html', true).sort()).toEqual([
      'anthony barnes',
      'kimberly hodge spears',
      'sarah smith',
    ]);
  });
});
