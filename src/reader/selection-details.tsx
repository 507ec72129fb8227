/**
 * The panel for what is selected — an event, a map feature or an excerpt — with the links
 * to the other two kinds of thing, so a reader can walk from claim to place to source.
 */
import { entityOrdinal } from '../store/slices/selection-slice';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { EventDetails } from './event-details';
import { ExcerptDetails } from './excerpt-details';
import { FeatureDetails } from './feature-details';

export function SelectionDetails() {
  const store = useAppStoreApi();
  const { t } = useLocale();
  const index = useAppStore((state) => state.index);
  const selected = useAppStore((state) => state.selected);
  if (!index || !selected) return null;
  const ordinal = entityOrdinal(index, selected);
  if (ordinal < 0) return null;

  return (
    <section className="cm-details" aria-labelledby="cm-details-title">
      <button
        type="button"
        className="cm-button cm-close"
        aria-label={t('reader.closeDetails')}
        onClick={() => store.getState().clearSelection('list')}
      >
        ×
      </button>
      {selected.type === 'event' ? <EventDetails index={index} ordinal={ordinal} /> : null}
      {selected.type === 'feature' ? <FeatureDetails index={index} ordinal={ordinal} /> : null}
      {selected.type === 'excerpt' ? <ExcerptDetails index={index} ordinal={ordinal} /> : null}
    </section>
  );
}
