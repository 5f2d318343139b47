import type { RequestHandler, Router } from "express";
import type { Database } from "../../db/database";
import type { ActorResolver } from "../../http/actor";
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
}

/** The front desk's endpoints, wired to the database. Mount at /api/v1. */
export function createDeskModule(db: Pick<Database, "prisma">, options: DeskModuleOptions): Router {
  const deps = { store: createDeskStore(db.prisma), now: options.now ?? (() => new Date()), publicUrl: options.publicUrl };
  return deskRouter(deps, options.actors, options.writeLimit);
}
