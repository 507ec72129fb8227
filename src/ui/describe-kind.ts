/** Plain-language names for the feature kinds the map knows; other kinds show as written. */
const KIND_NAMES: Record<string, string> = {
  city: 'City',
  town: 'Town',
  governorate: 'Governorate',
  river: 'River — the divide',
  'divide-side': 'Side of the divide',
  crossing: 'Border crossing',
  route: 'Supply route (schematic)',
};

export function describeKind(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}
