// The first leg of a sign-in: remember state, nonce and PKCE verifier, and send the browser to the provider.
import { createHash } from "node:crypto";
import * as client from "openid-client";
import type { OidcProviderConfig } from "../../../config/auth-config";
import type { OidcClients } from "./oidc-clients";
import { PENDING_LOGIN_MS, type OidcLoginsRepository } from "./oidc-logins.repository";

export function hashState(state: string): string {
  return createHash("sha256").update(state).digest("base64url");
}

/** The provider's authorization URL for a new sign-in (authorization code, PKCE S256, state, nonce). */
export async function startLogin(
  clients: OidcClients,
  logins: OidcLoginsRepository,
  provider: OidcProviderConfig,
  returnTo: string,
  now: Date,
): Promise<URL> {
  const config = await clients.configuration(provider);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await logins.purgeExpired(now);
  await logins.save({
    stateHash: hashState(state),
    provider: provider.id,
    nonce,
    codeVerifier,
    returnTo,
    expiresAt: new Date(now.getTime() + PENDING_LOGIN_MS),
  });
  return client.buildAuthorizationUrl(config, {
    redirect_uri: clients.redirectUri(provider),
    scope: provider.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
}
