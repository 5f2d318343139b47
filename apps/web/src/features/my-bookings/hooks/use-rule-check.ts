import { TZDate } from "@date-fns/tz";
import type { BookingDetail, Finding } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { useQueryClient } from "@tanstack/react-query";
import { addWeeks, formatISO, startOfISOWeek } from "date-fns";
import { evaluateCandidate } from "../../../lib/booking-rules/from-context";
import { activityTypesQueryOptions } from "../../../lib/queries/activity-types";
import { bookingContextQueryOptions } from "../../../lib/queries/booking-context";

interface Move {
  title: string;
  start: string;
  end: string;
}

/**
 * Checks a move with the shared-use rules before it is sent, on the booking context of the new time's Oslo week
 * (so weekly quotas count). Gives the refusing findings; none when the move passes or cannot be checked here
 * (the context or catalogue cannot be had): the API checks again and has the last word. A clash with another
 * booking is left to the API, whose 409 comes with free times to take.
 */
export function useRuleCheck() {
  const queryClient = useQueryClient();
  return async (booking: BookingDetail, move: Move): Promise<Finding[]> => {
    try {
      const monday = startOfISOWeek(new TZDate(Date.parse(move.start), OSLO));
      const query = { organisationId: booking.organisation.id, from: formatISO(monday), to: formatISO(addWeeks(monday, 1)) };
      const [context, activityTypes] = await Promise.all([
        queryClient.fetchQuery(bookingContextQueryOptions(booking.spaceId, query)),
        queryClient.fetchQuery(activityTypesQueryOptions()),
      ]);
      const activityType = activityTypes.find((type) => type.id === booking.activityTypeId);
      if (!activityType) return [];
      const decision = evaluateCandidate(context, {
        activityType,
        title: move.title,
        description: booking.description,
        expectedAttendees: booking.expectedAttendees,
        start: move.start,
        end: move.end,
        ignoreBookingId: booking.id,
      });
      return decision.findings
        .filter((finding) => finding.severity === "refuse" && finding.rule !== "conflicts")
        .map(({ code, pointer, params }) => ({ code, ...(pointer ? { pointer } : {}), ...(params ? { params: { ...params } } : {}) }));
    } catch {
      return [];
    }
  };
}
