/**
 * Cuts an article's text into runs at every excerpt and debris boundary, so the reader can
 * render each run as plain text with the excerpts that cover it (excerpts may overlap) and
 * whether it is collection debris. Pure; O(runs × ranges), so callers pass only the ranges
 * inside the part of the text they show.
 */
export interface TextRange {
  start: number;
  end: number;
}

export interface ArticleSegment {
  start: number;
  end: number;
  /** Ordinals of the excerpts covering this run, in the order given. */
  excerpts: number[];
  debris: boolean;
}

export function segmentArticle(
  textLength: number,
  excerpts: ReadonlyArray<TextRange & { ordinal: number }>,
  debris: readonly TextRange[],
  view: TextRange = { start: 0, end: textLength },
): ArticleSegment[] {
  const clamp = (n: number) => Math.min(view.end, Math.max(view.start, n));
  const cuts = new Set<number>([view.start, view.end]);
  for (const r of [...excerpts, ...debris]) {
    cuts.add(clamp(r.start));
    cuts.add(clamp(r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ArticleSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      excerpts: excerpts.filter((x) => x.start <= start && x.end >= end).map((x) => x.ordinal),
      debris: debris.some((d) => d.start <= start && d.end >= end),
    });
  }
  return segments;
}
