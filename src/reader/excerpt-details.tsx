/** A selected excerpt: the quotation, and the events and places it is evidence for. */
import type { DatasetIndex } from '../store/dataset-index';
import { eventsForExcerpt, featuresForExcerpt } from '../store/queries';
import { useLocale } from '../store/store-context';
import { EventLinks, FeatureLinks } from './entity-links';
import { ExcerptQuote } from './excerpt-quote';

export function ExcerptDetails({ index, ordinal }: { index: DatasetIndex; ordinal: number }) {
  const { t } = useLocale();
  const events = Array.from(eventsForExcerpt(index, ordinal));
  const features = Array.from(featuresForExcerpt(index, ordinal));
  return (
    <>
      <h3 id="cm-details-title">{t('reader.excerpt.title')}</h3>
      <ExcerptQuote index={index} excerpt={ordinal} />
      {events.length > 0 ? (
        <>
          <h4>{t('reader.excerpt.events')}</h4>
          <EventLinks index={index} events={events} />
        </>
      ) : null}
      {features.length > 0 ? (
        <>
          <h4>{t('reader.excerpt.places')}</h4>
          <FeatureLinks index={index} features={features} />
        </>
      ) : null}
    </>
  );
}
