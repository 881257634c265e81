import { useState } from 'preact/hooks';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';
import { describeWriteError } from '../../../components/write-error';
import { draftToProgram, type ProgramDraft, programKindOptions } from '../../../features/programs/program-draft';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { repositories } from '../../../storage/repositories';

interface Props {
  db: RoundsDatabase;
  /** The program being edited, or null for a new one. */
  id: string | null;
  initial: ProgramDraft;
  onDone: (message: string) => void;
}

/** Every field of a program: name, service line, kind, talking points, how to refer, contacts, materials. */
export function ProgramForm(props: Props) {
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Partial<Record<keyof ProgramDraft, string>>>({});
  const [problem, setProblem] = useState('');
  const set = (patch: Partial<ProgramDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: keyof ProgramDraft, label: string, extra: { hint?: string; multiline?: boolean } = {}) => (
    <Field label={label} value={draft[key]} error={errors[key]} onInput={(v) => set({ [key]: v })} {...extra} />
  );

  const save = async (event: Event) => {
    event.preventDefault();
    const built = draftToProgram(draft);
    if ('errors' in built) {
      setErrors(built.errors);
      return;
    }
    try {
      const repos = repositories(props.db);
      if (props.id) await repos.programs.update(props.id, built.input);
      else await repos.programs.create(built.input);
      props.onDone(`Program ${built.input.name} saved.`);
    } catch (error) {
      setProblem(describeWriteError(error));
    }
  };

  return (
    <form
      class="card"
      onSubmit={save}
      aria-label={props.id ? t('options.editProgram') : t('options.newProgram')}
      noValidate
    >
      <div class="grid2">
        {text('name', 'Program name')}
        {text('serviceLine', 'Service line')}
        <SelectField
          label={t('options.kind')}
          value={draft.kind}
          options={programKindOptions}
          onChange={(kind) => set({ kind })}
        />
        {text('link', 'Link', { hint: 'https://… (the referral page or the study’s listing)' })}
        {text('phone', 'Referral phone')}
        {text('fax', 'Referral fax')}
      </div>
      {text('talkingPoints', 'Talking points', { multiline: true })}
      {text('howToRefer', 'Eligibility and how to refer', { multiline: true })}
      {text('materials', 'Materials', { multiline: true, hint: 'One per line: name | version (Brochure | 2026-1)' })}
      {problem && <p role="alert">{problem}</p>}
      <div class="row">
        <button type="submit" class="primary">
          {t('options.saveProgram')}
        </button>
        <button type="button" onClick={() => props.onDone('')}>
          {t('options.cancel')}
        </button>
      </div>
    </form>
  );
}
