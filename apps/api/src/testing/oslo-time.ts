// Wall-clock times in Oslo for tests, as the ISO strings a client sends ("2027-03-28T10:00:00+02:00").
import {
  addDays,
  formatOffset,
  instantAt,
  isPublicHoliday,
  localDateOf,
  OSLO,
  parseWallTime,
  wallEpochOf,
  type LocalDate,
} from "@sambruk/domain";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date `daysAhead` days from today in Oslo, moved on past public holidays (centres close on them). */
export function futureDay(daysAhead: number, now: Date = new Date()): LocalDate {
  let date = addDays(localDateOf(now, OSLO), daysAhead);
  while (isPublicHoliday(date)) date = addDays(date, 1);
  return date;
}

/** "HH:mm" on the date in Oslo, with the offset Oslo really has then; the later one of a repeated time. */
export function osloIso(date: LocalDate, time: string): string {
  const minute = parseWallTime(time);
  if (minute === null) throw new Error(`not a wall time: ${time}`);
  const result = instantAt(date, minute, OSLO);
  if (result.kind === "nonexistent") throw new Error(`${time} does not exist in Oslo on that day`);
  const instant = result.kind === "exact" ? result.instant : result.later;
  const offset = formatOffset(wallEpochOf(date) + minute * 60_000 - instant.getTime());
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${time}:00${offset}`;
}

/** The next last Sunday of March (clocks go from 02:00 to 03:00) at least `minDaysAhead` days away. */
export function nextSpringForward(minDaysAhead = 1, now: Date = new Date()): LocalDate {
  const earliest = addDays(localDateOf(now, OSLO), minDaysAhead);
  for (let year = earliest.year; ; year += 1) {
    const lastOfMarch = new Date(Date.UTC(year, 2, 31)).getUTCDay();
    const day: LocalDate = { year, month: 3, day: 31 - lastOfMarch };
    if (wallEpochOf(day) >= wallEpochOf(earliest)) return day;
  }
}
