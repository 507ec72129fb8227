/**
 * Items of data (actors' names) joined as the interface language lists them ("a, b and c";
 * «أ وب وج»), each item isolated (`<bdi>`) so a name in the other script keeps its own direction.
 */
import { Fragment } from 'react';
import type { Locale } from '../i18n/locale';

const listFormats = new Map<string, Intl.ListFormat>();

export function DataList({ locale, items }: { locale: Locale; items: readonly string[] }) {
  let format = listFormats.get(locale.tag);
  if (!format) listFormats.set(locale.tag, (format = new Intl.ListFormat(locale.tag, { type: 'conjunction' })));
  return (
    <>
      {format.formatToParts(items).map((part, i) =>
        part.type === 'element' ? <bdi key={i}>{part.value}</bdi> : <Fragment key={i}>{part.value}</Fragment>,
      )}
    </>
  );
}
