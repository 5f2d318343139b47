// Fixed-window rate limits counted in PostgreSQL, so every API node shares them. Over the limit: 429 with
// Retry-After, as a problem document.
import type { Request, RequestHandler } from "express";
import type { RateLimitRepository } from "../modules/auth/rate-limit.repository";
import { HttpProblem } from "./problem";

export const RATE_WINDOW_MS = 60_000;

export class TooManyRequests extends HttpProblem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "too_many_requests", "Too many requests", `Too many attempts. Try again in ${String(retryAfterSeconds)} seconds.`);
  }
}

export interface RateLimit {
  /** Which bucket the request counts in, e.g. "login:<address>"; null to not count it. */
  key(req: Request): Promise<string | null> | string | null;
  perMinute: number;
}

export function rateLimit(repository: RateLimitRepository, limit: RateLimit, now: () => Date = () => new Date()): RequestHandler {
  return async (req, res, next) => {
    const key = await limit.key(req);
    if (key === null) return next();
    const at = now().getTime();
    const windowStart = at - (at % RATE_WINDOW_MS);
    const hits = await repository.hit(key, new Date(windowStart));
    res.setHeader("RateLimit-Limit", String(limit.perMinute));
    res.setHeader("RateLimit-Remaining", String(Math.max(0, limit.perMinute - hits)));
    if (hits > limit.perMinute) throw new TooManyRequests(Math.max(1, Math.ceil((windowStart + RATE_WINDOW_MS - at) / 1000)));
    next();
  };
}
