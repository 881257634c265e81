import { PhysicianSearch } from '../../../components/directory/PhysicianSearch';
import { usePhysicianIndex } from '../../../components/directory/use-physician-index';
import { displayName } from '../../../features/directory/display-name';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';

export interface PickedPhysician {
  id: string;
  name: string;
}

/** Chooses physicians for a scoped export through directory search (the directory may hold 50,000). */
export function PhysicianPicker(props: {
  db: RoundsDatabase;
  picked: PickedPhysician[];
  onChange: (picked: PickedPhysician[]) => void;
}) {
  // Built only when the picker is shown (the directory may be large).
  const search = usePhysicianIndex(props.db);
  const add = async (id: string) => {
    if (props.picked.some((p) => p.id === id)) return;
    const row = await props.db.physicians.get(id);
    if (row) props.onChange([...props.picked, { id, name: displayName(row) }]);
  };
  return (
    <div>
      <PhysicianSearch search={search} label={t('options.findPhysiciansToExport')} onOpen={(id) => void add(id)} />
      {props.picked.length === 0 ? (
        <p class="muted">{t('options.noPhysiciansChosenYet')}</p>
      ) : (
        <ul aria-label={t('options.physiciansToExport')}>
          {props.picked.map((p) => (
            <li key={p.id}>
              {p.name}{' '}
              <button
                type="button"
                aria-label={t('options.takeNameOutOfThe', { name: p.name })}
                onClick={() => props.onChange(props.picked.filter((x) => x.id !== p.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
