import { useId } from 'preact/hooks';
import { concernLabels } from '../../features/outreach/labels';
import type { OutreachFields } from '../../features/outreach/outreach-form';
import { t } from '../../locales/i18n';
import { concernCategories } from '../../storage/schemas';

type Part = Pick<
  OutreachFields,
  'concernCategory' | 'concernText' | 'concernDepartment' | 'concernOwner' | 'giftValue' | 'giftDescription'
>;

/** A concern the physician raised (open until resolved) and a meal or gift provided, folded away by default. */
export function ConcernAndGift(props: { value: Part; onChange: (patch: Partial<Part>) => void }) {
  const id = useId();
  const v = props.value;
  return (
    <details class="more" open={Boolean(v.concernCategory || v.giftValue)}>
      <summary>{t('outreach.concernMealOrGift')}</summary>
      <div class="field">
        <label for={`${id}-cat`}>{t('outreach.concernRaised')}</label>
        <select
          id={`${id}-cat`}
          value={v.concernCategory}
          onChange={(e) => props.onChange({ concernCategory: e.currentTarget.value as Part['concernCategory'] })}
        >
          <option value="">{t('outreach.none')}</option>
          {concernCategories.map((c) => (
            <option key={c} value={c}>
              {concernLabels[c]}
            </option>
          ))}
        </select>
      </div>
      {v.concernCategory && (
        <div class="field">
          <label for={`${id}-text`}>{t('outreach.concern')}</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            value={v.concernText}
            onInput={(e) => props.onChange({ concernText: e.currentTarget.value })}
          />
        </div>
      )}
      {v.concernCategory && (
        <div class="grid2">
          <div class="field">
            <label for={`${id}-dept`}>{t('outreach.department')}</label>
            <input
              id={`${id}-dept`}
              type="text"
              value={v.concernDepartment}
              placeholder={t('outreach.radiology')}
              onInput={(e) => props.onChange({ concernDepartment: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${id}-owner`}>{t('outreach.owner')}</label>
            <input
              id={`${id}-owner`}
              type="text"
              value={v.concernOwner}
              placeholder={t('outreach.whoAtTheHospital')}
              onInput={(e) => props.onChange({ concernOwner: e.currentTarget.value })}
            />
          </div>
        </div>
      )}
      <div class="grid2">
        <div class="field">
          <label for={`${id}-gift`}>{t('outreach.mealOrGiftValue')}</label>
          <input
            id={`${id}-gift`}
            type="number"
            min="0"
            step="0.01"
            value={v.giftValue}
            onInput={(e) => props.onChange({ giftValue: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-what`}>{t('outreach.mealOrGift')}</label>
          <input
            id={`${id}-what`}
            type="text"
            value={v.giftDescription}
            onInput={(e) => props.onChange({ giftDescription: e.currentTarget.value })}
          />
        </div>
      </div>
    </details>
  );
}
