// Dates on Oslo's wall clock, as the seed places its demo data: by weeks (this week is week 0) and weekdays.

/** The date in Oslo of an instant, "yyyy-MM-dd". */
export function osloDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(instant);
}

/** `days` days after the date "yyyy-MM-dd" (calendar days, whatever the clocks do). */
export function addDays(date: string, days: number): string {
  const noon = new Date(`${date}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  return noon.toISOString().slice(0, 10);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of `weeks` weeks after the current week in Oslo, "yyyy-MM-dd". */
export function weekdayOfWeek(isoWeekday: number, weeks: number, now = new Date()): string {
  const today = osloDate(now);
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(today, 7 * weeks + isoWeekday - 1 - weekday);
}

/** 12:00 UTC on the date: 13:00 or 14:00 in Oslo, a browser clock for that day. */
export function noonUtcOf(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
