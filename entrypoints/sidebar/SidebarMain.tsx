import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PhysicianSearch } from '../../components/directory/PhysicianSearch';
import { usePhysicianIndex } from '../../components/directory/use-physician-index';
import { lazyView } from '../../components/lazy-view';
import { markOnce } from '../../features/instrumentation/marks';
import { t } from '../../locales/i18n';
import type { PageContext } from '../../messaging/page-context';
import type { RoundsDatabase } from '../../storage/database';
import type { PageRef } from '../../storage/schemas';
import { type SidebarView, viewForCapture, viewForDiscovered } from './capture-start';
import { directorySearch } from './directory-search';
import { LogForEveryone } from './LogForEveryone';
import { NotesOnThisPage } from './NotesOnThisPage';
import { NotInDirectory } from './NotInDirectory';
import { OnThisPage } from './OnThisPage';
import { ReferralQueue } from './ReferralQueue';
import { ReferralsOnThisPage } from './ReferralsOnThisPage';

// Views not on the first screen: their own chunks, fetched after the first paint.
const PhysicianView = lazyView(() => import('./PhysicianView').then((m) => m.PhysicianView));
const AddPhysician = lazyView(() => import('./AddPhysician').then((m) => m.AddPhysician));
const CapturedNote = lazyView(() => import('./CapturedNote').then((m) => m.CapturedNote));
const prefetchViews = () => {
  PhysicianView.prefetch();
  AddPhysician.prefetch();
  CapturedNote.prefetch();
};

/** Where focus goes back to on the home view: the list item, the search box or the Add physician button. */
type ReturnFocus = { to: 'on-this-page'; id: string } | { to: 'search' } | { to: 'add' } | null;

/** The ready sidebar: home (search, on this page, notes and referrals on this page), a physician, or a form. */
export function SidebarMain(props: { db: RoundsDatabase; context: PageContext }) {
  const { db, context } = props;
  markOnce('rounds:main-render');
  const [view, setView] = useState<SidebarView>({ kind: 'home' });
  const [arrival, setArrival] = useState('');
  // Kept here so the index outlives the home view; built after the first paint's queries.
  const index = usePhysicianIndex(db, 300);
  const search = useMemo(() => directorySearch(db, index), [db, index.index, index.version]);
  const returnFocus = useRef<ReturnFocus>(null);
  const home = useRef<HTMLDivElement>(null);
  const page = useMemo<PageRef>(
    () => ({ origin: context.origin, path: context.path, title: context.title, key: context.pageKey }),
    [context.origin, context.path, context.title, context.pageKey],
  );

  // A capture is acted on once: later context updates (detection, title) carry the same capture again.
  const capture = context.capture;
  const captureKey = capture ? `${capture.kind}|${capture.at}|${capture.text}` : '';
  useEffect(() => {
    if (!capture) return;
    let live = true;
    viewForCapture(db, capture).then((next) => live && setView(next));
    return () => {
      live = false;
    };
  }, [db, captureKey]);

  useEffect(() => {
    if (view.kind !== 'home') return;
    const back = returnFocus.current;
    if (back?.to === 'search') home.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
    if (back?.to === 'add') home.current?.querySelector<HTMLButtonElement>('button.add-physician-button')?.focus();
  }, [view.kind]);

  const open = (id: string, from: ReturnFocus = returnFocus.current, message = '') => {
    returnFocus.current = from;
    setArrival(message);
    setView({ kind: 'physician', id });
  };
  const goHome = () => setView({ kind: 'home' });
  useEffect(() => {
    const timer = setTimeout(prefetchViews, 200);
    return () => clearTimeout(timer);
  }, []);

  if (view.kind === 'physician') {
    return (
      <PhysicianView
        key={view.id}
        db={db}
        physicianId={view.id}
        page={page}
        onThisPage={context.detected.map((d) => d.physicianId)}
        search={search}
        initialMessage={arrival}
        onBack={goHome}
      />
    );
  }
  if (view.kind === 'new-physician') {
    return (
      <AddPhysician
        db={db}
        initial={view.initial}
        extra={view.extra}
        candidates={view.candidates}
        onDone={(id) => (id && !view.thenHome ? open(id) : goHome())}
      />
    );
  }
  if (view.kind === 'capture-note') {
    return (
      <CapturedNote
        db={db}
        text={view.text}
        page={page}
        search={search}
        onDone={(id, message) => (id ? open(id, null, message) : goHome())}
      />
    );
  }
  const focusId = returnFocus.current?.to === 'on-this-page' ? returnFocus.current.id : null;
  return (
    <div ref={home}>
      <PhysicianSearch search={index} onOpen={(id) => open(id, { to: 'search' })} />
      <button
        type="button"
        class="add-physician-button"
        onClick={() => {
          returnFocus.current = { to: 'add' };
          setView({ kind: 'new-physician', initial: {} });
        }}
      >
        {t('sidebar.addPhysician')}
      </button>
      <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/plan.html') })}>
        {t('sidebar.planMyDay')}
      </button>
      <OnThisPage
        db={db}
        detected={context.detected}
        onOpen={(id) => open(id, { to: 'on-this-page', id })}
        focusId={focusId}
      />
      <LogForEveryone db={db} physicianIds={context.detected.map((d) => d.physicianId)} />
      <NotInDirectory
        portalId={context.portalId}
        discovered={context.discovered ?? []}
        onAdd={(provider) => setView(viewForDiscovered(provider, context))}
      />
      <ReferralQueue db={db} context={context} />
      <NotesOnThisPage db={db} pageKey={context.pageKey} />
      <ReferralsOnThisPage db={db} pageKey={context.pageKey} />
    </div>
  );
}
