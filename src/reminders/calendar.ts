import { createEvent } from 'ics';
import { translator, type Locale } from '../i18n';

/**
 * Web Chat cannot send a message later, so its reminder is a calendar file the person keeps (issue #26): one all-day
 * event on the day the retest window opens, in the person's own time zone, with the reminder's words (no health
 * words) and nothing kept on the server. Made with `ics`, a maintained iCalendar (RFC 5545) writer.
 */

/** The calendar day of an instant in a time zone (IANA name, as Web Chat's localTimezone); UTC when none or unknown. */
export function dayIn(ms: number, timeZone: string | undefined): [number, number, number] {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  } catch {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  }
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day')];
}

/** The .ics text of the reminder, or null if it could not be made. */
export function reminderCalendar(dueAt: number, timeZone: string | undefined, locale: Locale): string | null {
  const t = translator(locale);
  const start = dayIn(dueAt, timeZone);
  const { error, value } = createEvent({
    start,
    duration: { days: 1 },
    title: t('reminder.calendarTitle'),
    description: t('reminder.message'),
    productId: 'retest-reminder',
  });
  return error || !value ? null : value;
}
