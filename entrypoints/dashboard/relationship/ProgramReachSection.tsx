import { useState } from 'preact/hooks';
import type { CsvRows } from '../../../features/dashboard/csv-rows';
import { displayName } from '../../../features/directory/display-name';
import { notHeard, territoriesOf } from '../../../features/programs/not-heard';
import { livePrograms } from '../../../features/programs/program-names';
import { t } from '../../../locales/i18n';
import { DataTable } from '../DataTable';
import type { RelationshipRows } from './load-relationship';

/** `Program reach`: physicians in a territory (tag) who have not heard about a program yet. */
export function ProgramReachSection(props: { rows: RelationshipRows }) {
  const { physicians, outreach } = props.rows;
  const programs = livePrograms(props.rows.programs);
  const territories = territoriesOf(physicians);
  const [programId, setProgramId] = useState('');
  const [territory, setTerritory] = useState('');
  const chosen = programs.find((p) => p.id === programId) ?? programs[0];
  const list = chosen ? notHeard(physicians, outreach, chosen.id, territory) : [];
  const csv = (limit?: number): CsvRows => [
    [t('dashboard.physician'), t('dashboard.specialty'), t('dashboard.practice'), t('dashboard.tags')],
    ...list.slice(0, limit).map((p) => [displayName(p), p.specialty, p.practiceName, p.tags.join(', ')]),
  ];
  return (
    <section aria-labelledby="reach-heading" class="report-section">
      <h2 id="reach-heading">{t('dashboard.programReach')}</h2>
      <div class="row no-print">
        <label for="reach-program">{t('dashboard.program')}</label>
        <select id="reach-program" value={chosen?.id ?? ''} onChange={(e) => setProgramId(e.currentTarget.value)}>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label for="reach-territory">{t('dashboard.territory')}</label>
        <select id="reach-territory" value={territory} onChange={(e) => setTerritory(e.currentTarget.value)}>
          <option value="">{t('dashboard.allTerritories')}</option>
          {territories.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {chosen ? (
        <DataTable
          caption={
            territory
              ? t('dashboard.notHeardAboutIn', { program: chosen.name, territory })
              : t('dashboard.notHeardAbout', { program: chosen.name })
          }
          name="program-not-heard"
          rows={csv}
          total={list.length}
          empty={t('dashboard.everyoneHereHasHeardAbout')}
        />
      ) : (
        <p class="muted">{t('dashboard.noProgramsYetAddThem')}</p>
      )}
    </section>
  );
}
