// For the calendar feed tests: fetch a feed as text and read it back with ical.js, an independent parser, so the
// tests hold the feeds to RFC 5545 and not to what the generator happens to write.
import ICAL from "ical.js";
import type { Database } from "../../db/database";
import type { TestApp } from "../../testing/test-app";

export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  sequence: number;
  status: string | null;
  description: string | null;
  location: string | null;
  organizer: string | null;
}

export interface ParsedCalendar {
  name: string | null;
  events: ParsedEvent[];
}

export interface FeedReply {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  text: string;
}

export async function fetchFeed(app: TestApp, path: string): Promise<FeedReply> {
  const response = await fetch(app.url(path));
  return { status: response.status, contentType: response.headers.get("content-type"), cacheControl: response.headers.get("cache-control"), text: await response.text() };
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function parseCalendar(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: text(component.getFirstPropertyValue("status")),
      description: text(event.description),
      location: text(event.location),
      organizer: text(component.getFirstPropertyValue("organizer")),
    };
  });
  return { name: text(calendar.getFirstPropertyValue("x-wr-calname")), events };
}

export function eventOf(calendar: ParsedCalendar, bookingId: string): ParsedEvent | undefined {
  return calendar.events.find((event) => event.uid === `${bookingId}@sambruk`);
}

export interface InsertedBooking {
  spaceId: string;
  organisationId: string;
  bookedById: string;
  activityTypeId: string;
  start: string;
  end: string;
  title: string;
  description?: string | null;
  status?: "requested" | "confirmed" | "checked_in" | "cancelled" | "rejected";
  visibility?: "public" | "busy_only";
  bookerKind?: "service_unit" | "volunteer_group" | "resident";
}

/** A booking written straight to the table (the trigger writes the claims of a time-holding one). */
export async function insertBooking(db: Database, booking: InsertedBooking): Promise<string> {
  const { start, end, status, visibility, bookerKind, description, ...rest } = booking;
  const { id } = await db.prisma.booking.create({
    data: {
      ...rest,
      description: description ?? null,
      startsAt: new Date(start),
      endsAt: new Date(end),
      status: status ?? "confirmed",
      visibility: visibility ?? "public",
      bookerKind: bookerKind ?? "volunteer_group",
      expectedAttendees: 5,
      source: "api",
    },
    select: { id: true },
  });
  return id;
}
