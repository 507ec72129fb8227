/**
 * Events: their fields — title, summary, kind (the dataset's kinds offered, any new word
 * taken), when (a day, a month, a year, a period it lasted, or "some time between" two dates,
 * through the browser's date inputs; "about" and "possibly"), actors (suggested from the
 * dataset), a note — and the form that creates or changes one, with its places and excerpts.
 * The cite form reuses the fields for a new event made from selected words.
 */
import { useState } from 'react';
import { KNOWN_EVENT_KINDS, type DatasetInput, type Precision } from '../domain/dataset-schema';
import { useLocale } from '../store/store-context';
import { isolate } from '../ui/isolated-text';
import type { DraftEvent } from './draft-edits';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, Field, PickList, ProblemList, shorten } from './form-parts';
import { kindOptionLabel } from './kind-labels';
import { newId } from './new-id';

/** How much is known of when, as the form offers it (`editor.event.precision.*`), in this order. */
const PRECISION_CHOICES: readonly Precision[] = ['day', 'month', 'year', 'range', 'between'];

export type Grain = 'day' | 'month' | 'year';
const GRAINS: readonly Grain[] = ['day', 'month', 'year'];

export interface EventValues {
  title: string;
  summary: string;
  kind: string;
  precision: Precision;
  /** The granularity of both dates of a `range` or `between`. */
  grain: Grain;
  start: string;
  end: string;
  approximate: boolean;
  uncertain: boolean;
  actors: string[];
  note: string;
}

export function grainOf(iso: string): Grain {
  return /^\d{4}$/.test(iso) ? 'year' : /^\d{4}-\d{2}$/.test(iso) ? 'month' : 'day';
}

/** An ISO date written at another granularity: cut to a coarser one, the first day or month of a finer one. */
export function atGrain(iso: string, grain: Grain): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso.trim());
  if (!match) return iso.trim();
  const [, year, month = '01', day = '01'] = match;
  return grain === 'year' ? year! : grain === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

export function eventValuesOf(event: DraftEvent | undefined, defaults: Partial<EventValues> = {}): EventValues {
  const bounded = event?.precision === 'range' || event?.precision === 'between';
  return {
    title: event?.title ?? '',
    summary: event?.summary ?? '',
    kind: event?.kind ?? '',
    precision: event?.precision ?? 'day',
    grain: bounded ? grainOf(event.start) : 'day',
    start: event?.start ?? '',
    end: event?.end ?? '',
    approximate: event?.approximate ?? false,
    uncertain: event?.uncertain ?? false,
    actors: [...(event?.actors ?? [])],
    note: event?.note ?? '',
    ...defaults,
  };
}

/** The event the values make; what the form does not show (attributes, media) is kept from `original`. */
export function eventFromValues(
  values: EventValues,
  links: { id: string; featureIds: string[]; excerptIds: string[] },
  original?: DraftEvent,
): DraftEvent {
  const bounded = values.precision === 'range' || values.precision === 'between';
  const grain = bounded ? values.grain : (values.precision as Grain);
  const { end: _end, approximate: _a, uncertain: _u, note: _n, ...kept } = original ?? ({} as Partial<DraftEvent>);
  return {
    ...kept,
    id: links.id,
    title: values.title.trim(),
    summary: values.summary.trim(),
    kind: values.kind.trim(),
    start: atGrain(values.start, grain),
    ...(bounded ? { end: atGrain(values.end, grain) } : {}),
    precision: values.precision,
    ...(values.approximate ? { approximate: true } : {}),
    ...(values.uncertain ? { uncertain: true } : {}),
    actors: values.actors,
    featureIds: links.featureIds,
    excerptIds: links.excerptIds,
    ...(values.note.trim() === '' ? {} : { note: values.note.trim() }),
  };
}

/** A date input at a granularity: the browser's day and month pickers, a number for a year. */
function DateInput({ label, grain, value, onChange }: { label: string; grain: Grain; value: string; onChange: (v: string) => void }) {
  return (
    <label className="cm-field cm-field--inline">
      {label}
      {grain === 'year' ? (
        <input type="number" required min={1} max={9999} step={1} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type={grain === 'day' ? 'date' : 'month'} required value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  );
}

/** Kinds and actors the dataset already uses, to suggest. */
export function eventSuggestions(draft: DatasetInput | undefined): { kinds: string[]; actors: string[] } {
  const kinds = new Set<string>(KNOWN_EVENT_KINDS);
  const actors = new Set<string>();
  for (const event of draft?.events ?? []) {
    kinds.add(event.kind);
    for (const actor of event.actors ?? []) actors.add(actor);
  }
  for (const kind of Object.keys(draft?.kinds?.events ?? {})) kinds.add(kind);
  return { kinds: [...kinds].sort(), actors: [...actors].sort() };
}

/** The fields of an event, without its links (those differ between the event form and the cite form). */
export function EventFields({ values, onChange, idPrefix }: { values: EventValues; onChange: (v: EventValues) => void; idPrefix: string }) {
  const locale = useLocale();
  const { t } = locale;
  const draft = useEditorState((s) => s.session?.draft);
  const { kinds, actors } = eventSuggestions(draft);
  const [actor, setActor] = useState('');
  const set = (change: Partial<EventValues>) => onChange({ ...values, ...change });
  const bounded = values.precision === 'range' || values.precision === 'between';
  const grain = bounded ? values.grain : (values.precision as Grain);
  const addActor = () => {
    const name = actor.trim();
    if (name !== '' && !values.actors.includes(name)) set({ actors: [...values.actors, name] });
    setActor('');
  };

  return (
    <>
      <label className="cm-field">
        {t('editor.event.title')}
        <input required dir="auto" value={values.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <Field label={t('editor.event.kind')} hint={t('editor.event.kindHint')}>
        <input required dir="auto" list={`${idPrefix}-kinds`} value={values.kind} onChange={(e) => set({ kind: e.target.value })} />
      </Field>
      <datalist id={`${idPrefix}-kinds`}>
        {kinds.map((k) => (
          <option key={k} value={k} label={kindOptionLabel(locale, 'event', k)} />
        ))}
      </datalist>
      <fieldset className="cm-date-fields">
        <legend>{t('editor.event.when')}</legend>
        <select
          aria-label={t('editor.event.when')}
          value={values.precision}
          onChange={(e) => {
            const precision = e.target.value as Precision;
            const next = precision === 'range' || precision === 'between' ? values.grain : (precision as Grain);
            set({ precision, start: values.start && atGrain(values.start, next), end: values.end && atGrain(values.end, next) });
          }}
        >
          {PRECISION_CHOICES.map((value) => (
            <option key={value} value={value}>
              {t(`editor.event.precision.${value}`)}
            </option>
          ))}
        </select>
        {bounded ? (
          <label className="cm-field cm-field--inline">
            {t('editor.event.grain')}
            <select
              value={values.grain}
              onChange={(e) => {
                const next = e.target.value as Grain;
                set({ grain: next, start: values.start && atGrain(values.start, next), end: values.end && atGrain(values.end, next) });
              }}
            >
              {GRAINS.map((grain) => (
                <option key={grain} value={grain}>
                  {t(`editor.event.grains.${grain}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <DateInput
          label={bounded ? t('editor.event.from') : t('editor.event.date')}
          grain={grain}
          value={values.start}
          onChange={(start) => set({ start })}
        />
        {bounded ? <DateInput label={t('editor.event.to')} grain={grain} value={values.end} onChange={(end) => set({ end })} /> : null}
        <label className="cm-check">
          <input type="checkbox" checked={values.approximate} onChange={(e) => set({ approximate: e.target.checked })} />{' '}
          {t('editor.event.about')}
        </label>
        <label className="cm-check">
          <input type="checkbox" checked={values.uncertain} onChange={(e) => set({ uncertain: e.target.checked })} />{' '}
          {t('editor.event.possibly')}
        </label>
      </fieldset>
      <label className="cm-field">
        {t('editor.event.summary')}
        <textarea rows={3} dir="auto" value={values.summary} onChange={(e) => set({ summary: e.target.value })} />
      </label>
      <fieldset className="cm-pick-list">
        <legend>{t('editor.event.actors')}</legend>
        {values.actors.length > 0 ? (
          <ul>
            {values.actors.map((name) => (
              <li key={name}>
                <span dir="auto">{name}</span>
                <button
                  type="button"
                  className="cm-button cm-button--small"
                  aria-label={t('editor.common.removeItem', { name: isolate(name) })}
                  onClick={() => set({ actors: values.actors.filter((a) => a !== name) })}
                >
                  {t('editor.common.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="cm-add-row">
          <input
            aria-label={t('editor.event.actor')}
            dir="auto"
            list={`${idPrefix}-actors`}
            placeholder={t('editor.event.actorPlaceholder')}
            value={actor}
            onChange={(e) => setActor(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addActor();
              }
            }}
          />
          <datalist id={`${idPrefix}-actors`}>
            {actors.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <button type="button" className="cm-button cm-button--small" onClick={addActor}>
            {t('editor.event.addActor')}
          </button>
        </div>
      </fieldset>
      <label className="cm-field">
        {t('editor.event.note')}
        <input dir="auto" value={values.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
    </>
  );
}

/** Creates an event, or changes one: its fields, its places and the excerpts that report it. */
export function EventForm({ id }: { id?: string }) {
  const { t } = useLocale();
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const problems = useEditorState((s) => (id === undefined ? undefined : s.session?.check.byItem.get(`event:${id}`)));
  const original = id === undefined ? undefined : draft?.events.find((e) => e.id === id);
  const [values, setValues] = useState(() => eventValuesOf(original));
  const [featureIds, setFeatureIds] = useState<string[]>(() => [...(original?.featureIds ?? [])]);
  const [excerptIds, setExcerptIds] = useState<string[]>(() => [...(original?.excerptIds ?? [])]);
  const places = (draft?.features.features ?? []).map((f) => ({ id: f.id, label: f.properties.name }));
  const excerpts = (draft?.excerpts ?? []).map((x) => ({ id: x.id, label: t('editor.common.quoted', { quote: shorten(x.quote) }) }));

  const save = () => {
    const eventId = original?.id ?? newId('ev', values.title, draft?.events.map((e) => e.id) ?? []);
    const event = eventFromValues(values, { id: eventId, featureIds, excerptIds }, original);
    void editor.commit({ action: original ? 'changeEvent' : 'createEvent', name: event.title }, [{ type: 'put-event', event }]);
    editor.openForm(null);
  };

  return (
    <EditorFormFrame
      title={original ? t('editor.event.editTitle') : t('editor.event.newTitle')}
      submitLabel={original ? t('editor.common.save') : t('editor.event.create')}
      onSubmit={save}
      onCancel={() => editor.openForm(null)}
      note={excerpts.length === 0 ? t('editor.event.noExcerpt') : undefined}
    >
      <ProblemList problems={problems} />
      <EventFields values={values} onChange={setValues} idPrefix="cm-event-form" />
      <PickList
        label={t('editor.event.places')}
        addLabel={t('editor.event.addPlace')}
        chosen={featureIds}
        options={places}
        onChange={setFeatureIds}
      />
      <PickList
        label={t('editor.event.excerpts')}
        addLabel={t('editor.event.addExcerpt')}
        chosen={excerptIds}
        options={excerpts}
        onChange={setExcerptIds}
        problems={excerptIds.length === 0 ? [t('editor.event.noExcerpt')] : undefined}
      />
    </EditorFormFrame>
  );
}
