import type { Program } from '../../storage/schemas';

/** Program ids → names, soft-deleted ones included (an old visit still names what was presented). */
export function programNameMap(programs: readonly Program[]): Map<string, string> {
  return new Map(programs.map((p) => [p.id, p.name]));
}

/** The names of these programs, in order, skipping ids no longer known. */
export function programNames(ids: readonly string[], names: ReadonlyMap<string, string>): string[] {
  return ids.flatMap((id) => names.get(id) ?? []);
}

/** Live programs, by name. */
export function livePrograms(programs: readonly Program[]): Program[] {
  return programs.filter((p) => !p.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
}
