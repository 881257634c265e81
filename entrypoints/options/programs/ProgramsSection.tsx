import { useState } from 'preact/hooks';
import { usePrograms } from '../../../components/programs/use-programs';
import { describeWriteError } from '../../../components/write-error';
import {
  emptyProgramDraft,
  type ProgramDraft,
  programKindLabels,
  programToDraft,
} from '../../../features/programs/program-draft';
import { livePrograms } from '../../../features/programs/program-names';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { repositories } from '../../../storage/repositories';
import { ProgramForm } from './ProgramForm';

/**
 * The programs library: what the liaison presents (services, clinical programs, studies, new technology), with
 * talking points, how to refer and materials. Outreach and events choose from it (`Programs presented`).
 */
export function ProgramsSection(props: { db: RoundsDatabase }) {
  const programs = livePrograms(usePrograms(props.db));
  const [editing, setEditing] = useState<{ id: string | null; draft: ProgramDraft } | null>(null);
  const [message, setMessage] = useState('');
  const remove = async (id: string, name: string) => {
    try {
      await repositories(props.db).programs.softDelete(id);
      setMessage(t('options.programNameRemovedPastOutreach', { name }));
    } catch (error) {
      setMessage(describeWriteError(error));
    }
  };
  return (
    <section aria-labelledby="programs-heading">
      <h2 id="programs-heading">{t('options.programs')}</h2>
      <p class="muted">{t('options.whatYouPresentToReferring')}</p>
      <ul class="plain program-list">
        {programs.map((p) => (
          <li key={p.id} class="card">
            <strong>{p.name}</strong>
            <span class="muted">
              {' '}
              · {programKindLabels[p.kind]}
              {p.serviceLine && ` · ${p.serviceLine}`}
              {p.materials.length > 0 &&
                t('options.materialsMap', {
                  map: p.materials.map((m) => (m.version ? `${m.name} v${m.version}` : m.name)).join(', '),
                })}
            </span>
            {p.talkingPoints && <p class="note-body">{p.talkingPoints}</p>}
            <div class="row">
              <button
                type="button"
                aria-label={t('options.editName', { name: p.name })}
                onClick={() => setEditing({ id: p.id, draft: programToDraft(p) })}
              >
                {t('options.edit')}
              </button>
              <button
                type="button"
                aria-label={t('options.removeName', { name: p.name })}
                onClick={() => void remove(p.id, p.name)}
              >
                {t('options.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <ProgramForm
          key={editing.id ?? 'new'}
          db={props.db}
          id={editing.id}
          initial={editing.draft}
          onDone={(m) => {
            setEditing(null);
            setMessage(m);
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ id: null, draft: emptyProgramDraft() })}>
          {t('options.addProgram')}
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
