// Who is calling: the user of the request's session, with their memberships and front-desk centres, acting
// for the organisation the session names. Handlers receive the Actor as a parameter.
import type { Request } from "express";
import { can, type Actor } from "@sambruk/domain";
import type { Sessions } from "../modules/auth/sessions";
import type { PrincipalRecord, UsersRepository } from "../modules/users/users.repository";
import { HttpProblem } from "./problem";

export interface SignedIn {
  actor: Actor;
  principal: PrincipalRecord;
  csrfToken: string;
  provider: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface ActorResolver {
  /** The signed-in caller, or a 401 problem (`session_expired` when the cookie no longer opens a session). */
  require(req: Request): Promise<Actor>;
  /** The signed-in caller, or null for the public. */
  optional(req: Request): Promise<Actor | null>;
  /** The caller with what /auth/me shows, or a 401 problem. */
  signedIn(req: Request): Promise<SignedIn>;
}

export function authenticationRequired(): HttpProblem {
  return new HttpProblem(401, "authentication_required", "Authentication required", "Sign in to do this.");
}

function sessionExpired(): HttpProblem {
  return new HttpProblem(401, "session_expired", "Session expired", "Your session has ended. Sign in again; nothing you typed is lost.");
}

export function actorOf(principal: PrincipalRecord, actingOrganisationId: string | null): Actor {
  const acting = principal.memberships.some((m) => m.organisationId === actingOrganisationId) ? actingOrganisationId : null;
  return {
    userId: principal.id,
    isAdmin: principal.isAdmin,
    frontDeskCentreIds: principal.frontDeskCentres.map((centre) => centre.id),
    memberships: principal.memberships.map(({ organisationId, organisationKind, role }) => ({ organisationId, organisationKind, role })),
    actingOrganisationId: acting,
  };
}

export function createActorResolver(sessions: Sessions, users: UsersRepository): ActorResolver {
  const loaded = new WeakMap<Request, Promise<SignedIn | "ended" | null>>();

  async function load(req: Request): Promise<SignedIn | "ended" | null> {
    const state = await sessions.current(req);
    if (state.kind === "none") return null;
    if (state.kind === "ended") return "ended";
    const { session } = state;
    const principal = await users.findPrincipal(session.userId);
    if (!principal) return "ended";
    return {
      actor: actorOf(principal, session.actingOrganisationId),
      principal,
      csrfToken: session.csrfToken,
      provider: session.provider,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
    };
  }

  const resolve = (req: Request) => {
    let result = loaded.get(req);
    if (!result) {
      result = load(req);
      loaded.set(req, result);
    }
    return result;
  };

  async function signedIn(req: Request): Promise<SignedIn> {
    const result = await resolve(req);
    if (result === null) throw authenticationRequired();
    if (result === "ended") throw sessionExpired();
    return result;
  }

  return {
    signedIn,
    require: async (req) => (await signedIn(req)).actor,
    async optional(req) {
      const result = await resolve(req);
      return result === null || result === "ended" ? null : result.actor;
    },
  };
}

export function forbidden(detail: string): HttpProblem {
  return new HttpProblem(403, "forbidden", "Forbidden", detail);
}

/** 403 unless the actor may change the configuration (rules, catalogue): an administrator. */
export function requireAdmin(actor: Actor): void {
  if (!can(actor, "configuration.change", {})) throw forbidden("Only an administrator may change this.");
}

export function requestIdOf(req: Request): string | null {
  return req.id === undefined ? null : String(req.id);
}
