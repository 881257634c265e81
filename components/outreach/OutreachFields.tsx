import { activityLabels } from '../../features/directory/labels';
import { type OutreachFields as Fields, isFuture } from '../../features/outreach/outreach-form';
import { activityTypes, type Program } from '../../storage/schemas';
import { Field } from '../Field';
import { ProgramsPresented } from '../programs/ProgramsPresented';
import { SelectField } from '../SelectField';
import { ConcernAndGift } from './ConcernAndGift';
import { FollowUpFields } from './FollowUpFields';
import './outreach.css';
import { t } from '../../locales/i18n';

const activityOptions = activityTypes.map((t) => [t, activityLabels[t]] as const);

interface Props {
  value: Fields;
  onChange: (patch: Partial<Fields>) => void;
  /** The notes field's name where the page has other notes beside it (the sidebar's physician view). */
  notesLabel?: string;
  /** Live programs to choose from (the options page's library). */
  programs: readonly Program[];
}

const satisfactionOptions = [
  ['', t('outreach.notAsked')],
  ['5', t('outreach.5VerySatisfied')],
  ['4', '4'],
  ['3', '3'],
  ['2', '2'],
  ['1', t('outreach.1NotSatisfied')],
] as const;

/**
 * Every field of an outreach, the same wherever outreach is logged (popup quick-log, sidebar): activity, date,
 * notes, programs presented, satisfaction, concern, meal or gift, follow-up. Who it was with is the form's own part.
 */
export function OutreachFields(props: Props) {
  const v = props.value;
  return (
    <>
      <div class="grid2">
        <SelectField
          label={t('outreach.activity')}
          value={v.type}
          options={activityOptions}
          onChange={(type) => props.onChange({ type })}
        />
        <Field
          label={t('outreach.date')}
          type="datetime-local"
          value={v.at}
          onInput={(at) => props.onChange({ at })}
          hint={isFuture(v.at) ? t('outreach.thisDateIsInThe') : undefined}
        />
      </div>
      <Field
        label={t('outreach.location')}
        value={v.location}
        hint={t('outreach.whereWhenNotTheOffice')}
        onInput={(location) => props.onChange({ location })}
      />
      <Field
        label={props.notesLabel ?? t('outreach.notes')}
        multiline
        value={v.notes}
        onInput={(notes) => props.onChange({ notes })}
      />
      <ProgramsPresented
        programs={props.programs}
        value={v.programIds}
        materialsLeft={v.materialsLeft}
        onChange={props.onChange}
      />
      <SelectField
        label={t('outreach.satisfaction')}
        value={v.satisfaction}
        options={satisfactionOptions as unknown as readonly (readonly [string, string])[]}
        onChange={(satisfaction) => props.onChange({ satisfaction })}
      />
      <ConcernAndGift value={v} onChange={props.onChange} />
      <FollowUpFields
        date={v.followUpDate}
        text={v.followUpText}
        onDate={(followUpDate) => props.onChange({ followUpDate })}
        onText={(followUpText) => props.onChange({ followUpText })}
      />
    </>
  );
}
