/**
 * What the loader made of the file just opened: which format it was recognised as, what came
 * of it (events, places, sources), and what was left out or found odd but usable, each with
 * its row or path ("row 213, event_date: …"). Shown for imported formats and for any file with
 * warnings; dismissed per dataset. Paths and the loader's messages are shown as they come.
 */
import { useState } from 'react';
import { FORMAT_LABELS } from '../data/import/detect-format';
import { useAppStore, useLocale } from '../store/store-context';
import { ProblemItems } from '../ui/problem-message';
import { formatPhrase, sourcePhrase } from './app-text';
import { IsolatedText } from '../ui/isolated-text';

/** Our own format: opening it needs no notice unless it warns. */
const OWN_FORMAT = FORMAT_LABELS['dataset-v1'];
/** Warnings listed before the rest are folded away. */
const LISTED = 8;


export function ImportNotice() {
  const locale = useLocale();
  const { t } = locale;
  const dataset = useAppStore((s) => s.dataset);
  const format = useAppStore((s) => s.format);
  const source = useAppStore((s) => s.source);
  const warnings = useAppStore((s) => s.warnings);
  const [dismissed, setDismissed] = useState<object | null>(null);
  if (dataset === null || format === null || dismissed === dataset) return null;
  if (format === OWN_FORMAT && warnings.length === 0) return null;
  const records = dataset.articles.filter((a) => a.kind === 'record').length;
  const count = (key: 'events' | 'places' | 'records' | 'articles', n: number) => t(`app.import.${key}`, { count: n, n: locale.number(n) });
  const counts = locale.list([
    count('events', dataset.events.length),
    count('places', dataset.features.features.length),
    records > 0 ? count('records', records) : count('articles', dataset.articles.length),
  ]);
  return (
    <section className="cm-import-notice" role="status" aria-labelledby="cm-import-title">
      <h2 id="cm-import-title">
        <IsolatedText text={t('app.import.title', { format: formatPhrase(locale, format) })} />
      </h2>
      <p>
        <IsolatedText text={source ? t('app.import.summary', { source: sourcePhrase(locale, source), counts }) : t('app.import.summaryNoSource', { counts })} />
      </p>
      {warnings.length > 0 ? (
        <>
          <p className="cm-import-warning">{t('app.import.warnings', { count: warnings.length, n: locale.number(warnings.length) })}</p>
          <ProblemItems locale={locale} problems={warnings.slice(0, LISTED)} />
          {warnings.length > LISTED ? (
            <details>
              <summary>
                {t('app.import.moreWarnings', { count: warnings.length - LISTED, n: locale.number(warnings.length - LISTED) })}
              </summary>
              <ProblemItems locale={locale} problems={warnings.slice(LISTED)} />
            </details>
          ) : null}
        </>
      ) : null}
      <button type="button" className="cm-button" onClick={() => setDismissed(dataset)}>
        {t('app.import.dismiss')}
      </button>
    </section>
  );
}
