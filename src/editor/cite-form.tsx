/**
 * "Cite…": selected words become an excerpt (offsets and quote exact for the stored text),
 * and the user says what they are evidence of — an existing event or place, a new event, a
 * new place, or both (a new event then happens at the place). New items are pre-filled from
 * the words (a title, the date they name, a place name), and everything is one undoable edit.
 */
import { useState } from 'react';
import { useLocale } from '../store/store-context';
import { debrisTouching, suggestDate, suggestPlaceName, suggestTitle } from './cite-words';
import { withData } from './data-text';
import type { DraftOp } from './draft-edits';
import { useEditor, useEditorState } from './editor-context';
import { EventFields, eventFromValues, eventValuesOf, type EventValues } from './event-form';
import { EditorFormFrame, shorten } from './form-parts';
import { newId } from './new-id';
import { PlaceFields, placeFromValues, placeValuesOf, type PlaceValues } from './place-form';

/** Choices of the selects: none, new, or `id:` and an existing item's id (ids may be any text). */
const NONE = 'none';
const NEW = 'new';
const existing = (id: string) => `id:${id}`;
const idOf = (choice: string) => (choice.startsWith('id:') ? choice.slice(3) : null);

export function CiteForm({ articleId, start, end }: { articleId: string; start: number; end: number }) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const article = draft?.articles.find((a) => a.id === articleId);
  const quote = article?.text.slice(start, end) ?? '';
  const suggested = suggestDate(quote, article?.published);
  const [eventChoice, setEventChoice] = useState(NEW);
  const [placeChoice, setPlaceChoice] = useState(NONE);
  const [eventValues, setEventValues] = useState<EventValues>(() =>
    eventValuesOf(undefined, { title: suggestTitle(quote), ...(suggested ? { start: suggested.start, precision: suggested.precision } : {}) }),
  );
  const [placeValues, setPlaceValues] = useState<PlaceValues>(() => placeValuesOf(undefined, { name: suggestPlaceName(quote) }));
  const debris = debrisTouching(article?.ignore, start, end);

  if (!draft || !article) {
    return (
      <EditorFormFrame
        title={t('editor.cite.title')}
        submitLabel={t('editor.common.save')}
        onSubmit={() => {}}
        onCancel={() => editor.openForm(null)}
        submitDisabled
      >
        <p>{t('editor.cite.gone')}</p>
      </EditorFormFrame>
    );
  }

  const save = () => {
    const excerptId = newId('x', quote, draft.excerpts.map((x) => x.id));
    const ops: DraftOp[] = [{ type: 'put-excerpt', excerpt: { id: excerptId, articleId, start, end, quote } }];
    let placeId: string | null = null;
    if (placeChoice === NEW && placeValues.geometry) {
      placeId = newId('pl', placeValues.name, draft.features.features.map((f) => f.id));
      ops.push({ type: 'put-place', place: placeFromValues(placeValues, placeValues.geometry, { id: placeId, excerptIds: [excerptId] }) });
    } else if (idOf(placeChoice) !== null) {
      const place = draft.features.features.find((f) => f.id === idOf(placeChoice));
      if (place) {
        placeId = place.id;
        const excerptIds = [...(place.properties.excerptIds ?? []), excerptId];
        ops.push({ type: 'put-place', place: { ...place, properties: { ...place.properties, excerptIds } } });
      }
    }
    if (eventChoice === NEW) {
      const id = newId('ev', eventValues.title, draft.events.map((e) => e.id));
      ops.push({ type: 'put-event', event: eventFromValues(eventValues, { id, featureIds: placeId ? [placeId] : [], excerptIds: [excerptId] }) });
    } else if (idOf(eventChoice) !== null) {
      const event = draft.events.find((e) => e.id === idOf(eventChoice));
      if (event) {
        const featureIds = [...(event.featureIds ?? [])];
        if (placeId !== null && !featureIds.includes(placeId)) featureIds.push(placeId);
        ops.push({ type: 'put-event', event: { ...event, excerptIds: [...event.excerptIds, excerptId], featureIds } });
      }
    }
    void editor.commit({ action: 'cite', name: shorten(quote, 40) }, ops);
    // The words are cited: the reader's selection has done its work.
    window.getSelection()?.removeAllRanges();
    editor.openForm(null);
  };

  const needsPlace = placeChoice === NEW && placeValues.geometry === null;
  return (
    <EditorFormFrame
      title={t('editor.cite.title')}
      submitLabel={t('editor.common.save')}
      onSubmit={save}
      onCancel={() => editor.openForm(null)}
      submitDisabled={debris !== undefined || needsPlace}
      note={debris !== undefined ? t('editor.cite.debris') : needsPlace ? t('editor.cite.needsPlace') : undefined}
    >
      <figure className="cm-quote">
        <blockquote>{withData((data) => t('editor.common.quoted', { quote: data(quote) }))}</blockquote>
        <figcaption className="cm-cite">
          {withData((data) =>
            t('editor.cite.where', { title: data(article.title), start: locale.number(start), end: locale.number(end) }),
          )}
        </figcaption>
      </figure>
      <fieldset className="cm-cite-choices">
        <legend>{t('editor.cite.evidence')}</legend>
        <label className="cm-field">
          {t('editor.cite.event')}
          <select value={eventChoice} onChange={(e) => setEventChoice(e.target.value)}>
            <option value={NONE}>{t('editor.cite.noEvent')}</option>
            <option value={NEW}>{t('editor.cite.newEvent')}</option>
            {draft.events.map((e) => (
              <option key={e.id} value={existing(e.id)} dir="auto">
                {e.title}
              </option>
            ))}
          </select>
        </label>
        {eventChoice === NEW ? (
          <div className="cm-nested-fields">
            <EventFields values={eventValues} onChange={setEventValues} idPrefix="cm-cite-event" />
          </div>
        ) : null}
        <label className="cm-field">
          {t('editor.cite.place')}
          <select value={placeChoice} onChange={(e) => setPlaceChoice(e.target.value)}>
            <option value={NONE}>{t('editor.cite.noPlace')}</option>
            <option value={NEW}>{t('editor.cite.newPlace')}</option>
            {draft.features.features.map((f) => (
              <option key={f.id} value={existing(f.id)} dir="auto">
                {f.properties.name}
              </option>
            ))}
          </select>
        </label>
        {placeChoice === NEW ? (
          <div className="cm-nested-fields">
            <PlaceFields values={placeValues} onChange={setPlaceValues} idPrefix="cm-cite-place" />
          </div>
        ) : null}
      </fieldset>
    </EditorFormFrame>
  );
}
