import { t } from '../../locales/i18n';
/** Which inline form is open in a physician's view. */
export type Panel = 'none' | 'edit' | 'outreach' | 'referral';

const buttons: [Exclude<Panel, 'none'>, string][] = [
  ['outreach', t('sidebar.logOutreach')],
  ['referral', t('sidebar.newReferral')],
  ['edit', t('sidebar.editDetails')],
];

/** The view's action buttons; each toggles its inline form (aria-expanded says which is open). */
export function PhysicianActions(props: { panel: Panel; onPanel: (panel: Panel) => void }) {
  return (
    <div class="row actions">
      {buttons.map(([panel, label]) => (
        <button
          key={panel}
          type="button"
          data-panel={panel}
          aria-expanded={props.panel === panel}
          onClick={() => props.onPanel(props.panel === panel ? 'none' : panel)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
