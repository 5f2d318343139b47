// A real OpenID Connect provider (oidc-provider) in the test process, on 127.0.0.1 and an ephemeral port.
// One confidential client that must use PKCE and two accounts. A test signs in with plain fetch through
// `signIn`, which answers the provider's login and consent interactions for an account; a real browser
// (the end-to-end suite, through e2e/outside-world.mjs) gets a bare page per interaction with a button each.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Account, type Adapter, type AdapterPayload, type InteractionResults } from "oidc-provider";

/** An ID-porten-like resident (pairwise pseudonym as `sub`, plus a national identity number) and a staff member. */
export const testAccounts = {
  resident: { sub: "Ej0fRvV2sdGxyq9QpTk6bN1uZ3mH8cWlYa4rXo7iKjE=", name: "Kari Nordmann", pid: "24017612345" },
  staff: { sub: "staff-0a1b2c", given_name: "Ola", family_name: "Hansen", email: "ola.hansen@asker.kommune.no" },
} as const;

export type TestAccount = keyof typeof testAccounts;

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Follows an authorization URL through the provider as a browser would, signing in as `account`
   * (or cancelling, with `abort`), and returns the URL the provider sends the browser back to.
   */
  signIn(authorizationUrl: string, account: TestAccount | "abort"): Promise<URL>;
  close(): Promise<void>;
}

export interface TestOidcProviderOptions {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** A fixed port on 127.0.0.1 (default: an ephemeral one). */
  port?: number;
  /** A fixed client secret (default: a random one), for a client in another process. */
  clientSecret?: string;
}

export async function startOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "sambruk-test";
  const clientSecret = options.clientSecret ?? randomBytes(24).toString("base64url");
  const signingKey = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: "test-1", alg: "RS256", use: "sig" };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        token_endpoint_auth_method: "client_secret_basic",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    adapter: memoryAdapter(),
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    pkce: { required: () => true },
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    // Claims in the ID token itself, as ID-porten sends `pid`.
    conformIdTokenClaims: false,
    claims: { openid: ["sub", "pid"], profile: ["name", "given_name", "family_name"], email: ["email"] },
    findAccount: (_ctx, sub) => accountOf(sub),
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  });
  const oidc = provider.callback();
  handle = (req, res) => {
    if ((req.method === "POST" || req.method === "GET") && req.url?.startsWith("/interaction/")) {
      (req.method === "POST" ? interact(provider, req, res) : showInteraction(provider, req, res)).catch((error: unknown) => {
        res.statusCode = 500;
        res.setHeader("content-type", "text/plain; charset=utf-8");
        res.end(String(error));
      });
      return;
    }
    void oidc(req, res);
  };

  return {
    issuer,
    clientId,
    clientSecret,
    signIn: (url, account) => drive(issuer, url, account),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The provider's state in one Map, for this process only (the built-in one warns on every start). */
function memoryAdapter(): (name: string) => Adapter {
  const store = new Map<string, AdapterPayload>();
  return (name) => {
    const key = (id: string) => `${name}:${id}`;
    const find = (predicate: (payload: AdapterPayload) => boolean) =>
      Promise.resolve([...store].find(([id, payload]) => id.startsWith(`${name}:`) && predicate(payload))?.[1]);
    return {
      upsert: async (id, payload) => {
        store.set(key(id), payload);
      },
      find: (id) => Promise.resolve(store.get(key(id))),
      findByUid: (uid) => find((payload) => payload.uid === uid),
      findByUserCode: (userCode) => find((payload) => payload.userCode === userCode),
      consume: async (id) => {
        const payload = store.get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        store.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const [id, payload] of store) if (payload.grantId === grantId) store.delete(id);
      },
    };
  };
}

function accountOf(sub: string): Account | undefined {
  const found = Object.values(testAccounts).find((account) => account.sub === sub);
  return found && { accountId: sub, claims: () => ({ ...found }) };
}

/** Answers the waiting interaction: signs in as `account` or consents; `action=abort` cancels instead. */
async function interact(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const details = await provider.interactionDetails(req, res);
  let result: InteractionResults;
  if (form.get("action") === "abort") {
    result = { error: "access_denied", error_description: "The user cancelled" };
  } else if (details.prompt.name === "login") {
    result = { login: { accountId: form.get("account") ?? "" } };
  } else {
    const accountId = details.session?.accountId ?? "";
    const clientId = String(details.params.client_id);
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId });
    if (!grant) throw new Error("grant not found");
    const missing = details.prompt.details;
    if (Array.isArray(missing.missingOIDCScope)) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (Array.isArray(missing.missingOIDCClaims)) grant.addOIDCClaims(missing.missingOIDCClaims.map(String));
    result = { consent: { grantId: await grant.save() } };
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: details.prompt.name !== "login" });
}

/** The page a browser gets for the waiting interaction: sign in as a test account (or cancel), then consent. */
async function showInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const action = `/interaction/${encodeURIComponent(details.uid)}`;
  const cancel = `<button type="submit" name="action" value="abort">Avbryt</button>`;
  let title: string;
  let buttons: string[];
  if (details.prompt.name === "login") {
    title = "Logg inn på testleverandøren";
    buttons = Object.values(testAccounts).map((account) => {
      const name = "name" in account ? account.name : `${account.given_name} ${account.family_name}`;
      return `<button type="submit" name="account" value="${escapeHtml(account.sub)}">Logg inn som ${escapeHtml(name)} (test)</button>`;
    });
  } else {
    title = "Godta deling av opplysninger";
    buttons = [`<button type="submit" name="action" value="continue">Godta</button>`];
  }
  const client = escapeHtml(String(details.params.client_id));
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(`<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – test</title></head>
<body>
<main>
<h1>${title}</h1>
<p>Testleverandør for OpenID Connect. Tjenesten <code>${client}</code> ber om innlogging.</p>
<form method="post" action="${action}">
<ul>${[...buttons, cancel].map((button) => `<li>${button}</li>`).join("")}</ul>
</form>
</main>
</body>
</html>
`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The browser's part: follow redirects within the provider (with its cookies) until it leaves for the client. */
async function drive(issuer: string, authorizationUrl: string, account: TestAccount | "abort"): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.origin !== issuer) return url;
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
      ...(body ? { body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${await response.text()}`);
    await response.body?.cancel();
    url = new URL(location, url);
    body = undefined;
    // An interaction (login, then consent): answer it as the account, as a user would by submitting the form.
    if (url.origin === issuer && url.pathname.startsWith("/interaction/")) {
      body = new URLSearchParams(account === "abort" ? { action: "abort" } : { action: "continue", account: testAccounts[account].sub });
    }
  }
  throw new Error("too many redirects at the provider");
}
