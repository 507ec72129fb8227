/**
 * What a source gives beyond the format's fields: an imported record's attributes as
 * "key: value" rows (ACLED's fatalities, admin areas, sub-type; a GeoJSON feature's
 * properties), and an event's media as plain links with caption and credit. All rendered as
 * text; links only http(s), opened in a new tab, never fetched or embedded (a reader's browser
 * contacts no third party unless the reader clicks).
 */
import type { Attributes, Media } from '../domain/dataset-schema';
import { safeHttpUrl } from '../domain/safe-http-url';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../store/store-context';

function showValue(locale: Locale, value: Attributes[string]): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return locale.t(value ? 'reader.facts.yes' : 'reader.facts.no');
  // As the source wrote it: no grouping, which would turn a year or a Unix time into "1,660,086,400".
  return typeof value === 'number' ? String(value) : value;
}

export function AttributeList({ attributes }: { attributes: Attributes | undefined }) {
  const locale = useLocale();
  const entries = Object.entries(attributes ?? {}).filter(([, value]) => value !== '');
  if (entries.length === 0) return null;
  return (
    <>
      <h4>{locale.t('reader.facts.attributes')}</h4>
      <dl className="cm-attributes">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt dir="auto">{key}</dt>
            <dd dir="auto">{showValue(locale, value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function MediaLinks({ media }: { media: readonly Media[] | undefined }) {
  const { t } = useLocale();
  const links = (media ?? []).flatMap((item) => {
    const href = safeHttpUrl(item.url);
    return href === null ? [] : [{ ...item, href }];
  });
  if (links.length === 0) return null;
  return (
    <>
      <h4>{t('reader.facts.media')}</h4>
      <ul className="cm-media">
        {links.map((item, i) => (
          <li key={`${item.href}-${i}`}>
            <a href={item.href} target="_blank" rel="noopener noreferrer nofollow" dir="auto">
              {item.caption || item.alt || new URL(item.href).hostname}
            </a>
            <span className="cm-cite">
              {item.credit ? (
                <>
                  {' · '}
                  <bdi>{item.credit}</bdi>
                </>
              ) : null}
              {' · '}
              <bdi>{new URL(item.href).hostname}</bdi>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
