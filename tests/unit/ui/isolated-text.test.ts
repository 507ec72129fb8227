import { describe, expect, it } from 'vitest';
import { isolate, splitIsolates } from '../../../src/ui/isolated-text';

describe('data isolated in interface text', () => {
  it('splits a message into the interface’s words and the data’s', () => {
    expect(splitIsolates(`حدث: ${isolate('Battle')}`)).toEqual([
      { text: 'حدث: ', isolated: false },
      { text: 'Battle', isolated: true },
    ]);
    expect(splitIsolates(`${isolate('City')} و${isolate('Town')}`)).toEqual([
      { text: 'City', isolated: true },
      { text: ' و', isolated: false },
      { text: 'Town', isolated: true },
    ]);
    expect(splitIsolates('International border')).toEqual([{ text: 'International border', isolated: false }]);
    expect(splitIsolates('')).toEqual([]);
  });
});
