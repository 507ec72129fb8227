/** Formats an ISO date string in UTC with a date-fns pattern (the app stores UTC). */
import { format, parseISO } from 'date-fns';
import { utc } from '@date-fns/utc';

export function formatInTimeZone(iso: string, pattern: string): string {
  const date = parseISO(iso, { in: utc });
  return Number.isNaN(date.getTime()) ? iso : format(date, pattern, { in: utc });
}
