/**
 * Lists the problems of the last dataset that failed to load, each with its path, while the
 * map keeps showing the last good dataset.
 */
import { useAppStore } from '../store/store-context';

export function ProblemsPanel() {
  const problems = useAppStore((state) => state.problems);
  const source = useAppStore((state) => state.problemsSource);
  if (problems.length === 0) return null;
  return (
    <section className="cm-problems" role="alert" aria-labelledby="cm-problems-title">
      <h2 id="cm-problems-title">Dataset not loaded</h2>
      <p>
        {source ? `${source} has` : 'The dataset has'} {problems.length} problem{problems.length === 1 ? '' : 's'}; the
        map still shows the last good dataset.
      </p>
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
