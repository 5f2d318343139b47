import { z } from "zod";
import { Id, Instant } from "./common";

/** Public feeds reach this many days back, and every feed this many days ahead. */
export const CALENDAR_FEED_PAST_DAYS = 30;
export const CALENDAR_FEED_FUTURE_DAYS = 365;

/** GET /ical/spaces/{id}.ics, GET /ical/centres/{id}.ics, DELETE /ical/feeds/{id}. */
export const CalendarFeedPathParams = z.strictObject({ id: Id });

/** GET /ical/feeds/{token}.ics: any text; a token that opens no live feed is 404, whatever its shape. */
export const CalendarFeedTokenParams = z.strictObject({ token: z.string() });

/** POST /ical/feeds: the signed-in user's own bookings, or with `organisationId` those of an organisation they belong to. */
export const CreateCalendarFeed = z.strictObject({ organisationId: Id.nullable().optional() });
export type CreateCalendarFeed = z.infer<typeof CreateCalendarFeed>;

/** A personal feed as its owner sees it: never the token, which only its URL at creation carries. */
export const CalendarFeed = z.object({
  id: Id,
  /** Null: the owner's own bookings. */
  organisationId: Id.nullable(),
  createdAt: Instant,
  revokedAt: Instant.nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const CalendarFeedList = z.array(CalendarFeed);

/** A feed just revoked: its URL answers 404 from now on. */
export const RevokedCalendarFeed = CalendarFeed.extend({ revokedAt: Instant });
export type RevokedCalendarFeed = z.infer<typeof RevokedCalendarFeed>;

/** A feed just made: `url` holds the secret token, shown this once. */
export const CreatedCalendarFeed = CalendarFeed.extend({ url: z.url() });
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeed>;
