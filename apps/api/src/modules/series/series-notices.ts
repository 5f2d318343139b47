// Closures and holidays that came after an occurrence was booked: the sweep marks each booked occurrence still to
// come that a closure (of its centre or its space) or a public holiday now hits with a notice, so the organiser can
// act on it, and clears notices that no longer apply (the closure was lifted). The bookings themselves stay.
import { formatLocalDate, intervalBetween, localDateOf, overlaps, publicHolidayOn } from "@sambruk/domain";
import type { Database } from "../../db/database";
import { requestHashOf } from "../bookings/idempotency";
import { notify } from "../notifications/notify";
import { findClosures, findUpcomingOccurrences, setNotice, type ClosureRow, type UpcomingOccurrence } from "./series-notices.repository";

export interface SeriesNotice {
  code: "closed" | "holiday";
  params: Record<string, string>;
}

/** Returns how many occurrences' notices changed. */
export async function markSeriesNotices({ prisma: db }: Pick<Database, "prisma">, now: Date): Promise<number> {
  const upcoming = await findUpcomingOccurrences(db, now);
  if (upcoming.length === 0) return 0;
  const range = intervalBetween(Math.min(...upcoming.map((o) => o.start.getTime())), Math.max(...upcoming.map((o) => o.end.getTime())));
  const closures = await findClosures(db, [...new Set(upcoming.map((o) => o.centreId))], [...new Set(upcoming.map((o) => o.spaceId))], range);
  let changed = 0;
  for (const occurrence of upcoming) {
    const notice = noticeOf(occurrence, closures);
    // Compared as canonical JSON: the database keeps a JSON object's keys in an order of its own.
    if (requestHashOf(notice) === requestHashOf(occurrence.notice ?? null)) continue;
    // A new notice tells the organiser in the same transaction; a cleared one needs no message.
    await db.$transaction(async (tx) => {
      await setNotice(tx, occurrence.seriesId, occurrence.date, notice ? { code: notice.code, params: notice.params } : null);
      if (notice) {
        const reason = notice.code === "closed" ? (notice.params.reason ?? "") : (notice.params.nameNb ?? "");
        await notify(tx, { kind: "series_notice", bookingId: occurrence.bookingId, userId: occurrence.bookedById, params: { reason } }, now);
      }
    });
    changed += 1;
  }
  return changed;
}

export function noticeOf(occurrence: UpcomingOccurrence, closures: readonly ClosureRow[]): SeriesNotice | null {
  const date = formatLocalDate(localDateOf(occurrence.start, occurrence.timeZone));
  const closure = closures.find(
    (c) => (c.centreId === occurrence.centreId || c.spaceId === occurrence.spaceId) && overlaps(c, occurrence),
  );
  if (closure) return { code: "closed", params: { date, reason: closure.reason, start: closure.start.toISOString(), end: closure.end.toISOString() } };
  const holiday = occurrence.openOnHolidays ? null : publicHolidayOn(localDateOf(occurrence.start, occurrence.timeZone));
  if (holiday) return { code: "holiday", params: { date, nameNb: holiday.name.nb, nameEn: holiday.name.en } };
  return null;
}
