/**
 * Places: their fields — name in English and Arabic, kind, whether the geometry is
 * approximate, where it comes from (required; "Clicked on the map", in the interface's
 * language, is an honest answer and is written as such) and the geometry itself, dropped,
 * drawn, moved or reshaped on the map with the drawing tools the app hands over — and the
 * form that creates or changes one. The cite form reuses the fields for a new place named in
 * selected words.
 */
// First: this module words something as it loads (HONEST_SOURCES).
import './editor-messages';
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { DatasetInput, Geometry } from '../domain/dataset-schema';
import { UI_LANGUAGES } from '../i18n/languages';
import { localeFor, type Locale } from '../i18n/locale';
import { useLocale } from '../store/store-context';
import { formatLatLng } from '../ui/place-name';
import type { DraftPlace } from './draft-edits';
import { useEditor, useEditorState, usePlaceDrawing } from './editor-context';
import { EditorFormFrame, Field, PickList, ProblemList, shorten } from './form-parts';
import { COMMON_PLACE_KINDS, kindOptionLabel } from './kind-labels';
import { newId } from './new-id';

/**
 * What a click or a drawing on the map writes as the geometry's source, in the interface's
 * language (it is the user's answer, theirs to change). Replaced by the next drawing only while
 * it is still one of these words, in any language, and not the user's own.
 */
const HONEST_SOURCES = new Set(
  UI_LANGUAGES.flatMap((lang) => [localeFor(lang).t('editor.place.clicked'), localeFor(lang).t('editor.place.drawn')]),
);

export interface PlaceValues {
  name: string;
  nameAr: string;
  kind: string;
  approximate: boolean;
  sources: string;
  geometry: Geometry | null;
}

export function placeValuesOf(place: DraftPlace | undefined, defaults: Partial<PlaceValues> = {}): PlaceValues {
  return {
    name: place?.properties.name ?? '',
    nameAr: place?.properties.name_ar ?? '',
    kind: place?.properties.kind ?? '',
    approximate: place?.properties.approximate ?? true,
    sources: place?.properties.sources ?? '',
    geometry: place?.geometry ?? null,
    ...defaults,
  };
}

/** The place the values make; what the form does not show (label, role, colour, attributes) is kept. */
export function placeFromValues(values: PlaceValues, geometry: Geometry, links: { id: string; excerptIds: string[] }, original?: DraftPlace): DraftPlace {
  const { name_ar: _ar, sources: _s, ...kept } = original?.properties ?? ({} as Partial<DraftPlace['properties']>);
  return {
    type: 'Feature',
    id: links.id,
    geometry,
    properties: {
      ...kept,
      kind: values.kind.trim(),
      name: values.name.trim(),
      ...(values.nameAr.trim() === '' ? {} : { name_ar: values.nameAr.trim() }),
      approximate: values.approximate,
      sources: values.sources.trim(),
      excerptIds: links.excerptIds,
    },
  };
}

/** A geometry in words: where a point is, how many points a line has, how many corners an area. */
export function describeGeometry(locale: Locale, geometry: Geometry): string {
  const { t } = locale;
  const counted = (count: number) => ({ count, n: locale.number(count) });
  switch (geometry.type) {
    case 'Point':
      return t('editor.place.shape.point', { position: formatLatLng(locale, geometry.coordinates[0], geometry.coordinates[1]) });
    case 'LineString':
      return t('editor.place.shape.line', counted(geometry.coordinates.length));
    case 'Polygon':
      return t('editor.place.shape.area', counted(Math.max(0, (geometry.coordinates[0]?.length ?? 1) - 1)));
    case 'MultiPoint':
      return t('editor.place.shape.points', counted(geometry.coordinates.length));
    case 'MultiLineString':
      return t('editor.place.shape.lines', counted(geometry.coordinates.length));
    case 'MultiPolygon':
      return t('editor.place.shape.areas', counted(geometry.coordinates.length));
  }
}

function placeKinds(draft: DatasetInput | undefined): string[] {
  const kinds = new Set<string>(COMMON_PLACE_KINDS);
  for (const f of draft?.features.features ?? []) kinds.add(f.properties.kind);
  for (const kind of Object.keys(draft?.kinds?.features ?? {})) kinds.add(kind);
  return [...kinds].sort();
}

/** The fields of a place, geometry included; its excerpts are the caller's. */
export function PlaceFields({
  values,
  onChange,
  idPrefix,
}: {
  values: PlaceValues;
  /** Takes updates as functions too: the map answers a drawing later, when other fields may have changed. */
  onChange: Dispatch<SetStateAction<PlaceValues>>;
  idPrefix: string;
}) {
  const editor = useEditor();
  const locale = useLocale();
  const { t } = locale;
  const tools = usePlaceDrawing();
  const drawing = useEditorState((s) => s.drawing);
  const draft = useEditorState((s) => s.session?.draft);
  const [canReshape, setCanReshape] = useState(true);
  const set = (change: Partial<PlaceValues>) => onChange((v) => ({ ...v, ...change }));

  // The hint on the map may end a drawing (Done, Cancel); a closed form ends it too.
  useEffect(() => {
    if (drawing === null) tools?.stop();
  }, [drawing, tools]);
  useEffect(
    () => () => {
      tools?.stop();
      editor.setDrawing(null);
    },
    [tools, editor],
  );

  const reshape = (geometry: Geometry) => {
    if (!tools) return;
    const started = tools.reshape(geometry, (changed) => onChange((v) => ({ ...v, geometry: changed })));
    setCanReshape(started);
    editor.setDrawing(started ? (geometry.type === 'Point' ? 'move' : 'reshape') : null);
  };
  const draw = (kind: 'point' | 'line' | 'area') => {
    if (!tools) return;
    editor.setDrawing(kind);
    tools.start(kind, (geometry) => {
      const honest = kind === 'point' ? t('editor.place.clicked') : t('editor.place.drawn');
      onChange((v) => ({ ...v, geometry, sources: v.sources === '' || HONEST_SOURCES.has(v.sources) ? honest : v.sources }));
      // What was drawn stays on the map, ready to be moved or reshaped, until the form is saved.
      reshape(geometry);
    });
  };

  return (
    <>
      <label className="cm-field">
        {t('editor.place.name')}
        <input required dir="auto" value={values.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label className="cm-field">
        {t('editor.place.nameAr')}
        <input lang="ar" dir="rtl" value={values.nameAr} onChange={(e) => set({ nameAr: e.target.value })} />
      </label>
      <Field label={t('editor.place.kind')} hint={t('editor.place.kindHint')}>
        <input required dir="auto" list={`${idPrefix}-kinds`} value={values.kind} onChange={(e) => set({ kind: e.target.value })} />
      </Field>
      <datalist id={`${idPrefix}-kinds`}>
        {placeKinds(draft).map((k) => (
          <option key={k} value={k} label={kindOptionLabel(locale, 'place', k)} />
        ))}
      </datalist>
      <fieldset className="cm-geometry-fields">
        <legend>{t('editor.place.geometry')}</legend>
        <p className="cm-geometry-summary" role="status">
          {values.geometry ? `${describeGeometry(locale, values.geometry)}.` : t('editor.place.none')}
          {drawing !== null ? ` ${t('editor.place.drawing')}` : ''}
        </p>
        {tools ? (
          <div className="cm-form-buttons">
            <button type="button" className="cm-button" onClick={() => draw('point')} aria-pressed={drawing === 'point'}>
              {t('editor.place.point')}
            </button>
            <button type="button" className="cm-button" onClick={() => draw('line')} aria-pressed={drawing === 'line'}>
              {t('editor.place.line')}
            </button>
            <button type="button" className="cm-button" onClick={() => draw('area')} aria-pressed={drawing === 'area'}>
              {t('editor.place.area')}
            </button>
            {values.geometry && drawing !== 'reshape' && drawing !== 'move' ? (
              <button type="button" className="cm-button" onClick={() => values.geometry && reshape(values.geometry)}>
                {t('editor.place.reshape')}
              </button>
            ) : null}
            {drawing !== null ? (
              <button type="button" className="cm-button" onClick={() => editor.setDrawing(null)}>
                {drawing === 'reshape' || drawing === 'move' ? t('editor.place.stop') : t('editor.place.cancel')}
              </button>
            ) : null}
          </div>
        ) : (
          <p className="cm-hint">{t('editor.place.noMap')}</p>
        )}
        {canReshape ? null : <p className="cm-hint">{t('editor.place.noReshape')}</p>}
        <label className="cm-check">
          <input type="checkbox" checked={values.approximate} onChange={(e) => set({ approximate: e.target.checked })} />{' '}
          {t('editor.place.approximate')}
        </label>
        <Field label={t('editor.place.sources')} hint={t('editor.place.sourcesHint')}>
          <input required dir="auto" value={values.sources} onChange={(e) => set({ sources: e.target.value })} />
        </Field>
      </fieldset>
    </>
  );
}

/** Creates a place, or changes one: its fields and the excerpts that speak of it. */
export function PlaceForm({ id }: { id?: string }) {
  const { t } = useLocale();
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const problems = useEditorState((s) => (id === undefined ? undefined : s.session?.check.byItem.get(`place:${id}`)));
  const original = id === undefined ? undefined : draft?.features.features.find((f) => f.id === id);
  const [values, setValues] = useState(() => placeValuesOf(original));
  const [excerptIds, setExcerptIds] = useState<string[]>(() => [...(original?.properties.excerptIds ?? [])]);
  const excerpts = (draft?.excerpts ?? []).map((x) => ({ id: x.id, label: t('editor.common.quoted', { quote: shorten(x.quote) }) }));

  const save = () => {
    if (values.geometry === null) return;
    const placeId = original?.id ?? newId('pl', values.name, draft?.features.features.map((f) => f.id) ?? []);
    const place = placeFromValues(values, values.geometry, { id: placeId, excerptIds }, original);
    void editor.commit({ action: original ? 'changePlace' : 'createPlace', name: place.properties.name }, [{ type: 'put-place', place }]);
    editor.openForm(null);
  };

  return (
    <EditorFormFrame
      title={original ? t('editor.place.editTitle') : t('editor.place.newTitle')}
      submitLabel={original ? t('editor.common.save') : t('editor.place.create')}
      onSubmit={save}
      onCancel={() => editor.openForm(null)}
      submitDisabled={values.geometry === null}
    >
      <ProblemList problems={problems} />
      <PlaceFields values={values} onChange={setValues} idPrefix="cm-place-form" />
      <PickList label={t('editor.place.excerpts')} addLabel={t('editor.place.addExcerpt')} chosen={excerptIds} options={excerpts} onChange={setExcerptIds} />
    </EditorFormFrame>
  );
}
