/** Dates in the search indexes are whole days since 1970-01-01 (UTC): small numbers on the wire. */

const dayLength = 86_400_000;

/** The day number of a date. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / dayLength);
}

/** The date (midnight UTC) of a day number. */
export function dateOfDay(day: number): Date {
  return new Date(day * dayLength);
}
