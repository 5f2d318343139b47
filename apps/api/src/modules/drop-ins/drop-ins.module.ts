// The drop-in routes with what they run on: the store, the clock, the retention and the per-address limit.
import type { Router } from "express";
import type { AuthConfig } from "../../config/auth-config";
import type { Database } from "../../db/database";
import type { ActorResolver } from "../../http/actor";
import { rateLimit } from "../../http/rate-limit";
import type { RateLimitRepository } from "../auth/rate-limit.repository";
import { createDropInStore } from "./drop-ins-store.repository";
import { dropInsRouter } from "./drop-ins.router";

export interface DropInsOptions {
  actors: ActorResolver;
  limits: RateLimitRepository;
  config: Pick<AuthConfig, "appointments">;
}

export function createDropInsModule(db: Pick<Database, "prisma">, options: DropInsOptions): Router {
  const { perMinute, retentionHours } = options.config.appointments;
  const appointmentLimit = rateLimit(options.limits, { key: (req) => `appointment:${req.ip ?? "unknown"}`, perMinute });
  const deps = { store: createDropInStore(db.prisma), now: () => new Date(), retentionHours };
  return dropInsRouter(deps, options.actors, appointmentLimit);
}
