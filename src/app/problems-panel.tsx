/**
 * Lists the problems of the last dataset that failed to load, each with its path, and says
 * honestly what is on screen: the last good dataset, named, or nothing at all, with the
 * default dataset offered instead.
 */
import { useAppStore } from '../store/store-context';

export function ProblemsPanel({ onOpenDefault }: { onOpenDefault?: () => void }) {
  const problems = useAppStore((state) => state.problems);
  const source = useAppStore((state) => state.problemsSource);
  const format = useAppStore((state) => state.problemsFormat);
  const shown = useAppStore((state) => state.dataset?.title ?? null);
  if (problems.length === 0) return null;
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    <section className="cm-problems" role="alert" aria-labelledby="cm-problems-title">
      <h2 id="cm-problems-title">Dataset not loaded</h2>
      <p>
        {source ? `${source}` : 'The dataset'}
        {format ? `, read as ${format},` : ''} has {count}.{' '}
        {shown === null ? 'Nothing is loaded, so the map and the timeline are empty.' : `The map still shows “${shown}”.`}
      </p>
      {shown === null && onOpenDefault ? (
        <p>
          <button type="button" className="cm-button" onClick={onOpenDefault}>
            Open the default dataset
          </button>
        </p>
      ) : null}
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
