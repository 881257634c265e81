import { useId, useState } from 'preact/hooks';
import { t } from '../../locales/i18n';

interface Props {
  label: string;
  chosen: string;
  search: (query: string) => Promise<Array<{ id: string; label: string }>>;
  onPick: (id: string) => void;
}

/** A filter by one record (physician, practice): a search box with a short result list, or the chosen name and Clear. */
export function RecordPicker(props: Props) {
  const id = useId();
  const [results, setResults] = useState<Array<{ id: string; label: string }>>([]);
  if (props.chosen) {
    return (
      <div class="field">
        <span class="label">{props.label}</span>
        <span>
          {props.chosen}{' '}
          <button type="button" onClick={() => props.onPick('')}>
            {t('activity.clearTolowercase', { toLowerCase: props.label.toLowerCase() })}
          </button>
        </span>
      </div>
    );
  }
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        onInput={(e) => {
          const q = e.currentTarget.value;
          void (q.trim() ? props.search(q) : Promise.resolve([])).then(setResults);
        }}
      />
      {results.length > 0 && (
        <ul class="plain picker-results">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => props.onPick(r.id)}>
                {r.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
