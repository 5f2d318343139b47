// The calendar feed routes with what they run on: the repositories, the clock and the public URL.
import type { RequestHandler, Router } from "express";
import type { Database } from "../../db/database";
import type { ActorResolver } from "../../http/actor";
import { createCalendarFeedsRepository } from "./calendar-feeds.repository";
import { createFeedBookingsRepository } from "./ical-bookings.repository";
import { icalRouter } from "./ical.router";

export interface IcalOptions {
  actors: ActorResolver;
  writeLimit: RequestHandler;
  publicUrl: string;
  now?: () => Date;
}

export function createIcalModule(db: Pick<Database, "prisma">, options: IcalOptions): Router {
  const deps = {
    bookings: createFeedBookingsRepository(db.prisma),
    feeds: createCalendarFeedsRepository(db.prisma),
    now: options.now ?? (() => new Date()),
    publicUrl: options.publicUrl,
  };
  return icalRouter(deps, options.actors, options.writeLimit);
}
