import type { Router } from "express";
import type { Database } from "../../db/database";
import { createActorResolver } from "../../http/actor";
import { createUsersRepository } from "../users/users.repository";
import { createBookingStore } from "./booking-store.repository";
import { bookingsRouter } from "./bookings.router";

/** The bookings endpoints, wired to the database; `now` is the clock the rules count notice and horizon from. */
export function createBookingsModule(db: Database, now: () => Date = () => new Date()): Router {
  const actors = createActorResolver(createUsersRepository(db.prisma));
  return bookingsRouter({ store: createBookingStore(db.prisma), now }, actors);
}
