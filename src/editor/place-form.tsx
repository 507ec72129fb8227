/**
 * Places: their fields — name in English and Arabic, kind, whether the geometry is
 * approximate, where it comes from (required; "Clicked on the map" is an honest answer and
 * is written as such) and the geometry itself, dropped, drawn, moved or reshaped on the map
 * with the drawing tools the app hands over — and the form that creates or changes one. The
 * cite form reuses the fields for a new place named in selected words.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { DatasetInput, Geometry } from '../domain/dataset-schema';
import { formatLatLng } from '../ui/place-name';
import type { DraftPlace } from './draft-edits';
import { useEditor, useEditorState, usePlaceDrawing } from './editor-context';
import { EditorFormFrame, Field, PickList, ProblemList, shorten } from './form-parts';
import { newId } from './new-id';

const TEXT = {
  newTitle: 'New place',
  editTitle: 'Place',
  create: 'Create place',
  save: 'Save',
  name: 'Name',
  nameAr: 'Name in Arabic (optional)',
  kind: 'Kind',
  kindHint: 'What it is: town, crossing, base, area… Pick one or type a new one.',
  approximate: 'Approximate: not surveyed (clicked, sketched or derived)',
  sources: 'Where the geometry comes from',
  sourcesHint: 'Required. “Clicked on the map” is an honest answer; name a map, a survey or a coordinate list if there is one.',
  geometry: 'On the map',
  none: 'Not on the map yet.',
  point: 'Drop a point',
  line: 'Draw a line',
  area: 'Draw an area',
  reshape: 'Move or reshape',
  stop: 'Done',
  cancel: 'Cancel drawing',
  noReshape: 'This shape has several parts: draw it again to change it.',
  noMap: 'The map is not ready yet.',
  drawing: 'Follow the hint on the map.',
  excerpts: 'Excerpts that speak of it',
  addExcerpt: 'Cite another excerpt…',
  clicked: 'Clicked on the map',
  drawn: 'Drawn on the map',
};

/** What the user wrote, and what a click on the map writes for them. */
const HONEST_SOURCES = new Set([TEXT.clicked, TEXT.drawn]);
const COMMON_KINDS = ['area', 'base', 'city', 'crossing', 'route', 'site', 'town', 'village'];

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

export function describeGeometry(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `A point at ${formatLatLng(geometry.coordinates[0], geometry.coordinates[1])}`;
    case 'LineString':
      return `A line of ${geometry.coordinates.length} points`;
    case 'Polygon':
      return `An area with ${Math.max(0, (geometry.coordinates[0]?.length ?? 1) - 1)} corners`;
    default:
      return `A ${geometry.type} of ${geometry.coordinates.length} parts`;
  }
}

function placeKinds(draft: DatasetInput | undefined): string[] {
  const kinds = new Set(COMMON_KINDS);
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
      const honest = kind === 'point' ? TEXT.clicked : TEXT.drawn;
      onChange((v) => ({ ...v, geometry, sources: v.sources === '' || HONEST_SOURCES.has(v.sources) ? honest : v.sources }));
      // What was drawn stays on the map, ready to be moved or reshaped, until the form is saved.
      reshape(geometry);
    });
  };

  return (
    <>
      <label className="cm-field">
        {TEXT.name}
        <input required value={values.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label className="cm-field">
        {TEXT.nameAr}
        <input lang="ar" dir="rtl" value={values.nameAr} onChange={(e) => set({ nameAr: e.target.value })} />
      </label>
      <Field label={TEXT.kind} hint={TEXT.kindHint}>
        <input required list={`${idPrefix}-kinds`} value={values.kind} onChange={(e) => set({ kind: e.target.value })} />
      </Field>
      <datalist id={`${idPrefix}-kinds`}>
        {placeKinds(draft).map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <fieldset className="cm-geometry-fields">
        <legend>{TEXT.geometry}</legend>
        <p className="cm-geometry-summary" role="status">
          {values.geometry ? `${describeGeometry(values.geometry)}.` : TEXT.none}
          {drawing !== null ? ` ${TEXT.drawing}` : ''}
        </p>
        {tools ? (
          <div className="cm-form-buttons">
            <button type="button" className="cm-button" onClick={() => draw('point')} aria-pressed={drawing === 'point'}>
              {TEXT.point}
            </button>
            <button type="button" className="cm-button" onClick={() => draw('line')} aria-pressed={drawing === 'line'}>
              {TEXT.line}
            </button>
            <button type="button" className="cm-button" onClick={() => draw('area')} aria-pressed={drawing === 'area'}>
              {TEXT.area}
            </button>
            {values.geometry && drawing !== 'reshape' && drawing !== 'move' ? (
              <button type="button" className="cm-button" onClick={() => values.geometry && reshape(values.geometry)}>
                {TEXT.reshape}
              </button>
            ) : null}
            {drawing !== null ? (
              <button type="button" className="cm-button" onClick={() => editor.setDrawing(null)}>
                {drawing === 'reshape' || drawing === 'move' ? TEXT.stop : TEXT.cancel}
              </button>
            ) : null}
          </div>
        ) : (
          <p className="cm-hint">{TEXT.noMap}</p>
        )}
        {canReshape ? null : <p className="cm-hint">{TEXT.noReshape}</p>}
        <label className="cm-check">
          <input type="checkbox" checked={values.approximate} onChange={(e) => set({ approximate: e.target.checked })} /> {TEXT.approximate}
        </label>
        <Field label={TEXT.sources} hint={TEXT.sourcesHint}>
          <input required value={values.sources} onChange={(e) => set({ sources: e.target.value })} />
        </Field>
      </fieldset>
    </>
  );
}

/** Creates a place, or changes one: its fields and the excerpts that speak of it. */
export function PlaceForm({ id }: { id?: string }) {
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const problems = useEditorState((s) => (id === undefined ? undefined : s.session?.check.byItem.get(`place:${id}`)));
  const original = id === undefined ? undefined : draft?.features.features.find((f) => f.id === id);
  const [values, setValues] = useState(() => placeValuesOf(original));
  const [excerptIds, setExcerptIds] = useState<string[]>(() => [...(original?.properties.excerptIds ?? [])]);
  const excerpts = (draft?.excerpts ?? []).map((x) => ({ id: x.id, label: `“${shorten(x.quote)}”` }));

  const save = () => {
    if (values.geometry === null) return;
    const placeId = original?.id ?? newId('pl', values.name, draft?.features.features.map((f) => f.id) ?? []);
    const place = placeFromValues(values, values.geometry, { id: placeId, excerptIds }, original);
    void editor.commit(original ? `Change place “${place.properties.name}”` : `Create place “${place.properties.name}”`, [
      { type: 'put-place', place },
    ]);
    editor.openForm(null);
  };

  return (
    <EditorFormFrame
      title={original ? TEXT.editTitle : TEXT.newTitle}
      submitLabel={original ? TEXT.save : TEXT.create}
      onSubmit={save}
      onCancel={() => editor.openForm(null)}
      submitDisabled={values.geometry === null}
    >
      <ProblemList problems={problems} />
      <PlaceFields values={values} onChange={setValues} idPrefix="cm-place-form" />
      <PickList label={TEXT.excerpts} addLabel={TEXT.addExcerpt} chosen={excerptIds} options={excerpts} onChange={setExcerptIds} />
    </EditorFormFrame>
  );
}
