/**
 * Dates for people: an ISO date at the precision it was given ("23 August 2022",
 * "June 2021", "2021"), and ranges as "from … to …". Formatting is UTC, as stored.
 */
import { formatInTimeZone } from './format-in-utc';

type Precision = 'day' | 'month' | 'year' | 'range';

function granularity(iso: string): 'day' | 'month' | 'year' {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  return 'day';
}

function formatOne(iso: string): string {
  const level = granularity(iso);
  return formatInTimeZone(iso, level === 'year' ? 'yyyy' : level === 'month' ? 'MMMM yyyy' : 'd MMMM yyyy');
}

export function formatEventDate(start: string, precision?: Precision, end?: string): string {
  if (precision === 'range' && end) return `${formatOne(start)} – ${formatOne(end)}`;
  return formatOne(start);
}
