import { displayName } from '../../features/directory/display-name';
import type { ParsedName } from '../../features/names/parse-name';
import { t } from '../../locales/i18n';

/** When a selection names several people: pick the one to save (radio buttons, one per name). */
export function NameChoice(props: { names: ParsedName[]; chosen: number; onChoose: (index: number) => void }) {
  if (props.names.length < 2) return null;
  return (
    <fieldset>
      <legend>{t('capture.namesInTheSelection')}</legend>
      {props.names.map((name, i) => (
        <label key={displayName(name) + String(i)} class="row">
          <input
            type="radio"
            name="captured-name"
            style={{ width: 'auto' }}
            checked={i === props.chosen}
            onChange={() => props.onChoose(i)}
          />
          {displayName(name)}
        </label>
      ))}
    </fieldset>
  );
}
