import type { SettingChange, SettingField } from '../../../features/transfer';
import { settingLabels, settingValueText } from './setting-labels';

/**
 * The settings an import file would change, one checkbox each, all off: a file never reconfigures Rounds (the NPI
 * Registry address, backups…) unless the person ticks that very setting.
 */
export function SettingChoices(props: {
  changes: readonly SettingChange[];
  chosen: readonly SettingField[];
  onChange: (chosen: SettingField[]) => void;
}) {
  if (props.changes.length === 0) return null;
  const toggle = (field: SettingField, on: boolean) =>
    props.onChange(on ? [...props.chosen, field] : props.chosen.filter((f) => f !== field));
  return (
    <fieldset>
      <legend>Settings in this file</legend>
      <p class="muted">
        The file’s settings differ from yours in {props.changes.length} place{props.changes.length === 1 ? '' : 's'}.
        Rounds keeps your current settings unless you tick one.
      </p>
      <ul class="plain">
        {props.changes.map((change) => (
          <li key={change.field}>
            <label>
              <input
                type="checkbox"
                checked={props.chosen.includes(change.field)}
                onChange={(e) => toggle(change.field, e.currentTarget.checked)}
              />{' '}
              Use the file’s {settingLabels[change.field]}
            </label>
            <span class="muted">
              {' '}
              (now {settingValueText(change.current)}; in the file {settingValueText(change.incoming)})
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
