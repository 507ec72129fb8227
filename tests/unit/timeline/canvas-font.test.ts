import { describe, expect, it } from 'vitest';
import { withArabicFace } from '../../../src/timeline/timeline-colours';

describe('the canvas font', () => {
  it('names the Arabic UI face before the system and generic families', () => {
    expect(withArabicFace("'Noto Sans', system-ui, sans-serif")).toBe("'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif");
    expect(withArabicFace("'Conflict Map Sans', system-ui, -apple-system, 'Segoe UI', sans-serif")).toBe(
      "'Conflict Map Sans', 'Noto Sans Arabic', system-ui, -apple-system, 'Segoe UI', sans-serif",
    );
    expect(withArabicFace("'Noto Sans'")).toBe("'Noto Sans', 'Noto Sans Arabic'");
  });

  it('leaves a list that has it already as it is', () => {
    const font = "'Noto Sans', 'Noto Sans Arabic', system-ui, -apple-system, 'Segoe UI', sans-serif";
    expect(withArabicFace(font)).toBe(font);
  });
});
