import { useEffect, useRef, useState } from 'preact/hooks';
import { OutreachFields } from '../../components/outreach/OutreachFields';
import { usePrograms } from '../../components/programs/use-programs';
import { mark } from '../../features/instrumentation/marks';
import { livePrograms } from '../../features/programs/program-names';
import { errorText } from '../../locales/coded-error';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { RoundsDatabase } from '../../storage/database';
import type { Outreach } from '../../storage/schemas';
import { type Logged, LoggedStatus } from './LoggedStatus';
import { PhysicianCombobox } from './PhysicianCombobox';
import { emptyForm, type QuickLogForm, toRequest } from './quick-log-form';
import type { TabState } from './tab-state';
import { useSuggestions } from './use-suggestions';

interface Props {
  db: RoundsDatabase;
  tab: TabState | null;
  lastActivity: string;
  /** The newest outreach rows, already being read (the popup starts its reads together); read here when absent. */
  recent?: Promise<Outreach[]>;
}

/** Quick-log: who, what, when, notes, follow-up; `Log outreach` or Ctrl/Cmd+Enter saves through the background. */
export function QuickLog(props: Props) {
  const [form, setForm] = useState<QuickLogForm>(() => emptyForm(props.lastActivity));
  const programs = livePrograms(usePrograms(props.db));
  const [logged, setLogged] = useState<Logged | null>(null);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const physicianRef = useRef<HTMLInputElement>(null);
  const { search, suggest, version } = useSuggestions(props.db, props.tab, form.chosen, props.recent);
  const patch = (p: Partial<QuickLogForm>) => setForm((f) => ({ ...f, ...p }));
  // The field is there from the first render; its suggestions follow as soon as the bounded reads return.
  useEffect(() => physicianRef.current?.focus(), []);

  const interactive = () => {
    if (document.activeElement === physicianRef.current) mark('rounds:interactive');
    setTimeout(() => void search.load(), 0);
  };
  const submit = () => {
    if (saving) return;
    const built = toRequest(form);
    if ('problem' in built) {
      setProblem(built.problem);
      physicianRef.current?.focus();
      return;
    }
    const names = form.chosen.map((c) => c.label);
    setSaving(true);
    setProblem('');
    // Sent before anything else is awaited: the background finishes the write even if the popup closes now.
    send('outreach.log', built.request).then(
      async (result) => {
        setLogged({ result, names });
        setForm(emptyForm(form.type));
        setSaving(false);
        physicianRef.current?.focus();
        for (const p of await props.db.physicians.bulkGet(result.createdPhysicianIds)) if (p) search.put(p);
      },
      (error: unknown) => {
        setProblem(t('common.notSaved', { reason: errorText(error) }));
        setSaving(false);
      },
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form
      class="quick-log"
      aria-label={t('popup.quickLog')}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <PhysicianCombobox
        chosen={form.chosen}
        onChoose={(s) =>
          patch({ chosen: [...form.chosen.filter((c) => c.kind !== 'practice' || s.kind !== 'practice'), s] })
        }
        onRemove={(key) => patch({ chosen: form.chosen.filter((c) => c.key !== key) })}
        suggest={suggest}
        inputRef={physicianRef}
        version={version}
        onFirstOptions={interactive}
      />
      <OutreachFields value={form} onChange={patch} programs={programs} />
      <div class="row">
        <button type="submit" class="primary" disabled={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
          {t('popup.logOutreach')}
        </button>
        <span class="muted">{t('popup.ctrlEnter')}</span>
      </div>
      <LoggedStatus logged={logged} problem={problem} />
    </form>
  );
}
