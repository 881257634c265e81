import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'search' | 'number';
  required?: boolean;
  autoFocus?: boolean;
  multiline?: boolean;
  children?: ComponentChildren;
}

/** A labelled input whose error and hint are tied to it for screen readers. */
export function Field(props: FieldProps) {
  const id = useId();
  const describedBy = [props.error ? `${id}-error` : '', props.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value: props.value,
    required: props.required,
    autoFocus: props.autoFocus,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} />
      )}
      {props.hint && (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="error" id={`${id}-error`}>
          {props.error}
        </span>
      )}
      {props.children}
    </div>
  );
}
