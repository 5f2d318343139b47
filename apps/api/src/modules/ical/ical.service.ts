// The calendar feeds' use cases: the public feed of a space or a centre, the personal feed a token opens,
// and a user's own feeds (create, list, revoke).
import { CALENDAR_FEED_FUTURE_DAYS, CALENDAR_FEED_PAST_DAYS, type CalendarFeed, type CreatedCalendarFeed, type RevokedCalendarFeed } from "@sambruk/contracts";
import { membershipOf, type Actor, type Interval } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { notFound } from "../../http/problem";
import type { CalendarFeedsRepository, FeedRecord } from "./calendar-feeds.repository";
import { hashFeedToken, newFeedToken } from "./feed-tokens";
import { personalCalendar, publicCalendar } from "./ical-builder";
import type { FeedBookingsRepository } from "./ical-bookings.repository";

export interface IcalDeps {
  bookings: FeedBookingsRepository;
  feeds: CalendarFeedsRepository;
  now: () => Date;
  /** Where the API is reached from outside, for the feed URLs. */
  publicUrl: string;
}

const DAY_MS = 24 * 3600_000;
/** Every feed's window, counted from now. */
function feedWindow(now: Date): Interval {
  return { start: new Date(now.getTime() - CALENDAR_FEED_PAST_DAYS * DAY_MS), end: new Date(now.getTime() + CALENDAR_FEED_FUTURE_DAYS * DAY_MS) };
}

export async function spaceCalendar(deps: IcalDeps, spaceId: string): Promise<string> {
  const space = await deps.bookings.findSpace(spaceId);
  if (!space) throw notFound(`No space with id ${spaceId}.`);
  const bookings = await deps.bookings.findPublic({ spaceId }, feedWindow(deps.now()));
  return publicCalendar(`${space.name}, ${space.centreName}`, bookings);
}

export async function centreCalendar(deps: IcalDeps, centreId: string): Promise<string> {
  const centre = await deps.bookings.findCentre(centreId);
  if (!centre) throw notFound(`No centre with id ${centreId}.`);
  return publicCalendar(centre.name, await deps.bookings.findPublic({ centreId }, feedWindow(deps.now())));
}

/** The feed a token opens; an unknown or revoked token, or an owner no longer a member, is the same 404. */
export async function tokenCalendar(deps: IcalDeps, token: string): Promise<string> {
  const feed = await deps.feeds.openByTokenHash(hashFeedToken(token));
  if (!feed || (feed.organisation && !feed.organisation.ownerIsMember)) throw notFound("No such calendar feed.");
  const range = feedWindow(deps.now());
  if (feed.organisation) return personalCalendar(`${feed.organisation.name} (Sambruk)`, await deps.bookings.findOwn({ organisationId: feed.organisation.id }, range));
  return personalCalendar("Mine bookinger (Sambruk)", await deps.bookings.findOwn({ bookedById: feed.ownerId }, range));
}

/** A member of an organisation sees its bookings in full (see `can`, booking.view): only they get its feed. */
export async function createFeed(deps: IcalDeps, actor: Actor, organisationId: string | null): Promise<CreatedCalendarFeed> {
  if (organisationId && !membershipOf(actor, organisationId)) throw forbidden("Only a member of the organisation may subscribe to its bookings.");
  const token = newFeedToken();
  const feed = await deps.feeds.create({ tokenHash: hashFeedToken(token), ownerId: actor.userId, organisationId });
  return { ...toCalendarFeed(feed), url: `${deps.publicUrl.replace(/\/+$/, "")}/api/v1/ical/feeds/${token}.ics` };
}

export async function listFeeds(deps: IcalDeps, actor: Actor): Promise<CalendarFeed[]> {
  return (await deps.feeds.listLive(actor.userId)).map(toCalendarFeed);
}

export async function revokeFeed(deps: IcalDeps, actor: Actor, id: string): Promise<RevokedCalendarFeed> {
  const revokedAt = deps.now();
  const feed = await deps.feeds.revoke(id, actor.userId, revokedAt);
  if (!feed) throw notFound(`No calendar feed with id ${id}.`);
  return { ...toCalendarFeed(feed), revokedAt: revokedAt.toISOString() };
}

function toCalendarFeed(feed: FeedRecord): CalendarFeed {
  return { id: feed.id, organisationId: feed.organisationId, createdAt: feed.createdAt.toISOString(), revokedAt: feed.revokedAt?.toISOString() ?? null };
}
