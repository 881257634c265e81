/** Stands in for a section still being computed after the first view: never numbers from other filters. */
export function Pending(props: { what: string }) {
  return (
    <p class="muted pending" role="status" aria-busy="true">
      Computing {props.what}…
    </p>
  );
}
