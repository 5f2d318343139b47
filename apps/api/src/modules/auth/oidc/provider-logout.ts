// Where to send the browser after logout so the session ends at the provider too.
import * as client from "openid-client";
import type { EndedSession } from "../session.service";
import { oidcClientsFor, type OidcClientsDeps } from "./oidc-clients";

/**
 * The provider's end-session URL with `id_token_hint` and a return to the site's front page; null for
 * a session without a provider or ID token, or a provider without an end-session endpoint.
 */
export async function providerLogoutUrl(deps: OidcClientsDeps, ended: EndedSession): Promise<string | null> {
  const clients = oidcClientsFor(deps);
  const provider = clients.find(ended.provider);
  if (!provider || !ended.idToken) return null;
  let config: client.Configuration;
  try {
    config = await clients.configuration(provider);
  } catch {
    // The local session has ended; a provider out of reach only costs the single logout.
    return null;
  }
  if (!config.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(config, {
      id_token_hint: ended.idToken,
      post_logout_redirect_uri: `${deps.publicUrl.replace(/\/+$/, "")}/`,
    })
    .toString();
}
