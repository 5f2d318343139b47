import { Router, type RequestHandler } from "express";
import type { Database } from "../../db/database";
import type { ActorResolver } from "../../http/actor";
import { defaultParametersProvider, type PolicyParametersProvider } from "../bookings/booking-policy";
import { createBookingStore } from "../bookings/booking-store.repository";
import { createDeskMovesStore } from "./desk-moves-store.repository";
import { deskMovesRouter } from "./desk-moves.router";
import { createDeskStore } from "./desk-store.repository";
import { deskRouter } from "./desk.router";

export interface DeskModuleOptions {
  actors: ActorResolver;
  /** Counts each write per user. */
  writeLimit: RequestHandler;
  /** The clock of check-in windows and no-show counts; omitted, the system clock. */
  now?: (() => Date) | undefined;
  /** The site's public URL, for the organiser's check-in link. */
  publicUrl: string;
  /** The shared-use rules' parameters per centre, for moves and walk-ins; the defaults when not given. */
  parameters?: PolicyParametersProvider | undefined;
}

/** The front desk's endpoints, wired to the database. Mount at /api/v1. */
export function createDeskModule(db: Pick<Database, "prisma">, options: DeskModuleOptions): Router {
  const deps = { store: createDeskStore(db.prisma), now: options.now ?? (() => new Date()), publicUrl: options.publicUrl };
  const moves = { store: createBookingStore(db.prisma), moves: createDeskMovesStore(db.prisma), now: deps.now, publicUrl: options.publicUrl, parameters: options.parameters ?? defaultParametersProvider };
  const router = Router();
  router.use(deskRouter(deps, options.actors, options.writeLimit));
  router.use(deskMovesRouter(moves, options.actors, options.writeLimit));
  return router;
}
