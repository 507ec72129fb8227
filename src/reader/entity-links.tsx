/** Buttons that follow a link to another event or feature (selecting it). */
import { useAppStoreApi } from '../store/store-context';
import type { DatasetIndex } from '../store/dataset-index';
import { formatEventDate } from '../ui/format-date';
import { kindColor } from '../ui/kind-colors';

export function EventLinks({ index, events }: { index: DatasetIndex; events: readonly number[] }) {
  const store = useAppStoreApi();
  return (
    <ul className="cm-links">
      {events.map((ordinal) => {
        const event = index.events[ordinal]!;
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
              {event.title} <span className="cm-cite">({formatEventDate(event)})</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function FeatureLinks({ index, features }: { index: DatasetIndex; features: readonly number[] }) {
  const store = useAppStoreApi();
  return (
    <ul className="cm-links">
      {features.map((ordinal) => {
        const feature = index.features[ordinal]!;
        return (
          <li key={feature.id}>
            <button
              type="button"
              className="cm-link-button"
              onClick={() => store.getState().select({ type: 'feature', id: feature.id }, 'reader')}
              onMouseEnter={() => store.getState().hover({ type: 'feature', id: feature.id }, 'reader')}
              onMouseLeave={() => store.getState().hover(null, 'reader')}
            >
              {feature.properties.name}
              {feature.properties.approximate ? <span className="cm-cite"> (approximate)</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
