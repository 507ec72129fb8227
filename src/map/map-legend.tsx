/**
 * The legend: one row per symbol the map draws, including what "approximate" and
 * "schematic" look like, drawn with the same colours as the style so the two cannot drift.
 */
import type { ReactNode } from 'react';
import { PALETTES, type Theme } from './style/palette';

interface LegendProps {
  theme: Theme;
}

export function MapLegend({ theme }: LegendProps) {
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
      label: 'South-west bank (approximate area)',
    },
    {
      key: 'east',
      swatch: <span className="cm-swatch cm-swatch--area cm-swatch--hatched" style={{ backgroundColor: c.eastBank }} />,
      label: 'North-east bank (approximate area)',
    },
    {
      key: 'governorate',
      swatch: <span className="cm-swatch cm-swatch--area" style={{ borderColor: c.governorateLine, backgroundColor: 'transparent' }} />,
      label: 'Deir ez-Zor governorate',
    },
    {
      key: 'approximate',
      swatch: <span className="cm-swatch cm-swatch--area cm-swatch--hatched cm-swatch--dashed" style={{ borderColor: c.sideEdge }} />,
      label: 'Approximate: hatched, dashed edge — a derived, not surveyed, outline',
    },
    {
      key: 'city',
      swatch: <span className="cm-swatch cm-swatch--dot" style={{ background: c.label, borderColor: c.labelHalo }} />,
      label: 'City or town (surveyed point)',
    },
    {
      key: 'crossing',
      swatch: <span className="cm-swatch cm-swatch--ring" style={{ borderColor: c.crossing, color: c.crossing }} />,
      label: 'Border crossing — approximate: dashed ring, position derived',
    },
    {
      key: 'route',
      swatch: <span className="cm-swatch cm-swatch--route" style={{ color: c.route }}>▸</span>,
      label: 'Supply route — schematic: direction only, not a path',
    },
    {
      key: 'border',
      swatch: <span className="cm-swatch cm-swatch--line cm-swatch--thin" style={{ background: c.border }} />,
      label: 'International border',
    },
    {
      key: 'admin',
      swatch: <span className="cm-swatch cm-swatch--line cm-swatch--thin cm-swatch--dashed-line" style={{ color: c.adminLine }} />,
      label: 'Governorate / province boundary',
    },
  ];
  return (
    <section className="cm-legend" aria-labelledby="cm-legend-title">
      <h2 id="cm-legend-title">Legend</h2>
      <ul>
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
