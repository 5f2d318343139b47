import type { RequestHandler, Router } from "express";
import type { Database } from "../../db/database";
import type { ActorResolver } from "../../http/actor";
import { defaultParametersProvider, type PolicyParametersProvider } from "./booking-policy";
import { createBookingStore } from "./booking-store.repository";
import type { BookingsDeps } from "./bookings.deps";
import { bookingsRouter } from "./bookings.router";
import type { WaitlistSettings } from "../waitlist/waitlist-settings";

export interface BookingsModuleOptions {
  actors: ActorResolver;
  /** Counts each booking write per user. */
  writeLimit: RequestHandler;
  /** The clock the rules count notice and horizon from. */
  now?: () => Date;
  /** The shared-use rules' parameters per centre; the defaults when not given. */
  parameters?: PolicyParametersProvider | undefined;
  /** The site's public URL, for links in notifications; the local default when not given. */
  publicUrl?: string | undefined;
  /** How freed time is offered to the waitlist; the defaults when not given. */
  waitlist?: WaitlistSettings | undefined;
}

export function bookingsDeps(
  db: Database,
  { now = () => new Date(), parameters = defaultParametersProvider, publicUrl, waitlist }: Pick<BookingsModuleOptions, "now" | "parameters" | "publicUrl" | "waitlist">,
): BookingsDeps {
  return { store: createBookingStore(db.prisma, waitlist), now, parameters, ...(publicUrl ? { publicUrl } : {}) };
}

/** The bookings endpoints, wired to the database. */
export function createBookingsModule(db: Database, options: BookingsModuleOptions): Router {
  return bookingsRouter(bookingsDeps(db, options), options.actors, options.writeLimit);
}
