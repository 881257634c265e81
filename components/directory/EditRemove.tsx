/** `Edit` (unless that item is the one open) and `Remove` for one item of a list edited one item at a time. */
export function EditRemove(props: { what: string; open: boolean; onEdit: () => void; onRemove: () => void }) {
  return (
    <>
      {!props.open && (
        <button type="button" class="link" aria-label={`Edit ${props.what}`} onClick={props.onEdit}>
          Edit
        </button>
      )}
      <button type="button" class="link" aria-label={`Remove ${props.what}`} onClick={props.onRemove}>
        Remove
      </button>
    </>
  );
}
