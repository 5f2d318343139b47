import type { Router } from "express";
import type { Database } from "../../db/database";
import { bookingsDeps, type BookingsModuleOptions } from "../bookings/bookings.module";
import type { SeriesDeps } from "./series.deps";
import { seriesRouter } from "./series.router";
import { createSeriesStore } from "./series-store.repository";

export function seriesDeps(db: Database, options: Pick<BookingsModuleOptions, "now" | "parameters">): SeriesDeps {
  return { ...bookingsDeps(db, options), series: createSeriesStore(db.prisma) };
}

/** The series endpoints, wired to the database; the same options as the bookings module. */
export function createSeriesModule(db: Database, options: BookingsModuleOptions): Router {
  return seriesRouter(seriesDeps(db, options), options.actors, options.writeLimit);
}
