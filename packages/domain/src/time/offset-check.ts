// ISO 8601 date-times with an offset, checked against the real offset of the zone at that instant.
import type { Finding } from "../finding";
import { isValidLocalDate, wallEpochOf } from "./local-date";
import { offsetMsAt } from "./offset-segments";
import { OSLO } from "./zoned";

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const MINUTE_MS = 60_000;

export type OffsetCheck = { ok: true; instant: Date } | { ok: false; finding: Finding };

/**
 * Parses "2026-03-29T03:30:00+02:00" and verifies that the offset is the zone's real offset at that instant, so
 * the wall-clock time written in the string is one the zone's clocks really showed. "02:30+01:00" on 2026-03-29
 * names a wall time Oslo skipped and is refused with `offset_mismatch`; on 2026-10-25 both "02:30+02:00" and
 * "02:30+01:00" are real and accepted (the first and the second 02:30). "Z" is accepted as an explicit UTC
 * instant that claims no local wall time; a numeric offset, "+00:00" included, must be the zone's.
 * Other codes: `offset_missing` (no offset at all), `invalid_datetime` (anything else that is not a date-time).
 */
export function checkOffset(iso: string, timeZone: string = OSLO): OffsetCheck {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match) return refuse("invalid_datetime");
  const [, year, month, day, hour, minute, second = "0", fraction = "", offset] = match;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second);
  if (!isValidLocalDate(date) || h > 23 || m > 59 || s > 59) return refuse("invalid_datetime");
  if (offset === undefined) return refuse("offset_missing");
  const wall = wallEpochOf(date) + (h * 60 + m) * MINUTE_MS + s * 1000 + Number(fraction.padEnd(3, "0").slice(0, 3));
  if (offset === "Z") return { ok: true, instant: new Date(wall) };
  const sign = offset.startsWith("-") ? -1 : 1;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (offsetHours > 23 || offsetMinutes > 59) return refuse("invalid_datetime");
  const givenMs = sign * (offsetHours * 60 + offsetMinutes) * MINUTE_MS;
  const instant = wall - givenMs;
  const expectedMs = offsetMsAt(timeZone, instant);
  if (expectedMs !== givenMs) {
    return refuse("offset_mismatch", { given: offset, expected: formatOffset(expectedMs), timeZone });
  }
  return { ok: true, instant: new Date(instant) };
}

/** "+02:00" for two hours ahead of UTC. */
export function formatOffset(offsetMs: number): string {
  const total = Math.round(Math.abs(offsetMs) / MINUTE_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${offsetMs < 0 ? "-" : "+"}${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

function refuse(code: Finding["code"], params?: Finding["params"]): OffsetCheck {
  return { ok: false, finding: params ? { code, params } : { code } };
}
