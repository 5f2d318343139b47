// The OpenID Connect providers as openid-client configurations: discovered on first use, then cached.
import * as client from "openid-client";
import type { OidcProviderConfig } from "../../../config/auth-config";

export interface OidcClients {
  find(id: string): OidcProviderConfig | undefined;
  /** The provider's discovered configuration; a failed discovery is retried on the next call. */
  configuration(provider: OidcProviderConfig): Promise<client.Configuration>;
  redirectUri(provider: OidcProviderConfig): string;
}

export interface OidcClientsDeps {
  providers: readonly OidcProviderConfig[];
  publicUrl: string;
}

// One discovery cache per provider list, shared by the router and the logout helper.
const shared = new WeakMap<readonly OidcProviderConfig[], OidcClients>();

export function oidcClientsFor(deps: OidcClientsDeps): OidcClients {
  let clients = shared.get(deps.providers);
  if (!clients) {
    clients = createOidcClients(deps);
    shared.set(deps.providers, clients);
  }
  return clients;
}

export function createOidcClients({ providers, publicUrl }: OidcClientsDeps): OidcClients {
  const base = publicUrl.replace(/\/+$/, "");
  const cache = new Map<string, Promise<client.Configuration>>();
  return {
    find: (id) => providers.find((provider) => provider.id === id),
    configuration(provider) {
      const cached = cache.get(provider.id);
      if (cached) return cached;
      const pending = discover(provider);
      cache.set(provider.id, pending);
      pending.catch(() => {
        if (cache.get(provider.id) === pending) cache.delete(provider.id);
      });
      return pending;
    },
    redirectUri: (provider) => `${base}/api/v1/auth/callback/${provider.id}`,
  };
}

function discover(provider: OidcProviderConfig): Promise<client.Configuration> {
  const auth = provider.clientSecret ? client.ClientSecretBasic(provider.clientSecret) : client.None();
  // Plain HTTP only for a provider on this machine: the tests' in-process provider.
  const options = isLoopbackHttp(provider.issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
  return client.discovery(new URL(provider.issuer), provider.clientId, undefined, auth, options);
}

function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}
