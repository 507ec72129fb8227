/**
 * A problem's message on screen: in the interface's language when the loader gave it a code
 * (see problem-text.ts); otherwise the loader's English words, marked as English (`lang="en"`,
 * left to right) so that a screen reader in the Arabic interface reads them as English and the
 * page says honestly which words are not translated yet. `ProblemItems` lists problems with their
 * paths (the format's own notation, isolated) as the problems panel and the import notice show them.
 */
import type { DataProblem } from '../domain/loaded-dataset';
import type { Locale } from '../i18n/locale';
import { problemText } from './problem-text';

export function ProblemMessage({ locale, problem }: { locale: Locale; problem: DataProblem }) {
  const text = problemText(locale, problem);
  return problem.code === undefined && locale.lang !== 'en' ? (
    <span lang="en" dir="ltr">
      {text}
    </span>
  ) : (
    <span dir="auto">{text}</span>
  );
}

export function ProblemItems({ locale, problems }: { locale: Locale; problems: readonly DataProblem[] }) {
  return (
    <ul>
      {problems.map((problem, i) => (
        <li key={i}>
          <bdi>
            <code>{problem.path}</code>
          </bdi>
          : <ProblemMessage locale={locale} problem={problem} />
        </li>
      ))}
    </ul>
  );
}
