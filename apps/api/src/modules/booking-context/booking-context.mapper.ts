// The loaded context on the wire. Other organisations' bookings keep only what the rules read: no title, no
// organisation; their owner is "other".
import type { BookingContext } from "@sambruk/contracts";
import { formatLocalDate, OSLO, rulesForSpace, type Interval } from "@sambruk/domain";
import { toSpaceDto } from "../spaces/spaces.mapper";
import type { LoadedBookingContext } from "./booking-context.service";

export const OTHER_OWNER = "other";

const toIntervalDto = (interval: Interval) => ({ start: interval.start.toISOString(), end: interval.end.toISOString() });

export function toBookingContextDto(loaded: LoadedBookingContext): BookingContext {
  const { space, centre, organisation } = loaded;
  const opening = rulesForSpace(centre, space.id);
  return {
    now: loaded.now.toISOString(),
    space: toSpaceDto(space),
    spaces: centre.spaces.map(toSpaceDto),
    opening: {
      weeklyHours: opening.weeklyHours.map((hours) => ({ ...hours })),
      closures: (opening.closures ?? []).map(toIntervalDto),
      holidays: (opening.holidays ?? []).map(formatLocalDate),
      openOnHolidays: opening.openOnHolidays ?? false,
      timeZone: opening.timeZone ?? OSLO,
    },
    staffedHours: centre.staffedHours.map((hours) => ({ ...hours })),
    // The word screen's terms stay on the server: a list of the words that send a request to review would
    // teach how to avoid them. The server screens the text on check and submit.
    parameters: { ...loaded.parameters, wordScreen: { terms: [] } },
    booker: {
      kind: loaded.bookerKind,
      organisationKind: organisation.kind === "resident" ? null : organisation.kind,
      ownerId: organisation.id,
      verified: organisation.verified,
      keyAgreement: organisation.hasKeyAgreement,
      houseService: organisation.houseService,
    },
    bookings: loaded.bookings.map((booking) => ({
      id: booking.id,
      spaceId: booking.spaceId,
      status: booking.status,
      ...toIntervalDto(booking),
      ownerId: booking.ownerId === organisation.id ? organisation.id : OTHER_OWNER,
      bookerKind: booking.bookerKind,
      tags: [...booking.tags],
      targeted: booking.targeted,
    })),
  };
}
