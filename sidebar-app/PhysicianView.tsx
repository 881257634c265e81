import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../components/use-live-query';
import { displayName } from '../directory/display-name';
import { GlanceDetails } from '../directory/PhysicianGlanceCard';
import { loadGlances, type PhysicianGlance } from '../directory/physician-glance';
import type { RoundsDatabase } from '../storage/database';
import type { PageRef } from '../storage/schemas';
import { loadPhysicianTimeline } from '../timeline/load-timeline';
import { Timeline } from '../timeline/Timeline';
import { EditPhysician } from './EditPhysician';
import { NoteComposer } from './NoteComposer';
import { OutreachForm } from './OutreachForm';
import { type Panel, PhysicianActions } from './PhysicianActions';
import { ReferralPanel } from './ReferralPanel';
import { useUndoableNoteDelete } from './use-undoable-note-delete';

interface PhysicianViewProps {
  db: RoundsDatabase;
  physicianId: string;
  page: PageRef;
  /** Physicians on the page, offered as other referring physicians. */
  onThisPage: readonly string[];
  onBack: () => void;
}

/** One physician: name, context, editable details, note, outreach, referral and a live timeline. */
export function PhysicianView(props: PhysicianViewProps) {
  const { db, physicianId } = props;
  const glance = useLiveQuery<PhysicianGlance | null | undefined>(
    async () => (await loadGlances(db, [physicianId]))[0] ?? null,
    [db, physicianId],
    undefined,
  );
  const items = useLiveQuery(() => loadPhysicianTimeline(db, physicianId), [db, physicianId], []);
  const [panel, setPanel] = useState<Panel>('none');
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const undo = useUndoableNoteDelete(db, setMessage);
  const ready = glance !== undefined && glance !== null;

  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  const done = (text: string) => {
    setPanel('none');
    setMessage(text);
  };

  return (
    <section class="physician-view" aria-labelledby="physician-heading">
      <button type="button" class="link" onClick={props.onBack}>
        ← Back to list
      </button>
      {glance === undefined && <p class="muted">Loading…</p>}
      {glance === null && <p role="alert">This physician is no longer in the directory.</p>}
      {glance && (
        <>
          <h2 id="physician-heading" tabIndex={-1} ref={heading}>
            {displayName(glance.physician)}
          </h2>
          <GlanceDetails glance={glance} />
          <PhysicianActions panel={panel} onPanel={setPanel} />
          {panel === 'edit' && (
            <EditPhysician db={db} physician={glance.physician} onSaved={done} onCancel={() => setPanel('none')} />
          )}
          {panel === 'outreach' && (
            <OutreachForm db={db} physicianId={physicianId} onSaved={done} onCancel={() => setPanel('none')} />
          )}
          {panel === 'referral' && (
            <ReferralPanel
              db={db}
              physician={glance.physician}
              others={props.onThisPage}
              page={props.page}
              onSaved={done}
              onCancel={() => setPanel('none')}
            />
          )}
          <NoteComposer db={db} physicianId={physicianId} page={props.page} onSaved={setMessage} />
          <p role="status" class="status">
            {message}
            {undo.lastDeleted && (
              <button type="button" class="link" onClick={undo.restore}>
                Undo
              </button>
            )}
          </p>
          <h3>Timeline</h3>
          <Timeline items={items} label={`Timeline of ${displayName(glance.physician)}`} onDeleteNote={undo.remove} />
        </>
      )}
    </section>
  );
}
