/**
 * A selected event: what (its title and summary, the Arabic first in the Arabic interface when
 * the data gives both), when (at its precision), who, where, and the excerpts reporting it.
 */
import type { DatasetIndex } from '../store/dataset-index';
import { excerptsForEvent, featuresForEvent } from '../store/queries';
import { useLocale } from '../store/store-context';
import { formatEventDate, precisionWords } from '../ui/format-date';
import { kindColor, kindLabel } from '../ui/kind-colors';
import { localizedText } from '../ui/localized-text';
import { DataList } from './data-list';
import { FeatureLinks } from './entity-links';
import { ExcerptQuote } from './excerpt-quote';
import { AttributeList, MediaLinks } from './source-facts';

export function EventDetails({ index, ordinal }: { index: DatasetIndex; ordinal: number }) {
  const locale = useLocale();
  const { t } = locale;
  const event = index.events[ordinal]!;
  const features = Array.from(featuresForEvent(index, ordinal));
  const excerpts = Array.from(excerptsForEvent(index, ordinal));
  const title = localizedText(locale, event.title, event.title_ar);
  const summary = localizedText(locale, event.summary, event.summary_ar);
  return (
    <>
      <h3 id="cm-details-title" dir="auto" lang={title.mainLang}>
        {title.main}
      </h3>
      {title.subtitle !== null ? (
        <p className="cm-name-ar" dir="auto" lang={title.subtitleLang}>
          {title.subtitle}
        </p>
      ) : null}
      <dl>
        <dt>{t('reader.event.when')}</dt>
        <dd>
          {formatEventDate(locale, event)} <span className="cm-cite">({precisionWords(locale, event.precision)})</span>
        </dd>
        <dt>{t('reader.event.kind')}</dt>
        <dd>
          <span className="cm-kind-dot" style={{ background: kindColor(index, event.kind) }} aria-hidden="true" />{' '}
          <bdi>{kindLabel(locale, index, event.kind)}</bdi>
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>{t('reader.event.actors')}</dt>
            <dd>
              <DataList locale={locale} items={event.actors} />
            </dd>
          </>
        ) : null}
      </dl>
      {summary.main ? (
        <p dir="auto" lang={summary.mainLang}>
          {summary.main}
        </p>
      ) : null}
      {summary.subtitle ? (
        <p className="cm-cite" dir="auto" lang={summary.subtitleLang}>
          {summary.subtitle}
        </p>
      ) : null}
      {event.note ? (
        <p className="cm-cite" dir="auto">
          {event.note}
        </p>
      ) : null}
      <AttributeList attributes={event.attributes} />
      <MediaLinks media={event.media} />
      <h4>{t('reader.event.where')}</h4>
      {features.length > 0 ? (
        <FeatureLinks index={index} features={features} />
      ) : (
        <p className="cm-cite">{t('reader.event.noPlace')}</p>
      )}
      <h4>{t('reader.event.sources')}</h4>
      {excerpts.map((excerpt) => (
        <ExcerptQuote key={excerpt} index={index} excerpt={excerpt} />
      ))}
    </>
  );
}
