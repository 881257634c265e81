import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../../locales/i18n';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  confirmDisabled?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

/**
 * A modal `<dialog>` that asks before an export or a deletion: focus moves into it (the first field, or Cancel)
 * and returns to the control that opened it; Escape cancels. Nothing happens without the explicit click.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !props.open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const first = dialog.querySelector<HTMLElement>('input, textarea, select');
    (first ?? cancelRef.current)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [props.open]);

  if (!props.open) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{props.title}</h3>
      {props.children}
      <div class="actions">
        <button
          type="button"
          class={props.danger ? 'danger' : 'primary'}
          disabled={props.confirmDisabled}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" ref={cancelRef} onClick={props.onCancel}>
          {t('options.cancel')}
        </button>
      </div>
    </dialog>
  );
}
