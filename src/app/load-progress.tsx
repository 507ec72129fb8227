/** The progress bar shown while a dataset is opened: phase, and bytes read when known. */
import { useStore } from 'zustand';
import type { LoadingStore } from './loading-status';

const PHASE_WORDS = { reading: 'Reading', parsing: 'Parsing', validating: 'Checking', indexing: 'Indexing' } as const;

export function LoadProgressBar({ loading }: { loading: LoadingStore }) {
  const source = useStore(loading, (s) => s.source);
  const progress = useStore(loading, (s) => s.progress);
  if (!progress) return null;
  const { phase, loaded, total } = progress;
  const fraction = progress.fraction ?? (loaded !== undefined && total ? Math.min(1, loaded / total) : undefined);
  const megabytes = loaded !== undefined && progress.fraction === undefined ? ` ${(loaded / 1e6).toFixed(1)} MB` : '';
  // The worker's last phase packs the data for the page ('indexing' without a fraction); the
  // page's own index build follows with a fraction. Two names, so the bar never says "Indexing" twice.
  const word = phase === 'indexing' && progress.fraction === undefined ? 'Preparing' : PHASE_WORDS[phase];
  const label = `${word} ${source ?? 'dataset'}…${megabytes}`;
  return (
    <div className="cm-progress" role="status">
      <span>{label}</span>
      <progress
        aria-label="Loading dataset"
        max={1}
        value={fraction}
        aria-valuetext={fraction === undefined ? label : `${Math.round(fraction * 100)}%`}
      />
    </div>
  );
}
