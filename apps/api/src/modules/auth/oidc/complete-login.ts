// The callback leg of a sign-in: take the pending login (once), redeem the code, provision the user.
import * as client from "openid-client";
import type { OidcProviderConfig } from "../../../config/auth-config";
import type { OidcClients } from "./oidc-clients";
import type { OidcLoginsRepository } from "./oidc-logins.repository";
import { hashState } from "./start-login";
import type { VerifiedIdentity } from "./user-identities.repository";

/** A callback that must not start a session; `reason` is for the log and never holds a token. */
export class LoginRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "LoginRefused";
  }
}

export interface CompletedLogin {
  identity: VerifiedIdentity;
  idToken: string;
  returnTo: string;
}

/** Verifies the provider's answer: state (by lookup and by value), PKCE, ID token and nonce. */
export async function completeLogin(
  clients: OidcClients,
  logins: OidcLoginsRepository,
  provider: OidcProviderConfig,
  query: URLSearchParams,
  now: Date,
): Promise<CompletedLogin> {
  const state = query.get("state");
  if (!state) throw new LoginRefused("no state");
  const pending = await logins.take(hashState(state), now);
  if (!pending) throw new LoginRefused("unknown, used or expired state");
  if (pending.provider !== provider.id) throw new LoginRefused("state of another provider");
  const providerError = query.get("error");
  if (providerError) throw new LoginRefused(`provider answered ${providerError.slice(0, 64)}`);

  const config = await clients.configuration(provider);
  const currentUrl = new URL(clients.redirectUri(provider));
  currentUrl.search = query.toString();
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedNonce: pending.nonce,
      expectedState: state,
    });
  } catch (error) {
    throw new LoginRefused(`code exchange failed: ${describe(error)}`);
  }
  const claims = tokens.claims();
  if (!claims || !tokens.id_token) throw new LoginRefused("no ID token");
  return {
    identity: {
      provider: provider.id,
      audience: provider.audience,
      subject: claims.sub,
      displayName: nameOf(claims) ?? (provider.audience === "public" ? "Innbygger" : "Ansatt"),
      email: text(claims.email),
    },
    idToken: tokens.id_token,
    returnTo: pending.returnTo,
  };
}

// Only these claims are read; anything else (ID-porten's `pid`) is dropped here.
function nameOf(claims: client.IDToken): string | null {
  const name = text(claims.name);
  if (name) return name;
  const parts = [text(claims.given_name), text(claims.family_name)].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(" ") : null;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 200) : null;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = "code" in error && typeof error.code === "string" ? ` (${error.code})` : "";
  // The name of a failed claim check ("nonce", "iss"), never the values.
  const claim = failedClaim(error.cause) ?? failedClaim(error.cause instanceof Error ? error.cause.cause : undefined);
  return `${error.name}${code}: ${error.message}${claim ? ` (claim ${claim})` : ""}`.slice(0, 300);
}

function failedClaim(cause: unknown): string | undefined {
  const claim = typeof cause === "object" && cause !== null && "claim" in cause ? cause.claim : undefined;
  return typeof claim === "string" ? claim : undefined;
}
