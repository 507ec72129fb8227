/**
 * The legend: one row per symbol the map draws, including what "approximate" and
 * "schematic" look like, drawn with the same colours as the style so the two cannot drift.
 */
import { useState, type ReactNode } from 'react';
import { KIND_COLORS, OTHER_KIND_COLOR } from '../ui/kind-colors';
import { PALETTES, type Theme } from './style/palette';

interface LegendProps {
  theme: Theme;
}

/** Open by default where there is room for it beside the map. */
const openByDefault = () =>
  typeof window === 'undefined' || window.matchMedia('(min-width: 721px) and (min-height: 600px)').matches;

export function MapLegend({ theme }: LegendProps) {
  const [open, setOpen] = useState(openByDefault);
  const c = PALETTES[theme];
  const rows: { key: string; swatch: ReactNode; label: string }[] = [
    {
      key: 'divide',
      swatch: <span className="cm-swatch cm-swatch--line" style={{ background: c.divide, boxShadow: `0 0 0 2px ${c.divideCasing}` }} />,
      label: 'Euphrates — the divide',
    },
    {
      key: 'west',
      swatch: <span className="cm-swatch cm-swatch--area cm-swatch--hatched" style={{ backgroundColor: c.westBank }} />,
      label: 'South-west bank (approx.)',
    },
    {
      key: 'east',
      swatch: <span className="cm-swatch cm-swatch--area cm-swatch--hatched" style={{ backgroundColor: c.eastBank }} />,
      label: 'North-east bank (approx.)',
    },
    {
      key: 'governorate',
      swatch: <span className="cm-swatch cm-swatch--area" style={{ borderColor: c.governorateLine, backgroundColor: 'transparent' }} />,
      label: 'Deir ez-Zor governorate',
    },
    {
      key: 'approximate',
      swatch: <span className="cm-swatch cm-swatch--area cm-swatch--hatched cm-swatch--dashed" style={{ borderColor: c.sideEdge }} />,
      label: 'Approximate: hatched, dashed edge',
    },
    {
      key: 'city',
      swatch: <span className="cm-swatch cm-swatch--dot" style={{ background: c.label, borderColor: c.labelHalo }} />,
      label: 'City or town',
    },
    {
      key: 'crossing',
      swatch: <span className="cm-swatch cm-swatch--ring" style={{ borderColor: c.crossing, color: c.crossing }} />,
      label: 'Border crossing (approx. position)',
    },
    {
      key: 'route',
      swatch: <span className="cm-swatch cm-swatch--route" style={{ color: c.route }}>▸</span>,
      label: 'Supply route (schematic)',
    },
    {
      key: 'border',
      swatch: <span className="cm-swatch cm-swatch--line cm-swatch--thin" style={{ background: c.border }} />,
      label: 'International border',
    },
    {
      key: 'admin',
      swatch: <span className="cm-swatch cm-swatch--line cm-swatch--thin cm-swatch--dashed-line" style={{ color: c.adminLine }} />,
      label: 'Province boundary',
    },
  ];
  for (const [kind, color] of [...Object.entries(KIND_COLORS), ['other', OTHER_KIND_COLOR] as const]) {
    rows.push({
      key: `event-${kind}`,
      swatch: <span className="cm-swatch cm-swatch--event" style={{ background: color }} />,
      label: `Event: ${kind}`,
    });
  }
  rows.push({
    key: 'event-past',
    swatch: <span className="cm-swatch cm-swatch--event cm-swatch--faded" style={{ background: KIND_COLORS.strike }} />,
    label: 'Past event (faded)',
  });
  rows.push({
    key: 'event-approximate',
    swatch: <span className="cm-swatch cm-swatch--event cm-swatch--hollow" style={{ color: KIND_COLORS.strike }} />,
    label: 'Hollow event: approximate position (area, line or approx. place)',
  });
  rows.push({
    key: 'dimmed',
    swatch: <span className="cm-swatch cm-swatch--line cm-swatch--faded" style={{ background: c.divide }} />,
    label: 'Pale place: none of its events in the window',
  });
  return (
    <section className="cm-legend" aria-labelledby="cm-legend-title">
      <h2 id="cm-legend-title">
        <button type="button" className="cm-legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          Legend
        </button>
      </h2>
      <ul hidden={!open}>
        {rows.map((row) => (
          <li key={row.key}>
            <span aria-hidden="true" className="cm-swatch-box">{row.swatch}</span>
            <span>{row.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
