/** A selected event: what, when (at its precision), who, where, and the excerpts reporting it. */
import type { DatasetIndex } from '../store/dataset-index';
import { excerptsForEvent, featuresForEvent } from '../store/queries';
import { formatEventDate, PRECISION_WORDS } from '../ui/format-date';
import { kindColor } from '../ui/kind-colors';
import { FeatureLinks } from './entity-links';
import { ExcerptQuote } from './excerpt-quote';
import { AttributeList, MediaLinks } from './source-facts';

export function EventDetails({ index, ordinal }: { index: DatasetIndex; ordinal: number }) {
  const event = index.events[ordinal]!;
  const features = Array.from(featuresForEvent(index, ordinal));
  const excerpts = Array.from(excerptsForEvent(index, ordinal));
  return (
    <>
      <h3 id="cm-details-title">{event.title}</h3>
      <dl>
        <dt>When</dt>
        <dd>
          {formatEventDate(event)} <span className="cm-cite">({PRECISION_WORDS[event.precision]})</span>
        </dd>
        <dt>Kind</dt>
        <dd>
          <span className="cm-kind-dot" style={{ background: kindColor(index, event.kind) }} aria-hidden="true" /> {event.kind}
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>Actors</dt>
            <dd>{event.actors.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {event.summary ? <p>{event.summary}</p> : null}
      {event.note ? <p className="cm-cite">{event.note}</p> : null}
      <AttributeList attributes={event.attributes} />
      <MediaLinks media={event.media} />
      <h4>Where</h4>
      {features.length > 0 ? (
        <FeatureLinks index={index} features={features} />
      ) : (
        <p className="cm-cite">The sources name no place for this event, so it is not on the map.</p>
      )}
      <h4>What the sources say</h4>
      {excerpts.map((excerpt) => (
        <ExcerptQuote key={excerpt} index={index} excerpt={excerpt} />
      ))}
    </>
  );
}
