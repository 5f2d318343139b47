// Is the requested time open? Three separate answers, so the message can say why not.
import { closingHolidaysIn, openIntervals, type OpeningRules } from "../centres/open-intervals";
import type { Finding } from "../finding";
import { overlaps, type Interval } from "../time/interval";
import { formatLocalDate } from "../time/local-date";

/**
 * `outside_opening_hours` unless the whole interval lies inside one stretch of weekly opening hours (stretches
 * that touch, such as 20:00–24:00 and 00:00–02:00 the next day, count as one); `closed_holiday` for each holiday
 * it touches (unless open on holidays); `closed` when a closure overlaps it.
 */
export function openingFindings(interval: Interval, rules: OpeningRules): Finding[] {
  const findings: Finding[] = [];
  const byHours = openIntervals({ ...rules, closures: [], openOnHolidays: true }, interval);
  const [only] = byHours;
  const inside =
    byHours.length === 1 &&
    only !== undefined &&
    only.start.getTime() === interval.start.getTime() &&
    only.end.getTime() === interval.end.getTime();
  if (!inside) findings.push({ code: "outside_opening_hours", pointer: "/start" });
  for (const date of closingHolidaysIn(rules, interval)) {
    findings.push({ code: "closed_holiday", pointer: "/start", params: { date: formatLocalDate(date) } });
  }
  const closure = (rules.closures ?? []).find((c) => overlaps(c, interval));
  if (closure) {
    findings.push({
      code: "closed",
      pointer: "/start",
      params: { from: closure.start.toISOString(), to: closure.end.toISOString() },
    });
  }
  return findings;
}
