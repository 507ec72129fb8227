/**
 * Lists the problems of the last dataset that failed to load, each with its path, and says
 * honestly what is on screen: the last good dataset, named, or nothing at all, with the
 * default dataset offered instead. Paths and the problems' messages are shown as they come.
 */
import { useAppStore, useLocale } from '../store/store-context';
import { localizedText } from '../ui/localized-text';
import { IsolatedText, isolate } from '../ui/isolated-text';
import { ProblemItems } from '../ui/problem-message';
import { formatPhrase, sourcePhrase } from './app-text';

export function ProblemsPanel({ onOpenDefault }: { onOpenDefault?: () => void }) {
  const locale = useLocale();
  const { t } = locale;
  const problems = useAppStore((state) => state.problems);
  const source = useAppStore((state) => state.problemsSource);
  const format = useAppStore((state) => state.problemsFormat);
  const shown = useAppStore((state) => state.dataset?.title ?? null);
  const shownAr = useAppStore((state) => state.dataset?.title_ar);
  if (problems.length === 0) return null;
  const count = { count: problems.length, n: locale.number(problems.length), source: sourcePhrase(locale, source) };
  return (
    <section className="cm-problems" role="alert" aria-labelledby="cm-problems-title">
      <h2 id="cm-problems-title">{t('app.problems.title')}</h2>
      <p>
        <IsolatedText text={format ? t('app.problems.countAs', { ...count, format: formatPhrase(locale, format) }) : t('app.problems.count', count)} />{' '}
        <IsolatedText
          text={shown === null ? t('app.problems.nothingShown') : t('app.problems.stillShown', { title: isolate(localizedText(locale, shown, shownAr).main) })}
        />
      </p>
      {shown === null && onOpenDefault ? (
        <p>
          <button type="button" className="cm-button" onClick={onOpenDefault}>
            {t('app.problems.openDefault')}
          </button>
        </p>
      ) : null}
      <ProblemItems locale={locale} problems={problems} />
    </section>
  );
}
