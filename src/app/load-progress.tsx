/** The progress bar shown while a dataset is opened: phase, and bytes read when known. */
import { useStore } from 'zustand';
import { useLocale } from '../store/store-context';
import { sourcePhrase } from './app-text';
import type { LoadingStore } from './loading-status';

export function LoadProgressBar({ loading }: { loading: LoadingStore }) {
  const locale = useLocale();
  const { t } = locale;
  const source = useStore(loading, (s) => s.source);
  const progress = useStore(loading, (s) => s.progress);
  if (!progress) return null;
  const { phase, loaded, total } = progress;
  const fraction = progress.fraction ?? (loaded !== undefined && total ? Math.min(1, loaded / total) : undefined);
  // The worker's last phase packs the data for the page ('indexing' without a fraction); the
  // page's own index build follows with a fraction. Two names, so the bar never says "Indexing" twice.
  const step = phase === 'indexing' && progress.fraction === undefined ? 'preparing' : phase;
  const status = t(`app.progress.${step}`, { source: sourcePhrase(locale, source) });
  const label =
    loaded !== undefined && progress.fraction === undefined
      ? t('app.progress.withSize', { status, size: locale.number(Math.round(loaded / 1e5) / 10) })
      : status;
  return (
    <div className="cm-progress" role="status">
      <span>{label}</span>
      <progress
        aria-label={t('app.progress.label')}
        max={1}
        value={fraction}
        aria-valuetext={fraction === undefined ? label : t('app.progress.percent', { n: locale.number(Math.round(fraction * 100)) })}
      />
    </div>
  );
}
