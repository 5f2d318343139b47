// CSRF: every state-changing request made with a session must carry the session's token in X-CSRF-Token.
// A cross-site page can make the browser send the cookie, but cannot read the token (it is in /auth/me).
import type { RequestHandler } from "express";
import type { Sessions } from "../modules/auth/sessions";
import { sameSecret } from "../modules/auth/session-token";
import { HttpProblem } from "./problem";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function csrfGuard(sessions: Sessions): RequestHandler {
  return async (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const state = await sessions.current(req);
    if (state.kind !== "live") return next();
    const sent = req.get("x-csrf-token");
    if (sent && sameSecret(sent, state.session.csrfToken)) return next();
    throw new HttpProblem(403, "csrf_token_invalid", "Missing or wrong CSRF token", "Send the X-CSRF-Token header with the token from /api/v1/auth/me.");
  };
}
