/** Shortens text for a one-line message, keeping its start and marking the cut with an ellipsis. */

/** `text` cut to at most `max` characters (an ellipsis included), with line breaks shown as `⏎`. */
export function shortenText(text: string, max = 60): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '⏎');
  if (oneLine.length <= max) return oneLine;
  return `${oneLine.slice(0, Math.max(0, max - 1))}…`;
}
