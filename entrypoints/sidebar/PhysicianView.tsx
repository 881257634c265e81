import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { OpenConcerns } from '../../components/concerns/OpenConcerns';
import { OutreachForm } from '../../components/outreach/OutreachForm';
import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { loadGlances, type PhysicianGlance } from '../../features/directory/physician-glance';
import type { AdvanceResult } from '../../features/referrals/advance-referral';
import { loadPhysicianTimeline } from '../../features/timeline/load-timeline';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { PageRef, Physician } from '../../storage/schemas';
import { EditPhysician } from './EditPhysician';
import { NoteComposer } from './NoteComposer';
import { type Panel, PhysicianActions } from './PhysicianActions';
import { GlanceDetails } from './PhysicianGlanceCard';
import { PhysicianReferrals } from './PhysicianReferrals';
import { ReferralPanel } from './ReferralPanel';
import { Timeline } from './Timeline';
import { useEscape } from './use-escape';
import { useUndoableNoteDelete } from './use-undoable-note-delete';

interface PhysicianViewProps {
  db: RoundsDatabase;
  physicianId: string;
  page: PageRef;
  /** Physicians on the page, offered as other referring physicians. */
  onThisPage: readonly string[];
  /** The directory type-ahead (the sidebar's in-memory index). */
  search: (query: string) => Promise<Physician[]>;
  /** Announced on arrival (e.g. after a captured note was saved). */
  initialMessage?: string;
  onBack: () => void;
}

/** One physician: name, context, editable details, note, outreach, referrals and a live timeline; Escape goes back. */
export function PhysicianView(props: PhysicianViewProps) {
  const { db, physicianId } = props;
  const glance = useLiveQuery<PhysicianGlance | null | undefined>(
    async () => (await loadGlances(db, [physicianId]))[0] ?? null,
    [db, physicianId],
    undefined,
  );
  const items = useLiveQuery(() => loadPhysicianTimeline(db, physicianId), [db, physicianId], []);
  const [panel, setPanel] = useState<Panel>('none');
  const [message, setMessage] = useState(props.initialMessage ?? '');
  const [savedReferral, setSavedReferral] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  const undo = useUndoableNoteDelete(db, setMessage);
  const ready = glance !== undefined && glance !== null;

  // Focus moves to the heading in the commit that shows it (a layout effect), never a frame later: by then the user
  // (or a test) may already be in the note box, and what they type would go to the heading and be lost (#19).
  useLayoutEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  /** Closes the open form and puts focus back on the button that opened it. */
  const close = (text?: string) => {
    actions.current?.querySelector<HTMLButtonElement>(`button[data-panel="${panel}"]`)?.focus();
    setPanel('none');
    if (text !== undefined) setMessage(text);
  };
  useEscape(() => (panel === 'none' ? props.onBack() : close()));

  const referralSaved = (result: AdvanceResult) => {
    setSavedReferral(result.referral.id);
    close(t(result.followUp ? 'sidebar.referralSavedFollowUp' : 'sidebar.referralSaved'));
  };

  return (
    <section class="physician-view" aria-labelledby="physician-heading">
      <button type="button" class="link" onClick={props.onBack}>
        {t('sidebar.backToList')}
      </button>
      {glance === undefined && <p class="muted">{t('sidebar.loading')}</p>}
      {glance === null && <p role="alert">{t('sidebar.thisPhysicianIsNoLonger')}</p>}
      {glance && (
        <>
          <h2 id="physician-heading" tabIndex={-1} ref={heading}>
            {displayName(glance.physician)}
          </h2>
          <GlanceDetails glance={glance} />
          <div ref={actions}>
            <PhysicianActions panel={panel} onPanel={setPanel} />
          </div>
          {panel === 'edit' && (
            <EditPhysician
              db={db}
              physician={glance.physician}
              practice={glance.practice}
              onSaved={close}
              onCancel={() => close()}
            />
          )}
          {panel === 'outreach' && (
            <OutreachForm db={db} physicianIds={[physicianId]} onSaved={close} onCancel={() => close()} />
          )}
          {panel === 'referral' && (
            <ReferralPanel
              db={db}
              physician={glance.physician}
              others={props.onThisPage}
              page={props.page}
              search={props.search}
              onSaved={referralSaved}
              onCancel={() => close()}
            />
          )}
          <OpenConcerns db={db} physicianId={physicianId} headingLevel={3} />
          <NoteComposer db={db} physicianId={physicianId} page={props.page} onSaved={setMessage} />
          <p role="status" class="status">
            {message}
            {undo.lastDeleted && (
              <button type="button" class="link" onClick={undo.restore}>
                {t('sidebar.undo')}
              </button>
            )}
          </p>
          <PhysicianReferrals db={db} physicianId={physicianId} openId={savedReferral} />
          <h3>{t('sidebar.timeline')}</h3>
          <Timeline
            items={items}
            label={t('sidebar.timelineOfDisplayname', { displayName: displayName(glance.physician) })}
            onDeleteNote={undo.remove}
          />
        </>
      )}
    </section>
  );
}
