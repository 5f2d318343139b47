// Who is calling. Until sign-in exists, the caller names an existing user in the X-Sambruk-User header
// (see docs/decisions/0008-interim-actor-header.md). Handlers receive the Actor as a parameter.
import type { Request } from "express";
import { bookerKindFor, type Actor } from "@sambruk/domain";
import { z } from "zod";
import type { UsersRepository } from "../modules/users/users.repository";
import { HttpProblem } from "./problem";

export const ACTOR_HEADER = "x-sambruk-user";

const UserId = z.uuid();

export interface ActorResolver {
  /** The calling user, or a 401 problem. */
  require(req: Request): Promise<Actor>;
}

/** `headerEnabled: false` refuses every write until real sign-in exists (the default in production). */
export function createActorResolver(users: UsersRepository, { headerEnabled }: { headerEnabled: boolean }): ActorResolver {
  return {
    async require(req) {
      if (!headerEnabled) {
        throw new HttpProblem(401, "authentication_required", "Authentication required", "Sign-in is not available on this server yet.");
      }
      const header = req.headers[ACTOR_HEADER];
      const parsed = UserId.safeParse(header);
      const user = parsed.success ? await users.findById(parsed.data) : null;
      if (!user) {
        const detail = header === undefined ? "This request needs a signed-in user." : "The user of this request is not known.";
        throw new HttpProblem(401, "authentication_required", "Authentication required", detail);
      }
      return {
        userId: user.id,
        organisationId: user.organisationId,
        role: user.role,
        bookerKind: bookerKindFor(user.role, user.organisationKind),
      };
    },
  };
}

export function forbidden(detail: string): HttpProblem {
  return new HttpProblem(403, "forbidden", "Forbidden", detail);
}

/** 403 unless the actor is an administrator. */
export function requireAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw forbidden("Only an administrator may change this.");
}

export function requestIdOf(req: Request): string | null {
  return req.id === undefined ? null : String(req.id);
}
