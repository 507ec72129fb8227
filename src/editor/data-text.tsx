/**
 * Data inside the interface's sentences: a title, a name or quoted words keep their own
 * direction, so an English title reads right in an Arabic sentence and an Arabic quote in an
 * English one. In markup each value gets its own `<bdi>`; in plain text (attributes, a select's
 * options, a button's title) it is wrapped in Unicode's isolate marks, which do the same.
 */
import { Fragment, type ReactNode } from 'react';
import type { Locale } from '../i18n/locale';

/** Private-use marks standing in for each value while the message is written. */
const SLOT = /\u{F8F0}(\d+)\u{F8F1}/u;

/**
 * A message with data in it, as nodes: `message` writes the message with `data(value)` in
 * place of each value, e.g. `withData((data) => t('editor.panel.title', { title: data(title) }))`.
 * A string value is rendered in a `<bdi>`; an element (`<strong dir="auto">…</strong>`) as it is.
 */
export function withData(message: (data: (value: ReactNode) => string) => string): ReactNode {
  const values: ReactNode[] = [];
  const text = message((value) => `\u{F8F0}${values.push(value) - 1}\u{F8F1}`);
  const parts = text.split(new RegExp(SLOT.source, 'gu'));
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const value = values[Number(part)];
        return typeof value === 'string' ? <bdi key={i}>{value}</bdi> : <Fragment key={i}>{value}</Fragment>;
      })}
    </>
  );
}

/** A draft's title, or the words for a draft that has none yet. */
export function draftTitle(locale: Locale, title: string): string {
  return title.trim() || locale.t('editor.common.untitled');
}
