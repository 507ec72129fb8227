import { describe, expect, it } from 'vitest';
import { localeFor } from '../../../src/i18n/locale';
import {
  assignColors,
  CATEGORICAL_COLORS,
  eventKindColors,
  KIND_COLORS,
  kindColor,
  kindLabel,
  MAX_KIND_COLORS,
  OTHER_KIND_COLOR,
} from '../../../src/ui/kind-colors';

const source = (kinds: string[], events: Record<string, { color?: string; label?: string }> = {}) => ({
  kinds,
  dataset: { kinds: { events } },
});

describe('kind colours', () => {
  it('keeps the app’s colours for the known kinds', () => {
    const colors = eventKindColors(source(['attack', 'strike']));
    expect(colors.get('strike')).toBe(KIND_COLORS.strike);
    expect(colors.get('attack')).toBe(KIND_COLORS.attack);
  });

  it('takes the dataset’s colour over the app’s, and its label', () => {
    const s = source(['Battles', 'strike'], { strike: { color: '#112233' }, Battles: { label: 'Battle' } });
    expect(kindColor(s, 'strike')).toBe('#112233');
    expect(kindLabel(localeFor('en'), s, 'Battles')).toBe('Battle');
    expect(kindLabel(localeFor('en'), s, 'strike')).toBe('strike');
  });

  it('names a known kind in the interface language, and leaves the dataset’s words as given', () => {
    const s = source(['Battles', 'strike', 'presence', 'Riots'], { Battles: { label: 'Battle' } });
    const ar = localeFor('ar');
    expect(kindLabel(ar, s, 'strike')).toBe('ضربة');
    expect(kindLabel(ar, s, 'presence')).toBe('وجود عسكري');
    expect(kindLabel(ar, s, 'Battles')).toBe('Battle');
    expect(kindLabel(ar, s, 'Riots')).toBe('Riots');
    expect(kindLabel(ar, s, 'toString')).toBe('toString');
  });

  it('gives other kinds palette colours, each its own, in the sorted order of the kinds', () => {
    const kinds = ['Battles', 'Protests', 'Riots'];
    const colors = eventKindColors(source(kinds));
    expect(kinds.map((k) => colors.get(k))).toEqual(CATEGORICAL_COLORS.slice(0, 3));
    // The same kinds always get the same colours.
    expect([...eventKindColors(source([...kinds])).values()]).toEqual([...colors.values()]);
  });

  it('passes over palette colours close to one already in use', () => {
    // Tol's rose (#cc6677) is too close to strike's red to tell apart at a glance.
    const colors = eventKindColors(source(['rumour', 'strike']));
    expect(colors.get('rumour')).not.toBe('#cc6677');
    expect(CATEGORICAL_COLORS).toContain(colors.get('rumour'));
  });

  it('turns grey once the palette is spent, and never gives more than MAX_KIND_COLORS colours', () => {
    const many = Array.from({ length: 40 }, (_, i) => `kind-${String(i).padStart(2, '0')}`);
    const colors = assignColors(many, () => undefined);
    expect(new Set(colors.values()).size).toBe(CATEGORICAL_COLORS.length + 1);
    expect(colors.get('kind-39')).toBe(OTHER_KIND_COLOR);
    const given = assignColors(many, (k) => `#0000${(Number(k.slice(5)) + 16).toString(16).padStart(2, '0')}`);
    expect(new Set(given.values()).size).toBe(MAX_KIND_COLORS + 1);
  });

  it('builds the colours once per dataset', () => {
    const s = source(['a', 'b']);
    expect(eventKindColors(s)).toBe(eventKindColors(s));
  });
});
