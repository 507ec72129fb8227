/**
 * "Places": one button per map feature — the keyboard and screen-reader way into the map.
 * A feature without a name is listed by a telling attribute or by its kind and position
 * (ui/place-name), so every one can be reached. Names are the data's: the Arabic interface
 * leads with a feature's Arabic name where it has one, the English one with the original, the
 * other beneath (ui/localized-text), each in its own direction. Activating a place selects
 * it; the map binding flies there.
 */
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { describeKind } from '../ui/describe-kind';
import { localizedText } from '../ui/localized-text';
import { placeName } from '../ui/place-name';
import { IsolatedText, isolate } from '../ui/isolated-text';

export function PlacesList() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const features = useAppStore((state) => state.index?.features);
  const kinds = useAppStore((state) => state.index?.dataset.kinds);
  const selectedId = useAppStore((state) => (state.selected?.type === 'feature' ? state.selected.id : null));
  const hoveredId = useAppStore((state) => (state.hovered?.type === 'feature' ? state.hovered.id : null));
  if (!features || features.length === 0) return null;
  const { t } = locale;
  return (
    <nav className="cm-places" aria-labelledby="cm-places-title">
      <h2 id="cm-places-title">{t('map.places.title')}</h2>
      <ul aria-labelledby="cm-places-title">
        {features.map((feature) => {
          const name = localizedText(locale, placeName(locale, feature, kinds), feature.properties.name_ar);
          const kind = describeKind(locale, feature.properties.kind, kinds);
          return (
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
                  <span dir="auto" lang={name.mainLang}>
                    {name.main}
                  </span>
                  {name.subtitle === null ? null : (
                    <>
                      {' '}
                      <span className="cm-place-ar" dir="auto" lang={name.subtitleLang}>
                        {name.subtitle}
                      </span>
                    </>
                  )}
                </span>
                <span className="cm-place-kind">
                  {feature.properties.approximate ? <IsolatedText text={t('map.places.approximate', { kind: isolate(kind) })} /> : <span dir="auto">{kind}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
