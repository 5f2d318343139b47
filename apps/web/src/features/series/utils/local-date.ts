import type { LocalDate } from "@sambruk/domain";

/** "2027-09-07" → { year: 2027, month: 9, day: 7 }; null when unreadable. */
export function localDateFrom(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}
