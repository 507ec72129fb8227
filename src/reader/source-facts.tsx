/**
 * What a source gives beyond the format's fields: an imported record's attributes as
 * "key: value" rows (ACLED's fatalities, admin areas, sub-type; a GeoJSON feature's
 * properties), and an event's media as plain links with caption and credit. All rendered as
 * text; links only http(s), opened in a new tab, never fetched or embedded (a reader's browser
 * contacts no third party unless the reader clicks).
 */
import type { Attributes, Media } from '../domain/dataset-schema';
import { safeHttpUrl } from '../domain/safe-http-url';

function showValue(value: Attributes[string]): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // As the source wrote it: no grouping, which would turn a year or a Unix time into "1,660,086,400".
  return typeof value === 'number' ? String(value) : value;
}

export function AttributeList({ attributes }: { attributes: Attributes | undefined }) {
  const entries = Object.entries(attributes ?? {}).filter(([, value]) => value !== '');
  if (entries.length === 0) return null;
  return (
    <>
      <h4>Also in the source</h4>
      <dl className="cm-attributes">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd dir="auto">{showValue(value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function MediaLinks({ media }: { media: readonly Media[] | undefined }) {
  const links = (media ?? []).flatMap((item) => {
    const href = safeHttpUrl(item.url);
    return href === null ? [] : [{ ...item, href }];
  });
  if (links.length === 0) return null;
  return (
    <>
      <h4>Media</h4>
      <ul className="cm-media">
        {links.map((item, i) => (
          <li key={`${item.href}-${i}`}>
            <a href={item.href} target="_blank" rel="noopener noreferrer nofollow">
              {item.caption || item.alt || new URL(item.href).hostname}
            </a>
            <span className="cm-cite">
              {item.credit ? ` · ${item.credit}` : ''} · {new URL(item.href).hostname}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
