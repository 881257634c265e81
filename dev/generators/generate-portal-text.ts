import type { Physician } from '../../storage/schemas/physician';
import { firstNames, lastNames, seededRandom } from './generate-directory';

/**
 * Fake text of a busy scheduling/EHR portal page for benchmarks: one block per table row or line,
 * naming directory physicians in the forms portals use, plus patients and staff who are not in the
 * directory, times, MRNs and free text. Deterministic for a seed.
 */
export function generatePortalBlocks(directory: readonly Physician[], targetChars: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const any = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const filler = [
    'Follow-up visit scheduled',
    'Referral received for consult',
    'Prior authorization pending',
    'Fax sent to office',
    'Results reviewed with patient',
    'Left voicemail regarding appointment',
    'Imaging ordered: MRI lumbar spine without contrast',
    'Insurance verified',
  ];
  const nameForms = [
    (p: Physician) => `${p.first} ${p.last}`,
    (p: Physician) => `${p.last}, ${p.first} ${p.middle.slice(0, 1)}`.trim(),
    (p: Physician) => `${p.last.toUpperCase()}, ${p.first.toUpperCase()} MD`,
    (p: Physician) => `${p.first} ${p.middle ? `${p.middle[0]}. ` : ''}${p.last}, MD`,
    (p: Physician) => `NPI ${p.npi ?? ''}`,
  ];
  const blocks: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const time = `${String(7 + Math.floor(random() * 11)).padStart(2, '0')}:${any(['00', '15', '30', '45'])}`;
    const patient = `${any(firstNames)} ${any(lastNames)}`;
    const mrn = String(Math.floor(random() * 1e8)).padStart(8, '0');
    // About one row in three names a directory physician; the rest name patients and staff only.
    const provider = random() < 0.35 ? any(nameForms)(any(directory)) : `${any(firstNames)} ${any(lastNames)}, RN`;
    const block = `${time} | Patient: ${patient} | MRN ${mrn} | Provider: ${provider} | ${any(filler)}`;
    blocks.push(block);
    size += block.length + 1;
  }
  return blocks;
}
