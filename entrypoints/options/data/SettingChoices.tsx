import type { SettingChange, SettingField } from '../../../features/transfer';
import { t, tn } from '../../../locales/i18n';
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
      <legend>{t('options.settingsInThisFile')}</legend>
      <p class="muted">{tn('options.settingsDiffer', props.changes.length)}</p>
      <ul class="plain">
        {props.changes.map((change) => (
          <li key={change.field}>
            <label>
              <input
                type="checkbox"
                checked={props.chosen.includes(change.field)}
                onChange={(e) => toggle(change.field, e.currentTarget.checked)}
              />{' '}
              {t('options.useTheFileS', { setting: settingLabels[change.field] })}
            </label>
            <span class="muted">
              {' '}
              {t('options.nowSettingvaluetextInTheFile', {
                settingValueText: settingValueText(change.current),
                settingValueText2: settingValueText(change.incoming),
              })}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
