import type { ParsedName } from './parsed-name';
import { namesInSelection } from './selection';

export type { ParsedName } from './parsed-name';
export { swapFirstLast } from './parsed-name';

/** The first person's name in a selection ("Dr. Jane Q. Smith, MD", "SMITH, JANE Q MD"), or null when there is none. */
export function parsePhysicianName(text: string): ParsedName | null {
  return namesInSelection(text)[0] ?? null;
}

/** Every person's name in a selection ("Drs. Smith and Jones", one per line, `;`-separated), for the user to pick from. */
export function parsePhysicianNames(text: string): ParsedName[] {
  return namesInSelection(text);
}
