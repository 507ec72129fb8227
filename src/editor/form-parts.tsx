/**
 * Small pieces the editor's forms share: the problems the loader found on an item, shown
 * where the item is, and a form's frame (heading, focus on open, Save and Cancel).
 */
import { cloneElement, useEffect, useId, useRef, type FormEvent, type ReactElement, type ReactNode } from 'react';
import type { DataProblem } from '../domain/loaded-dataset';
import { useLocale } from '../store/store-context';
import { isolate } from '../ui/isolated-text';
import { ProblemMessage } from '../ui/problem-message';

export function ProblemList({ problems }: { problems: readonly DataProblem[] | undefined }) {
  const locale = useLocale();
  const { t } = locale;
  if (!problems || problems.length === 0) return null;
  return (
    <ul className="cm-item-problems" aria-label={t('editor.common.problems')}>
      {problems.map((problem, i) => (
        <li key={i}>
          {/* The path is the format's own notation, left to right in either language; the message is the loader's. */}
          <code dir="ltr">{problem.path}</code>: <ProblemMessage locale={locale} problem={problem} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A labelled control with a hint under it; the hint describes the control
 * (`aria-describedby`) rather than being part of its name.
 */
export function Field({
  label,
  hint,
  problem,
  children,
}: {
  label: string;
  hint?: ReactNode;
  /** Said in the danger colour, e.g. why a link is refused. */
  problem?: ReactNode;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="cm-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': described || undefined })}
      {hint ? (
        <span id={`${id}-hint`} className="cm-hint">
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span id={`${id}-problem`} className="cm-hint cm-hint--problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

interface EditorFormFrameProps {
  /** The form's name, for its heading and for assistive technology. */
  title: string;
  /** The heading when it holds data in its own element (see data-text); else the title. */
  heading?: ReactNode;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** Said under the heading, e.g. why a field cannot change. */
  note?: ReactNode;
  submitDisabled?: boolean;
}

/**
 * A form in the editor panel: it scrolls into view and focuses its first field when it opens
 * (on a phone the panel is below the map), and Escape cancels it.
 */
export function EditorFormFrame({ title, heading, submitLabel, onSubmit, onCancel, children, note, submitDisabled }: EditorFormFrameProps) {
  const { t } = useLocale();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = ref.current;
    form?.scrollIntoView?.({ block: 'start' });
    form?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([readonly]), select, button')?.focus();
  }, []);
  return (
    <form
      ref={ref}
      className="cm-editor-form"
      aria-label={title}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3>{heading ?? title}</h3>
      {note ? <p className="cm-cite">{note}</p> : null}
      {children}
      <div className="cm-form-buttons">
        <button type="submit" className="cm-button cm-button--primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
        <button type="button" className="cm-button" onClick={onCancel}>
          {t('editor.common.cancel')}
        </button>
      </div>
    </form>
  );
}

export interface PickOption {
  id: string;
  label: string;
}

interface PickListProps {
  label: string;
  /** What the select says before a choice, e.g. "Add a place…". */
  addLabel: string;
  chosen: readonly string[];
  options: readonly PickOption[];
  onChange: (chosen: string[]) => void;
  /** Problems with the list itself, e.g. "must cite at least one excerpt". */
  problems?: readonly string[];
}

/** Ids chosen from a list: each shown with a Remove button, more added from a select. */
export function PickList({ label, addLabel, chosen, options, onChange, problems }: PickListProps) {
  const { t } = useLocale();
  const labelOf = new Map(options.map((o) => [o.id, o.label]));
  const rest = options.filter((o) => !chosen.includes(o.id));
  return (
    <fieldset className="cm-pick-list">
      <legend>{label}</legend>
      {chosen.length > 0 ? (
        <ul>
          {chosen.map((id) => (
            <li key={id}>
              <span dir="auto">{labelOf.get(id) ?? id}</span>
              <button
                type="button"
                className="cm-button cm-button--small"
                aria-label={t('editor.common.removeItem', { name: isolate(labelOf.get(id) ?? id) })}
                onClick={() => onChange(chosen.filter((x) => x !== id))}
              >
                {t('editor.common.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {problems?.map((p, i) => (
        <p key={i} className="cm-hint cm-hint--problem">
          {p}
        </p>
      ))}
      {rest.length > 0 ? (
        <select
          aria-label={addLabel}
          value=""
          onChange={(e) => {
            if (e.target.value !== '') onChange([...chosen, e.target.value]);
          }}
        >
          <option value="">{addLabel}</option>
          {rest.map((o) => (
            <option key={o.id} value={o.id} dir="auto">
              {o.label}
            </option>
          ))}
        </select>
      ) : null}
    </fieldset>
  );
}

/** Words shortened for a list: the first ~80 characters of an excerpt. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
