import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../locales/i18n';

interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/** What each command does, for commands whose manifest description the browser does not return. */
const builtIn: Record<string, string> = {
  _execute_action: t('shortcuts.openTheRoundsPopup'),
  _execute_browser_action: t('shortcuts.openTheRoundsPopup'),
};

/** The browser's own page for changing extension shortcuts (Chromium only: Firefox has no URL an add-on may open). */
const chromiumShortcutsUrl = 'chrome://extensions/shortcuts';
/** Firefox by the extension's own origin (one build per browser, but this reads the same in tests). */
const isFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = (await browser.commands?.getAll?.()) ?? [];
  return commands.map((c) => ({
    name: c.name ?? '',
    description: c.description || builtIn[c.name ?? ''] || (c.name ?? ''),
    keys: c.shortcut || t('shortcuts.notSet'),
  }));
}

/**
 * `Keyboard shortcuts`: the commands with their current keys, and where to change them. Options shows a section;
 * the popup (`compact`) a disclosure, to stay short.
 */
export function KeyboardShortcuts(props: { compact?: boolean }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    loadShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, []);
  const body = <ShortcutList shortcuts={shortcuts ?? []} />;
  if (props.compact)
    return (
      <details class="shortcuts">
        <summary>{t('shortcuts.keyboardShortcuts')}</summary>
        {body}
      </details>
    );
  return (
    <section aria-labelledby="shortcuts-heading" class="shortcuts">
      <h2 id="shortcuts-heading">{t('shortcuts.keyboardShortcuts')}</h2>
      {body}
    </section>
  );
}

function ShortcutList(props: { shortcuts: Shortcut[] }) {
  return (
    <>
      <dl class="shortcut-list">
        {props.shortcuts.map((s) => (
          <div key={s.name} class="row">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      {isFirefox() ? (
        <p class="muted">{t('shortcuts.toChangeThemOpenAbout')}</p>
      ) : (
        <button type="button" onClick={() => void browser.tabs.create({ url: chromiumShortcutsUrl })}>
          {t('shortcuts.changeShortcuts')}
        </button>
      )}
    </>
  );
}
