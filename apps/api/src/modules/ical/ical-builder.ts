// Bookings as iCalendar (RFC 5545), with ical-generator. Times in UTC; the UID is stable per booking and
// SEQUENCE follows its version, so a subscribed calendar updates a moved booking instead of adding a copy.
// Public feeds show a public booking's title and organiser, and anything else only as busy; personal feeds
// show the title, the place and the status. Never a description (free text may hold personal data), never
// who booked.
import ical, { ICalEventStatus, type ICalEventData } from "ical-generator";
import type { BookingStatus, Sensitivity } from "@sambruk/domain";
import type { FeedBooking } from "./ical-bookings.repository";

export const BUSY_SUMMARY = "Opptatt";
const PRODUCT = { company: "Asker kommune", product: "Sambruk", language: "NB" };
/** How often subscribers should fetch again: public feeds hourly, personal feeds every 15 minutes. */
const PUBLIC_TTL_SECONDS = 3600;
const PERSONAL_TTL_SECONDS = 900;

/** Activity types that never show more than busy time in public, whatever the booking's visibility. */
const WITHHELD: ReadonlySet<Sensitivity> = new Set(["discreet", "shielded", "security"]);

export function uidOf(bookingId: string): string {
  return `${bookingId}@sambruk`;
}

/** A space's or a centre's feed: the public see a title and organiser only where the public programme would. */
export function publicCalendar(name: string, bookings: readonly FeedBooking[]): string {
  return calendar(name, PUBLIC_TTL_SECONDS, bookings.map(publicEvent));
}

/** A user's or an organisation's own bookings, for those who see them in full; ended ones stay as cancelled. */
export function personalCalendar(name: string, bookings: readonly FeedBooking[]): string {
  return calendar(name, PERSONAL_TTL_SECONDS, bookings.map(personalEvent));
}

function calendar(name: string, ttl: number, events: ICalEventData[]): string {
  return ical({ name, prodId: PRODUCT, ttl, events }).toString();
}

function publicEvent(booking: FeedBooking): ICalEventData {
  const busy = booking.visibility === "busy_only" || WITHHELD.has(booking.sensitivity);
  // A resident's "organisation" is the person: no organiser then.
  const organiser = busy || booking.organisation.kind === "resident" ? null : booking.organisation.name;
  return {
    ...common(booking),
    summary: busy ? BUSY_SUMMARY : booking.title,
    // Our own line, never the booking's description. ORGANIZER would need an e-mail address.
    description: organiser ? `Arrangør: ${organiser}` : null,
    status: ICalEventStatus.CONFIRMED,
  };
}

function personalEvent(booking: FeedBooking): ICalEventData {
  return { ...common(booking), summary: booking.title, status: statusOf(booking.status) };
}

function common(booking: FeedBooking): Omit<ICalEventData, "summary"> {
  const { centre } = booking;
  return {
    id: uidOf(booking.id),
    start: booking.start,
    end: booking.end,
    stamp: booking.updatedAt,
    sequence: booking.version,
    location: `${booking.space.name}, ${centre.name}, ${centre.streetAddress}, ${centre.postalCode} ${centre.postalTown}`,
  };
}

/** Requests are tentative; rejected, released and bumped bookings are gone like cancelled ones. */
function statusOf(status: BookingStatus): ICalEventStatus {
  if (status === "confirmed" || status === "checked_in") return ICalEventStatus.CONFIRMED;
  if (status === "requested") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CANCELLED;
}
