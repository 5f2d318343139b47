import type { Router } from "express";
import type { Database } from "../../db/database";
import { createActorResolver } from "../../http/actor";
import { createUsersRepository } from "../users/users.repository";
import { defaultParametersProvider, type PolicyParametersProvider } from "./booking-policy";
import { createBookingStore } from "./booking-store.repository";
import { bookingsRouter } from "./bookings.router";

export interface BookingsModuleOptions {
  /** Honour the interim X-Sambruk-User header (docs/decisions/0008-interim-actor-header.md). */
  interimActorHeader: boolean;
  /** The clock the rules count notice and horizon from. */
  now?: () => Date;
  /** The shared-use rules' parameters per centre; the defaults when not given. */
  parameters?: PolicyParametersProvider | undefined;
}

/** The bookings endpoints, wired to the database. */
export function createBookingsModule(db: Database, { interimActorHeader, now = () => new Date(), parameters = defaultParametersProvider }: BookingsModuleOptions): Router {
  const actors = createActorResolver(createUsersRepository(db.prisma), { headerEnabled: interimActorHeader });
  return bookingsRouter({ store: createBookingStore(db.prisma), now, parameters }, actors);
}
