import { t } from '../../locales/i18n';
/** Stands in for a section still being computed after the first view: never numbers from other filters. */
export function Pending(props: { what: string }) {
  return (
    <p class="muted pending" role="status" aria-busy="true">
      {t('dashboard.computingWhat', { what: props.what })}
    </p>
  );
}
