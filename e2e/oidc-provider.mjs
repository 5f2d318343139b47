// The end-to-end suite's OpenID Connect provider: `node --import tsx e2e/oidc-provider.mjs` serves the tests'
// in-process provider on 127.0.0.1:$E2E_OIDC_PORT (3198) for the app on localhost:$PORT (3199), with the client
// secret from $E2E_OIDC_CLIENT_SECRET (a random one without it). Silent but for errors; stops on SIGTERM or SIGINT.

// oidc-provider warns on import about Node.js 20; nothing to act on in a test run.
const warn = console.warn;
console.warn = (...args) => {
  if (typeof args[0] === "string" && args[0].startsWith("oidc-provider WARNING: Unsupported runtime")) return;
  warn(...args);
};
const { startOidcProvider } = await import("../apps/api/src/testing/oidc-provider.ts");

const port = Number(process.env.E2E_OIDC_PORT ?? 3198);
const appUrl = `http://localhost:${process.env.PORT ?? 3199}`;

await startOidcProvider({
  port,
  redirectUris: [`${appUrl}/api/v1/auth/callback/idporten`],
  postLogoutRedirectUris: [`${appUrl}/`],
  ...(process.env.E2E_OIDC_CLIENT_SECRET ? { clientSecret: process.env.E2E_OIDC_CLIENT_SECRET } : {}),
});

// Its state is in memory only: nothing to save, so a signal just ends the process.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
