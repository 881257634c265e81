import { useId } from 'preact/hooks';
import type { JobProgress } from './use-job';

/** A labelled `<progress>` for a job that has run for over a second (indeterminate until a total is known). */
export function JobProgressBar(props: { progress: JobProgress | null }) {
  const id = useId();
  const p = props.progress;
  if (!p?.visible) return null;
  const percent = p.total > 0 ? Math.round((100 * p.done) / p.total) : null;
  return (
    <div class="field">
      <label for={id}>
        {p.label}
        {p.phase ? ` (${p.phase}${percent === null ? '' : `, ${percent}%`})` : ''}
      </label>
      {p.total > 0 ? <progress id={id} max={p.total} value={p.done} /> : <progress id={id} />}
    </div>
  );
}
