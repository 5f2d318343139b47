import type { Router } from "express";
import type { Database } from "../../db/database";
import { createDeskMovesStore } from "../desk/desk-moves-store.repository";
import { offersRouter } from "./offers.router";

export interface OffersModuleOptions {
  /** The clock offers expire by; omitted, the system clock. */
  now?: (() => Date) | undefined;
  /** The site's public URL, for the check-in link of the confirmation. */
  publicUrl: string;
}

/** The offer links' endpoints, wired to the database. Mount at /api/v1/offers. */
export function createOffersModule(db: Pick<Database, "prisma">, options: OffersModuleOptions): Router {
  return offersRouter({ moves: createDeskMovesStore(db.prisma), now: options.now ?? (() => new Date()), publicUrl: options.publicUrl });
}
