/**
 * The legend: what the loaded dataset shows (its kinds of feature, what "approximate" looks
 * like when something is, its event kinds) and the basemap's lines, each row drawn with the
 * style's own colours (rows from legend-rows.ts), in the app's language; the dataset's words in
 * them keep their own direction.
 */
import { useMemo, useState, type CSSProperties } from 'react';
import { useAppStore, useLocale } from '../store/store-context';
import { IsolatedText } from '../ui/isolated-text';
import type { Swatch } from '../ui/swatch';
import { legendRows } from './legend-rows';
import type { Theme } from './style/palette';

interface LegendProps {
  theme: Theme;
}

/** Open by default where there is room for it beside the map. */
const openByDefault = () =>
  typeof window === 'undefined' || window.matchMedia('(min-width: 721px) and (min-height: 600px)').matches;

function SwatchMark({ swatch }: { swatch: Swatch }) {
  const classes = ['cm-swatch'];
  const style: CSSProperties = {};
  switch (swatch.shape) {
    case 'divide':
      classes.push('cm-swatch--line');
      Object.assign(style, { background: swatch.color, boxShadow: `0 0 0 2px ${swatch.fill ?? 'transparent'}` });
      break;
    case 'line':
      classes.push('cm-swatch--line', 'cm-swatch--thin');
      if (swatch.dashed) classes.push('cm-swatch--dashed-line');
      Object.assign(style, { background: swatch.color, color: swatch.color });
      break;
    case 'route':
      classes.push('cm-swatch--route');
      style.color = swatch.color;
      break;
    case 'area':
      classes.push('cm-swatch--area');
      if (swatch.hatched) classes.push('cm-swatch--hatched');
      if (swatch.dashed) classes.push('cm-swatch--dashed');
      Object.assign(style, { borderColor: swatch.color, backgroundColor: swatch.fill });
      break;
    case 'ring':
      classes.push('cm-swatch--ring');
      Object.assign(style, { borderColor: swatch.color, color: swatch.color, borderStyle: swatch.dashed ? 'dashed' : 'solid' });
      break;
    case 'dot':
      classes.push('cm-swatch--dot');
      Object.assign(style, { background: swatch.color, borderColor: swatch.fill });
      break;
    case 'event':
      classes.push('cm-swatch--event');
      if (swatch.hollow) {
        classes.push('cm-swatch--hollow');
        style.color = swatch.color;
      } else style.background = swatch.color;
      break;
  }
  if (swatch.faded) classes.push('cm-swatch--faded');
  return (
    <span className={classes.join(' ')} style={style}>
      {swatch.shape === 'route' ? '▸' : null}
    </span>
  );
}

export function MapLegend({ theme }: LegendProps) {
  const [open, setOpen] = useState(openByDefault);
  const index = useAppStore((state) => state.index);
  const locale = useLocale();
  const rows = useMemo(() => legendRows(locale, index, theme), [locale, index, theme]);
  return (
    <section className="cm-legend" aria-labelledby="cm-legend-title">
      <h2 id="cm-legend-title">
        <button type="button" className="cm-legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {locale.t('map.legend.title')}
        </button>
      </h2>
      <ul hidden={!open}>
        {rows.map((row) => (
          <li key={row.key}>
            <span aria-hidden="true" className="cm-swatch-box">
              <SwatchMark swatch={row.swatch} />
            </span>
            <span>
              <IsolatedText text={row.label} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
