/**
 * From a DOM selection in the reader to offsets into the article's stored text. The reader
 * renders the text as runs (plain, highlighted, debris), each element carrying the offset of
 * its first character in `data-offset`; whatever is drawn around or between the runs (the
 * "…" of a long text, hidden debris that is not rendered at all) has no offset of its own.
 * So a boundary point inside a run is its run's offset plus the characters before it in the
 * run, and a point outside every run stands for the start of the next run (or the end of the
 * last). Offsets are UTF-16 code units, as the DOM counts them and the format stores them.
 */
export interface TextRange {
  start: number;
  end: number;
}

/** The attribute the reader puts on each run. */
export const RUN_OFFSET_ATTRIBUTE = 'data-offset';

function runsOf(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[${RUN_OFFSET_ATTRIBUTE}]`));
}

const runStart = (run: Element) => Number(run.getAttribute(RUN_OFFSET_ATTRIBUTE));
const runEnd = (run: Element) => runStart(run) + (run.textContent ?? '').length;

/** The run that holds a node, if it is inside one within `root`. */
function runOf(root: Element, node: Node): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const run = element?.closest(`[${RUN_OFFSET_ATTRIBUTE}]`) ?? null;
  return run !== null && root.contains(run) ? run : null;
}

/** The text offset a boundary point (node, offset) stands for; null when `root` shows no runs. */
export function textOffsetAt(root: Element, node: Node, offset: number): number | null {
  const runs = runsOf(root);
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined) return null;
  const doc = root.ownerDocument;

  const point = doc.createRange();
  point.setStart(node, offset);
  if (!root.contains(node)) {
    // A selection dragged past the text box starts at its beginning or ends at its end.
    return point.comparePoint(root, 0) > 0 ? runStart(first) : runEnd(last);
  }
  const run = runOf(root, node);
  if (run !== null) {
    const before = doc.createRange();
    before.setStart(run, 0);
    before.setEnd(node, offset);
    return runStart(run) + before.toString().length;
  }
  // Between runs (or in the text box's own text): the next run's start.
  const next = runs.find((r) => point.comparePoint(r, 0) > 0);
  return next === undefined ? runEnd(last) : runStart(next);
}

/** The part of the article a DOM range covers inside `root`, or null when it covers none of it. */
export function textRangeOf(
  root: Element,
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): TextRange | null {
  const start = textOffsetAt(root, range.startContainer, range.startOffset);
  const end = textOffsetAt(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
