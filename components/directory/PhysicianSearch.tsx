import { useId, useMemo, useState } from 'preact/hooks';
import { displayName } from '../../features/directory/display-name';
import { t } from '../../locales/i18n';
import type { LiveIndex } from './use-physician-index';

interface PhysicianSearchProps {
  /** The directory index from usePhysicianIndex (kept by the page, so it outlives this box). */
  search: LiveIndex;
  onOpen: (id: string) => void;
  label?: string;
  limit?: number;
}

/**
 * `Search physicians`: instant, prefix and typo-tolerant search over the whole directory (in-memory index),
 * as a combobox: ArrowDown/ArrowUp move through the options, Enter opens the active one (or the first), Escape clears.
 */
export function PhysicianSearch(props: PhysicianSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const { index, version } = props.search;
  const hits = useMemo(
    () => (index ? index.search(query, { limit: props.limit ?? 8 }) : []),
    [index, version, query, props.limit],
  );
  const expanded = query.trim() !== '' && hits.length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (hit) props.onOpen(hit.physician.id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp' && hits.length) setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits.length) choose(Math.max(active, 0));
    else if (e.key === 'Escape' && query) {
      setQuery('');
      setActive(-1);
    } else return;
    e.preventDefault();
  };

  return (
    <div class="search">
      <div class="field">
        <label for={`${id}-input`}>{props.label ?? t('directory.searchPhysicians')}</label>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t('directory.matchingPhysicians')}
        class="options"
        hidden={!expanded}
      >
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is on the combobox (aria-activedescendant).
          <div
            key={hit.physician.id}
            tabIndex={-1}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'option active' : 'option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            {displayName(hit.physician)}
            <span class="muted">
              {[hit.physician.specialty, hit.physician.practiceName].filter(Boolean).map((t) => ` · ${t}`)}
            </span>
          </div>
        ))}
      </div>
      <span class="visually-hidden" aria-live="polite">
        {index === null
          ? t('directory.indexingTheDirectory')
          : query.trim()
            ? t('directory.lengthMatchingPhysicians', { length: hits.length })
            : ''}
      </span>
    </div>
  );
}
