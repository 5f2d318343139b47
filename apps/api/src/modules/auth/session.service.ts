// The contract of sessions as the sign-in routes use them. Implemented by sessions.ts.
import type { Request, Response } from "express";

export interface Login {
  userId: string;
  /** "demo" or the id of an OIDC provider. */
  provider: string;
  /** The provider's ID token, kept sealed to end the session at the provider on logout. */
  idToken?: string | null;
}

export interface EndedSession {
  provider: string;
  idToken: string | null;
}

/** What a started session holds besides its secret token. */
export interface StartedSession {
  userId: string;
  provider: string;
  actingOrganisationId: string | null;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionService {
  /** Starts a session and sets its cookie; a session the request already carries is ended (the id rotates). */
  start(req: Request, res: Response, login: Login): Promise<StartedSession>;
  /** Ends the request's session, if it has one, and clears the cookie; returns what the provider needs. */
  end(req: Request, res: Response): Promise<EndedSession | null>;
}
