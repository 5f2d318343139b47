import type { Router } from "express";
import type { Database } from "../../db/database";
import { bookingsDeps, type BookingsModuleOptions } from "../bookings/bookings.module";
import { createWaitlistStore } from "./waitlist-store.repository";
import type { WaitlistDeps } from "./waitlist.deps";
import { waitlistRouter } from "./waitlist.router";
import type { WaitlistSettings } from "./waitlist-settings";

export type WaitlistModuleOptions = BookingsModuleOptions & { waitlist: WaitlistSettings };

/** The waitlist endpoints, wired to the database. Mount at /api/v1/waitlist. */
export function createWaitlistModule(db: Database, options: WaitlistModuleOptions): Router {
  const bookings = bookingsDeps(db, options);
  const deps: WaitlistDeps = { bookings, store: createWaitlistStore(db.prisma, options.waitlist), now: bookings.now };
  return waitlistRouter(deps, options.actors, options.writeLimit);
}
