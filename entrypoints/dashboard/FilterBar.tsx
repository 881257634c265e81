import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { DashboardFilters } from '../../features/dashboard/filters';
import type { NetworkStatus } from '../../features/dashboard/rows';
import { t } from '../../locales/i18n';
import { networkStatuses } from '../../storage/schemas';

const all = '';
const networkLabel = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

/** Date range, service line, tag (territory) and network status; every change recomputes the aggregates only. */
export function FilterBar(props: {
  filters: DashboardFilters;
  serviceLines: readonly string[];
  tags: readonly string[];
  onChange: (filters: DashboardFilters) => void;
}) {
  const f = props.filters;
  const set = (patch: Partial<DashboardFilters>) => props.onChange({ ...f, ...patch });
  const one = (list: readonly string[] | undefined) => list?.[0] ?? all;
  const choose = (value: string) => (value === all ? [] : [value]);
  return (
    <form class="filters no-print" aria-label={t('dashboard.filters')} onSubmit={(e) => e.preventDefault()}>
      <Field
        label={t('dashboard.from')}
        type="date"
        value={f.fromDay ?? ''}
        onInput={(v) => set({ fromDay: v || null })}
      />
      <Field label={t('dashboard.to')} type="date" value={f.toDay ?? ''} onInput={(v) => set({ toDay: v || null })} />
      <SelectField
        label={t('dashboard.serviceLine')}
        value={one(f.serviceLines)}
        options={[
          [all, t('dashboard.allServiceLines')],
          ...props.serviceLines.filter(Boolean).map((s) => [s, s] as const),
        ]}
        onChange={(v) => set({ serviceLines: choose(v) })}
      />
      <SelectField
        label={t('dashboard.territory')}
        value={one(f.tags)}
        options={[[all, t('dashboard.allTags')], ...props.tags.map((t) => [t, t] as const)]}
        onChange={(v) => set({ tags: choose(v) })}
      />
      <SelectField
        label={t('dashboard.networkStatus')}
        value={one(f.networkStatuses)}
        options={[[all, t('dashboard.anyNetworkStatus')], ...networkStatuses.map((s) => [s, networkLabel(s)] as const)]}
        onChange={(v) => set({ networkStatuses: choose(v) as NetworkStatus[] })}
      />
      <button type="button" onClick={() => props.onChange({})}>
        {t('dashboard.clearFilters')}
      </button>
    </form>
  );
}
