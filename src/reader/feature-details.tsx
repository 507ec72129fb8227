/**
 * A selected map feature: name (the Arabic first in the Arabic interface when the data gives
 * both, the other beneath), kind, whether it is approximate, where its geometry comes from,
 * the excerpts that speak of it and the events that happened there.
 */
import type { DatasetIndex } from '../store/dataset-index';
import { eventsForFeature, excerptsForFeature } from '../store/queries';
import { useLocale } from '../store/store-context';
import { describeKind } from '../ui/describe-kind';
import { localizedText } from '../ui/localized-text';
import { placeName } from '../ui/place-name';
import { EventLinks } from './entity-links';
import { ExcerptQuote } from './excerpt-quote';
import { AttributeList } from './source-facts';

export function FeatureDetails({ index, ordinal }: { index: DatasetIndex; ordinal: number }) {
  const locale = useLocale();
  const { t } = locale;
  const feature = index.features[ordinal]!;
  const { name_ar, kind, approximate, sources, label } = feature.properties;
  const excerpts = Array.from(excerptsForFeature(index, ordinal));
  const events = Array.from(eventsForFeature(index, ordinal));
  const name = localizedText(locale, placeName(locale, feature, index.dataset.kinds), name_ar);
  return (
    <>
      <h3 id="cm-details-title" dir="auto" lang={name.mainLang}>
        {name.main}
      </h3>
      {name.subtitle !== null ? (
        <p className="cm-name-ar" dir="auto" lang={name.subtitleLang}>
          {name.subtitle}
        </p>
      ) : null}
      <dl>
        <dt>{t('reader.feature.kind')}</dt>
        <dd dir="auto">{describeKind(locale, kind, index.dataset.kinds)}</dd>
        <dt>{t('reader.feature.position')}</dt>
        <dd>
          {approximate ? (
            <>
              <span className="cm-badge">{t('reader.feature.approximate')}</span> {t('reader.feature.approximateWhy')}
            </>
          ) : (
            t('reader.feature.asGiven')
          )}
        </dd>
        {label ? (
          <>
            <dt>{t('reader.feature.label')}</dt>
            <dd dir="auto">{label}</dd>
          </>
        ) : null}
        {sources ? (
          <>
            <dt>{t('reader.feature.geometry')}</dt>
            <dd dir="auto">{sources}</dd>
          </>
        ) : null}
      </dl>
      <AttributeList attributes={feature.properties.attributes} />
      {excerpts.length > 0 ? (
        <>
          <h4>{t('reader.feature.sources')}</h4>
          {excerpts.map((excerpt) => (
            <ExcerptQuote key={excerpt} index={index} excerpt={excerpt} />
          ))}
        </>
      ) : (
        <p className="cm-cite">{t('reader.feature.noExcerpt')}</p>
      )}
      {events.length > 0 ? (
        <>
          <h4>{t('reader.feature.events')}</h4>
          <EventLinks index={index} events={events} />
        </>
      ) : null}
    </>
  );
}
