// The calendar file attached to a confirmation: one event, in UTC, with a UID stable per booking, so importing
// it again updates the same entry instead of adding another.
import ical, { ICalCalendarMethod } from "ical-generator";
import type { NotificationBooking } from "@sambruk/domain";

export interface IcsBooking extends NotificationBooking {
  id: string;
  /** Where the booking is seen in the app. */
  url: string;
  /** The space's line in the location when its name is withheld (discreet). */
  askDesk: string;
}

export function bookingIcs(booking: IcsBooking, stamp: Date): string {
  const calendar = ical({ prodId: { company: "Asker kommune", product: "Sambruk", language: "NB" }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${booking.id}@sambruk`,
    start: booking.startsAt,
    end: booking.endsAt,
    stamp,
    summary: booking.title,
    location: `${booking.spaceName ?? booking.askDesk}, ${booking.centreName}`,
    url: booking.url,
  });
  return calendar.toString();
}
