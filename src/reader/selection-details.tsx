/**
 * The panel for what is selected: a feature's name, kind, whether it is approximate and its
 * sources — the geographic source of its geometry and the verbatim excerpts that speak of
 * it, each attributed to its article. All data text renders as text.
 */
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { eventsForFeature, excerptsForFeature } from '../store/queries';
import type { DatasetIndex } from '../store/dataset-index';
import { describeKind } from '../ui/describe-kind';
import { formatEventDate } from '../ui/format-date';

function ExcerptQuote({ index, excerpt }: { index: DatasetIndex; excerpt: number }) {
  const item = index.excerpts[excerpt]!;
  const article = index.articles[index.excerptArticle[excerpt] ?? -1];
  return (
    <figure className="cm-quote">
      <blockquote>“{item.quote}”</blockquote>
      {article ? (
        <figcaption className="cm-cite">
          {article.publisher}
          {article.via ? `, via ${article.via}` : ''}, {formatEventDate(article.published)} — {article.title}
        </figcaption>
      ) : null}
    </figure>
  );
}

export function SelectionDetails() {
  const store = useAppStoreApi();
  const index = useAppStore((state) => state.index);
  const selected = useAppStore((state) => state.selected);
  if (!index || selected?.type !== 'feature') return null;
  const ordinal = index.featureOrdinalById.get(selected.id);
  if (ordinal === undefined) return null;
  const feature = index.features[ordinal]!;
  const { name, name_ar, kind, approximate, sources, label } = feature.properties;
  const excerpts = Array.from(excerptsForFeature(index, ordinal));
  const events = Array.from(eventsForFeature(index, ordinal));

  return (
    <section className="cm-details" aria-labelledby="cm-details-title">
      <button type="button" className="cm-button cm-close" onClick={() => store.getState().clearSelection('list')}>
        Close
      </button>
      <h3 id="cm-details-title">{name}</h3>
      {name_ar ? (
        <p className="cm-name-ar" lang="ar" dir="rtl">
          {name_ar}
        </p>
      ) : null}
      <dl>
        <dt>Kind</dt>
        <dd>{describeKind(kind)}</dd>
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
          <ul>
            {events.map((event) => {
              const item = index.events[event]!;
              return (
                <li key={item.id}>
                  {item.title} <span className="cm-cite">({formatEventDate(item.start, item.precision, item.end)})</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
