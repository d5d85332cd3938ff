/**
 * Calendar dates as editors write them. Only `YYYY-MM-DD` is accepted, and only for a day that
 * exists: JavaScript's Date quietly turns 30 February into 2 March and month 13 into January of
 * the next year, so a typo would move a story to another day without a word. A date such as
 * 03/02/2025 reads as 3 February in most of the world and 2 March in the United States, so it is
 * refused with both readings spelt out.
 */
import { say } from './problems.ts';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A date as Astro's YAML parser makes it of an unquoted date, carrying the text it was made
 * from. The checker reads YAML so that its values are the build's values (a title written
 * 2025-01-01 is a Date there, not text), and the text lets the date rules still refuse a day
 * that does not exist, which the Date alone has already moved to another.
 */
export class WrittenDate extends Date {
  /** The date as the editor wrote it. */
  readonly written: string;

  constructor(written: string, date: Date) {
    super(date.getTime());
    this.written = written;
  }
}

/** The form every date is written in, for messages. */
export const dateForm = 'YYYY-MM-DD';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2025-03-02` for a year, month (1–12) and day. */
function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2 March 2025", for a day known to exist. */
function spoken(year: number, month: number, day: number): string {
  return `${day} ${monthNames[month - 1] ?? ''} ${year}`;
}

/** True when year, month and day name a day on the calendar. */
function exists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** Why a year, month and day written as YYYY-MM-DD do not name a day. */
function impossible(written: string, year: number, month: number, day: number): string {
  if (month < 1 || month > 12)
    return say(
      `"${written}" has month ${month}; there are 12.`,
      `write the date as ${dateForm}, with the month from 01 to 12.`,
    );
  const last = daysIn(year, month);
  const leap = month === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
  return say(
    `"${written}" is not a day: ${monthNames[month - 1] ?? ''} ${year} has ${last} days${leap}.`,
    `write the day it was, as ${dateForm}, from ${iso(year, month, 1)} to ${iso(year, month, last)}.`,
  );
}

/**
 * The day a date written in content names, at midnight UTC, or a `say()` message saying why it
 * is not one. Takes the text as written, or a Date that a YAML parser already made of it (Astro's
 * parser does this for unquoted dates; the content checker sees the text and rejects impossible
 * days before such a Date is ever made).
 */
export function parseCalendarDate(input: string | Date): { date: Date } | { problem: string } {
  if (input instanceof WrittenDate) return parseCalendarDate(input.written);
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime()))
      return { problem: say('This is not a date.', `write it as ${dateForm}.`) };
    const day = input.toISOString().slice(0, 10);
    if (input.toISOString().slice(10) !== 'T00:00:00.000Z')
      return {
        problem: say(
          `This is a date and a time (${input.toISOString()}), not a day.`,
          `write only the day, as ${day}.`,
        ),
      };
    return { date: input };
  }
  const written = input.trim();
  const exact = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (exact) {
    const [year, month, day] = [Number(exact[1]), Number(exact[2]), Number(exact[3])];
    if (!exists(year, month, day)) return { problem: impossible(written, year, month, day) };
    return { date: new Date(Date.UTC(year, month - 1, day)) };
  }
  const withTime = /^(\d{4}-\d{1,2}-\d{1,2})(?:[Tt]|\s+)\d/.exec(written);
  if (withTime)
    return {
      problem: say(
        `"${written}" is a date and a time, not a day.`,
        `write only the day, as ${withTime[1] ?? dateForm}.`,
      ),
    };
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(written);
  if (yearFirst) {
    const [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
    if (!exists(year, month, day)) return { problem: impossible(written, year, month, day) };
    return {
      problem: say(
        `"${written}" is not written as ${dateForm}.`,
        `write ${iso(year, month, day)}.`,
      ),
    };
  }
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(written);
  if (yearLast) {
    const [first, second, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
    const dayFirst = exists(year, second, first) ? iso(year, second, first) : undefined;
    const monthFirst = exists(year, first, second) ? iso(year, first, second) : undefined;
    if (dayFirst && monthFirst && dayFirst !== monthFirst) {
      return {
        problem: say(
          `"${written}" reads two ways: ${spoken(year, second, first)} or ${spoken(year, first, second)}.`,
          `write it as ${dateForm}: ${dayFirst} for ${spoken(year, second, first)}, or ${monthFirst} for ${spoken(year, first, second)}.`,
        ),
      };
    }
    const only = dayFirst ?? monthFirst;
    if (only)
      return { problem: say(`"${written}" is not written as ${dateForm}.`, `write ${only}.`) };
    return {
      problem: say(`"${written}" is not a day on the calendar.`, `write the date as ${dateForm}.`),
    };
  }
  return {
    problem: say(`"${written}" is not a date.`, `write it as ${dateForm}, for example 2025-03-02.`),
  };
}
