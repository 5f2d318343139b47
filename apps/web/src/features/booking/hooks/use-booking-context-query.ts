import { TZDate } from "@date-fns/tz";
import { addWeeks, formatISO, startOfISOWeek } from "date-fns";
import type { BookingContextQuery } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { useMemo } from "react";
import { useBookingContext } from "../../../lib/queries/booking-context";

/**
 * The booking context for the organisation, over the Oslo week (Monday to Monday) of the chosen day, so weekly
 * quotas and shares can be judged; asked again only when the week or the organisation changes.
 */
export function useBookingContextForWeek(spaceId: string, organisationId: string, date: string) {
  const query = useMemo((): BookingContextQuery | null => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!spaceId || !organisationId || !day) return null;
    const monday = startOfISOWeek(new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12, 0, OSLO));
    if (Number.isNaN(monday.getTime())) return null;
    return { organisationId, from: formatISO(monday), to: formatISO(addWeeks(monday, 1)) };
  }, [spaceId, organisationId, date]);
  return useBookingContext(spaceId, query);
}
