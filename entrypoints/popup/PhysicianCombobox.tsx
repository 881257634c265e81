import type { RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../locales/i18n';
import type { Suggestion } from './suggestions';

interface Props {
  chosen: readonly Suggestion[];
  onChoose: (s: Suggestion) => void;
  onRemove: (key: string) => void;
  /** Options for a query ('' gives the initial suggestions: on this page, recent, frequent). */
  suggest: (query: string) => Promise<Suggestion[]>;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Changes when the initial suggestions change (e.g. the page's physicians arrived). */
  version?: string;
  /** Called once, when the first options (possibly none) are on screen. */
  onFirstOptions?: () => void;
}

/** The `Physician` field: an ARIA 1.2 combobox with a listbox of suggestions and removable chips for each choice. */
export function PhysicianCombobox(props: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const asked = useRef(0);
  const reported = useRef(false);

  const typed = useRef('');
  const refresh = (q: string, show: boolean) => {
    typed.current = q;
    const n = ++asked.current;
    void props.suggest(q).then((next) => {
      if (n !== asked.current) return;
      setOptions(next);
      setActive(-1);
      setOpen(show && next.length > 0);
      setLoaded(true);
    });
  };
  // Initial suggestions on mount, and again when they change (the page's physicians arrived).
  useEffect(() => {
    // Read the ref, not state: a quick typist may have typed before this effect ran.
    if (typed.current === '') refresh('', document.activeElement === props.inputRef.current || !loaded);
  }, [props.version]);
  useEffect(() => {
    if (!loaded || reported.current) return;
    reported.current = true;
    props.onFirstOptions?.();
  });

  const choose = (s: Suggestion) => {
    props.onChoose(s);
    setQuery('');
    setOpen(false);
    refresh('', false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && options.length) setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const s = open ? options[active] : undefined;
      if (s) choose(s);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && props.chosen.length) {
      props.onRemove((props.chosen[props.chosen.length - 1] as Suggestion).key);
    }
  };
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && options.length > 0;
  return (
    <div class="field combobox">
      <label for={id}>{t('popup.physician')}</label>
      {props.chosen.length > 0 && (
        <ul class="chips" aria-label={t('popup.chosenForThisOutreach')}>
          {props.chosen.map((c) => (
            <li key={c.key} class={`chip chip-${c.kind}`}>
              {c.label}
              {c.kind === 'new' && <span class="muted"> {t('popup.new')}</span>}
              {c.kind === 'practice' && <span class="muted"> {t('popup.practice')}</span>}
              <button
                type="button"
                aria-label={t('popup.removeLabel', { label: c.label })}
                onClick={() => props.onRemove(c.key)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        ref={props.inputRef}
        role="combobox"
        type="text"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={t('popup.namePracticeOrNpi')}
        value={query}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setQuery(q);
          refresh(q, true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => options.length && setOpen(true)}
      />
      <div
        role="listbox"
        id={`${id}-list`}
        aria-label={t('popup.physicianSuggestions')}
        class="suggestions"
        hidden={!expanded}
      >
        {expanded &&
          options.map((o, i) => (
            // Keys are handled on the combobox (aria-activedescendant): options never take focus themselves.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
            <div
              key={o.key}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              class={`option option-${o.kind}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              <span class="option-label">{o.kind === 'new' ? t('popup.addLabel', { label: o.label }) : o.label}</span>
              {o.detail && <span class="muted option-detail">{o.detail}</span>}
            </div>
          ))}
      </div>
    </div>
  );
}
