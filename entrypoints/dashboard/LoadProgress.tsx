import { useEffect, useState } from 'preact/hooks';
import { t } from '../../locales/i18n';

/** Nothing for the first second; then an indeterminate progress bar with the seconds elapsed. */
export function LoadProgress(props: { startedMs: number; what: string }) {
  const [elapsed, setElapsed] = useState(performance.now() - props.startedMs);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(performance.now() - props.startedMs), 250);
    return () => clearInterval(timer);
  }, [props.startedMs]);
  if (elapsed < 1000) return null;
  return (
    <div class="load-progress" role="status">
      <progress aria-label={props.what} />
      <span>{t('dashboard.loadSeconds', { what: props.what, seconds: Math.floor(elapsed / 1000) })}</span>
    </div>
  );
}
