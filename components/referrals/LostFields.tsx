import { useId } from 'preact/hooks';
import { lostReasonLabels } from '../../features/leakage/leakage';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { type LostReason, lostReasons } from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';
import { useLiveQuery } from '../use-live-query';

export interface LostDraft {
  lostTo: string;
  lostReason: LostReason | '';
}

/** The history's reason text for a lost referral ("Lost to Mercy Heart: access or wait time"). */
export function lostReasonText(d: LostDraft): string {
  const why = d.lostReason ? `: ${lostReasonLabels[d.lostReason].toLowerCase()}` : '';
  return d.lostTo.trim()
    ? t('referrals.lostToLosttoWhy', { lostTo: d.lostTo.trim(), why })
    : t('referrals.lostWhy', { why });
}

/** `Lost to` (the settings' competitors offered, any name accepted) and `Lost reason`, shown when a referral is lost. */
export function LostFields(props: { db: RoundsDatabase; value: LostDraft; onChange: (d: LostDraft) => void }) {
  const id = useId();
  const competitors = useLiveQuery(async () => (await loadSettings(props.db)).competitors, [props.db], []);
  return (
    <div class="grid2">
      <div class="field">
        <label for={`${id}-to`}>{t('referrals.lostTo')}</label>
        <input
          id={`${id}-to`}
          list={`${id}-competitors`}
          value={props.value.lostTo}
          onInput={(e) => props.onChange({ ...props.value, lostTo: e.currentTarget.value })}
        />
        <datalist id={`${id}-competitors`}>
          {competitors.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for={`${id}-why`}>{t('referrals.lostReason')}</label>
        <select
          id={`${id}-why`}
          value={props.value.lostReason}
          onChange={(e) => props.onChange({ ...props.value, lostReason: e.currentTarget.value as LostReason | '' })}
        >
          <option value="">{t('referrals.chooseAReason')}</option>
          {lostReasons.map((r) => (
            <option key={r} value={r}>
              {lostReasonLabels[r]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
