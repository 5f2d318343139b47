import { z } from "zod";
import { LoginQuery, ProviderPathParams } from "../auth";
import { problemResponse, problemResponses, redirectResponse, type ApiRoute } from "./route";

/** What the provider sends back to the callback (RFC 6749 §4.1.2, RFC 9207). */
const CallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

const providerParam = { provider: "The id of a sign-in provider, as `GET /api/v1/auth/providers` lists them." };
const noProvider = problemResponse("There is no such sign-in provider.", ["not_found"]);
const tooMany = problemResponse("Too many sign-in attempts from this address; `Retry-After` says when to try again.", ["too_many_requests"]);

export const oidcRoutes: readonly ApiRoute[] = [
  {
    operationId: "startLogin",
    method: "get",
    path: "/api/v1/auth/login/{provider}",
    tag: "Auth",
    auth: "none",
    summary: "Sign in with a provider",
    description:
      "Navigate the browser here to sign in. Redirects to the provider (OpenID Connect authorization code flow with PKCE S256, state and nonce); the provider sends the browser back to the callback. The pending sign-in lasts 10 minutes.",
    params: ProviderPathParams,
    query: LoginQuery,
    parameterDescriptions: { ...providerParam, returnTo: "A path of this site to come back to after sign-in. Default: the front page." },
    responses: {
      302: redirectResponse(
        "To the provider's authorization endpoint; to the sign-in page (`/logg-inn?feil=login_failed`) when the provider cannot be reached.",
        z.string(),
      ),
      400: problemResponses.invalidQuery,
      404: noProvider,
      429: tooMany,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "completeLogin",
    method: "get",
    path: "/api/v1/auth/callback/{provider}",
    tag: "Auth",
    auth: "none",
    summary: "Come back from the provider",
    description:
      "The provider's redirect URI. Verifies the answer (state, once; PKCE; the ID token and its nonce), creates the user on first sign-in, starts a session (a new session id; any session the browser had ends), sets the session cookie and redirects to `returnTo`. Anything wrong (unknown, used or expired state, a provider error, a failed check) starts no session and redirects to `/logg-inn?feil=login_failed`.",
    params: ProviderPathParams,
    query: CallbackQuery,
    parameterDescriptions: {
      ...providerParam,
      code: "The authorization code.",
      state: "The state sent with the authorization request.",
      iss: "The provider's issuer identifier (RFC 9207).",
      error: "The provider's error code, e.g. `access_denied` when the user cancelled.",
      error_description: "The provider's description of the error.",
    },
    responses: {
      302: redirectResponse("Signed in, to `returnTo`; or refused, to `/logg-inn?feil=login_failed`.", z.string()),
      404: noProvider,
      429: tooMany,
      default: problemResponses.unexpected,
    },
  },
];
