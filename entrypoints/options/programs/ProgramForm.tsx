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
      props.onDone(t('options.programNameSaved', { name: built.input.name }));
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
        {text('name', t('options.programName'))}
        {text('serviceLine', t('options.serviceLine'))}
        <SelectField
          label={t('options.kind')}
          value={draft.kind}
          options={programKindOptions}
          onChange={(kind) => set({ kind })}
        />
        {text('link', t('options.link'), { hint: 'https://… (the referral page or the study’s listing)' })}
        {text('phone', t('options.referralPhone'))}
        {text('fax', t('options.referralFax'))}
      </div>
      {text('talkingPoints', t('options.talkingPoints'), { multiline: true })}
      {text('howToRefer', t('options.eligibilityAndHowToRefer'), { multiline: true })}
      {text('materials', t('options.materials'), { multiline: true, hint: t('options.onePerLineNameVersion') })}
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
