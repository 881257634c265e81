import { serviceLineTopics } from '../../features/outreach/labels';

/** Service lines discussed, as toggle buttons (aria-pressed), one tap each. */
export function TopicChips(props: { value: string[]; onChange: (topics: string[]) => void }) {
  const toggle = (t: string) =>
    props.onChange(props.value.includes(t) ? props.value.filter((v) => v !== t) : [...props.value, t]);
  return (
    <fieldset class="chip-set">
      <legend>Topics</legend>
      {serviceLineTopics.map((t) => (
        <button key={t} type="button" class="chip" aria-pressed={props.value.includes(t)} onClick={() => toggle(t)}>
          {t}
        </button>
      ))}
    </fieldset>
  );
}
