import { t } from '../../locales/i18n';
import type { MaterialLeft, Program } from '../../storage/schemas';

interface Props {
  /** Live programs, by name (the options page's Programs library). */
  programs: readonly Program[];
  value: readonly string[];
  materialsLeft: readonly MaterialLeft[];
  onChange: (patch: { programIds?: string[]; materialsLeft?: MaterialLeft[] }) => void;
}

const same = (a: MaterialLeft, b: MaterialLeft) => a.programId === b.programId && a.name === b.name;

/**
 * Programs presented, as toggle buttons (aria-pressed), one tap each, and under each chosen program its materials
 * as checkboxes ("left a brochure, version 2026-1"). Used wherever topics were chosen before schema version 4.
 */
export function ProgramsPresented(props: Props) {
  const toggle = (id: string) => {
    const on = props.value.includes(id);
    props.onChange({
      programIds: on ? props.value.filter((v) => v !== id) : [...props.value, id],
      // A program no longer presented leaves no materials behind.
      ...(on ? { materialsLeft: props.materialsLeft.filter((m) => m.programId !== id) } : {}),
    });
  };
  const toggleMaterial = (m: MaterialLeft) => {
    const left = props.materialsLeft.some((x) => same(x, m));
    props.onChange({
      materialsLeft: left ? props.materialsLeft.filter((x) => !same(x, m)) : [...props.materialsLeft, m],
    });
  };
  const chosen = props.programs.filter((p) => props.value.includes(p.id) && p.materials.length > 0);
  return (
    <fieldset class="chip-set">
      <legend>{t('programs.programsPresented')}</legend>
      {props.programs.length === 0 && <span class="muted">{t('programs.noProgramsYetAddThem')}</span>}
      {props.programs.map((p) => (
        <button
          key={p.id}
          type="button"
          class="chip"
          aria-pressed={props.value.includes(p.id)}
          onClick={() => toggle(p.id)}
        >
          {p.name}
        </button>
      ))}
      {chosen.map((p) => (
        <div key={p.id} class="materials-left">
          {p.materials.map((material) => {
            const m = { programId: p.id, name: material.name, version: material.version };
            return (
              <label key={material.name} class="check">
                <input
                  type="checkbox"
                  checked={props.materialsLeft.some((x) => same(x, m))}
                  onChange={() => toggleMaterial(m)}
                />{' '}
                {t(material.version ? 'programs.leftVersion' : 'programs.left', {
                  material: material.name,
                  version: material.version ?? '',
                  program: p.name,
                })}
              </label>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
