/**
 * Data text inside interface text. A message that interpolates data (a title, a kind's label, a
 * place's name, a file name) wraps each value in Unicode's first-strong isolates (`isolate`),
 * the plain-text form of `<bdi>`, so an English title reads right in an Arabic sentence and an
 * Arabic name in an English one, in attributes and live regions too; `<IsolatedText>` renders
 * each isolated run as a `<span dir="auto">` of its own.
 */
import { Fragment } from 'react';

const FSI = '\u2068';
const PDI = '\u2069';

/** `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

export interface TextRun {
  readonly text: string;
  /** An isolated run: data, laid out in its own direction. */
  readonly isolated: boolean;
}

/** Splits text into the runs between isolates and the isolated runs (one level; isolates do not nest here). */
export function splitIsolates(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let rest = text;
  while (rest !== '') {
    const open = rest.indexOf(FSI);
    if (open < 0) {
      runs.push({ text: rest, isolated: false });
      break;
    }
    const close = rest.indexOf(PDI, open + 1);
    if (open > 0) runs.push({ text: rest.slice(0, open), isolated: false });
    const end = close < 0 ? rest.length : close;
    runs.push({ text: rest.slice(open + 1, end), isolated: true });
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return runs;
}

/** Text with its isolated runs in `<span dir="auto">`s and the isolate characters dropped. */
export function IsolatedText({ text }: { text: string }) {
  return (
    <>
      {splitIsolates(text).map((run, i) =>
        run.isolated ? (
          <span key={i} dir="auto">
            {run.text}
          </span>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
