import { useEffect, useRef, useState } from 'preact/hooks';
import { activityLabels } from '../../features/directory/labels';
import {
  activityOrDefault,
  emptyOutreachFields,
  type OutreachFields as Fields,
  toLogRequest,
} from '../../features/outreach/outreach-form';
import { livePrograms } from '../../features/programs/program-names';
import { errorText } from '../../locales/coded-error';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { LogOutreachResponse } from '../../messaging/outreach-log';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/settings-store';
import { usePrograms } from '../programs/use-programs';
import { OutreachFields } from './OutreachFields';

interface OutreachFormProps {
  db: RoundsDatabase;
  /** Who it was with: the physician of the view, or everyone named on the page (one outreach for all). */
  physicianIds: readonly string[];
  /** The form's name and heading; `Log outreach` unless told. */
  title?: string;
  /** An activity to start with instead of the last one logged (hospital rounds for everyone on a schedule). */
  activity?: Fields['type'];
  /** The save button's name; `Save outreach` unless told. */
  submitLabel?: string;
  onSaved: (message: string, result: LogOutreachResponse) => void;
  onCancel: () => void;
}

/**
 * An inline outreach form (the sidebar's physician view and `Log for everyone on this page`, the plan's `Done`):
 * the same fields as the popup's quick-log, saved the same way (`outreach.log`, one transaction in the background,
 * with its follow-up).
 */
export function OutreachForm(props: OutreachFormProps) {
  const [fields, setFields] = useState<Fields>(() => emptyOutreachFields(props.activity ?? 'visit'));
  const programs = livePrograms(usePrograms(props.db));
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  // Set once the user picks an activity: the remembered one, read after the first render, must not undo it.
  const activityChosen = useRef(false);
  const patch = (p: Partial<Fields>) => {
    if (p.type) activityChosen.current = true;
    setFields((f) => ({ ...f, ...p }));
  };
  // The activity last logged (popup or sidebar) comes first, as in the popup's quick-log.
  useEffect(() => {
    if (props.activity) return;
    let live = true;
    void loadSettings(props.db).then((s) => {
      if (live && !activityChosen.current) setFields((f) => ({ ...f, type: activityOrDefault(s.lastActivity) }));
    });
    return () => {
      live = false;
    };
  }, [props.db]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const built = toLogRequest(fields, { physicianIds: [...props.physicianIds], newPhysicians: [], practiceId: null });
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setSaving(true);
    setProblem('');
    try {
      const result = await send('outreach.log', built.request);
      const followUp = result.followUpId ? t('outreach.followUpSet') : '';
      const many =
        result.physicianIds.length > 1 ? t('outreach.forLengthPhysicians', { length: result.physicianIds.length }) : '';
      props.onSaved(
        t('outreach.loggedActivityManyFollowup', {
          activity: activityLabels[fields.type].toLowerCase(),
          many,
          followUp,
        }),
        result,
      );
    } catch (failure) {
      setProblem(t('common.notSaved', { reason: errorText(failure) }));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={save} class="card" aria-label={props.title ?? t('outreach.logOutreach')} noValidate>
      <h3>{props.title ?? t('outreach.logOutreach')}</h3>
      <OutreachFields value={fields} onChange={patch} notesLabel={t('outreach.outreachNotes')} programs={programs} />
      {problem && <p role="alert">{problem}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {props.submitLabel ?? t('outreach.saveOutreach')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('outreach.cancel')}
        </button>
      </div>
    </form>
  );
}
