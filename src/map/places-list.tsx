/**
 * "Places": one button per map feature — the keyboard and screen-reader way into the map.
 * A feature without a name is listed by a telling attribute or by its kind and position
 * (ui/place-name), so every one can be reached. Activating a place selects it; the map
 * binding flies there.
 */
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { describeKind } from '../ui/describe-kind';
import { placeName } from '../ui/place-name';

export function PlacesList() {
  const store = useAppStoreApi();
  const features = useAppStore((state) => state.index?.features);
  const kinds = useAppStore((state) => state.index?.dataset.kinds);
  const selectedId = useAppStore((state) => (state.selected?.type === 'feature' ? state.selected.id : null));
  const hoveredId = useAppStore((state) => (state.hovered?.type === 'feature' ? state.hovered.id : null));
  if (!features || features.length === 0) return null;
  return (
    <nav className="cm-places" aria-labelledby="cm-places-title">
      <h2 id="cm-places-title">Places</h2>
      <ul aria-labelledby="cm-places-title">
        {features.map((feature) => (
          <li key={feature.id}>
            <button
              type="button"
              aria-current={feature.id === selectedId ? 'true' : undefined}
              data-hovered={feature.id === hoveredId ? 'true' : undefined}
              onClick={() => store.getState().select({ type: 'feature', id: feature.id }, 'list')}
              onMouseEnter={() => store.getState().hover({ type: 'feature', id: feature.id }, 'list')}
              onMouseLeave={() => store.getState().hover(null, 'list')}
            >
              <span>
                {placeName(feature, kinds)}
                {feature.properties.name_ar ? (
                  <>
                    {' '}
                    <span className="cm-place-ar" lang="ar" dir="rtl">{feature.properties.name_ar}</span>
                  </>
                ) : null}
              </span>
              <span className="cm-place-kind">
                {describeKind(feature.properties.kind, kinds)}
                {feature.properties.approximate ? ' · approx.' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
