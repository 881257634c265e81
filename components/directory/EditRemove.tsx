import { t } from '../../locales/i18n';
/** `Edit` (unless that item is the one open) and `Remove` for one item of a list edited one item at a time. */
export function EditRemove(props: { what: string; open: boolean; onEdit: () => void; onRemove: () => void }) {
  return (
    <>
      {!props.open && (
        <button
          type="button"
          class="link"
          aria-label={t('directory.editWhat', { what: props.what })}
          onClick={props.onEdit}
        >
          {t('directory.edit')}
        </button>
      )}
      <button
        type="button"
        class="link"
        aria-label={t('directory.removeWhat', { what: props.what })}
        onClick={props.onRemove}
      >
        {t('directory.remove')}
      </button>
    </>
  );
}
