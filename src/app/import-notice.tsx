/**
 * What the loader made of the file just opened: which format it was recognised as, what came
 * of it (events, places, sources), and what was left out or found odd but usable, each with
 * its row or path ("row 213, event_date: …"). Shown for imported formats and for any file with
 * warnings; dismissed per dataset.
 */
import { useState } from 'react';
import { FORMAT_LABELS } from '../data/import/detect-format';
import { useAppStore } from '../store/store-context';

/** Our own format: opening it needs no notice unless it warns. */
const OWN_FORMAT = FORMAT_LABELS['dataset-v1'];
/** Warnings listed before the rest are folded away. */
const LISTED = 8;

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

export function ImportNotice() {
  const dataset = useAppStore((s) => s.dataset);
  const format = useAppStore((s) => s.format);
  const source = useAppStore((s) => s.source);
  const warnings = useAppStore((s) => s.warnings);
  const [dismissed, setDismissed] = useState<object | null>(null);
  if (dataset === null || format === null || dismissed === dataset) return null;
  if (format === OWN_FORMAT && warnings.length === 0) return null;
  const records = dataset.articles.filter((a) => a.kind === 'record').length;
  return (
    <section className="cm-import-notice" role="status" aria-labelledby="cm-import-title">
      <h2 id="cm-import-title">Opened as {format}</h2>
      <p>
        {source ? `${source}: ` : ''}
        {count(dataset.events.length, 'event')}, {count(dataset.features.features.length, 'place')},{' '}
        {records > 0 ? count(records, 'source record') : count(dataset.articles.length, 'article')}.
      </p>
      {warnings.length > 0 ? (
        <>
          <p className="cm-import-warning">
            {count(warnings.length, 'warning')}: what was left out or read with care.
          </p>
          <ul>
            {warnings.slice(0, LISTED).map((warning, i) => (
              <li key={i}>
                <code>{warning.path}</code>: {warning.message}
              </li>
            ))}
          </ul>
          {warnings.length > LISTED ? (
            <details>
              <summary>{count(warnings.length - LISTED, 'more warning')}</summary>
              <ul>
                {warnings.slice(LISTED).map((warning, i) => (
                  <li key={i}>
                    <code>{warning.path}</code>: {warning.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
      <button type="button" className="cm-button" onClick={() => setDismissed(dataset)}>
        Dismiss
      </button>
    </section>
  );
}
