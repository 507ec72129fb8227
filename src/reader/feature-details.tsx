/**
 * A selected map feature: name, kind, whether it is approximate, where its geometry comes
 * from, the excerpts that speak of it and the events that happened there.
 */
import type { DatasetIndex } from '../store/dataset-index';
import { eventsForFeature, excerptsForFeature } from '../store/queries';
import { describeKind } from '../ui/describe-kind';
import { placeName } from '../ui/place-name';
import { EventLinks } from './entity-links';
import { ExcerptQuote } from './excerpt-quote';
import { AttributeList } from './source-facts';

export function FeatureDetails({ index, ordinal }: { index: DatasetIndex; ordinal: number }) {
  const feature = index.features[ordinal]!;
  const { name_ar, kind, approximate, sources, label } = feature.properties;
  const excerpts = Array.from(excerptsForFeature(index, ordinal));
  const events = Array.from(eventsForFeature(index, ordinal));
  return (
    <>
      <h3 id="cm-details-title">{placeName(feature, index.dataset.kinds)}</h3>
      {name_ar ? (
        <p className="cm-name-ar" lang="ar" dir="rtl">
          {name_ar}
        </p>
      ) : null}
      <dl>
        <dt>Kind</dt>
        <dd>{describeKind(kind, index.dataset.kinds)}</dd>
        <dt>Position</dt>
        <dd>
          {approximate ? (
            <>
              <span className="cm-badge">Approximate</span> derived or schematic, not surveyed
            </>
          ) : (
            'As given by the geographic source'
          )}
        </dd>
        {label ? (
          <>
            <dt>Label</dt>
            <dd>{label}</dd>
          </>
        ) : null}
        {sources ? (
          <>
            <dt>Geometry</dt>
            <dd>{sources}</dd>
          </>
        ) : null}
      </dl>
      <AttributeList attributes={feature.properties.attributes} />
      {excerpts.length > 0 ? (
        <>
          <h4>What the sources say</h4>
          {excerpts.map((excerpt) => (
            <ExcerptQuote key={excerpt} index={index} excerpt={excerpt} />
          ))}
        </>
      ) : (
        <p className="cm-cite">No article excerpt speaks of this feature.</p>
      )}
      {events.length > 0 ? (
        <>
          <h4>Events here</h4>
          <EventLinks index={index} events={events} />
        </>
      ) : null}
    </>
  );
}
