import { useId, useState } from 'preact/hooks';
import { displayName } from '../../features/directory/display-name';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';

interface Props {
  db: RoundsDatabase;
  label: string;
  chosen: readonly Physician[];
  onChange: (chosen: Physician[]) => void;
}

/**
 * Several directory physicians, chosen like the quick-log's `Physician`: typing shows suggestions, ArrowDown
 * moves to the first, Enter chooses it; each chosen one is listed with a `Remove` button.
 */
export function PhysicianPicker(props: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Physician[]>([]);
  const [active, setActive] = useState(-1);
  const chosenIds = new Set(props.chosen.map((p) => p.id));
  const search = async (q: string) => {
    setQuery(q);
    setActive(-1);
    setOptions(q.trim() ? (await searchPhysicians(props.db, q, 8)).filter((p) => !chosenIds.has(p.id)) : []);
  };
  const choose = (p: Physician) => {
    props.onChange([...props.chosen, p]);
    setQuery('');
    setOptions([]);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && active >= 0 && options[active]) {
      e.preventDefault();
      choose(options[active] as Physician);
    } else if (e.key === 'Escape') setOptions([]);
  };
  const expanded = options.length > 0;
  return (
    <div class="field physician-picker">
      <label for={id}>{props.label}</label>
      {props.chosen.length > 0 && (
        <ul class="plain chosen" aria-label={t('events.labelChosen', { label: props.label })}>
          {props.chosen.map((p) => (
            <li key={p.id}>
              {displayName(p)}{' '}
              <button
                type="button"
                class="link"
                aria-label={t('events.removeDisplaynameFromTolowercase', {
                  displayName: displayName(p),
                  toLowerCase: props.label.toLowerCase(),
                })}
                onClick={() => props.onChange(props.chosen.filter((c) => c.id !== p.id))}
              >
                {t('events.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-o${active}` : undefined}
        value={query}
        onInput={(e) => void search(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div
        role="listbox"
        id={`${id}-list`}
        aria-label={t('events.labelSuggestions', { label: props.label })}
        class="suggestions picker-results"
        hidden={!expanded}
      >
        {options.map((p, i) => (
          // Keys are handled on the combobox (aria-activedescendant): options never take focus themselves.
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
          <div
            key={p.id}
            id={`${id}-o${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            class={i === active ? 'option active' : 'option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(p)}
          >
            {displayName(p)}
            {p.specialty && <span class="muted"> · {p.specialty}</span>}
          </div>
        ))}
      </div>
    </div>
  );
}
