/**
 * Buttons that follow a link to another event or feature (selecting it), each named by its
 * title or place name (the Arabic first in the Arabic interface when the data gives both).
 */
import { useAppStoreApi, useLocale } from '../store/store-context';
import type { DatasetIndex } from '../store/dataset-index';
import { formatEventDate } from '../ui/format-date';
import { kindColor } from '../ui/kind-colors';
import { localizedText } from '../ui/localized-text';
import { placeName } from '../ui/place-name';

export function EventLinks({ index, events }: { index: DatasetIndex; events: readonly number[] }) {
  const store = useAppStoreApi();
  const locale = useLocale();
  return (
    <ul className="cm-links">
      {events.map((ordinal) => {
        const event = index.events[ordinal]!;
        const title = localizedText(locale, event.title, event.title_ar);
        return (
          <li key={event.id}>
            <button
              type="button"
              className="cm-link-button"
              onClick={() => store.getState().select({ type: 'event', id: event.id }, 'reader')}
              onMouseEnter={() => store.getState().hover({ type: 'event', id: event.id }, 'reader')}
              onMouseLeave={() => store.getState().hover(null, 'reader')}
            >
              <span className="cm-kind-dot" style={{ background: kindColor(index, event.kind) }} aria-hidden="true" />
              <bdi lang={title.mainLang}>{title.main}</bdi> <span className="cm-cite">({formatEventDate(locale, event)})</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function FeatureLinks({ index, features }: { index: DatasetIndex; features: readonly number[] }) {
  const store = useAppStoreApi();
  const locale = useLocale();
  return (
    <ul className="cm-links">
      {features.map((ordinal) => {
        const feature = index.features[ordinal]!;
        const name = localizedText(locale, placeName(locale, feature, index.dataset.kinds), feature.properties.name_ar);
        return (
          <li key={feature.id}>
            <button
              type="button"
              className="cm-link-button"
              onClick={() => store.getState().select({ type: 'feature', id: feature.id }, 'reader')}
              onMouseEnter={() => store.getState().hover({ type: 'feature', id: feature.id }, 'reader')}
              onMouseLeave={() => store.getState().hover(null, 'reader')}
            >
              <bdi lang={name.mainLang}>{name.main}</bdi>
              {feature.properties.approximate ? (
                <>
                  {' '}
                  <span className="cm-cite">{locale.t('reader.links.approximate')}</span>
                </>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
