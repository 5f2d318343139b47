import type { ActivityType, SeriesInput } from "@sambruk/contracts";
import { rruleFromChoices } from "@sambruk/domain";
import { requestOf, type BookingValues } from "./booking-values";
import { choicesOf } from "./repeat-values";
import { normaliseTime } from "../../../lib/wall-clock";

/**
 * What POST /series/preview gets from the form: the single booking's fields, the first date and the times on
 * Oslo's wall clock, and the RRULE the domain builds from the repeat choices; null while something is missing.
 */
export function seriesInputOf(values: BookingValues, activityType: ActivityType | undefined): SeriesInput | null {
  const single = requestOf(values, activityType);
  const choices = choicesOf(values.repeat, values.date);
  const startTime = normaliseTime(values.startTime);
  const endTime = normaliseTime(values.endTime);
  if (!single || !choices || startTime === null || endTime === null) return null;
  const { spaceId, organisationId, activityTypeId, title, description, expectedAttendees, visibility, dropIn } = single;
  return {
    spaceId,
    organisationId,
    activityTypeId,
    title,
    ...(description === undefined ? {} : { description }),
    expectedAttendees,
    ...(visibility === undefined ? {} : { visibility }),
    firstDate: values.date,
    startTime,
    endTime,
    rrule: rruleFromChoices(choices),
    ...(dropIn === undefined ? {} : { dropIn }),
  };
}
