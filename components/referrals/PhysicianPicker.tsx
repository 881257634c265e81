import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { displayName } from '../../features/directory/display-name';
import { t } from '../../locales/i18n';
import type { Physician } from '../../storage/schemas';

interface PhysicianPickerProps {
  label: string;
  value: Physician | null;
  onChange: (physician: Physician | null) => void;
  /** Offered before anything is typed (e.g. the physicians on the current page). */
  initial: readonly Physician[];
  search: (query: string) => Promise<Physician[]>;
  error?: string;
}

/** A single-choice ARIA 1.2 combobox over the directory: type, ArrowDown/ArrowUp, Enter or click to choose. */
export function PhysicianPicker(props: PhysicianPickerProps) {
  const id = useId();
  const [text, setText] = useState(props.value ? displayName(props.value) : '');
  const [options, setOptions] = useState<readonly Physician[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const asked = useRef(0);

  // Shows a chosen physician's name; typing over a prefilled choice clears the choice but keeps what was typed.
  useEffect(() => {
    if (props.value) setText(displayName(props.value));
  }, [props.value?.id]);

  const refresh = (query: string) => {
    const n = ++asked.current;
    const found = query.trim() ? props.search(query) : Promise.resolve([...props.initial]);
    void found.then((rows) => {
      if (n !== asked.current) return;
      setOptions(rows);
      setActive(-1);
      setOpen(rows.length > 0);
    });
  };
  const choose = (p: Physician) => {
    props.onChange(p);
    setText(displayName(p));
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(options.length > 0);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      const p = options[active] ?? options[0];
      if (p) choose(p);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div class="field combobox">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        role="combobox"
        type="text"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        placeholder={t('referrals.namePracticeOrNpi')}
        value={text}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setText(q);
          if (props.value) props.onChange(null);
          refresh(q);
        }}
        onFocus={() => !props.value && refresh(text)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div
        role="listbox"
        id={`${id}-list`}
        aria-label={t('referrals.labelSuggestions', { label: props.label })}
        class="suggestions"
        hidden={!expanded}
      >
        {expanded &&
          options.map((p, i) => (
            // Keys are handled on the combobox (aria-activedescendant): options never take focus.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
            <div
              key={p.id}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              class="option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(p)}
            >
              <span class="option-label">{displayName(p)}</span>
              {p.practiceName && <span class="muted option-detail"> · {p.practiceName}</span>}
            </div>
          ))}
      </div>
      {props.error && (
        <span class="error" id={`${id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}
