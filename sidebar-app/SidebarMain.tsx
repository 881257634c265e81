import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PhysicianSearch } from '../directory/PhysicianSearch';
import { usePhysicianIndex } from '../directory/use-physician-index';
import type { RoundsDatabase } from '../storage/database';
import type { PageRef } from '../storage/schemas';
import { AddPhysician } from './AddPhysician';
import { type SidebarView, viewForCapture } from './capture-start';
import { NotesOnThisPage } from './NotesOnThisPage';
import { OnThisPage } from './OnThisPage';
import { PhysicianView } from './PhysicianView';
import type { PageContext } from './page-context-types';

/** The ready sidebar: home (search, on this page, notes on this page), a physician's view, or the add form. */
export function SidebarMain(props: { db: RoundsDatabase; context: PageContext }) {
  const { db, context } = props;
  const [view, setView] = useState<SidebarView>({ kind: 'home' });
  // Kept here so the index outlives the home view; built after the first paint's queries.
  const search = usePhysicianIndex(db, 300);
  const returnFocus = useRef<string | null>(null);
  const page = useMemo<PageRef>(
    () => ({ origin: context.origin, path: context.path, title: context.title, key: context.pageKey }),
    [context.origin, context.path, context.title, context.pageKey],
  );

  useEffect(() => {
    if (!context.capture) return;
    let live = true;
    viewForCapture(db, context.capture).then((next) => live && setView(next));
    return () => {
      live = false;
    };
  }, [db, context.capture]);

  const open = (id: string) => {
    returnFocus.current = id;
    setView({ kind: 'physician', id });
  };
  const home = () => setView({ kind: 'home' });

  if (view.kind === 'physician') {
    return (
      <PhysicianView
        key={view.id}
        db={db}
        physicianId={view.id}
        page={page}
        onThisPage={context.detected.map((d) => d.physicianId)}
        onBack={home}
      />
    );
  }
  if (view.kind === 'new-physician') {
    return <AddPhysician db={db} initial={view.initial} onDone={(id) => (id ? open(id) : home())} />;
  }
  return (
    <>
      <PhysicianSearch search={search} onOpen={open} />
      <button type="button" onClick={() => setView({ kind: 'new-physician', initial: {} })}>
        Add physician
      </button>
      <OnThisPage db={db} detected={context.detected} onOpen={open} focusId={returnFocus.current} />
      <NotesOnThisPage db={db} pageKey={context.pageKey} />
    </>
  );
}
