import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../locales/i18n';

/**
 * A view loaded on first need (its own chunk, not in the page's first paint), fetched early by `prefetch` once the
 * page is up. Until it arrives (a few milliseconds from the extension's own files) it renders a quiet "Opening…".
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchView = () => {
    loading ??= load().then((view) => {
      loaded = view;
      return view;
    });
    return loading;
  };
  function LazyView(props: P) {
    const [view, setView] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!view) void fetchView().then((v) => setView(() => v));
    }, [view]);
    const View = view;
    return View ? (
      <View {...props} />
    ) : (
      <p class="muted" role="status">
        {t('common.opening')}
      </p>
    );
  }
  return Object.assign(LazyView, { prefetch: () => void fetchView() });
}
